// Can a tornado's median NPV be missing at a point, to be drawn at the point's days (1,826 "USD")
// as a missing median payback is drawn at its horizon? A point's median NPV is its summary's
// headline.npvUsd (the equity's: headline.equityNpvUsd), the median over the paths with an NPV;
// null only where no path has one. Every path has one: its NPV is the present value of its days'
// flows, and every point runs at least one day (a study refuses a point whose horizon cannot judge
// P(payback <= 2 years), pinned below) on flows the scenario's bounds keep
// finite. A path whose NPV were not a number would have been left out of the NPV's figures without a
// word, and a run of such paths only would have drawn its null median at the point's days: the
// summary's check now refuses an NPV not over every path (an internal error, exit 1), and the
// tornado refuses a point without a median NPV rather than draw it somewhere.
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { tornadoRows } from '../../src/report/charts/tornado.js';
import { equityView } from '../../src/report/charts/tornado-books.js';
import { distribution } from '../../src/stats/quantiles.js';
import { checkSummary } from '../../src/stats/summary-check.js';
import type { SensitivityResult } from '../../src/study/sensitivity.js';
import { parseInputs } from '../../src/study/sensitivity-inputs.js';
import { MEASURES, plottedValue } from '../../src/study/sensitivity-measures.js';
import { planSensitivity } from '../../src/study/sensitivity-plan.js';
import type { SweepPointResult } from '../../src/study/sweep-result.js';
import { scenarioText } from '../fixtures/scenarios.js';
import { FIXTURE_SUMMARY, makeSummary } from '../fixtures/summary.js';

const NPV = MEASURES.find((m) => m.id === 'medianNpvUsd')!;

function point(npv: number | null, days = 1826): SweepPointResult {
  const e = (p: number) => ({ p, se: 0.01 });
  return {
    values: [],
    days,
    paybackWithin1y: e(0.3),
    paybackWithin2y: e(0.6),
    noPayback: e(0.4),
    medianPaybackDays: 500,
    medianNpvUsd: npv,
    claims: [],
    books: {
      marginCall: null,
      default: null,
      equityNoPayback: e(0.4),
      medianEquityNpvUsd: npv,
      medianEquityIrr: null,
      medianEquityIrrBound: null,
      medianAfterTaxNpvUsd: npv,
      medianHedgeNetUsd: null,
    },
  };
}

const result = (high: SweepPointResult): SensitivityResult => ({
  scenario: { name: 'test', start: '2017-05-17', days: 1826 },
  paths: 100,
  seed: 1,
  by: 0.2,
  base: point(10_000),
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
      low: point(14_000),
      high,
    },
  ],
  skipped: [],
});

describe('a sensitivity point’s median NPV', () => {
  it('distribution() of NPVs that are all numbers has every quantile: a median NPV is missing only where no path has one', () => {
    expect(distribution(Float64Array.of(-5)).quantiles.p50).toBe(-5);
    expect(distribution(Float64Array.of(Number.NaN, Number.NaN)).quantiles.p50).toBeNull();
  });

  it('checkSummary() refuses an NPV, the project’s or the equity’s, over fewer paths than the run’s (a path whose NPV is not a number)', () => {
    const h = FIXTURE_SUMMARY.headline;
    // Before: passed, the NPV's figures over 59 of 60 paths with no word of the one left out.
    for (const field of ['npvUsd', 'equityNpvUsd', 'afterTaxNpvUsd'] as const) {
      const summary = makeSummary({
        headline: {
          ...h,
          equityNpvUsd: h.npvUsd,
          afterTaxNpvUsd: h.npvUsd,
          [field]: { ...h.npvUsd, paths: 59 },
        },
      });
      expect(() => checkSummary(summary), field).toThrow(/npvUsd|NpvUsd/);
    }
    expect(() => checkSummary(makeSummary({ headline: { ...h, equityNpvUsd: h.npvUsd } }))).not.toThrow();
  });

  it('plottedValue() and tornadoRows() refuse a point without a median NPV instead of drawing it at the point’s 1,826 days as USD', () => {
    // Before: plottedValue gave 1826 and the bar ended at 1,826 USD, labelled 'none'.
    expect(() => plottedValue(point(null), 'medianNpvUsd')).toThrow(/internal/);
    expect(() => tornadoRows(result(point(null)), NPV)).toThrow(/internal/);
    expect(() => tornadoRows(equityView(result(point(null))), NPV)).toThrow(/internal/);
    // A median payback that does not exist is still drawn at the point's horizon, the least it could be.
    expect(plottedValue({ ...point(1), medianPaybackDays: null }, 'medianPaybackDays')).toBe(1826);
    expect(tornadoRows(result(point(6_000)), NPV).map((r) => r.result)).toEqual([14_000, 6_000]);
  });

  it('planSensitivity() refuses a point whose horizon cannot judge P(payback <= 2 years), so no point’s is missing either', async () => {
    const text = stringify({ ...parse(scenarioText()), claims: [] });
    const parsed = parseInputs(['horizon=1 year..4 years']);
    if (!parsed.ok) throw new Error('bad test --input');
    const planned = await planSensitivity(text, 'flagship.yaml', { inputs: parsed.specs, by: 0.2 });
    expect(planned.ok).toBe(false);
    if (planned.ok) return;
    expect(planned.problems.map((p) => p.message).join('\n')).toMatch(
      /lengthen `horizon` to at least 2 years/,
    );
  });
});
