// Reading user text takes time linear in its length: each case below once took seconds or never
// finished (a cubic claim pattern, an exponential emptiness pattern, a backtracking glob).
import { beforeAll, describe, expect, it } from 'vitest';
import { outputName } from '../../src/cli/scenario-input.js';
import { claimMessages } from '../../src/messages/claims.js';
import { documentMessages as m } from '../../src/messages/documents.js';
import { parseVaries } from '../../src/scenario/axes.js';
import { parseClaim } from '../../src/scenario/claims.js';
import { parseScenarioText } from '../../src/scenario/document.js';
import { loadUnits } from '../../src/scenario/mathjs-units.js';
import { matchesSegment } from '../../src/study/batch.js';
import { cpuMs } from '../fixtures/cpu-time.js';

beforeAll(() => loadUnits());

/** Generous: each case takes a millisecond or so; the bound catches a pattern that backtracks. */
const QUICK_MS = 500;

/** The value and the CPU time it took (not wall time, which other work on the machine stretches). */
function timed<T>(run: () => T): { value: T; ms: number } {
  const started = cpuMs();
  const value = run();
  return { value, ms: cpuMs() - started };
}

const messages = (text: string) => {
  const parsed = parseScenarioText(text, 'case.yaml');
  return parsed.ok ? [] : parsed.problems.map((p) => p.message);
};

describe('parseScenarioText()', () => {
  it.each([
    ['U+2028', '# a comment\u2028with a line separator\n'],
    ['bare CRs', '# one\r# two\r'],
    ['U+2029', '# one\u2029# two'],
    ['CRLF', '# one\r\n# two\r\n'],
  ])('parseScenarioText() calls a comments-only file with %s empty', (_what, text) => {
    expect(messages(text)).toEqual([m.empty()]);
  });

  it('parseScenarioText() reads blank lines of spaces quickly (the emptiness pattern was exponential)', () => {
    const { value, ms } = timed(() => messages(`${'\n \n'.repeat(40)}x`));
    expect(value).toEqual([m.notMapping('a single value')]);
    expect(ms).toBeLessThan(QUICK_MS);
  });

  it('parseScenarioText() refuses a list as a key', () => {
    expect(messages('name: a\n? [a, b]\n: 1\n')).toEqual([m.complexKey()]);
  });

  it('parseScenarioText() places a key given twice at its second occurrence', () => {
    const parsed = parseScenarioText('name: a\nstart: 2017-01-01\nname: b\n', 'case.yaml');
    expect(parsed.ok ? [] : parsed.problems.map((p) => [p.line, p.col, p.message])).toEqual([
      [3, 1, m.duplicateKey('name')],
    ]);
  });

  it('parseScenarioText() reports 20,000 duplicate keys in linear time', () => {
    const { value, ms } = timed(() => messages(`name: a\n${'x: 1\n'.repeat(20_000)}`));
    expect(value).toHaveLength(19_999);
    expect(ms).toBeLessThan(2000);
  });

  it('parseScenarioText() refuses a key longer than 100 characters, quoted or not', () => {
    expect(messages(`name: a\n"${'k'.repeat(500)}": 1\n`)).toEqual([m.keyTooLong(500, 100)]);
    expect(messages(`name: a\n${'k'.repeat(101)}: 1\n`)).toEqual([m.keyTooLong(101, 100)]);
  });
});

describe('other readers of user text', () => {
  it("parseClaim() reads 'P(' and 20,000 spaces in linear time and calls it unparsable", () => {
    const { value, ms } = timed(() => parseClaim(`P(${' '.repeat(20_000)}`));
    expect(value).toEqual({ ok: false, message: claimMessages.unparsable() });
    expect(ms).toBeLessThan(QUICK_MS);
  });

  it('parseClaim() still reads the claim grammar: bare, with a probability, case-insensitive', () => {
    const read = (text: string) => {
      const c = parseClaim(text);
      return c.ok
        ? [c.claim.metric, c.claim.op, c.claim.value, c.claim.probabilityOp, c.claim.probability]
        : c.message;
    };
    expect(read('payback > 2 years')).toEqual(['payback', '>', 730.5, '>', 0.5]);
    expect(read('  p( NPV >= 0 USD ) <= 50 %  ')).toEqual(['npv', '>=', 0, '<=', 0.5]);
    expect(read('P(irr > 10 %) >= 0.9')).toEqual(['irr', '>', 0.1, '>=', 0.9]);
    expect(read('P(npv > 0) >=')).toBe(claimMessages.unparsable());
    expect(read('npv >')).toBe(claimMessages.unparsable());
  });

  it('matchesSegment() matches * and ? without backtracking on a hostile pattern', () => {
    const { value, ms } = timed(() => matchesSegment(`${'*a'.repeat(30)}*b`, 'a'.repeat(200)));
    expect(value).toBe(false);
    expect(ms).toBeLessThan(QUICK_MS);
    expect(matchesSegment('*.yaml', 'north-korea.yaml')).toBe(true);
    expect(matchesSegment('s?.yaml', 's9.yaml')).toBe(true);
    expect(matchesSegment('s?.yaml', 's19.yaml')).toBe(false);
    expect(matchesSegment('*s9*', 'north-korea-2017-s9.yaml')).toBe(true);
    expect(matchesSegment('a*', 'b')).toBe(false);
  });

  it('parseVaries() reads a range of 10,000 dots in linear time', () => {
    const { value, ms } = timed(() => parseVaries([`power.price=1${'..'.repeat(10_000)}`]));
    expect(value.ok).toBe(false);
    expect(ms).toBeLessThan(QUICK_MS);
  });

  it('outputName() trims a long run of dashes in linear time', () => {
    const { value, ms } = timed(() => outputName(`a${'-'.repeat(100_000)}!`));
    expect(value).toBe('a');
    expect(ms).toBeLessThan(QUICK_MS);
  });
});
