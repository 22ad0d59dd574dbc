// An analyst's question: 20 Antminer S21s (200 TH/s, 3,500 W) bought on 2024-05-01 at 3,400 USD
// each and hosted under a revenue share with a waterfall (DOMAIN.md: the site keeps 30 % of the
// coins until the owner has recovered a sum, then 50 %), here with the owner paying the power at
// 0.035 USD/kWh (PUE 1.05, 97 % uptime) and the site enrolled in a demand-response program that
// calls 20 hours of downtime a month and pays 60 USD for each MWh not drawn; the owner's recovery
// is 40,000 USD counted net of the power it pays and the credits it earns. On what day does the
// split flip, what does the power cost net of the credits, and what are the owner's net, NPV and
// IRR to the end of the shipped history (2025-11-14)? By hand from data/btc-daily.csv: each day's
// coins on 97 % of 4 PH/s after the 1 % pool fee, the owner's 70 % of them sold that day, less the
// day's power (70 kW x 1.05 x 24 h x 97 % x 0.035 USD/kWh = 59.89 USD) plus the day's credit (the
// budget's share of a day, 20 h / 30.4375 days, x 73.5 kW / 1000 x 60 USD/MWh = 2.90 USD), added
// up until they reach 40,000 USD: recovered on 2025-08-24, 50/50 from 2025-08-25; the power costs
// 33,716.83 USD, 32,085.40 net of 1,631.43 USD of credits; the owner is 24,845.83 USD short of its
// 68,000 at the end, its NPV with the machines valued then positive. Without the credits the flip
// comes 16 days later (2025-09-10): they count in the recovery, as the reference says.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  coinsPerHs,
  dateAfter,
  day,
  irrOf,
  npvOf,
  paybackDay,
  useScratchFolder,
  weekHashprice,
} from '../analyst-questions-2/hand.js';

const { backtest, scenarioFile } = useScratchFolder({ charts: false });

const START = '2024-05-01';
const DAYS = 563; // to 2025-11-14, the history's last day
const CAPEX = 20 * 3400;
const RECOVER = 40_000;
const KW = 20 * 3.5 * 1.05; // the facility's draw while the machines run
const POWER = KW * 24 * 0.97 * 0.035;
const CREDIT = ((KW * 20) / (365.25 / 12) / 1000) * 60;
const file = (credits: boolean) =>
  scenarioFile(
    `s21-share-power-credits-${credits}`,
    `name: s21-share-power-credits
start: ${START}
horizon: ${DAYS} days
fleet:
  - { name: s21, model: Antminer S21, count: 20, unitPrice: 3400 USD, uptime: 97 % }
power:
  price: 0.035 USD/kWh
  pue: 1.05
${credits ? '  curtailment: { credit: 60 USD/MWh, budget: 20 hours }\n' : ''}  hosting: { basis: revenue-share, share: 30 %, waterfall: { after: 50 %, capex: ${RECOVER} USD } }
costs: { poolFee: 1 % }
`,
  );

/** The owner's day by hand: its share of the coins sold, less power, plus the credit; the split flipping the day after the recovery. */
function owner(credit: number) {
  const flows: number[] = [];
  let coins = 0;
  let recovered = 0;
  let flip: number | null = null;
  for (let d = 0; d < DAYS; d++) {
    const date = dateAfter(START, d);
    const mined = 20 * 200e12 * 0.97 * coinsPerHs(date) * 0.99;
    const keep = flip === null ? 0.7 : 0.5;
    coins += mined * keep;
    const margin = mined * keep * day(date).price - POWER + credit;
    flows.push(margin);
    recovered += margin;
    if (flip === null && recovered >= RECOVER) flip = d + 1;
  }
  return { flows, coins, flip };
}

describe('S21s under a revenue share whose owner pays the power and earns curtailment credits', {
  timeout: 60_000,
}, () => {
  it('minesim backtest: the flip day counted net of the credits, the power net of them, the net, NPV and IRR agree with the hand computation', async () => {
    expect(POWER).toBeCloseTo(59.8878, 4);
    expect(CREDIT).toBeCloseTo(2.8977, 4);
    const o = owner(CREDIT);
    expect(dateAfter(START, o.flip!)).toBe('2025-08-25');
    const { summary, text, folder } = await backtest(file(true));
    const a = summary.actual!;
    expect(a.waterfall).toEqual({
      siteShare: 0.3,
      siteShareAfter: 0.5,
      recoverUsd: RECOVER,
      recoveredDate: '2025-08-24',
      flipDate: '2025-08-25',
    });
    expect(text).toMatch(
      /revenue share +the site’s share 30 % until 40,000 USD recovered, 50 % from 2025-08-25/,
    );
    // The power bill net of the credits: 33,716.83 USD of power less 1,631.43 USD of credits.
    expect(POWER * DAYS).toBeCloseTo(33_716.83, 2);
    expect(CREDIT * DAYS).toBeCloseTo(1_631.43, 2);
    expect(summary.headline.powerCostNetUsd!.quantiles.p50).toBeCloseTo((POWER - CREDIT) * DAYS, 4);
    expect(a.curtailmentCreditsUsd!).toBeCloseTo(CREDIT * DAYS, 4);
    const md = readFileSync(join(folder, 'summary.md'), 'utf8');
    expect(md).toContain('| Cost of power, net of curtailment credits (USD) | 32,085 |');
    // The owner's coins, its net (no payback within the horizon), NPV and IRR with the machines valued.
    expect(summary.headline.coinsMined.quantiles.p50).toBeCloseTo(o.coins, 9);
    const flows = o.flows.slice();
    flows[0] -= CAPEX;
    expect(paybackDay(flows)).toBeNull();
    expect(a.paybackDate).toBeNull();
    const net = flows.reduce((s, f) => s + f, 0);
    expect(net).toBeCloseTo(-24_845.83, 2);
    expect(a.netUsd.at(-1)).toBeCloseTo(net, 4);
    const resale =
      0.8 * CAPEX * Math.min(1, weekHashprice(START, DAYS - 1, 3.125) / weekHashprice(START, 0, 3.125));
    flows[DAYS - 1] += resale;
    expect(summary.headline.npvUsd.quantiles.p50).toBeCloseTo(npvOf(flows, 0.1), 4);
    expect(summary.headline.irr.quantiles.p50).toBeCloseTo(irrOf(flows), 6);
  });

  it('minesim backtest: without the credits the recovery, and so the flip, comes later', async () => {
    const o = owner(0);
    const { summary } = await backtest(file(false));
    // 16 days later: 2025-09-10.
    expect(dateAfter(START, o.flip!)).toBe('2025-09-10');
    expect(summary.actual!.waterfall!.flipDate).toBe('2025-09-10');
  });
});
