// `minesim sensitivity --by`: how far an input without a range moves.
import { describe, expect, it } from 'vitest';
import { parseBy } from '../../src/cli/commands/sensitivity.js';
import { UsageError } from '../../src/cli/exit.js';
import { sensitivityMessages } from '../../src/messages/sensitivity.js';

describe('parseBy()', () => {
  it('parseBy() reads 20%, 20 % and a bare 20 as 0.2, and 0.5% as 0.005', () => {
    expect(parseBy('20%')).toBe(0.2);
    expect(parseBy('20 %')).toBe(0.2);
    expect(parseBy('20')).toBe(0.2);
    expect(parseBy('0.5%')).toBe(0.005);
  });

  it('parseBy() refuses a bare 0.2, which a scenario reads as 20 % and --by took as 0.2 % (a study 100 times too narrow, said only as ±0.2 % in its title)', () => {
    expect(() => parseBy('0.2')).toThrow(UsageError);
    expect(() => parseBy('0.2')).toThrow(sensitivityMessages.byBareFraction('0.2', 0.2));
    expect(sensitivityMessages.byBareFraction('0.2', 0.2)).toContain('write 20% or 0.2%');
  });

  it('parseBy() refuses 0, 100 % and more, and what is not a number', () => {
    for (const text of ['0', '0%', '100', '150%', 'abc', '-20%'])
      expect(() => parseBy(text)).toThrow(sensitivityMessages.badBy(text));
  });
});
