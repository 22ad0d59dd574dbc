// A sweep's axis is drawn at its values, but vega wrote them in a format it took from the step of
// ticks it did not draw: a line over 1, 5 and 10 machines read "1.0", "5.0" and "10.0". The values
// are now written as given (to 12 significant digits), on a line and on a heatmap's two axes alike.
import { describe, expect, it } from 'vitest';
import { sweepCharts } from '../../src/report/charts/sweep.js';
import { drawSvg } from '../../src/report/draw-svg.js';
import { makeSweep } from '../fixtures/sweep.js';

/** The tick labels shown on the chart's axis `k` (0: the first drawn). */
async function labels(spec: Parameters<typeof drawSvg>[0], k = 0): Promise<string[]> {
  const svg = await drawSvg(spec, () => undefined);
  const axis = [...svg.matchAll(/role-axis-label[^>]*>(.*?)<\/g>/gs)][k][1];
  return [...axis.matchAll(/<text[^>]*opacity="1"[^>]*>([^<]*)<\/text>/g)].map((t) => t[1]);
}

describe('a sweep’s values on its axes', () => {
  it('sweepCharts() write a line’s values 1, 5 and 10 as given, not "1.0", "5.0", "10.0"', async () => {
    for (const chart of sweepCharts(makeSweep('fleet[0].count=1,5,10')))
      expect(await labels(chart.spec), chart.name).toEqual(['1', '5', '10']);
  });

  it('sweepCharts() write a heatmap’s values as given on both axes', async () => {
    for (const chart of sweepCharts(makeSweep('fleet[0].count=1,5,10', 'power.price=0.02,0.05,0.1'))) {
      const svg = [await labels(chart.spec, 0), await labels(chart.spec, 1)];
      expect(svg.flat().sort(), chart.name).toEqual(['0.02', '0.05', '0.1', '1', '10', '5']);
    }
  });
});
