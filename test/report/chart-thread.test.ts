import { afterEach, describe, expect, it } from 'vitest';
import { startChartThread, stopChartThread } from '../../src/report/chart-thread.js';
import { roiFanSpec } from '../../src/report/charts/roi-fan.js';
import { renderChart } from '../../src/report/render.js';
import { FIXTURE_SUMMARY } from '../fixtures/summary.js';

afterEach(() => stopChartThread());

describe('the chart thread', () => {
  it('renderChart() on the chart thread draws the same SVG and PNG, byte for byte, as in-process', async () => {
    const spec = roiFanSpec(FIXTURE_SUMMARY);
    const here = await renderChart(spec);
    startChartThread();
    const there = await renderChart(spec);
    expect(there.svg).toBe(here.svg);
    expect(Buffer.from(there.png).equals(Buffer.from(here.png))).toBe(true);
  }, 60_000);

  it('renderChart() on the chart thread hands vega’s warnings to onWarning, as in-process', async () => {
    const spec = {
      data: { values: [] },
      mark: 'line',
      encoding: { x: { field: 'date', type: 'temporal' }, y: { field: 'v', type: 'quantitative' } },
    } as unknown as Parameters<typeof renderChart>[0];
    const here: string[] = [];
    await renderChart(spec, { onWarning: (m) => here.push(m) });
    startChartThread();
    const there: string[] = [];
    await renderChart(spec, { onWarning: (m) => there.push(m) });
    expect(here.length).toBeGreaterThan(0);
    expect(there).toEqual(here);
  }, 60_000);
});
