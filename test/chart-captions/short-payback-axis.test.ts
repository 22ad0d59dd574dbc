// The payback CDF and histogram counted time since the start in years whatever the horizon: a
// 30-day run's axes read 0.000, 0.005, ... 0.080 years (ticks of under two days written as
// fractions of a year) and its histogram's bar for the paths not paid back was a quarter year
// wide, three times the run. A horizon under a year now reads in days.
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { buildCharts } from '../../src/report/charts/index.js';
import { drawSvg } from '../../src/report/draw-svg.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { loadScenario } from '../fixtures/scenarios.js';

const run = async (horizon: string): Promise<RunSummary> => {
  const s = await loadScenario('north-korea-2017-s9', (d) => {
    delete d.sweep;
    delete d.claims;
    d.horizon = horizon;
  });
  return (await runMonteCarlo(s, { paths: 20, workers: 1, breakEvenPaths: 0, withBacktest: false })).summary;
};
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('the payback charts of a run under a year count days', () => {
  it('a 30-day run: "(days)" on the time axis, whole-day ticks up to 30', async () => {
    const s = await run('30 days');
    for (const chart of buildCharts(s).filter((c) => c.name.startsWith('payback'))) {
      const t = texts(await drawSvg(chart.spec, () => undefined));
      expect(
        t.some((x) => /^Time since start.*\(days\)$/.test(x)),
        chart.name,
      ).toBe(true);
      const ticks = t.filter((x) => /^\d+(\.\d+)?$/.test(x)).map(Number);
      expect(ticks.length, chart.name).toBeGreaterThan(1);
      for (const v of ticks) expect(Number.isInteger(v), `${chart.name} ${v}`).toBe(true);
      expect(Math.max(...ticks), chart.name).toBeLessThanOrEqual(30);
    }
  });

  it('a 2-year run keeps years', async () => {
    const s = await run('2 years');
    for (const chart of buildCharts(s).filter((c) => c.name.startsWith('payback'))) {
      const t = texts(await drawSvg(chart.spec, () => undefined));
      expect(
        t.some((x) => /^Time since start.*\(years\)$/.test(x)),
        chart.name,
      ).toBe(true);
    }
  });
});
