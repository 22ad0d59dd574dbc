// An analyst's question: ten Antminer S19 XPs (140 TH/s, 3,010 W) bought on 2023-06-01 and hosted
// two years on a per-kW contract (8 USD/kW/month on nameplate power, a promised uptime of 95 %, a
// deposit of 2 months of fees on a 1-year term) at 0.09 USD/kWh, in a demand-response program (60
// USD/MWh for 20 hours a month), switched off on days they lose money. The machines run 93 % of the
// time, below the promise, so the fee is paid pro rata (93 / 95). By hand from data/btc-daily.csv:
// the days switched off (101: the first two the 1st and 2nd of May 2024, after the halving), May
// 2024's fees (paid every day, off or on: 31 x 7.7447 USD), its credits (on the 29 days the fleet
// ran), the deposit (2 x 8 x 30.1 kW = 481.60 USD, on the nameplate fee) paid on the start day
// and back on the last, and the net position at the horizon, -16,095.00 USD. The back-test's
// daily.csv carried the deposit in fixed_usd (481.6 USD of "fixed costs" on day 0 and -481.6 on the
// last day, for a scenario with none): it now has a column of its own, and fixed_usd is 0; and the
// amount was printed nowhere, nor which fee it counts: the assumptions now give both.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateAfter, day, useScratchFolder } from '../analyst-questions-2/hand.js';

const { backtest, scenarioFile } = useScratchFolder({ charts: false });

const START = '2023-06-01';
const DAYS = 731;
const file = () =>
  scenarioFile(
    's19xp-hosted-2023-06',
    `name: s19xp-hosted-2023-06
start: ${START}
horizon: 2 years
fleet:
  - { model: Antminer S19 XP, count: 10, unitPrice: 2800 USD, uptime: 93 % }
power:
  price: 0.09 USD/kWh
  hosting: { basis: per-kw, rate: 8 USD/kW/month, minimumUptime: 95 %, deposit: 2 months, term: 1 year }
  curtailment: { credit: 60 USD/MWh, budget: 20 hours }
operation: shutdown-when-unprofitable
costs: { poolFee: 2 % }
`,
  );

const KW = 10 * 3.01;
const UPTIME = 0.93;
const POWER = KW * UPTIME * 24 * 0.09; // 60.46 USD a day when running
const CREDIT = (60 / 1000) * KW * (20 / 30.4375); // 1.1867 USD a day when running
const FEE = ((8 * KW) / 30.4375) * (UPTIME / 0.95); // 7.7447 USD a day, every day
const DEPOSIT = 2 * 8 * KW; // 481.60 USD

/** Each day by hand: revenue after the 2 % pool fee at 93 % of 1.4 PH/s, and whether it runs. */
function hand() {
  let cash = -28_000 - DEPOSIT;
  const off: string[] = [];
  const may = { fees: 0, credits: 0, off: 0 };
  for (let d = 0; d < DAYS; d++) {
    const date = dateAfter(START, d);
    const h = day(date);
    const coins =
      ((UPTIME * 1.4e15 * 86_400) / (h.difficulty * 2 ** 32)) * ((h.issuance + h.fees) / h.blocks) * 0.98;
    const revenue = coins * h.price;
    const runs = revenue + CREDIT >= POWER;
    if (runs) cash += revenue - POWER + CREDIT;
    else off.push(date);
    cash -= FEE;
    if (date.startsWith('2024-05')) {
      may.fees += FEE;
      if (runs) may.credits += CREDIT;
      else may.off++;
    }
    if (d === DAYS - 1) cash += DEPOSIT;
  }
  return { cash, off, may };
}

describe('S19 XPs hosted with a promised uptime, a deposit and curtailment, switched off at a loss', {
  timeout: 60_000,
}, () => {
  it('minesim backtest agrees with the hand computation day by day, and daily.csv books the deposit apart from the fixed costs', async () => {
    const h = hand();
    expect(h.off.length).toBe(101);
    expect(h.off.slice(0, 3)).toEqual(['2024-05-01', '2024-05-02', '2024-07-04']);
    expect(Math.round(h.cash * 100) / 100).toBe(-16_095.0);
    expect(Math.round(h.may.fees * 100) / 100).toBe(240.09);
    expect(Math.round(h.may.credits * 100) / 100).toBe(34.41);
    expect(h.may.off).toBe(2);

    const { summary, folder } = await backtest(file());
    expect(summary.headline.netAtHorizonUsd.quantiles.p50).toBeCloseTo(h.cash, 6);
    const [head, ...lines] = readFileSync(join(folder, 'daily.csv'), 'utf8').trim().split('\n');
    const names = head.split(',');
    const rows = lines.map((l) => l.split(','));
    const col = (name: string) => {
      const i = names.indexOf(name);
      expect(i, name).toBeGreaterThanOrEqual(0);
      return rows.map((r) => Number(r[i]));
    };
    // Off on the days the hand finds, the nameplate fee paid on each of them.
    const shut = col('shut_down_cohorts');
    expect(rows.filter((_, d) => shut[d] > 0).map((r) => r[0])).toEqual(h.off);
    const hosting = col('hosting_usd');
    const credits = col('curtailment_credits_usd');
    const may = rows.flatMap((r, d) => (r[0].startsWith('2024-05') ? [d] : []));
    expect(may.reduce((s, d) => s + hosting[d], 0)).toBeCloseTo(h.may.fees, 4);
    expect(may.reduce((s, d) => s + credits[d], 0)).toBeCloseTo(h.may.credits, 4);
    // The deposit: paid on the start day, back on the last (the fleet still hosted then); no fixed costs.
    const deposit = col('hosting_deposit_usd');
    expect(deposit[0]).toBeCloseTo(DEPOSIT, 6);
    expect(deposit[DAYS - 1]).toBeCloseTo(-DEPOSIT, 6);
    expect(deposit.filter((x) => x !== 0)).toHaveLength(2);
    expect(col('fixed_usd').every((x) => x === 0)).toBe(true);
    // The assumptions give the amount, and which fee it counts (the nameplate's, not the 93/95 paid).
    const md = readFileSync(join(folder, 'summary.md'), 'utf8');
    expect(md).toContain(
      'deposit 2 months of fees (481.60 USD, on the nameplate fee before the pro rata of the promised uptime)',
    );
    // The row adds up: each day's cash moves by revenue + credits - power - hosting - fixed - deposit - capex.
    const cash = col('cash_usd');
    const rev = col('revenue_usd');
    const power = col('power_usd');
    const capex = col('capex_usd');
    for (let d = 1; d < DAYS; d++)
      expect(cash[d] - cash[d - 1]).toBeCloseTo(
        rev[d] + credits[d] - power[d] - hosting[d] - deposit[d] - capex[d],
        4,
      );
    expect(cash[0]).toBeCloseTo(rev[0] + credits[0] - power[0] - hosting[0] - deposit[0] - capex[0], 4);
  });

  it('a scenario without a deposit keeps daily.csv as it was: no deposit column', async () => {
    const text = readFileSync(file(), 'utf8').replace(', deposit: 2 months, term: 1 year', '');
    const { folder } = await backtest(scenarioFile('s19xp-hosted-no-deposit', text));
    const head = readFileSync(join(folder, 'daily.csv'), 'utf8').split('\n')[0];
    expect(head).not.toContain('hosting_deposit_usd');
    expect(head).toContain('fixed_usd');
  });
});
