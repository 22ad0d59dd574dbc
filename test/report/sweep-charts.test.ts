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

  it('sweepCharts() puts the interpolated boundary on the heatmaps, one point per crossing row', () => {
    const sweep = SWEEPS['two axes'];
    expect(sweep.boundary.length).toBeGreaterThan(1);
    for (const chart of sweepCharts(sweep)) {
      const spec = chart.spec as unknown as { datasets: { boundary: { x: number; y: number }[] } };
      expect(spec.datasets.boundary).toEqual(
        sweep.boundary.map((c) => ({ x: c.values[0], y: c.values[1], ordinal: 0 })),
      );
    }
  });
});
