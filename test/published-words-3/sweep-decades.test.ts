// A sweep over values a decade apart (a coin price of 1e10, 1e11 and 1e12 USD) drew its heatmap on a
// linear axis: the first two columns 65 px apart, their labels (10,000,000,000 and 100,000,000,000)
// overlapping, so vega dropped the second and a column stood without its value. Values spanning a
// hundredfold or more whose closest two are under a tenth of the span apart are now spaced on a
// log axis, where each column is as wide and carries its label.
import { describe, expect, it } from 'vitest';
import { sweepCharts } from '../../src/report/charts/sweep.js';
import { drawSvg } from '../../src/report/draw-svg.js';
import { makeSweep } from '../fixtures/sweep.js';

/** The tick labels of the chart's first axis that are shown (vega hides one that overlaps: opacity 0). */
async function xLabels(spec: Parameters<typeof drawSvg>[0]): Promise<string[]> {
  const svg = await drawSvg(spec, () => undefined);
  const axis = [...svg.matchAll(/role-axis-label[^>]*>(.*?)<\/g>/gs)][0][1];
  return [...axis.matchAll(/<text[^>]*opacity="1"[^>]*>([^<]*)<\/text>/g)].map((t) => t[1]);
}

describe('a sweep over values a decade apart', () => {
  it('sweepCharts() label every column of a heatmap over 1e10, 1e11 and 1e12', async () => {
    for (const chart of sweepCharts(makeSweep('price.start=1e10,1e11,1e12', 'power.price=0,10'))) {
      expect(await xLabels(chart.spec), chart.name).toEqual([
        '10,000,000,000',
        '100,000,000,000',
        '1,000,000,000,000',
      ]);
    }
  });

  it('sweepCharts() label every point of a line over 1e10, 1e11 and 1e12', async () => {
    for (const chart of sweepCharts(makeSweep('price.start=1e10,1e11,1e12'))) {
      expect(await xLabels(chart.spec), chart.name).toEqual([
        '10,000,000,000',
        '100,000,000,000',
        '1,000,000,000,000',
      ]);
    }
  });

  it('drawSvg() of a heatmap tells a screen reader the values its axes are at, not its cells’ edges (a tariff of -5)', async () => {
    const [chart] = sweepCharts(makeSweep('price.start=1e10,1e11,1e12', 'power.price=0,10'));
    const svg = await drawSvg(chart.spec, () => undefined);
    expect(svg).toContain(
      `aria-label="Y-axis titled 'power.price (USD/kWh)' at the sweep’s values 0 and 10"`,
    );
    expect(svg).toContain(
      `aria-label="X-axis titled 'price.start (USD, log scale)' at the sweep’s values 10,000,000,000, 100,000,000,000 and 1,000,000,000,000"`,
    );
  });
});
