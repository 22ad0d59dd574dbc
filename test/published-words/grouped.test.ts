// A bound or a count as the command line prints it (messages/shown.ts grouped()): in thousands
// below 1e15, and from 1e15, where a whole number runs past the 15 digits a double holds, in the
// exponent form every other display of minesim uses (format.ts, the charts): `1e21`, not
// String()'s `1e+21` (the schema's "must be at most 1e+21" for a unit's hashrate) nor a run of
// sixteen digits or more.
import { describe, expect, it } from 'vitest';
import { schemaMessages } from '../../src/messages/schema.js';
import { grouped } from '../../src/messages/shown.js';
import { LIMITS } from '../../src/scenario/schema/limits.js';

describe('grouped()', () => {
  it('grouped() writes thousands below 1e15 and fractions as they are', () => {
    expect(grouped(999)).toBe('999');
    expect(grouped(1000)).toBe('1,000');
    expect(grouped(10_000_000)).toBe('10,000,000');
    expect(grouped(999_999_999_999_999)).toBe('999,999,999,999,999');
    expect(grouped(0.5)).toBe('0.5');
    expect(grouped(-2500)).toBe('-2,500');
    expect(grouped(12n ** 20n)).toBe((12n ** 20n).toLocaleString('en-US'));
  });

  it('grouped() writes 1e15 and more in the exponent form the tables and charts write, never `e+`', () => {
    expect(grouped(1e15)).toBe('1e15');
    expect(grouped(1e21)).toBe('1e21');
    expect(grouped(-1e24)).toBe('-1e24');
    expect(grouped(1.5e30)).toBe('1.5e30');
    expect(grouped(86_852_794_218_648_670)).toBe('8.68527942186487e16');
    expect(grouped(Number.POSITIVE_INFINITY)).toBe('Infinity');
  });

  it('the schema’s bound on a unit’s hashrate reads "at most 1e21"', () => {
    expect(schemaMessages.numberAtMost(LIMITS.unitHashrateHs, true)).toBe('must be at most 1e21');
  });
});
