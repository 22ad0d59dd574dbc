// A fleet bought before a start that lies after the shipped history's end: there is no history
// from the start to replay, so a run attaches no back-test. The Bitcoin history ends 2025-11-14;
// the S21 fleet starts on 2026-01-22, 69 days later, so the history holds 0 days from its start.
// Its cohort bought on 2025-07-06 is day -200 of the run (paid for on day 0), and -200 < 0 made the
// old rule ("a cohort bought within the history's days") count it as bought within those 0 days:
// the run replayed a back-test of 0 days, printed "actual payback (history): not within the
// horizon" for a history it never had, drew empty charts ("Infinite extent"), and with a hedge in
// `finance` stopped with an internal error (summary.json's `actual.equity.hedgeNetUsd` was NaN).
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { historyBuysFleet, historyDaysFrom } from '../../src/scenario/simulated-days.js';
import { loadScenario } from '../fixtures/scenarios.js';

const boughtBefore = (withFinance: boolean) =>
  loadScenario('s21-fleet-2026', (d) => {
    d.fleet[0].purchased = '2025-07-06';
    if (withFinance)
      d.finance = {
        hedges: [{ type: 'put', coins: 1, strike: '70000 USD', premium: '2000 USD', expiry: '2026-05-02' }],
        tax: { rate: '21 %' },
      };
  });

describe('a fleet bought before a start after the history ends', () => {
  it('historyBuysFleet() is false: the history holds no day from the start', async () => {
    const s = await boughtBefore(false);
    expect(historyDaysFrom(s)).toBe(0);
    expect(historyBuysFleet(s)).toBe(false);
  });

  it('runMonteCarlo() attaches no back-test, and with hedges and tax its summary passes its check', async () => {
    for (const withFinance of [false, true]) {
      const run = await runMonteCarlo(await boughtBefore(withFinance), {
        paths: 20,
        workers: 1,
        breakEvenPaths: 0,
      });
      expect(run.backtest).toBeNull();
      expect(run.summary.actual).toBeUndefined();
    }
  }, 60_000);
});
