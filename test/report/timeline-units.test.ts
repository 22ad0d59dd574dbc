// timeline.csv writes, on one row date, flows averaged over the days since the previous date
// (kernel/checkpoint-write.ts) beside the day's own hashprice, price and difficulty. The back-test of
// scenarios/north-korea-2017-s9.yaml on 2017-05-24 (day 7): the day's hashprice 1,269.27
// USD/PH/s/day gives ten S9s 10 x 0.0135 PH/s x 1,269.27 x 0.98 x 0.9 = 151.1 USD (daily.csv:
// 150.80), but revenueUsdPerDay says 134.16, the mean of daily.csv's 2017-05-18 to 2017-05-24
// (123.75 ... 150.80); both were written as plain "USD/day" and "USD/PH/s/day", so an analyst reading
// revenue off the row's hashprice was 11 % out. The unit of the averaged series now says so.
import { describe, expect, it } from 'vitest';
import { runBacktest } from '../../src/engine/backtest/backtest.js';
import { backtestSummary } from '../../src/engine/backtest/backtest-summary.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { timelineCsv } from '../../src/report/tables.js';
import { loadScenario } from '../fixtures/scenarios.js';

describe('timeline.csv names the series averaged over the week', () => {
  it('timelineCsv() of the back-test says revenue and power are means of the days since the previous date, the hashprice the day’s', async () => {
    const s = await loadScenario('north-korea-2017-s9');
    const summary = backtestSummary(s, runBacktest(s, await loadCompileInputs(s)));
    const rows = timelineCsv(summary)
      .trimEnd()
      .split('\n')
      .map((l) => l.split(','));
    const on = (metric: string) => rows.find((r) => r[0] === '2017-05-24' && r[1] === metric)!;
    expect(Number(on('revenueUsdPerDay')[3])).toBeCloseTo(134.162, 2);
    expect(Number(on('hashpriceUsd')[3])).toBeCloseTo(1269.273, 2);
    expect(on('hashpriceUsd')[4]).toBe('USD/PH/s/day');
    for (const metric of ['revenueUsdPerDay', 'powerCostUsdPerDay'])
      expect(on(metric)[4]).toBe('USD/day (mean of the days after the previous date up to this one)');
    expect(on('shutdownShare')[4]).toBe(
      'share of fleet capacity 0-1 (mean of the days after the previous date up to this one)',
    );
  }, 60_000);
});
