// `--vary power.price=1e400..2:3` was refused as "a value nearer 0 than 2.2e-308 or past 1.8e308,
// which minesim would read as 0, with its digits lost, or as Infinity; give 0 if none is meant, or
// a finite figure": both cases in one sentence, and 0 offered for a figure past the largest. Each
// now says its own.
import { describe, expect, it } from 'vitest';
import { parseVary } from '../../src/scenario/axes.js';

describe('parseVary() of a value a double does not hold', () => {
  it('parseVary() says a value past 1.8e308 reads as Infinity, and offers no 0', () => {
    const message = parseVary('power.price=1e400..2:3');
    expect(message).toBe(
      'a value past 1.8e308, the largest minesim holds, which it would read as Infinity; give a finite figure (got "1e400")',
    );
  });

  it('parseVary() says a value nearer 0 than 2.2e-308 reads as 0', () => {
    expect(parseVary('power.price=1e-400..2:3')).toBe(
      'a value nearer 0 than 2.2e-308, which minesim would read as 0 or with its digits lost; give 0 if none is meant (got "1e-400")',
    );
  });
});
