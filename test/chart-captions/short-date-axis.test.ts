// The date axes printed every tick as "%b %Y": a 30-day run's fan read "May 2017" seven times and
// "Jun 2017" eight (weekly ticks, each labelled by its month), so no tick told its day. A run under
// half a year now labels its axis with the timeline's own dates (2017-05-24), at most 7 of them; a
// longer one keeps month and year. The batch index's small fans likewise.
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { fanMultipleSpec } from '../../src/report/batch-index.js';
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

/** The x axis's tick labels of an SVG: the texts that read as a date or a month. */
const dateTicks = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
    .map((m) => m[1])
    .filter((t) => /^(\d{4}-\d\d-\d\d|[A-Z][a-z]{2} \d{4})$/.test(t));

describe('date axes of short runs tell their days', () => {
  it('a 30-day run: each tick a different date of the timeline, none repeated', async () => {
    const s = await run('30 days');
    for (const chart of buildCharts(s).filter((c) =>
      ['roi-fan', 'revenue-cost', 'price-difficulty'].includes(c.name),
    )) {
      const ticks = dateTicks(await drawSvg(chart.spec, () => undefined));
      const panels = chart.name === 'price-difficulty' ? 2 : 1;
      expect(ticks.length, chart.name).toBeGreaterThan(1);
      expect(new Set(ticks).size * panels, chart.name).toBe(ticks.length);
      for (const t of ticks) expect(s.timeline.dates, chart.name).toContain(t);
    }
    const small = dateTicks(await drawSvg(fanMultipleSpec(s), () => undefined));
    expect(new Set(small).size).toBe(small.length);
  });

  it('a 5-year run keeps month and year', async () => {
    const s = await run('5 years');
    const fan = buildCharts(s).find((c) => c.name === 'roi-fan')!;
    const ticks = dateTicks(await drawSvg(fan.spec, () => undefined));
    expect(ticks.every((t) => /^[A-Z][a-z]{2} \d{4}$/.test(t))).toBe(true);
  });
});
