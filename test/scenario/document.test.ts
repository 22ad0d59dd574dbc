import { describe, expect, it } from 'vitest';
import { documentMessages as m } from '../../src/messages/documents.js';
import { MAX_ALIASES, MAX_FILE_BYTES, parseScenarioText } from '../../src/scenario/document.js';
import { MAX_DEPTH } from '../../src/scenario/nesting-depth.js';
import { cpuMs } from '../fixtures/cpu-time.js';

const FILE = 'hostile.yaml';
// Loose: each case takes milliseconds; the bound only catches a parser that hangs or explodes.
const QUICK_MS = 2000;

/** Billion laughs: ten levels of nine aliases each would expand to 10^9 strings. */
function aliasBomb(): string {
  const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let level = 1; level < 10; level++) {
    const name = String.fromCharCode(97 + level);
    const previous = `*${String.fromCharCode(96 + level)}`;
    lines.push(`${name}: &${name} [${Array(9).fill(previous).join(', ')}]`);
  }
  return `${lines.join('\n')}\n`;
}

/** A mapping nested `depth` levels deep in block style. */
function deepBlock(depth: number): string {
  let text = '';
  for (let i = 0; i < depth; i++) text += `${' '.repeat(i)}k:\n`;
  return `${text}${' '.repeat(depth)}v\n`;
}

/** Random-looking bytes from a fixed linear congruential generator, so the test is repeatable. */
function garbage(length: number): Uint8Array {
  let state = 12345;
  return new Uint8Array(length).map(() => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state >>> 24;
  });
}

const utf8 = (text: string) => new TextEncoder().encode(text);

const FIVE_MB = `name: big\n${'# padding padding padding padding padding padding padding padd\n'.repeat(82_000)}`;

interface HostileCase {
  what: string;
  input: () => string | Uint8Array;
  message: string | RegExp;
  /** Where the problem points; 0:0 is the whole file. */
  line?: number;
  col?: number;
  /** The key path the problem names; '' for the whole document. */
  path?: string;
}

