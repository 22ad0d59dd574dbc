// Under `operation: shutdown-when-unprofitable` the run switches off a cohort whose running costs
// more than it brings in; held fixed, the fleet does the same (engine/compile/daily-view.ts,
// model/daily-view.ts underShutdown): it counts that cohort's nameplate hosting, not its losses.
import { beforeAll, describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { dailyViewMessages as m } from '../../src/messages/daily-view.js';
import { dailyViewComparison } from '../../src/report/daily-view-comparison.js';
import type { DailyView } from '../../src/stats/summary.js';
import { scenarioOf } from '../fixtures/scenarios.js';

// Ten S9s (13.5 TH/s, 1,323 W, 2,400 USD) and ten machines of 1 TH/s at 1,500 W (100 USD) on
// 2017-05-17 at difficulty 5.5e11, 12.5 BTC + 0.5 of fees a block, 1,800 USD, 0.05 USD/kWh, a 2 %
// pool fee and 10 USD/kW/month of hosting on nameplate power.
const text = (operation: string) => `
name: daily-view-shutdown
start: 2017-05-17
horizon: 2 years
fleet:
  - { name: s9, model: Antminer S9, count: 10, unitPrice: 2400 USD }
  - { name: old, hashrate: 1 TH/s, power: 1500 W, count: 10, unitPrice: 100 USD }
power: { price: 0.05 USD/kWh, hosting: 10 USD/kW/month }
costs: { poolFee: 2 % }
operation: ${operation}
network: { difficulty: 5.5e11, hashrate: 4 EH/s, model: { type: growth, rate: 50 % } }
fees: { model: { type: per-block, amount: 0.5 } }
price: { start: 1800 USD, model: { type: gbm, drift: 40 %, volatility: 80 % } }
monteCarlo: { paths: 10 }
`;

const PER_TH = ((1e12 * 86_400 * 13) / (5.5e11 * 2 ** 32)) * 1800 * 0.98; // 0.83875 USD a TH/s a day
const HOSTING_PER_KW = (10 * 12) / 365.25; // 0.32854 USD a kW a day
const S9 = 13.5 * PER_TH - 1.323 * 24 * 0.05 - 1.323 * HOSTING_PER_KW; // 9.3009 USD a day
const OLD_RUNNING = PER_TH - 1.5 * 24 * 0.05 - 1.5 * HOSTING_PER_KW; // -1.4541: 0.839 in, 1.8 of power
const OLD_IDLE = -1.5 * HOSTING_PER_KW; // -0.49281

async function viewOf(operation: string): Promise<DailyView> {
  const { summary } = await runMonteCarlo(await scenarioOf(text(operation)), {
    paths: 10,
    workers: 1,
    breakEvenPaths: 0,
  });
  return summary.dailyView!;
}

describe('the daily view under the shutdown rule', () => {
  let shut: DailyView;
  let on: DailyView;
  beforeAll(async () => {
    [shut, on] = await Promise.all([viewOf('shutdown-when-unprofitable'), viewOf('always-on')]);
  }, 60_000);

  it('planDailyView() switches off the cohort whose revenue (0.839 USD a day) is below its power (1.8): the fleet makes 10 x 9.3009 - 10 x 0.4928 = 88.08 USD a day and pays back on day 25,000 / 88.08 = 283.8 (it was 318.6, the losses of running counted)', () => {
    const [s9, old] = shut.cohorts;
    expect(s9.profitUsd).toBeCloseTo(S9, 9);
    expect(s9.switchedOff).toBeUndefined();
    // The row still says what running it would make.
    expect(old.profitUsd).toBeCloseTo(OLD_RUNNING, 9);
    expect(old.switchedOff).toBe(true);
    expect(shut.fleet.profitUsd).toBeCloseTo(10 * S9 + 10 * OLD_IDLE, 9);
    expect(shut.fleet.paybackDays).toBeCloseTo(25_000 / (10 * S9 + 10 * OLD_IDLE), 8);
    expect(Math.round(shut.fleet.paybackDays!)).toBe(284);
    expect(dailyViewComparison(shut, '2017-05-17')).toContain(m.switchedOff(['old']));
  });

  it('planDailyView() of the same fleet always on counts the losses of running: 25,000 / (93.009 - 14.541) = day 318.6', () => {
    expect(on.cohorts[1].switchedOff).toBeUndefined();
    expect(on.fleet.paybackDays).toBeCloseTo(25_000 / (10 * S9 + 10 * OLD_RUNNING), 8);
    expect(dailyViewComparison(on, '2017-05-17')).not.toContain('shutdown rule');
  });
});
