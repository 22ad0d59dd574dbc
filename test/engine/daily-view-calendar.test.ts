// The daily view holds the start day's conditions fixed, but not the fleet's calendar: a cohort
// bought later pays its capex on its purchase day and earns from its first day hashing, after its
// deployment delay, as the run counts it (engine/compile/daily-view.ts, model/held-fixed-payback.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { dailyViewMessages as m } from '../../src/messages/daily-view.js';
import { dailyViewComparison } from '../../src/report/daily-view-comparison.js';
import type { DailyView } from '../../src/stats/summary.js';
import { loadScenario, scenarioOf } from '../fixtures/scenarios.js';

// Ten S9s (13.5 TH/s, 1,323 W) bought on 2017-05-17 and ten more on 2017-11-13 (day 180) that hash
// 30 days later (day 210), each 2,400 USD; difficulty 5.5e11, 12.5 BTC + 0.5 of fees a block,
// 1,800 USD, 0.05 USD/kWh, 2 % pool fee, 300 USD/month of fixed costs.
const TEXT = `
name: daily-view-calendar
start: 2017-05-17
horizon: 2 years
fleet:
  - { name: first, model: Antminer S9, count: 10, unitPrice: 2400 USD }
  - { name: second, model: Antminer S9, count: 10, unitPrice: 2400 USD, purchased: 2017-11-13, deploymentDelay: 30 days }
power: { price: 0.05 USD/kWh }
costs: { poolFee: 2 %, fixed: 300 USD/month }
network: { difficulty: 5.5e11, hashrate: 4 EH/s, model: { type: growth, rate: 50 % } }
fees: { model: { type: per-block, amount: 0.5 } }
price: { start: 1800 USD, model: { type: gbm, drift: 40 %, volatility: 80 % } }
monteCarlo: { paths: 20 }
`;

const REVENUE = ((13.5e12 * 86_400 * 13) / (5.5e11 * 2 ** 32)) * 1800 * 0.98; // 11.323 USD a day
const PROFIT = REVENUE - 1.323 * 24 * 0.05; // 9.7355 USD a day
const FIXED = (300 * 12) / 365.25; // 9.8563 USD a day

describe('the daily view of a fleet bought over time', () => {
  let view: DailyView;
  let text: string;
  beforeAll(async () => {
    const { summary } = await runMonteCarlo(await scenarioOf(TEXT), {
      paths: 20,
      workers: 1,
      breakEvenPaths: 0,
    });
    view = summary.dailyView!;
    text = headlineTable(summary);
  }, 60_000);

  it('planDailyView() values both cohorts at the start day and says when each is paid for and hashes', () => {
    const [first, second] = view.cohorts;
    expect(first.profitUsd).toBeCloseTo(PROFIT, 9);
    expect(second.profitUsd).toBeCloseTo(PROFIT, 9);
    // A day 0 is left out of summary.json: the first cohort reads as one bought on the start day.
    expect([first.paidDay, first.hashingFromDay]).toEqual([undefined, undefined]);
    expect([second.paidDay, second.hashingFromDay]).toEqual([180, 210]);
  });

  it('planDailyView() pays the second cohort back 30 + 2,400 / 9.7355 = 276.5 days after its capex (it was 246.5, its idle month left out)', () => {
    expect(view.cohorts[0].paybackDays).toBeCloseTo(2400 / PROFIT, 9);
    expect(view.cohorts[1].paybackDays).toBeCloseTo(30 + 2400 / PROFIT, 9);
  });

  it('planDailyView() pays the fleet back on day 370, each capex on its own day: -8,250 USD on day 180, -29,625 on day 210, then 184.85 a day (it was 48,000 / 184.85 = day 260)', () => {
    const one = 10 * PROFIT - FIXED; // 87.499 USD a day while the first cohort alone hashes
    const both = 20 * PROFIT - FIXED; // 184.85 USD a day from day 210
    const onDay210 = -24_000 + 180 * one - 24_000 + 30 * one;
    expect(onDay210).toBeCloseTo(-29_625.18, 2);
    expect(view.fleet.paybackDays).toBeCloseTo(210 - onDay210 / both, 8);
    expect(Math.round(view.fleet.paybackDays!)).toBe(370);
    // The fleet's day is still every cohort running, less the fixed costs.
    expect(view.fleet.profitUsd).toBeCloseTo(both, 9);
    expect(view.fleet.capexUsd).toBe(48_000);
    expect(dailyViewComparison(view, '2017-05-17')).toContain('pays back on day 370 (2018-05-22)');
  });

  it('headlineTable() prints the calendar rows and the payback from each cohort’s capex', () => {
    const line = (label: string) => text.split('\n').find((l) => l.startsWith(`  ${label} `));
    expect(line(m.paidRow())).toMatch(/day 0 \(2017-05-17\) +day 180 \(2017-11-13\)$/);
    expect(line(m.hashingFromRow())).toMatch(/day 0 \(2017-05-17\) +day 210 \(2017-12-13\)$/);
    // 2,400 / 9.7355 = 246.5 and 276.5 days of profit: the run's days 246 and 276 (heldFixedPaybackDay).
    expect(line(m.paybackFromCapexRow())).toMatch(/246 d +276 d$/);
  });
});

describe('the daily view of one cohort with a deployment delay', () => {
  it('planDailyView() of the 2026 S21 fleet, hashing 14 days after its capex, pays back on day 14 + 4,234.4 / 2.772 = 1,541 (it was 1,527)', async () => {
    const s = await loadScenario('s21-fleet-2026');
    const { summary } = await runMonteCarlo(s, { paths: 8, workers: 1, breakEvenPaths: 0 });
    const view = summary.dailyView!;
    const [s21] = view.cohorts;
    expect(s21.hashingFromDay).toBe(14);
    expect(s21.paybackDays).toBeCloseTo(14 + s21.unitCapexUsd / s21.profitUsd, 9);
    expect(view.fleet.paybackDays).toBeCloseTo(s21.paybackDays!, 8);
    expect(Math.round(view.fleet.paybackDays!)).toBe(1541);
  }, 60_000);
});
