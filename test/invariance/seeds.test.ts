// One seed, three ways of giving it: the scenario's `monteCarlo.seed`, `--set monteCarlo.seed=…`
// and `--seed …` read the same text as the same seed, so a run, a sweep, a sensitivity, a batch
// or a shard given `--seed 1e3` runs the paths of a scenario that says `seed: 1e3`. A number and
// its digits quoted are one seed (`2017` and `"2017"`); other text is a seed of its own.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { seedOption } from '../../src/cli/scenario-outputs.js';
import { runKey } from '../../src/engine/random/rng.js';
import { applyOverrides, parseOverrides } from '../../src/scenario/overrides.js';
import { scenarioDraft, scenarioOf } from '../fixtures/scenarios.js';

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
    ['0x10', 16],
    ['+7', 7],
    ['2017.0', 2017],
    ['007', 7],
    ['2017', 2017],
  ])('seedOption(%j) is the seed a file writing it runs on (%j)', async (written, number) => {
    expect(await fileSeed(written)).toBe(number);
    expect(seedOption(written, undefined)).toBe(number);
    expect(runKey(seedOption(written, undefined) as number)).toEqual(runKey(await fileSeed(written)));
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
});
