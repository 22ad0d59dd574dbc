// The payback CDF's marks print a share with its Monte Carlo error ("P = 0.0014 ± 0.0004"), but the
// tooltip of each bin along the curve gave its share bare ("P(payback by then) 0.482"), though
// summary.json's payback.cdf carries each bin's standard error. The tooltip now gives it as the
// marks do; a share that is 0 on every path reads with its bound, and where the last purchase falls
// after the cut (every path unpaid by rule) the share stays bare, as the marks print it.
import { describe, expect, it } from 'vitest';
import { paybackCdfSpec } from '../../src/report/charts/payback-cdf.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { makeSummary } from '../fixtures/summary.js';

type Row = { day: number; pText: string };
const rows = (s: RunSummary): Row[] => {
  const spec = paybackCdfSpec(s) as unknown as { layer: { data?: { values?: Row[] } }[] };
  return spec.layer.flatMap((l) => l.data?.values ?? []).filter((r) => typeof r.pText === 'string');
};

describe('the payback CDF’s tooltip gives each bin’s share with its Monte Carlo error', () => {
  const base = makeSummary();
  const cdf = base.payback.cdf.map((c) => ({ ...c, p: c.p === 0 ? 0 : 0.4821, se: c.p === 0 ? 0 : 0.0158 }));
  const s = makeSummary({ payback: { ...base.payback, cdf } });

  it('a bin paid back on some paths: "0.482 ± 0.016", not a bare "0.482"', () => {
    const texts = rows(s)
      .filter((r) => r.day > 0)
      .map((r) => r.pText);
    expect(texts).toContain('0.482 ± 0.016');
    expect(texts).not.toContain('0.482');
  });

  it('a bin paid back on no path reads with its bound, as the marks print a share of 0', () => {
    const first = base.payback.cdf.find((c) => c.p === 0);
    if (first === undefined) return;
    const text = rows(s).find((r) => r.day === first.day)!.pText;
    expect(text).toMatch(/^0\.000 \(95 % ≤ /);
  });
});
