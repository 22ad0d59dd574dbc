// A sweep or a sensitivity study runs the scenario at many points: one over the fleet's size meets a
// random network that falls below the fleet at the points where the fleet grows into the network's
// range. Each such point's run held the network at the fleet (its fleet earned every block on those
// days), and the study must say so, as `minesim run` does, not print those points' figures beside
// the others as if nothing had happened.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { sensitivityMessages } from '../../src/messages/sensitivity.js';
import { sweepMessages } from '../../src/messages/sweep.js';
import { formatPercent } from '../../src/report/format.js';
import { sweepCsv } from '../../src/report/sweep-csv.js';
import { sweepJson } from '../../src/report/sweep-json.js';
import { loadUnits } from '../../src/scenario/mathjs-units.js';
import type { SensitivityResult } from '../../src/study/sensitivity.js';
import { sensitivityFleetNote } from '../../src/study/sensitivity.js';
import { buildSweepGrid, runSweep } from '../../src/study/sweep.js';
import { sweepFleetNote } from '../../src/study/sweep-notes.js';
import { sweepPartSchema } from '../../src/study/sweep-part-check.js';
import { parseVaries } from '../../src/study/vary.js';
import { marketDraft } from '../fixtures/market.js';
import { scenarioOf } from '../fixtures/scenarios.js';

// 1,400,000 S9 is 18.9 EH/s, 45 % of 2019-01-01's 41.6 EH/s; a network drifting -30 % a year at
// 80 % volatility falls below it on most paths within two years. 100 S9 (0.003 %) it never reaches.
const draft = marketDraft({
  horizon: '2 years',
  fleet: [{ model: 'Antminer S9', count: 100, unitPrice: '300 USD' }],
  network: { model: { type: 'stochastic', drift: '-30 %', volatility: '80 %' } },
  price: { start: '3800 USD', model: { type: 'gbm', drift: '0 %', volatility: '60 %' } },
});
const options = { paths: 200, seed: 9, workers: 1 };

describe('a study whose points include a fleet a random network falls below', () => {
  it('runSweep() keeps each point’s paths and days held at the fleet, and sweep.csv, sweep.json, the table’s note and the charts’ say so', async () => {
    await loadUnits();
    const source = stringify(draft);
    const varies = parseVaries(['fleet[0].count=100,1400000']);
    if (!varies.ok) throw new Error('bad axes');
    const built = await buildSweepGrid(source, 'test.yaml', varies.axes);
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    const result = await runSweep(built.grid, options);
    const [small, large] = result.points;
    expect(small.networkAtFleet).toBeUndefined();
    // The large point's figures are its run's: the same counts as `minesim run` at that count.
    const alone = await runMonteCarlo(await scenarioOf(source.replace('count: 100', 'count: 1400000')), {
      ...options,
      breakEvenPaths: 0,
      withBacktest: false,
    });
    const h = alone.summary.headline;
    expect(large.networkAtFleet).toEqual({ paths: h.networkAtFleetPaths, days: h.networkAtFleetDays });
    expect(large.networkAtFleet!.paths).toBeGreaterThan(100);

    const csv = sweepCsv(result).split('\n');
    expect(csv[0]).toContain('network_at_fleet_paths,network_at_fleet_path_days');
    expect(csv[1].startsWith('100,0,0,')).toBe(true);
    expect(csv[2].startsWith(`1400000,${large.networkAtFleet!.paths},${large.networkAtFleet!.days},`)).toBe(
      true,
    );
    const json = sweepJson(result);
    expect(json.points[0]).not.toHaveProperty('networkAtFleet');
    expect(json.points[1].networkAtFleet).toEqual(large.networkAtFleet);
    expect(sweepFleetNote(result)).toBe(
      sweepMessages.fleetNote(
        sweepMessages.cutPoints('fleet[0].count=1400000'),
        formatPercent(large.networkAtFleet!.paths / 200),
        formatPercent(large.networkAtFleet!.days / (200 * large.days)),
      ),
    );
    // A sweep whose points all stay above the fleet has neither the columns nor the note.
    const none = { ...result, points: [small] };
    expect(sweepCsv(none)).not.toContain('network_at_fleet');
    expect(sweepFleetNote(none)).toBeNull();

    // A sweep part's points keep the counts through its schema (a merge gives them back).
    const kept = sweepPartSchema.shape.points.element.safeParse(JSON.parse(JSON.stringify(large)));
    expect(kept.success && kept.data.networkAtFleet).toEqual(large.networkAtFleet);
  }, 120_000);

  it('sensitivityFleetNote() names the points held at the fleet, with the most paths and path-days', () => {
    const point = (held?: { paths: number; days: number }) => ({
      values: [],
      days: 731,
      paybackWithin1y: { p: 0.5, se: 0.01 },
      paybackWithin2y: { p: 0.6, se: 0.01 },
      noPayback: { p: 0.3, se: 0.01 },
      medianPaybackDays: 300,
      medianNpvUsd: 1,
      claims: [],
      ...(held ? { networkAtFleet: held } : {}),
    });
    const input = { key: 'fleet[0].count' } as SensitivityResult['rows'][number]['input'];
    const result = {
      paths: 200,
      base: point(),
      rows: [{ input, low: point(), high: point({ paths: 150, days: 40_000 }) }],
    };
    expect(sensitivityFleetNote(result)).toBe(
      sensitivityMessages.fleetNote(
        'fleet[0].count high',
        formatPercent(0.75),
        formatPercent(40_000 / (200 * 731)),
      ),
    );
    expect(sensitivityFleetNote({ ...result, rows: [{ input, low: point(), high: point() }] })).toBeNull();
  });
});
