// A sweep of one point (`--vary power.price=0.1`): its charts say so in words and write the
// point's value as it was given.
import { describe, expect, it } from 'vitest';
import { sweepCharts } from '../../src/report/charts/sweep.js';
import { makeSweep } from '../fixtures/sweep.js';

const subtitle = (spec: unknown) => (spec as { title: { subtitle: string[] } }).title.subtitle.join(' ');

describe('sweepCharts() of one point', () => {
  // Before: "1,000 paths at each of 1 points, seed 1: ...".
  it('sweepCharts() says "at the one point" for a sweep of one point, "at each of 7 points" for seven', () => {
    for (const chart of sweepCharts(makeSweep('power.price=0.1'))) {
      expect(subtitle(chart.spec)).toContain('1,000 paths at the one point, seed 1:');
      expect(subtitle(chart.spec)).not.toContain('1 points');
    }
    const seven = sweepCharts(makeSweep('power.price=0.02..0.20:7'))[0];
    expect(subtitle(seven.spec)).toContain('1,000 paths at each of 7 points, seed 1:');
  });
});
