// A sensitivity study printed its base's median payback, P(payback <= 2 years), median NPV,
// P(default) and median equity NPV bare, and sensitivity.csv gave each result without its error;
// sensitivity.json did not say whether the paths were drawn in antithetic pairs. Each now carries
// the Monte Carlo error its point's run gives it (summary.json's intervals.p50, a share's se).
import { describe, expect, it } from 'vitest';
import { sensitivityCsv, sensitivityJson, sensitivityLines } from '../../src/report/sensitivity-tables.js';
import type { SensitivityResult } from '../../src/study/sensitivity.js';
import type { SweepPointResult } from '../../src/study/sweep-result.js';

function point(median: number, extra: Partial<SweepPointResult> = {}): SweepPointResult {
  const e = (x: number) => ({ p: x, se: 0.01 });
  return {
    values: [],
    days: 1826,
    paybackWithin1y: e(0.3),
    paybackWithin2y: e(0.6),
    noPayback: e(0.1),
    medianPaybackDays: median,
    medianNpvUsd: 1000,
    // Made-up ends: the sorted values of ranks 18 and 33 of 50 paths, say.
    medianPaybackDaysInterval: { low: median - 40, high: median + 50 },
    medianNpvUsdInterval: { low: 400, high: 1500 },
    claims: [],
    books: {
      marginCall: e(0.2),
      default: e(0.15),
      equityNoPayback: e(0.25),
      medianEquityNpvUsd: 800,
      medianEquityIrr: 0.3,
      medianEquityIrrBound: null,
      medianAfterTaxNpvUsd: 700,
      medianHedgeNetUsd: null,
      medianEquityNpvUsdInterval: { low: 100, high: 1200 },
      medianEquityIrrInterval: { low: 0.1, high: 0.5 },
      medianAfterTaxNpvUsdInterval: { low: 50, high: 1100 },
    },
    ...extra,
  };
}

const result = (base: SweepPointResult): SensitivityResult => ({
  scenario: { name: 'test', start: '2017-05-17', days: 1826 },
  paths: 50,
  seed: 1,
  by: 0.2,
  base,
  rows: [
    {
      input: {
        key: 'power.price',
        path: ['power', 'price'],
        argument: null,
        unit: 'USD/kWh',
        baseSource: 'scenario',
        base: 0.1,
        low: 0.08,
        high: 0.12,
      },
      low: point(500),
      high: point(700),
    },
  ],
  skipped: [],
});

describe('a sensitivity study’s figures with their Monte Carlo error', () => {
  it('sensitivityLines(): the base’s medians with their 95 % intervals and its shares ± their errors', () => {
    const base = sensitivityLines(result(point(600)))[1];
    expect(base).toBe(
      '  base: median payback 600 d (560 d to 650 d), P(payback <= 2 years) 0.600 ± 0.010, median NPV 1,000 USD (400 USD to 1,500 USD), P(default) 0.150 ± 0.010, median equity NPV 800 USD (100 USD to 1,200 USD)',
    );
  });

  it('sensitivityLines() of a base of one outcome: its figures alone, exact', () => {
    const base = sensitivityLines(result(point(600, { oneOutcome: true })))[1];
    expect(base).not.toMatch(/±| to /);
  });

  it('sensitivityCsv(): each result with its standard error (shares) or its 95 % interval (medians)', () => {
    const rows = sensitivityCsv(result(point(600)))
      .trim()
      .split('\n');
    expect(rows[0]).toBe('input,side,value,measure,result,value_unit,result_se,result_low,result_high');
    const row = (side: string, measure: string) =>
      rows.find((r) => r.startsWith(`power.price,${side},`) && r.split(',')[3] === measure)!.split(',');
    expect(row('base', 'median_payback_days').slice(6)).toEqual(['', '560', '650']);
    expect(row('low', 'median_payback_days').slice(6)).toEqual(['', '460', '550']);
    expect(row('base', 'p_payback_2y').slice(6)).toEqual(['0.01', '', '']);
    expect(row('base', 'median_npv_usd').slice(6)).toEqual(['', '400', '1500']);
    expect(row('high', 'median_equity_irr').slice(6)).toEqual(['', '0.1', '0.5']);
    expect(row('high', 'p_default').slice(6)).toEqual(['0.01', '', '']);
  });

  it('sensitivityJson(): whether the paths were in antithetic pairs, and the books’ medians’ intervals', () => {
    expect(sensitivityJson(result(point(600))).run.antithetic).toBe(false);
    const paired = sensitivityJson(result(point(600, { antithetic: true })));
    expect(paired.run.antithetic).toBe(true);
    expect(paired.base.books?.medianEquityIrrInterval).toEqual({ low: 0.1, high: 0.5 });
  });
});
