// A sweep of one point (`--vary power.price=0.1`): its charts say so in words and write the
// point's value as it was given.
import { describe, expect, it } from 'vitest';
import { sweepCharts } from '../../src/report/charts/sweep.js';
import { drawSvg } from '../../src/report/draw-svg.js';
import { makeSweep } from '../fixtures/sweep.js';

describe('sweepCharts() of one point', () => {
  // Before: the x axis over the one value (a domain of no width) labelled it "0.100000": vega
  // took the tick's decimals from a step of 0.
  it('sweepCharts() along one axis of one value labels its tick "0.1", as the sweep gave it', async () => {
    for (const chart of sweepCharts(makeSweep('power.price=0.1'))) {
      const svg = await drawSvg(chart.spec, () => undefined);
      const ticks = [...svg.matchAll(/role-axis-label[\s\S]*?<\/g>/g)].map((m) =>
        [...m[0].matchAll(/>([^<]+)<\/text>/g)].map((t) => t[1]),
      );
      expect(ticks.flat()).toContain('0.1');
      expect(svg).not.toContain('0.100000');
    }
  });
});
