// Sweep shards: each runs a range of grid points; merged, they give the single-machine sweep.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shardRange } from '../../src/engine/shard.js';
import { shardMessages } from '../../src/scenario/messages.js';
import { loadUnits } from '../../src/scenario/units.js';
import { buildSweepGrid, runSweep, runSweepPoints } from '../../src/study/sweep.js';
import { mergeSweepParts, SWEEP_PART_VERSION, type SweepPart } from '../../src/study/sweep-shard.js';
import { parseVaries } from '../../src/study/vary.js';

const source = readFileSync(
  new URL('../../scenarios/north-korea-2017-s9.yaml', import.meta.url),
  'utf8',
).replace('horizon: 5 years', 'horizon: 1 year');
const options = { paths: 60, seed: 7, workers: 1 };

async function grid() {
  await loadUnits();
  const varies = parseVaries(['power.price=0.05,0.1,0.15', 'fleet[0].unitPrice=1500,3000']);
  if (!varies.ok) throw new Error('bad axes');
  const built = await buildSweepGrid(source, 'test.yaml', varies.axes);
  if (!built.ok) throw new Error('bad grid');
  return built.grid;
}

async function part(k: number, n: number): Promise<SweepPart> {
  const g = await grid();
  const range = shardRange(g.points.length, { k, n });
  const run = await runSweepPoints(g, options, range);
  const scenario = { path: 'test.yaml', source, sets: [], name: g.base.name, start: g.base.start };
  const part: SweepPart = {
    version: SWEEP_PART_VERSION,
    kind: 'sweep',
    shard: { k, n },
    scenario,
    paths: options.paths,
    seed: options.seed,
    axes: g.axes,
    ...range,
    total: g.points.length,
    ...run,
  };
  return JSON.parse(JSON.stringify(part)) as SweepPart;
}

describe('sweep shards', () => {
  it('mergeSweepParts() of 3 shards equals runSweep() on one machine', async () => {
    const single = await runSweep(await grid(), options);
    const merged = mergeSweepParts([await part(2, 3), await part(0, 3), await part(1, 3)]);
    if (!merged.ok) throw new Error(merged.message);
    expect(JSON.stringify(merged.result)).toBe(JSON.stringify(single));
  }, 60_000);

  it('mergeSweepParts() refuses a missing shard', async () => {
    const merged = mergeSweepParts([await part(0, 3), await part(2, 3)]);
    expect(merged).toEqual({ ok: false, message: shardMessages.missingPoints(2, 4) });
  }, 60_000);

  it('mergeSweepParts() refuses parts that read different user hardware catalogs', async () => {
    const [a, b] = [await part(0, 2), await part(1, 2)];
    const other = { ...b, scenario: { ...b.scenario, catalog: { file: 'machines.csv', text: 'x' } } };
    expect(mergeSweepParts([a, other])).toMatchObject({
      ok: false,
      message: expect.stringContaining('different runs'),
    });
  }, 60_000);
});
