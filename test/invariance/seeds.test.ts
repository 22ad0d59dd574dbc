// One seed, three ways of giving it: the scenario's `monteCarlo.seed`, `--set monteCarlo.seed=…`
// and `--seed …` read the same text as the same seed, so a run, a sweep, a sensitivity, a batch
// or a shard given `--seed 1e3` runs the paths of a scenario that says `seed: 1e3`. A number and
// its digits quoted are one seed (`2017` and `"2017"`); other text is a seed of its own.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { seedOption } from '../../src/cli/scenario-outputs.js';
import { runKey } from '../../src/engine/random/rng.js';
import { mergeParts } from '../../src/engine/run/merge-parts.js';
import { partOrigin } from '../../src/engine/run/part-origin.js';
import { accumulateRun, finishRun, runMonteCarlo } from '../../src/engine/run/run.js';
import { shardRange, toPart } from '../../src/engine/run/shard.js';
import { sha256Hex } from '../../src/report/manifest.js';
import { loadUnits } from '../../src/scenario/mathjs-units.js';
import { applyOverrides, parseOverrides } from '../../src/scenario/overrides.js';
import { buildSweepGrid, runSweep, runSweepPoints } from '../../src/study/sweep.js';
import {
  mergeSweepParts,
  type NamedSweepPart,
  SWEEP_PART_VERSION,
  type SweepPart,
} from '../../src/study/sweep-shard.js';
import { parseVaries } from '../../src/study/vary.js';
import { scenarioDraft, scenarioOf, scenarioText } from '../fixtures/scenarios.js';

/** The seed a scenario whose file writes `seed: <written>` runs on. */
async function fileSeed(written: string): Promise<string | number> {
  const yaml = stringify(scenarioDraft('north-korea-2017-s9')).replace(/seed: 2017/, `seed: ${written}`);
  return (await scenarioOf(yaml)).monteCarlo.seed;
}

describe('seeds given three ways', () => {
  // Before: the file read 1e3, 0x10, +7 and 2017.0 as the numbers YAML reads (1000, 16, 7, 2017)
  // while --seed kept them as text ("1e3" ...), whose run key is another: `--seed 1e3` ran other
  // paths than `seed: 1e3` while both runs' settings said the same thing.
  it.each([
    ['1e3', 1000],
    ['+7', 7],
    ['2017.0', 2017],
    ['007', 7],
    ['2017', 2017],
  ])('seedOption(%j) is the seed a file writing it runs on (%j)', async (written, number) => {
    expect(await fileSeed(written)).toBe(number);
    expect(seedOption(written, undefined)).toBe(number);
    expect(runKey(seedOption(written, undefined) as number)).toEqual(runKey(await fileSeed(written)));
  });

  it('a seed written in hexadecimal is refused alike in the file and by --seed, each saying the decimal to write', async () => {
    await expect(fileSeed('0x10')).rejects.toThrow(
      /monteCarlo\.seed: `0x10` is written in hexadecimal.*write 16/,
    );
    expect(() => seedOption('0x10', undefined)).toThrow(/--seed: `0x10` is written in hexadecimal.*write 16/);
  });

  it('seedOption() keeps text that is no whole number a string seed, digits past 2^53 included', async () => {
    expect(seedOption('north', undefined)).toBe('north');
    expect(seedOption('99999999999999999999999', undefined)).toBe('99999999999999999999999');
    expect(seedOption('1.5', undefined)).toBe('1.5');
  });

  it("a number and its digits quoted run one key: seed 2017, seed '2017', --seed 2017", async () => {
    expect(runKey(await fileSeed('"2017"'))).toEqual(runKey(2017));
    expect(runKey(seedOption('2017', undefined) as number)).toEqual(runKey('2017'));
  });

  it('parseOverrides() reads --set monteCarlo.seed=1e3 as the file does: 1000', () => {
    const parsed = parseOverrides(['monteCarlo.seed=1e3']);
    if (!parsed.ok) throw new Error('the override is refused');
    const d = applyOverrides(scenarioDraft('north-korea-2017-s9'), parsed.overrides) as {
      monteCarlo: { seed: unknown };
    };
    expect(d.monteCarlo.seed).toBe(1000);
    expect(seedOption('1e3', undefined)).toBe(d.monteCarlo.seed);
  });

  it('mergeParts() merges the parts of one run given its seed as 2017 and as "2017" (one seed, the same paths)', async () => {
    // Before: refused, "come from different runs: their seeds differ ("2017" against 2017)", though
    // the two parts' paths are those of either single run to the bit.
    const source = scenarioText('north-korea-2017-s9').replace('horizon: 5 years', 'horizon: 1 year');
    const s = await scenarioOf(source.replace(/claims:\n( {2}- .*\n)+/, ''));
    const part = async (k: number, seed: string | number) => {
      const shard = { k, n: 2 };
      const acc = await accumulateRun(s, { paths: 40, workers: 1, seed }, shardRange(40, shard));
      const p = toPart(acc, shard, { path: 'test.yaml', source, sets: [] }, await partOrigin(s.coin));
      return { file: `part-${k}-of-2.json`, part: JSON.parse(JSON.stringify(p)) };
    };
    const merged = mergeParts([await part(0, 2017), await part(1, '2017')]);
    expect(merged.ok ? 'merged' : merged.message).toBe('merged');
    const single = await runMonteCarlo(s, { paths: 40, workers: 1, seed: 2017 });
    if (!merged.ok) return;
    const result = await finishRun(s, merged.accumulation);
    expect(JSON.stringify(result.summary)).toBe(JSON.stringify(single.summary));
    // A seed of other text is another run's.
    expect(mergeParts([await part(0, 2017), await part(1, '2017.0')]).ok).toBe(false);
  });

  it('mergeSweepParts() merges the parts of one sweep given its seed as 7 and as "7"', async () => {
    // Before: refused, "their seeds differ (7 against "7")", though the points are the same.
    const source = scenarioText().replace('horizon: 5 years', 'horizon: 2 years');
    const options = { paths: 30, seed: 7, workers: 1 };
    await loadUnits();
    const varies = parseVaries(['power.price=0.05,0.1']);
    if (!varies.ok) throw new Error('bad axes');
    const built = await buildSweepGrid(source, 'test.yaml', varies.axes);
    if (!built.ok) throw new Error('bad grid');
    const g = built.grid;
    const part = async (k: number, seed: string | number): Promise<NamedSweepPart> => {
      const range = shardRange(g.points.length, { k, n: 2 });
      const run = await runSweepPoints(g, { ...options, seed }, range);
      const scenario = {
        path: 'test.yaml',
        source,
        sha256: sha256Hex(source),
        sets: [],
        name: g.base.name,
        start: g.base.start,
      };
      const written: SweepPart = {
        version: SWEEP_PART_VERSION,
        kind: 'sweep',
        shard: { k, n: 2 },
        scenario,
        origin: await partOrigin(g.base.coin),
        paths: options.paths,
        seed,
        axes: g.axes,
        ...range,
        total: g.points.length,
        ...run,
      };
      return { file: `sweep-part-${k}-of-2.json`, part: JSON.parse(JSON.stringify(written)) };
    };
    const merged = mergeSweepParts([await part(0, 7), await part(1, '7')]);
    expect(merged.ok ? 'merged' : merged.message).toBe('merged');
    if (merged.ok) expect(JSON.stringify(merged.result)).toBe(JSON.stringify(await runSweep(g, options)));
  });
});
