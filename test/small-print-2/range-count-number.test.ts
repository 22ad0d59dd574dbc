// `--paths 1e3` runs 1,000 paths (a number option reads what a number is written as, `1e3`,
// `1,000` too), but a range's number of values refused `--vary power.price=0.02..0.12:1e3` and
// `:1,000` with "a whole number from 2 to 1000". A range's count now reads numbers the same way;
// what is no whole number from 2 to 1,000 is still refused, shown as written.
import { describe, expect, it } from 'vitest';
import { sweepMessages as m } from '../../src/messages/sweep.js';
import { MAX_RANGE_VALUES, parseVary } from '../../src/scenario/axes.js';

const count = (spec: string) => {
  const axis = parseVary(`power.price=0.02..0.12:${spec}`);
  return typeof axis === 'string' ? axis : axis.values.length;
};

describe('a range’s number of values reads numbers as --paths does', () => {
  it('1e3, 1E3, 1,000 and 5e0 are counts', () => {
    expect(count('1e3')).toBe(1000);
    expect(count('1E3')).toBe(1000);
    expect(count('1,000')).toBe(1000);
    expect(count('5e0')).toBe(5);
    expect(count(' 6 ')).toBe(6);
  });

  it('what is no whole number from 2 to 1,000 is refused as written', () => {
    expect(count('1.5e3')).toBe(m.rangeCount('1.5e3', MAX_RANGE_VALUES));
    expect(count('2.5')).toBe(m.rangeCount('2.5', MAX_RANGE_VALUES));
    expect(count('1e308')).toBe(m.rangeCount('1e308', MAX_RANGE_VALUES));
    expect(count('1,00')).toBe(m.rangeCount('1,00', MAX_RANGE_VALUES));
    expect(count('six')).toBe(m.rangeCount('six', MAX_RANGE_VALUES));
    expect(count('')).toBe(m.rangeCount('', MAX_RANGE_VALUES));
  });
});

describe('the refusal prints its bound as --paths prints its own', () => {
  it('"from 2 to 1,000", as "--paths must be a whole number from 1 to 10,000,000"', () => {
    expect(m.rangeCount('1e4', MAX_RANGE_VALUES)).toContain('a whole number from 2 to 1,000,');
  });
});
