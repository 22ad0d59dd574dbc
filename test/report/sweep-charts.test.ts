import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { sweepCharts } from '../../src/report/charts/sweep.js';
import { FONT } from '../../src/report/charts/theme.js';
import { makeSweep } from '../fixtures/sweep.js';

/** Compiles with vega-lite and returns the Vega spec and every warning the compiler logged. */
function compileCollecting(spec: Parameters<typeof compile>[0]) {
  const warnings: string[] = [];
  const collect = (...args: readonly unknown[]) => {
    warnings.push(args.map(String).join(' '));
    return logger;
  };
  const logger = {
    level: () => logger,
    warn: collect,
    error: collect,
    info: () => logger,
    debug: () => logger,
  };
  return { vega: compile(spec, { logger }).spec, warnings };
}

/** Every axis of a compiled Vega spec, including those of nested groups. */
function axesOf(node: unknown): { scale: string; title?: unknown }[] {
  if (node === null || typeof node !== 'object') return [];
  const record = node as { axes?: { scale: string; title?: unknown }[]; marks?: unknown[] };
  return [...(record.axes ?? []), ...(record.marks ?? []).flatMap(axesOf)];
}

const SWEEPS = {
  'two axes': makeSweep('power.price=0.02..0.20:7', 'fleet[0].unitPrice=1000..4500:6'),
  'one axis': makeSweep('power.price=0.02 USD/kWh..0.2 USD/kWh:10'),
};
const CHARTS = Object.entries(SWEEPS).flatMap(([kind, sweep]) =>
  sweepCharts(sweep).map((chart) => [`${kind}: ${chart.name}`, chart] as const),
);

describe('sweepCharts()', () => {
  it('sweepCharts() draws P(payback <= 2 years) and the median payback for one or two axes', () => {
    for (const sweep of Object.values(SWEEPS))
      expect(sweepCharts(sweep).map((c) => c.name)).toEqual(['sweep-payback-2y', 'sweep-median-payback']);
  });

  it('sweepCharts() draws nothing for three axes', () => {
    expect(
      sweepCharts(makeSweep('power.price=0.05,0.1', 'fleet[0].unitPrice=1000,2000', 'power.pue=1,1.2')),
    ).toEqual([]);
  });

  it.each(CHARTS)('%s compiles with vega-lite without warnings', (_, chart) => {
    expect(compileCollecting(chart.spec).warnings).toEqual([]);
  });

  it.each(CHARTS)('%s has a title and the shared theme font', (_, chart) => {
    const spec = chart.spec as { title?: { text?: string }; config?: { font?: string } };
    expect(spec.title?.text).toBeTruthy();
    expect(spec.config?.font).toBe(FONT);
  });

  it.each(CHARTS)('%s titles both axes with their units in parentheses', (_, chart) => {
    const titles = axesOf(compileCollecting(chart.spec).vega)
      .filter((a) => a.title !== undefined)
      .map((a) => String(a.title));
    expect(titles).toHaveLength(2);
    for (const title of titles) expect(title).toMatch(/\((USD\/kWh|USD|days|share of paths)\)$/);
  });

  it('sweepCharts() draws the heatmap boundary along cell edges, between cells on either side of 0.5', () => {
    const sweep = SWEEPS['two axes'];
    expect(sweep.boundary.length).toBeGreaterThan(1);
    for (const chart of sweepCharts(sweep)) {
      const spec = chart.spec as unknown as {
        datasets: {
          cells: { x: number; y: number; x0: number; x1: number; y0: number; y1: number; p: number }[];
          boundary: { x0: number; x1: number; y0: number; y1: number }[];
        };
      };
      const { cells, boundary } = spec.datasets;
      expect(boundary.length).toBeGreaterThan(0);
      const above = (x: number, y: number) =>
        cells.find((c) => c.x0 < x && x < c.x1 && c.y0 < y && y < c.y1)!.p >= 0.5;
      for (const edge of boundary) {
        // Every segment lies on a cell edge (so no label, at a cell's centre, is under it) and
        // has cells on its two sides on opposite sides of the threshold.
        if (edge.x0 === edge.x1) {
          const y = (edge.y0 + edge.y1) / 2;
          expect(cells.some((c) => c.x1 === edge.x0)).toBe(true);
          expect(above(edge.x0 - 1e-9, y)).not.toBe(above(edge.x0 + 1e-9, y));
        } else {
          const x = (edge.x0 + edge.x1) / 2;
          expect(cells.some((c) => c.y1 === edge.y0)).toBe(true);
          expect(above(x, edge.y0 - 1e-9)).not.toBe(above(x, edge.y0 + 1e-9));
        }
      }
    }
  });

  it('sweepCharts() describes an orange line only when one is drawn, and the claim only when the scenario makes it', () => {
    const subtitle = (sweep: ReturnType<typeof makeSweep>) =>
      (sweepCharts(sweep)[0].spec as { title: { subtitle: string[] } }).title.subtitle.join(' ');
    const crossing = SWEEPS['one axis'];
    expect(subtitle(crossing)).toContain('Orange rules');
    expect(subtitle(crossing)).toContain('a coin toss');
    const claimed = {
      ...crossing,
      points: crossing.points.map((p) => ({
        ...p,
        claims: [
          {
            text: 'payback > 2 years',
            share: 0.5,
            se: 0,
            low: 0,
            high: 1,
            threshold: '> 0.5',
            verdict: 'inconclusive' as const,
          },
        ],
      })),
    };
    expect(subtitle(claimed)).toContain('the scenario’s claim “payback > 2 years”');
    const none = makeSweep('power.price=0.3..0.4:3');
    expect(none.boundary).toEqual([]);
    expect(subtitle(none)).not.toContain('Orange rules');
    expect(subtitle(none)).toContain('No orange line');
    const spec = JSON.stringify(sweepCharts(none)[0].spec);
    expect(spec).not.toContain('"crossings"');
  });
});
