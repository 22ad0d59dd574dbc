// A sweep chart's tooltip named its point's axis values as vega formats a number: a difficulty of
// 8e29 as "8e+29", a unit price of 1e9 USD as "1000000000", where its table and tick labels write
// 8e29 and 1,000,000,000. A heatmap's cell described itself to a screen reader by its edges, not its
// point: the cell of power.price 0 USD/kWh read "power.price (USD/kWh): -5; … x1: 5", a negative
// tariff the sweep never ran (and the flagship's cell of 0.02 USD/kWh "0.005 … x1: 0.035").

import * as vega from 'vega';
import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import type { ChartEntry } from '../../src/report/charts/index.js';
import { sweepCharts } from '../../src/report/charts/sweep.js';
import { sweepBooksCharts } from '../../src/report/charts/sweep-books.js';
import { drawSvg } from '../../src/report/draw-svg.js';
import { makeBooksSweep, makeSweep } from '../fixtures/sweep.js';

/** The tooltips of a chart's marks, as vega makes them for the page. */
async function tooltips(chart: ChartEntry): Promise<Record<string, string>[]> {
  const view = new vega.View(vega.parse(compile(chart.spec).spec), { renderer: 'none' });
  await view.runAsync();
  const out: Record<string, string>[] = [];
  const visit = (item: { tooltip?: Record<string, string>; items?: unknown[] }) => {
    if (item.tooltip) out.push(item.tooltip);
    for (const i of item.items ?? []) visit(i as never);
  };
  visit((view.scenegraph() as never as { root: never }).root);
  view.finalize();
  return out;
}

const ariaLabels = (svg: string) => [...svg.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]);

describe('a sweep chart names its point’s axis values as the sweep’s table does', () => {
  it('sweepCharts() along a difficulty of 8e29 show 8e29 and 9.5e29 in their tooltips', async () => {
    for (const chart of sweepCharts(makeSweep('network.difficulty=8e29,9.5e29'))) {
      const shown = (await tooltips(chart)).map(
        (t) => t['network.difficulty (the field’s bare-number unit)'],
      );
      expect([...new Set(shown)], chart.name).toEqual(['8e29', '9.5e29']);
    }
  });

  it('sweepCharts() over a unit price of 1e9 USD show 1,000,000,000 in their tooltips', async () => {
    for (const chart of sweepCharts(makeSweep('power.price=0..10:2', 'fleet[0].unitPrice=1e9,2e9'))) {
      const shown = (await tooltips(chart)).map((t) => t['fleet[0].unitPrice (USD)']);
      expect(shown, chart.name).toContain('1,000,000,000');
      expect(shown.join(' '), chart.name).not.toMatch(/\d{4}/);
    }
  });

  it('sweepBooksCharts() along a difficulty of 8e29 show 8e29 in their tooltips', async () => {
    for (const chart of sweepBooksCharts(
      makeBooksSweep({ covenant: true, tax: true }, 'network.difficulty=8e29,9.5e29'),
    )) {
      const shown = (await tooltips(chart)).map(
        (t) => t['network.difficulty (the field’s bare-number unit)'],
      );
      expect(shown.length, chart.name).toBeGreaterThan(0);
      for (const s of shown) expect(['8e29', '9.5e29'], chart.name).toContain(s);
    }
  });

  it('drawSvg() of a heatmap describes each cell by its point: power.price 0 USD/kWh, not -5', async () => {
    const [chart] = sweepCharts(makeSweep('power.price=0..10:2', 'fleet[0].unitPrice=1e9,2e9'));
    const cells = ariaLabels(await drawSvg(chart.spec, () => undefined)).filter((l) =>
      l.includes('P(payback ≤ 1 year)'),
    );
    expect(cells[0]).toMatch(/^power\.price \(USD\/kWh\): 0; fleet\[0\]\.unitPrice \(USD\): 1,000,000,000; /);
    expect(cells.join('\n')).not.toMatch(/: -5\b|x1:|y1:/);
  });
});

describe('a sweep point whose median payback is day 0', () => {
  it('sweepCharts() name it in the tooltip as the sweep’s table does: nothing at stake (0 d), not 0 d', async () => {
    const sweep = makeSweep('power.price=0..10:2');
    const points = sweep.points.map((p) => ({ ...p, medianPaybackDays: 0 }));
    for (const chart of sweepCharts({ ...sweep, points })) {
      const shown = (await tooltips(chart)).map((t) => t['Median payback (95 % interval)']);
      expect(shown.length, chart.name).toBeGreaterThan(0);
      for (const s of shown) expect(s, chart.name).toMatch(/^nothing at stake \(0 d\)/);
    }
  });
});

describe('the median payback heatmap’s subtitle', () => {
  const subtitle = (chart: ChartEntry) => (chart.spec.title as { subtitle: string[] }).subtitle.join(' ');

  it('sweepCharts() explain "None" only where a cell reads it', () => {
    const none = sweepCharts(makeSweep('power.price=0.02..0.20:7', 'fleet[0].unitPrice=1000..4500:6'))[1];
    expect(subtitle(none)).toContain('None: more than half the paths');
    const all = sweepCharts(makeSweep('power.price=0..0.01:2', 'fleet[0].unitPrice=1000,2000'))[1];
    expect(all.name).toBe('sweep-median-payback');
    expect(subtitle(all)).not.toContain('None:');
  });
});
