// The charts' dates are UTC calendar days (data/dates.ts), and report.html draws them in the
// viewer's browser. A date's tooltip formatted in local time ('timeFormat') showed the day before
// to every viewer west of UTC: in New York the halving of 2020-05-11 read 2020-05-10, a payback on
// 2018-02-24 read 2018-02-23. The date axes were UTC already (theme.ts dateX); the tooltips and the
// calibration study's start axis were not.

import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { outcomeBandsSpec } from '../../src/report/charts/calibration.js';
import { buildCharts } from '../../src/report/charts/index.js';
import type { CalibrationRow } from '../../src/study/calibration.js';
import { FIXTURE_SUMMARY } from '../fixtures/summary.js';

/** Every string in a compiled Vega spec (signals, encodings, axis labels). */
function strings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(strings);
  if (node !== null && typeof node === 'object') return Object.values(node).flatMap(strings);
  return [];
}

/** Every scale of a compiled Vega spec, nested groups included. */
function scales(node: unknown): { name: string; type?: string }[] {
  if (node === null || typeof node !== 'object') return [];
  const record = node as { scales?: { name: string; type?: string }[]; marks?: unknown[] };
  return [...(record.scales ?? []), ...(record.marks ?? []).flatMap(scales)];
}

/** The tooltips of every item a view draws. */
function tooltips(node: unknown): Record<string, unknown>[] {
  if (node === null || typeof node !== 'object') return [];
  const item = node as { items?: unknown[]; tooltip?: Record<string, unknown> };
  return [...(item.tooltip ? [item.tooltip] : []), ...(item.items ?? []).flatMap(tooltips)];
}

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

const row = (start: string): CalibrationRow =>
  ({
    start,
    model: 'gbm+growth',
    horizonDays: 365,
    machine: 'Antminer S9',
    capexUsd: 1000,
    realised: 500,
    pit: 0.5,
    quantiles: { p5: -900, p25: -100, p50: 200, p75: 800, p95: 2000 },
  }) as unknown as CalibrationRow;

const specs: [string, TopLevelSpec][] = [
  ...buildCharts(FIXTURE_SUMMARY).map((c): [string, TopLevelSpec] => [c.name, c.spec as TopLevelSpec]),
  ['calibration outcomes', outcomeBandsSpec([row('2017-01-01'), row('2017-04-01')])],
];

describe('the charts’ dates in a viewer’s time zone', () => {
  it.each(specs)('%s formats and scales its dates in UTC, never in local time', (_, spec) => {
    const vg = compile(spec).spec;
    expect(strings(vg).filter((s) => /\btimeFormat\(/.test(s))).toEqual([]);
    expect(scales(vg).filter((s) => s.type === 'time')).toEqual([]);
  });

  it('an event’s tooltip on the fan chart reads its own date in New York', async () => {
    process.env.TZ = 'America/New_York';
    const fan = buildCharts(FIXTURE_SUMMARY).find((c) => c.name === 'roi-fan');
    const view = new vega.View(vega.parse(compile(fan!.spec as TopLevelSpec).spec), { renderer: 'none' });
    await view.runAsync();
    const dates = tooltips((view.scenegraph() as unknown as { root: unknown }).root)
      .map((t) => t.Date)
      .filter((d) => d !== undefined);
    const events = FIXTURE_SUMMARY.events.map((e) => e.date);
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect([...events, ...FIXTURE_SUMMARY.timeline.dates]).toContain(d);
    view.finalize();
  });
});
