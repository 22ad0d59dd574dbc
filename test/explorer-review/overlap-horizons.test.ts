// The explorer's comparison with a pinned run says whether two medians' 95 % intervals overlap
// (compare.ts). An interval end that is null is a payback past THAT run's horizon: after its last
// day, not later than any day. Two runs of different horizons (a what-if on `horizon`) must read
// each null end against its own run's days.
import { describe, expect, it } from 'vitest';
import { comparisonRows, intervalsOverlap } from '../../src/explorer/compare.js';
import { type ExplorerView, explorerView } from '../../src/explorer/view.js';
import type { Distribution } from '../../src/stats/summary.js';
import { FIXTURE_SUMMARY } from '../fixtures/summary.js';

const d = (p50: number | null, low: number | null, high: number | null): Distribution => ({
  mean: p50,
  quantiles: { p5: null, p10: null, p25: null, p50, p75: null, p90: null, p95: null },
  intervals: { p5: null, p10: null, p25: null, p50: { low, high }, p75: null, p90: null, p95: null },
});
const base = explorerView(FIXTURE_SUMMARY);
const withPayback = (days: number, payback: Distribution): ExplorerView => ({
  ...base,
  scenario: { ...base.scenario, days },
  headline: { ...base.headline, paybackDays: payback },
});
const paybackRow = (rows: string[][]) => rows.find(([label]) => label === 'Payback, median')!;

describe('comparisonRows() and intervalsOverlap() across runs of different horizons', () => {
  it('a run of 365 days whose median interval is past its horizon (after day 365) overlaps [400, 450] of a run of 730 days', () => {
    // Pinned: 2 years, median 420 days, interval [400, 450]. Now: the horizon cut to 1 year (365
    // days), over half of the paths not paid back by day 365: median and interval past day 365,
    // i.e. somewhere in (365, ∞), which holds 400..450. Before: "— (95 % intervals apart: more
    // than the noise)", a claim the shorter run cannot make.
    const pinned = withPayback(730, d(420, 400, 450));
    const now = withPayback(365, d(null, null, null));
    expect(intervalsOverlap(pinned.headline.paybackDays, now.headline.paybackDays, 730, 365)).toBe(true);
    expect(paybackRow(comparisonRows(pinned, now))[3]).toBe('— (95 % intervals overlap: may be noise)');
    expect(paybackRow(comparisonRows(now, pinned))[3]).toBe('— (95 % intervals overlap: may be noise)');
  });

  it('past a horizon of 365 days (days 0 to 364) meets [300, 365] of a run of 730 days: day 365 is in both', () => {
    const pinned = withPayback(730, d(330, 300, 365));
    const now = withPayback(365, d(null, null, null));
    expect(intervalsOverlap(pinned.headline.paybackDays, now.headline.paybackDays, 730, 365)).toBe(true);
    expect(intervalsOverlap(d(330, 300, 364), now.headline.paybackDays, 730, 365)).toBe(false);
  });

  it('past a horizon of 365 days is apart from [200, 300] of a run of 730 days, and from [400, 450] of a run of the same 730 days past', () => {
    // (365, ∞) and [200, 300]: apart. (730, ∞) and [400, 450]: apart.
    expect(
      paybackRow(
        comparisonRows(withPayback(730, d(250, 200, 300)), withPayback(365, d(null, null, null))),
      )[3],
    ).toBe('— (95 % intervals apart: more than the noise)');
    expect(
      paybackRow(
        comparisonRows(withPayback(730, d(420, 400, 450)), withPayback(730, d(null, null, null))),
      )[3],
    ).toBe('— (95 % intervals apart: more than the noise)');
  });
});
