// The revenue chart's legend shows each series in the colour it is drawn in, with capacity shut
// down or without: the shut-down weeks' shading was a rect at 45 % opacity, and vega-lite gave
// that opacity to every symbol of the shared legend, so with a shutdown (output/s21-fleet-2026)
// the median lines' swatches read as pale as the bands': #238b45 at 0.45 beside the band #a1d99b.
import { describe, expect, it } from 'vitest';
import { revenueCostSpec } from '../../src/report/charts/revenue-cost.js';
import { PALETTE } from '../../src/report/charts/theme.js';
import { drawSvg } from '../../src/report/draw-svg.js';
import { FIXTURE_SUMMARY, makeSummary } from '../fixtures/summary.js';

/** Each legend symbol's fill and opacity. */
function legendSymbols(svg: string): { fill: string; opacity: number }[] {
  const legend = svg.slice(svg.indexOf('role-legend-symbol'));
  return [
    ...legend.matchAll(
      /<path transform="translate\([^"]*\)"[^>]*fill="(#[0-9a-f]{6})"[^>]*?(?:opacity="([\d.]+)")?\/>/g,
    ),
  ].map((m) => ({ fill: m[1], opacity: m[2] === undefined ? 1 : Number(m[2]) }));
}

describe('revenueCostSpec() legend', () => {
  it('revenueCostSpec() with weeks shut down draws every legend symbol opaque, the shading’s as it shows', async () => {
    const { dates } = FIXTURE_SUMMARY.timeline;
    const p50 = dates.map((_, i) => (i >= 3 && i < 6 ? 0.5 : 0));
    const summary = makeSummary({
      timeline: {
        ...FIXTURE_SUMMARY.timeline,
        shutdownShare: { ...FIXTURE_SUMMARY.timeline.shutdownShare, p50 },
      },
    });
    const symbols = legendSymbols(await drawSvg(revenueCostSpec(summary), () => undefined));
    expect(symbols).toHaveLength(5);
    for (const s of symbols) expect(s.opacity).toBe(1);
    expect(symbols.map((s) => s.fill)).toContain(PALETTE.revenue);
    expect(symbols.map((s) => s.fill)).toContain(PALETTE.cost);
  });
});
