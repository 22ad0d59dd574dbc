// A sweep over values that span orders of magnitude (`fleet[0].unitPrice=1,1000,...,1e12`): on a
// linear axis every point but the last sat within a pixel of the left edge and their tick labels
// were dropped for overlapping; the axis is then logarithmic, and says so.
import { describe, expect, it } from 'vitest';
import { sweepCharts } from '../../src/report/charts/sweep.js';
import { sweepBooksCharts } from '../../src/report/charts/sweep-books.js';
import { drawSvg } from '../../src/report/draw-svg.js';
import { makeBooksSweep, makeSweep } from '../fixtures/sweep.js';

const WIDE = 'fleet[0].unitPrice=1,1000,1000000,1000000000,1000000000000';

/** The x of each point symbol drawn, sorted, distinct. */
function pointXs(svg: string): number[] {
  const xs = [...svg.matchAll(/class="mark-symbol role-mark[^"]*"[^>]*>(.*?)<\/g>/g)].flatMap((m) =>
    [...m[1].matchAll(/transform="translate\(([-\d.]+),/g)].map((t) => Number(t[1])),
  );
  return [...new Set(xs)].sort((a, b) => a - b);
}

const xTitle = (spec: unknown) =>
  JSON.stringify((spec as { layer: { encoding?: { x?: { title?: string } } }[] }).layer);

describe('sweep charts over values spanning orders of magnitude', () => {
  // Before: the five points at x = 0, 0, 0, 0.7 and 720 px: gaps of 0 px.
  it('sweepCharts() along fleet[0].unitPrice=1..1e12 spaces the five points at least 100 px apart, on a log axis said to be log', async () => {
    const [p, median] = sweepCharts(makeSweep(WIDE));
    const warnings: string[] = [];
    const xs = pointXs(await drawSvg(p.spec, (w) => warnings.push(w)));
    expect(warnings).toEqual([]);
    expect(xs).toHaveLength(5);
    for (let i = 1; i < xs.length; i++) expect(xs[i] - xs[i - 1]).toBeGreaterThan(100);
    // The fixture has no median at these points: that chart draws no point, but the same axis.
    for (const chart of [p, median])
      expect(xTitle(chart.spec)).toContain('fleet[0].unitPrice (USD, log scale)');
  });

  it('sweepBooksCharts() along a wide axis draws it logarithmic too', () => {
    for (const chart of sweepBooksCharts(makeBooksSweep({ covenant: true, tax: true }, WIDE)))
      expect(JSON.stringify(chart.spec)).toContain('"type":"log"');
  });

  it('sweepCharts() across a grid with a wide axis spaces its cells on a log axis', async () => {
    const [chart] = sweepCharts(makeSweep(WIDE, 'power.price=0.05..0.10:2'));
    expect(JSON.stringify(chart.spec)).toContain('"type":"log"');
    expect(JSON.stringify(chart.spec)).toContain('fleet[0].unitPrice (USD, log scale)');
    const svg = await drawSvg(chart.spec, () => undefined);
    // Cells of equal width on the log axis: 720 px / 5.
    const cells = svg.match(/class="mark-rect role-mark[^"]*"[^>]*>(.*?)<\/g>/)?.[1] ?? '';
    const widths = [...cells.matchAll(/d="M[-\d.]+,[-\d.]+h([\d.]+)v/g)].map((m) => Number(m[1]));
    expect(widths.length).toBeGreaterThanOrEqual(10);
    for (const w of widths.slice(0, 10)) expect(w).toBeGreaterThan(100);
  });

  it('sweepCharts() along power.price=0.02..0.20:7 keeps its linear axis', () => {
    for (const chart of sweepCharts(makeSweep('power.price=0.02..0.20:7')))
      expect(JSON.stringify(chart.spec)).not.toContain('"type":"log"');
  });
});