const hostile: HostileCase[] = [
  { what: 'an alias bomb (billion laughs)', input: aliasBomb, message: m.tooManyAliases(MAX_ALIASES) },
  {
    what: '10,000 levels of flow sequences',
    input: () => `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
    message: m.tooDeep(MAX_DEPTH),
  },
  {
    what: '10,000 levels of flow mappings under a key',
    input: () => `a: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`,
    message: m.tooDeep(MAX_DEPTH),
  },
  { what: '200 levels of block mappings', input: () => deepBlock(200), message: m.tooDeep(MAX_DEPTH) },
  {
    what: 'a 5 MB document',
    input: () => FIVE_MB,
    message: m.tooLarge(Buffer.byteLength(FIVE_MB), MAX_FILE_BYTES),
  },
  {
    what: 'a 5 MB document as bytes',
    input: () => new Uint8Array(5 * 1024 * 1024).fill(0x61),
    message: m.tooLarge(5 * 1024 * 1024, MAX_FILE_BYTES),
  },
  { what: 'random binary bytes', input: () => garbage(4096), message: m.binary() },
  { what: 'a NUL byte in text', input: () => 'name: a\u0000b\n', message: m.binary() },
  { what: 'a NUL byte in valid UTF-8 bytes', input: () => utf8('name: a\u0000b\n'), message: m.binary() },
  {
    what: 'invalid UTF-8',
    input: () => new Uint8Array([...utf8('name: '), 0xc3, 0x28, 0x0a]),
    message: m.encoding('not-utf8', 0xc3),
    line: 1,
    col: 7,
  },
  { what: 'an empty file', input: () => '', message: m.empty() },
  { what: 'an empty byte array', input: () => new Uint8Array(), message: m.empty() },
  { what: 'a file of blank lines', input: () => '  \n\n   \n', message: m.empty() },
  { what: 'a comments-only file', input: () => '# one\n# two\n   # three\n', message: m.empty() },
  {
    what: 'a top-level list',
    input: () => '- name: a\n- name: b\n',
    message: m.notMapping('a list'),
    line: 1,
    col: 1,
  },
  {
    what: 'a top-level scalar',
    input: () => '# a comment\njust some text\n',
    message: m.notMapping('a single value'),
    line: 2,
    col: 1,
  },
  {
    what: 'several documents',
    input: () => 'name: a\n---\nname: b\n',
    message: m.multipleDocuments(),
    line: 2,
    col: 1,
  },
  {
    what: 'a duplicate key, at the second one',
    input: () => 'name: a\nstart: 2019-01-01\nname: b\n',
    message: m.duplicateKey('name'),
    path: 'name',
    line: 3,
    col: 1,
  },
  {
    what: 'a duplicate nested key, at the second one',
    input: () => 'name: a\npower:\n  price: 0.05\n  pue: 1.1\n  price: 0.06\n',
    message: m.duplicateKey('price'),
    path: 'power.price',
    line: 5,
    col: 3,
  },
  {
    what: 'a YAML syntax error, at its position',
    input: () => 'name: a\nstart: 2019-01-01\n\tfleet: []\n',
    message: /^YAML syntax error: Tabs are not allowed as indentation/,
    line: 3,
    col: 1,
  },
  {
    what: 'an unclosed flow sequence',
    input: () => 'name: a\nfleet: [1, 2\nstart: x\n',
    message: /^YAML syntax error: /,
    line: 3,
    col: 1,
  },
];

describe('parseScenarioText() refuses hostile input quickly', () => {
  it.each(hostile.map((c) => [c.what, c] as const))(
    'parseScenarioText() refuses %s',
    (_, { input, message, line = 0, col = 0, path = '' }) => {
      const bytes = input();
      // CPU time, not wall time: other work on the machine cannot fail the bound.
      const started = cpuMs();
      const result = parseScenarioText(bytes, FILE);
      const elapsed = cpuMs() - started;
      expect(elapsed).toBeLessThan(QUICK_MS);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems.length).toBeGreaterThanOrEqual(1);
      const [p] = result.problems;
      expect(p).toMatchObject({ file: FILE, path, line, col });
      if (typeof message === 'string') expect(p.message).toBe(message);
      else expect(p.message).toMatch(message);
    },
  );

  // Guards a fixed bug: document.ts:113 maxFlowDepth() takes the apostrophe in a plain scalar (`it's`) for an
  // opening quote, so the brackets after it are not counted and the yaml parser recurses until the
  // stack overflows; the file is refused only as "YAML syntax error: Maximum call stack size
  // exceeded" (document.ts promises never to refuse by running out of stack). The same happens
  // after a double-quoted string ending in an escaped backslash (`"x\\"`, document.ts:112).
  it.each([
    ['an apostrophe', "note: it's\n"],
    ['an escaped backslash', 'note: "x\\\\"\n'],
  ])('parseScenarioText() refuses deep flow nesting after %s as too deep', (_, prefix) => {
    const result = parseScenarioText(`${prefix}a: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, FILE);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].message).toBe(m.tooDeep(MAX_DEPTH));
  });
});

describe('parseScenarioText() reads ordinary YAML', () => {
  it('parseScenarioText() keeps small aliases and positions of values and keys', () => {
    const result = parseScenarioText(
      'name: a\nfleet:\n  - &s9 { model: Antminer S9, count: 2 }\n  - *s9\n',
      FILE,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc.value).toEqual({
      name: 'a',
      fleet: [
        { model: 'Antminer S9', count: 2 },
        { model: 'Antminer S9', count: 2 },
      ],
    });
    expect(result.doc.locate(['fleet', 0, 'count'])).toEqual({ line: 3, col: 38 });
    expect(result.doc.locate(['fleet', 0, 'count'], true)).toEqual({ line: 3, col: 31 });
    expect(result.doc.locate(['fleet', 5, 'count'])).toEqual({ line: 3, col: 3 });
  });

  it('parseScenarioText() does not count brackets inside quotes or comments as nesting', () => {
    const deep = '['.repeat(MAX_DEPTH + 10);
    const result = parseScenarioText(`a: "${deep}"\nb: '${deep}'\n# ${deep}\n`, FILE);
    expect(result.ok).toBe(true);
  });
});
