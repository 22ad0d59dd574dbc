// The hedges judged together in what minesim states before and after a run: `minesim validate` at
// the start day held fixed (20 S21s from 2024-06-01: 4 PH/s x 86,400 s x (3.125 + the day's fees a
// block) / (difficulty x 2^32), less the 2 % pool fee, a day), the run's held-fixed lines and the
// back-test's history. Two forwards of 0.06 BTC a month (61 % each) sell 0.12 together, more than
// the 30 days of 2024-06 mine; a fleet bought on 2024-09-01 is counted only from then (a forward of
// 0.05 BTC a month for six months set beside the machines hashing in its months: 91 of its 183 days;
// a hashprice swap of 3 PH/s beside the hashrate hashing over its days, a day's mean).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../src/stats/summary.js';
import { cli, day, useScratchFolder } from '../analyst-questions-2/hand.js';

const { backtest, outDir, scenarioFile } = useScratchFolder({ charts: false });

const scenario = (name: string, hedges: string, cohort = '') =>
  scenarioFile(
    name,
    `name: ${name}
start: 2024-06-01
horizon: 1 year
fleet:
  - { model: Antminer S21, count: 20, unitPrice: 3400 USD${cohort} }
power: { price: 0.05 USD/kWh }
costs: { poolFee: 2 % }
monteCarlo: { paths: 8 }
finance:
  hedges:
${hedges}`,
  );
const d = day('2024-06-01');
const perDay = ((4e15 * 86_400 * (d.issuance + d.fees)) / d.blocks / (d.difficulty * 2 ** 32)) * 0.98;
const pct = (x: number) => `${Number((x * 100).toPrecision(3))} %`;
const amount = (x: number) => String(Number(x.toPrecision(4)));
const two = scenario(
  'two-forwards',
  `    - { name: forward a, type: price-swap, coins: 0.06, price: 68000 USD, term: 6 months }
    - { name: forward b, type: price-swap, coins: 0.06, price: 66000 USD, term: 6 months }
`,
);
const together = (s: RunSummary) =>
  s.scenario.assumptions.find((a) => a.label === 'Hedges together vs production');

describe('the hedges judged together, before and after a run', { timeout: 120_000 }, () => {
  it('minesim validate flags two forwards of 0.06 BTC a month that together sell more than a month mines', async () => {
    const r = await cli('validate', two);
    expect(r.code).toBe(0);
    // Each alone: 0.06 of 0.09776 a month, no note.
    expect((perDay * 365.25) / 12).toBeCloseTo(0.09776, 5);
    expect(r.stdout).not.toContain('note: Hedge vs production: forward');
    // Together over June's 30 days (the first of the 30-day months): 0.12 beside 30 days' coins.
    expect(r.stdout).toContain(
      `note: Hedges together vs production: 0.12 BTC committed from 2024-06-01 to 2024-06-30 (a month of hedge “forward a”), ${pct(0.12 / (perDay * 30))} of what the machines hashing then would mine at 2024-06-01's difficulty and reward held fixed (${amount(perDay * 30)} BTC); counted: forward a, forward b`,
    );
  });

  it('minesim validate counts a fleet bought later only from its first day hashing', async () => {
    const staged = scenario(
      'staged',
      `    - { name: forward, type: price-swap, coins: 0.05, price: 68000 USD, term: 6 months }
    - { name: hashprice, type: hashprice-swap, hashrate: 3 PH/s, price: 50 USD/PH/day, term: 6 months }
`,
      ', purchased: 2024-09-01',
    );
    const r = await cli('validate', staged);
    expect(r.code).toBe(0);
    // Hashing from day 92 of the forward's 183 days: 91 days' coins over its term, a month's worth.
    const monthly = (perDay * 91 * 365.25) / 12 / 183;
    expect(monthly).toBeCloseTo(0.04861, 5);
    expect(r.stdout).toContain(
      `note: Hedge vs production: forward: 0.05 BTC a month, ${pct(0.05 / monthly)} of what the machines hashing in its months would mine at 2024-06-01's difficulty and reward held fixed (${amount(monthly)} BTC a month over its term)`,
    );
    // The hashprice swap beside the 4 PH/s hashing on 91 of its 183 days (a day's mean), less the
    // 2 % pool fee: 1.949 PH/s, where the whole fleet's 3.92 PH/s drew no note.
    const earning = ((4e15 * 91) / 183) * 0.98;
    expect(r.stdout).toContain(
      `note: Hedge vs production: hashprice: 3 PH/s, ${pct(3e15 / earning)} of the hashrate the machines hashing over its days earn on (a day's mean) (1.95 PH/s: of 4 PH/s rated`,
    );
    // One hedge on coins: no line of the hedges together.
    expect(r.stdout).not.toContain('Hedges together');
  });

  it('a run states the hedges together at the start held fixed, flagged', async () => {
    const r = await cli('run', two, '--workers', '1', '--json', '--out', join(outDir, 'two-forwards'));
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as RunSummary;
    const line = together(s)!;
    expect(line.value).toMatch(
      /^0\.12 BTC committed from 2024-06-01 to 2024-06-30 \(a month of hedge “forward a”\)/,
    );
    expect(line.note).toContain('a bet on the price');
    expect(s.headline.overHedged!.p).toBeGreaterThan(0);
  });

  it('a back-test counts a bought put exercised on the history with the forward', async () => {
    // The put on 0.05 BTC struck at 60,000 USD expires on 2024-09-06 (the close below the strike:
    // exercised); struck at 40,000 it is not, and does not count.
    const hedges = (strike: number) =>
      `    - { name: forward, type: price-swap, coins: 0.05, price: 68000 USD, term: 6 months }
    - { name: put, type: put, coins: 0.05, strike: ${strike} USD, premium: 1000 USD, expiry: 2024-09-06 }
`;
    expect(day('2024-09-06').price).toBeLessThan(60_000);
    const inMoney = await backtest(scenario('put-exercised', hedges(60_000)));
    expect(together(inMoney.summary)!.value).toContain('counted: forward, put (');
    const outOfMoney = await backtest(scenario('put-not-exercised', hedges(40_000)));
    expect(together(outOfMoney.summary)!.value).toContain('counted: forward (');
    const put = outOfMoney.summary.scenario.assumptions.find((a) => a.label === 'Hedge vs production: put')!;
    expect(put.note).toContain(
      'a bought put is a right, not an obligation: it was not exercised on the history',
    );
  });
});
