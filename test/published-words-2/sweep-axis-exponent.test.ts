// A sweep along an axis of values from 1e15 (a difficulty of 8e29) wrote them as JavaScript does:
// "8e+29" in the terminal's table, in the labels of a grid point and on the charts' axes. They now
// read as every other display writes such a figure: 8e29.
import { describe, expect, it } from 'vitest';
import { sweepCharts } from '../../src/report/charts/sweep.js';
import { drawSvg } from '../../src/report/draw-svg.js';
import { sweepTextTable } from '../../src/report/sweep-text-table.js';
import { formatAxisQuantity, formatAxisValue } from '../../src/study/vary.js';
import { makeSweep } from '../fixtures/sweep.js';

const texts = (svg: string) => [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('a sweep axis of values from 1e15', () => {
  const sweep = makeSweep('network.difficulty=8e29,9.5e29');
  const axis = sweep.axes[0];

  it('sweepTextTable() writes the axis values 8e29 and 9.5e29', () => {
    const table = sweepTextTable(sweep);
    expect(table).toMatch(/^\s*8e29\s/m);
    expect(table).toMatch(/^\s*9\.5e29\s/m);
    expect(table).not.toMatch(/\de\+\d/);
  });

  it('formatAxisValue() and formatAxisQuantity() write 8e29, and smaller values as before', () => {
    expect(formatAxisValue(axis, 8e29)).toBe('network.difficulty=8e29');
    expect(formatAxisQuantity(axis, 8e29)).toBe('8e29');
    expect(formatAxisQuantity(axis, 0.05)).toBe('0.05');
  });

  it('sweepCharts() label the axis ticks 8e29 and 9.5e29', async () => {
    const [chart] = sweepCharts(sweep);
    const labels = texts(await drawSvg(chart.spec, () => undefined));
    expect(labels).toContain('8e29');
    expect(labels).toContain('9.5e29');
    expect(labels.join(' ')).not.toMatch(/\de\+\d/);
  });
});
