// A fleet bought in stages pays back when its position is back at zero once every cohort is paid
// for, not on a day before a later cohort's capex puts its money at stake again. By hand, every
// path the same (a fixed price, a network of constant hashrate, fees per block, no failures):
// one S21 (200 TH/s, 3,500 W) earns 0.2e15 x 86,400 / (1e14 x 2^32) x (3.125 + 0.1) BTC x 90,000
// USD x 0.98 - 3.5 kW x 24 h x 0.05 USD/kWh = 7.244114 USD a day. Cohort a, ten S21s for 30,000
// USD on day 0, makes 72.441 USD a day: at the end of day 414 the fleet is 415 x 72.441 - 30,000 =
// +63.07 USD, which earlier builds counted as the fleet's payback (P(payback <= 1 year) 0, but a
// payback of 414 days and "the fleet pays back on day 414" held fixed) although cohort b's 30,000
// USD were still to be paid on day 516 (2026-06-01): 516 x 72.441 - 60,000 = -22,620 USD at the
// end of day 515 with b's capex, then 144.88 a day. Back at zero at the end of day 672
// (673 x 72.441 + 157 x 72.441 - 60,000 = +126.15), held fixed 516 + 22,620.37 / 144.88 = 672.13.
// The equity borrows 60 % of b's capex (18,000 USD at 10 %, 6 monthly payments of 3,088.11 on
// days 546, 577, 607, 638, 668, 699): -4,475.49 at the end of day 516, back at zero on day 569
// (+115.17), where earlier builds said day 414 too.
import { beforeAll, describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { heldFixedPaybackDay } from '../../src/model/held-fixed-payback.js';
import { paybackCdfSpec } from '../../src/report/charts/payback-cdf.js';
import { roiFanSpec } from '../../src/report/charts/roi-fan.js';
import { headlineTables } from '../../src/report/headline.js';
import { financeLines } from '../../src/scenario/finance-lines.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const TEXT = `
name: staged-payback
start: 2025-01-01
horizon: 2 years
fleet:
  - { name: a, model: Antminer S21, count: 10, unitPrice: 3000 USD }
  - { name: b, model: Antminer S21, count: 10, unitPrice: 3000 USD, purchased: 2026-06-01 }
power: { price: 0.05 USD/kWh }
costs: { poolFee: 2 % }
network: { difficulty: 100 T, hashrate: 715.82788266666667 EH/s, model: { type: growth, rate: 0 % } }
fees: { model: { type: per-block, amount: 0.1 } }
price: { start: 90000 USD, model: { type: fixed } }
money: { salvage: { model: none } }
finance:
  loans:
    - { name: lb, cohorts: [b], loanToValue: 60 %, rate: 10 %, term: 6 months }
monteCarlo: { paths: 4, seed: 7 }
claims:
  - payback <= 1 year
`;

describe('the payback of a fleet bought in stages', () => {
  let summary: RunSummary;
  beforeAll(async () => {
    ({ summary } = await runMonteCarlo(await scenarioOf(TEXT), { paths: 4, workers: 1, breakEvenPaths: 0 }));
  }, 60_000);

  it('runMonteCarlo() pays the fleet back on day 672, after cohort b is paid for on day 516 (it was day 414, before it)', () => {
    expect(summary.headline.paybackDays.quantiles.p50).toBe(672);
    expect(summary.headline.paybackWithin1y!.p).toBe(0);
    expect(summary.headline.paybackWithin2y!.p).toBe(1);
  });

  it('runMonteCarlo() pays the equity back on day 569, after b’s capex less its loan (it was day 414)', () => {
    expect(summary.headline.equityPaybackDays!.quantiles.p50).toBe(569);
  });

  it('planDailyView() pays the fleet back held fixed on day 516 + 22,620.37 / 144.88 = 672.13 (it was 414.13)', () => {
    const profit = 10 * summary.dailyView!.cohorts[0].profitUsd;
    expect(profit).toBeCloseTo(72.44114, 4);
    expect(summary.dailyView!.fleet.paybackDays).toBeCloseTo(516 + (60_000 - 516 * profit) / (2 * profit), 6);
    expect(summary.dailyView!.monteCarlo!.paybackDaysP50).toBe(672);
  });

  it('headlineTables() says beside the payback and the equity’s that the fleet pays back on or after its last purchase, day 516', () => {
    const payback = headlineTables(summary).find((t) => t.title === 'Payback')!;
    expect(payback.note).toContain('on or after its last purchase (day 516, 2026-06-01)');
    const books = headlineTables(summary).find((t) => t.title === 'Project and equity')!;
    expect(books.note).toContain('on or after its last purchase (day 516, 2026-06-01)');
    // The fan chart's subtitle said a path pays back where it first crosses zero (day 414 here).
    expect(JSON.stringify(roiFanSpec(summary).title).replace(/","/g, ' ')).toContain(
      'pays back where it first crosses zero on or after the last purchase (day 516)',
    );
    // The CDF, read at 1 year, is 0 by construction: its subtitle said only 'after the capex put it below'.
    expect(JSON.stringify(paybackCdfSpec(summary).title).replace(/","/g, ' ')).toContain(
      'after the capex put it below, on or after the last purchase, day 516)',
    );
  });

  it('headlineTables() says beside a claim on the payback that its days count from the start and that the fleet pays back on or after day 516', () => {
    // 'payback <= 1 year' is refuted: the payback, day 672, counts from the start (2025-01-01), not
    // from cohort b's purchase 156 days before it; the claims table said nothing of it.
    expect(summary.claims[0].verdict).toBe('refuted');
    const claims = headlineTables(summary).find((t) => t.title === 'Claims')!;
    expect(claims.note).toContain(
      'A claim’s payback is its day counted from the start (2025-01-01), not from a purchase: the fleet, bought in stages, pays back on or after its last purchase (day 516, 2026-06-01).',
    );
  });

  it('headlineTable() says in the terminal, as the report does, that the fleet pays back on or after its last purchase, day 516', () => {
    // The terminal printed 'P(payback <= 1 year) 0' and 'payback day 672' with no word of it.
    expect(headlineTable(summary)).toMatch(
      /bought in stages +pays back on or after its last purchase, day 516 \(2026-06-01\); days count from the start/,
    );
  });

  it('financeLines() says a loan on the whole staged fleet is drawn in full on its first purchase, before b is bought (it said nothing)', async () => {
    // 60 % of both cohorts' 60,000 USD, 36,000 USD, is drawn on 2025-01-01 (loanStart), b's share
    // 516 days before b is bought: the equity holds 36,000 - 30,000 = +6,000 USD on day 0.
    const whole = TEXT.replace('{ name: lb, cohorts: [b], loanToValue', '{ name: lb, loanToValue').replace(
      'term: 6 months }',
      'term: 24 months }',
    );
    const loan = financeLines(await scenarioOf(whole)).find((l) => l.label === 'Loan: lb')!;
    expect(loan.value).toBe(
      '36,000 USD (60 % of the capex) at 10 % a year over 24 months, amortizing, drawn in full 2025-01-01, before its last cohort is bought 2026-06-01',
    );
    // On cohort b alone it is drawn on b's purchase, which the line says, with the capex it is a
    // share of (b's, not the fleet's).
    const onB = financeLines(await scenarioOf(TEXT)).find((l) => l.label === 'Loan: lb')!;
    expect(onB.value).toBe(
      '18,000 USD (60 % of the capex of b) at 10 % a year over 6 months, amortizing, drawn 2026-06-01, on b',
    );
  });

  it('planDailyView() of a fleet already back at zero when its last cohort is paid for pays back that day, as the run: day 516 (it said day 515)', async () => {
    // Cohort b for 3,000 USD (300 USD a unit): 517 x 72.441 - 30,000 - 3,000 = +4,452 USD at the
    // end of day 516, where the position first counts.
    const cheap = TEXT.replace(
      'count: 10, unitPrice: 3000 USD, purchased',
      'count: 10, unitPrice: 300 USD, purchased',
    );
    const run = await runMonteCarlo(await scenarioOf(cheap), { paths: 4, workers: 1, breakEvenPaths: 0 });
    expect(run.summary.headline.paybackDays.quantiles.p50).toBe(516);
    expect(run.summary.dailyView!.fleet.paybackDays).toBe(517);
    expect(heldFixedPaybackDay(run.summary.dailyView!.fleet.paybackDays)).toBe(516);
  });

  it('runMonteCarlo() pays the equity back on day 414 when it leases cohort b: the lessor pays its capex on day 516 (the project on day 672)', async () => {
    // Six monthly payments of 2,000 USD, days 546 to 699: the equity's position never falls below
    // zero again after day 414: on day 516 it stands at 517 x 72.441 = +7,452 USD, and b earns
    // 72.441 a day against 2,000 / 30.44 = 65.7 of payments. Before, it was looked for from day 516.
    const leased = TEXT.replace(
      '  loans:\n    - { name: lb, cohorts: [b], loanToValue: 60 %, rate: 10 %, term: 6 months }',
      '  leases:\n    - { cohort: b, payment: 2000 USD/month, term: 6 months }',
    );
    expect(leased).toContain('leases:');
    const run = await runMonteCarlo(await scenarioOf(leased), { paths: 4, workers: 1, breakEvenPaths: 0 });
    expect(run.summary.headline.paybackDays.quantiles.p50).toBe(672);
    expect(run.summary.headline.equityPaybackDays!.quantiles.p50).toBe(414);
  });

  it('runMonteCarlo() pays the equity back on day 720, after it buys cohort b out of its lease on day 699 (it said day 414)', async () => {
    // The same lease with a residual of 25,000 USD paid with its last payment on day 699: the
    // owners buy b's machines then, as they would buy a cohort. At the end of day 698 the equity
    // stands at 699 x 72.441 + 183 x 72.441 - 30,000 - 5 x 2,000 = +23,893.09 USD; day 699 adds
    // 144.88 and takes 2,000 + 25,000: -2,962.03, money at stake again. Back at zero at the end of
    // day 720 (-2,962.03 + 21 x 144.88 = +80.44). Before, the payback was day 414, before the
    // buyout, and the position below zero after it was not said.
    const leased = TEXT.replace(
      '  loans:\n    - { name: lb, cohorts: [b], loanToValue: 60 %, rate: 10 %, term: 6 months }',
      '  leases:\n    - { cohort: b, payment: 2000 USD/month, term: 6 months, residual: 25000 USD }',
    );
    expect(leased).toContain('residual: 25000 USD');
    const run = await runMonteCarlo(await scenarioOf(leased), { paths: 4, workers: 1, breakEvenPaths: 0 });
    expect(run.summary.headline.paybackDays.quantiles.p50).toBe(672);
    expect(run.summary.headline.equityPaybackDays!.quantiles.p50).toBe(720);
  });
});
