// The payback CDF's tooltips give each share with its Monte Carlo error, as its marks do ("0.000 (95 %
// ≤ 0.0037)" at day 29 over 1,000 paths), but its first point, the share at day 0, read a bare
// "0.000" whenever no path had nothing at stake (summary.json then leaves nothingAtStake out): the
// same measurement, over the same paths, now with the same bound. Every committed run's chart had it.
import { describe, expect, it } from 'vitest';
import { paybackCdfSpec } from '../../src/report/charts/payback-cdf.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { makeSummary } from '../fixtures/summary.js';

type Layer = { data?: { values?: { day?: number; pText?: string }[] }; mark?: { type?: string } };
const curve = (s: RunSummary) =>
  ((paybackCdfSpec(s) as unknown as { layer: Layer[] }).layer ?? []).find((l) => l.mark?.type === 'line')!
    .data!.values!;

describe('every point of the payback CDF carries its Monte Carlo error', () => {
  it('day 0 with no path that had nothing at stake: "0.000 (95 % ≤ ...)", as day 29', () => {
    const base = makeSummary();
    const s = makeSummary({
      payback: {
        ...base.payback,
        cdf: base.payback.cdf.map((c) => ({ ...c, se: Math.sqrt((c.p * (1 - c.p)) / 1000) })),
      },
    });
    expect(s.headline.nothingAtStake).toBeUndefined();
    const [start, first] = curve(s);
    expect(start.day).toBe(0);
    expect(first.pText).toMatch(/^0\.000 \(95 % ≤ 0\.00\d+\)$/);
    expect(start.pText).toBe(first.pText);
  });

  it('a one-week run: its start and its one step, both with their error', () => {
    const base = makeSummary();
    const s = makeSummary({
      scenario: { ...base.scenario, days: 7 },
      headline: { ...base.headline, paybackWithin1y: null, paybackWithin2y: null },
      payback: { binDays: 30, counts: [200], never: 800, cdf: [{ day: 6, p: 0.2, se: 0.0126 }] },
    });
    const points = curve(s);
    expect(points.map((p) => p.day)).toEqual([0, 6]);
    for (const p of points) expect(p.pText).toMatch(/±|95 %/);
  });
});
