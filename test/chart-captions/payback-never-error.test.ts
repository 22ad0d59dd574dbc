// The payback histogram labelled its last bar "not paid back: 21 %", bare, where the CDF and the
// tables give the same share with its Monte Carlo error, 0.210 ± 0.024. The bar's label and its
// tooltip now carry the error, in the chart's percent: "not paid back: 21.0 % ± 2.4 %".
import { describe, expect, it } from 'vitest';
import { paybackHistogramSpec } from '../../src/report/charts/payback-histogram.js';
import { formatEstimatePercent } from '../../src/report/format.js';
import { makeSummary } from '../fixtures/summary.js';

type Bar = { kind: string; label?: string; shareText: string };

describe('the payback histogram’s never bar carries its Monte Carlo error', () => {
  const base = makeSummary();
  const paths = 300;
  const s = makeSummary({
    run: { ...base.run, paths },
    headline: { ...base.headline, noPayback: { p: 0.21, se: 0.024 } },
    payback: { ...base.payback, never: 63 },
  });
  const spec = paybackHistogramSpec(s) as unknown as { datasets: { bins: Bar[] } };
  const never = spec.datasets.bins.at(-1)!;

  it('paybackHistogramSpec(): its label and tooltip read 21.0 % ± 2.4 %, as the tables’ 0.210 ± 0.024', () => {
    expect(never.label).toBe('not paid back: 21.0 % ± 2.4 %');
    expect(never.shareText).toBe('21.0 % ± 2.4 %');
  });

  it('formatEstimatePercent(): the tables’ digits moved two places, a bound likewise', () => {
    expect(formatEstimatePercent({ p: 0.0014, se: 0.0004 })).toBe('0.14 % ± 0.04 %');
    expect(formatEstimatePercent({ p: 0.9048, se: 0.0029 })).toBe('90.5 % ± 0.3 %');
    expect(formatEstimatePercent({ p: 0, se: 0 }, undefined, 50)).toBe('0.0 % (95 % ≤ 7.2 %)');
    expect(formatEstimatePercent({ p: 1, se: 0 }, undefined, 50)).toBe('100.0 % (95 % ≥ 92.8 %)');
  });
});
