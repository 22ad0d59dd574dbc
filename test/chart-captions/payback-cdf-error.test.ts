// The payback CDF printed its marks' shares bare and to 3 decimals ("P = 0.001" at 1 year) where
// summary.md and the terminal give the same share with its Monte Carlo error ("0.0014 ± 0.0004", the
// S21 fleet's P(payback ≤ 1 year)), and its ceiling and subtitle likewise ("paid back within the
// horizon: 0.095", "0.905 do not pay back"). Each now reads as the tables print it (formatEstimate).
import { describe, expect, it } from 'vitest';
import { paybackCdfSpec } from '../../src/report/charts/payback-cdf.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { makeSummary } from '../fixtures/summary.js';

type Layer = { data?: { values?: { label?: string }[] }; mark?: { type?: string } };
const labels = (s: RunSummary) =>
  ((paybackCdfSpec(s) as unknown as { layer: Layer[] }).layer ?? [])
    .filter((l) => l.mark?.type === 'text')
    .flatMap((l) => (l.data?.values ?? []).map((v) => v.label))
    .filter((x): x is string => x !== undefined);
const subtitle = (s: RunSummary) =>
  ([] as string[])
    .concat((paybackCdfSpec(s) as { title: { subtitle: string | string[] } }).title.subtitle)
    .join(' ');

describe('the payback CDF’s shares carry their Monte Carlo error, as the tables print them', () => {
  const base = makeSummary();
  const s = makeSummary({
    run: { ...base.run, paths: 10_000 },
    headline: {
      ...base.headline,
      paybackWithin1y: { p: 0.0014, se: 0.0004 },
      paybackWithin2y: { p: 0.0646, se: 0.0025 },
      noPayback: { p: 0.9048, se: 0.0029 },
    },
  });

  it('the 1- and 2-year marks: "P = 0.0014 ± 0.0004", not "P = 0.001"', () => {
    const text = labels(s);
    expect(text).toContain('P = 0.0014 ± 0.0004');
    expect(text).toContain('P = 0.065 ± 0.003');
    expect(text).not.toContain('P = 0.001');
  });

  it('the ceiling and the subtitle give the share paid back and not paid back with theirs', () => {
    expect(labels(s)).toContain('paid back within the horizon: 0.095 ± 0.003');
    expect(subtitle(s)).toContain('0.905 ± 0.003 do not pay back within the horizon');
  });
});
