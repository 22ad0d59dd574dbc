import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/exit.js';
import { seedOption } from '../../src/cli/scenario-outputs.js';
import { runKey } from '../../src/engine/random/rng.js';
import { cliMessages } from '../../src/messages/cli.js';

describe('seedOption()', () => {
  it.each([
    ['2017', 2017],
    ['-5', -5],
    ['abc', 'abc'],
    ['1.5', '1.5'],
    ['9007199254740991', 9007199254740991],
    ['9007199254740993', '9007199254740993'],
  ])('seedOption(%j) is %j: digits a number seed while the number is exact, else the text', (text, seed) => {
    expect(seedOption(text, 1)).toBe(seed);
  });

  it('seedOption() keeps two seeds of more digits than a double holds apart (both were 1e23)', () => {
    const a = seedOption('99999999999999999999999', 1);
    const b = seedOption('99999999999999999999998', 1);
    expect(a).toBe('99999999999999999999999');
    expect(runKey(a)).not.toEqual(runKey(b));
  });

  it('seedOption() is the scenario’s seed without --seed, and refuses an empty or overlong one', () => {
    expect(seedOption(undefined, 'scenario')).toBe('scenario');
    expect(() => seedOption('', 1)).toThrow(new UsageError(cliMessages.badSeed('', 200)));
    expect(() => seedOption('x'.repeat(201), 1)).toThrow(UsageError);
  });
});
