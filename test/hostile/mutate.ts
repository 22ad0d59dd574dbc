// Mutations of scenarios for the fuzzer (fuzz.test.ts): numbers pushed to extremes, keys removed,
// duplicated and renamed, strings made huge or hostile, subtrees swapped between scenarios, and a
// few edits of the YAML text itself. Every choice comes from a seeded stream (engine/random/rng.ts), so a
// case is reproduced from the seed and its index alone.
import { stringify } from 'yaml';
import type { Rng } from '../../src/engine/random/rng.js';

export type Value = unknown;
type Path = (string | number)[];

export interface Mutant {
  text: string;
  /** What was done, for the report of a failing case. */
  notes: string[];
}

const EXTREME_NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.5,
  2,
  7,
  1e-300,
  -1e-300,
  5e-324,
  1e-9,
  1e-6,
  0.999999,
  1e3,
  1e6,
  1e9,
  1e12,
  1e15,
  1e18,
  1e21,
  1e24,
  1e30,
  1e100,
  1e300,
  -1e300,
  -1e6,
  1.7976931348623157e308,
  Number.MAX_SAFE_INTEGER,
  2 ** 53 + 2,
  365,
  366,
  1000,
  1001,
  36525,
  36526,
  10_000_000,
  10_000_001,
  100,
  99.999,
  3.0000001,
];

const HOSTILE_STRINGS = [
  '',
  ' ',
  '   \t ',
  '\u2028',
  '\r',
  '\n',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  `P(${' '.repeat(300)}`,
  'x'.repeat(5000),
  '<script>alert(1)</script>',
  ['$', '{process.exit(3)}'].join(''),
  '{{x}}',
  '1e308 USD',
  '-1e308 USD',
  '1e300 years',
  '1e-300 days',
  '100 years',
  '36525 days',
  'NaN',
  'Infinity',
  '-Infinity',
  '.inf',
  '0x10',
  '1,000,000',
  '1,0,0',
  '5 %/year',
  '1e10 %',
  '-99.9999 %',
  '-100 %',
  '1 ZH/s',
  '1e30 H/s',
  '1e-30 H/s',
  '1 GW',
  '1e12 USD',
  '1e-7 USD',
  '10 USD/kWh',
  '10.000001 USD/kWh',
  '10000 USD/kW/month',
  '2017-02-30',
  '1990-01-01',
  '2009-01-01',
  '2100-12-31',
  '2101-01-01',
  '9999-12-31',
  'payback > 1e300 years',
  'P(npv > 0) >= 2',
  'P(payback <= 1 year) >= 0.9',
  'npv >',
  'irr > 1e308 %',
  'import("x")',
  'exp(t)',
  'exp(800)',
  '1/0',
  '1 / (t - 3)',
  'sqrt(-1)',
  '0.05 * 1.1^t',
  't^t^t',
  'min(10, 0.05 * 1.1^t)',
  '0.05 + 0.02 * sin(2 * pi * t / 365)',
  'cos["constructor"]',
  '__proto__.polluted=1..2:2',
  'constructor.prototype.x=1,2',
  'power.price=0.01..20:3',
  'fleet[0].count=1..1000:1000',
  'monteCarlo.paths=1,2',
  `power.price=1${'..'.repeat(300)}`,
  '🙂',
  '\u202eevil',
  'a\u0000b',
];

const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'k'.repeat(101),
  '',
];
const REPLACEMENTS: (() => Value)[] = [
  () => [],
  () => ({}),
  () => null,
  () => true,
  () => [1, 2, 3],
  () => ({ a: 1 }),
  () => Array.from({ length: 200 }, (_, i) => i),
  () => [[[[[]]]]],
];

/** A plain mapping (YAML can also give a Uint8Array, from `!!binary`, which is a leaf here). */
const isMapping = (v: Value): v is Record<string, Value> =>
  v !== null && typeof v === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(v));

/** Every path into `value`, containers included (the root is []). */
function paths(value: Value, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) for (const [i, v] of value.entries()) paths(v, [...at, i], out);
  else if (isMapping(value))
    for (const key of Object.keys(value)) paths((value as Record<string, Value>)[key], [...at, key], out);
  return out;
}

function get(value: Value, path: Path): Value {
  let node = value;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string | number, Value>)[key];
  }
  return node;
}

/** Sets a property as an own one: a key such as `__proto__` must land in the data, not on a prototype. */
function put(parent: Value, key: string | number, v: Value): void {
  Object.defineProperty(parent, key, { value: v, writable: true, enumerable: true, configurable: true });
}

function setAt(root: { value: Value }, path: Path, v: Value): void {
  if (path.length === 0) root.value = v;
  else put(get(root.value, path.slice(0, -1)), path[path.length - 1], v);
}

const pick = <T>(rng: Rng, items: readonly T[]): T => items[rng.below(items.length)];

const SCALES = [1e-6, 1e-3, 0.01, 0.1, 0.5, 2, 10, 100, 1e3, 1e6, -1, -10];

/** A number, or a quantity's number, times a power of ten or so: often still valid, and further out. */
function scaledOf(rng: Rng, v: Value): Value {
  const factor = pick(rng, SCALES);
  if (typeof v === 'number') return v * factor;
  const match =
    typeof v === 'string' ? /^\s*([-+]?\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)\s*(.*)$/s.exec(v.slice(0, 100)) : null;
  return match ? `${Number(match[1]) * factor} ${match[2]}`.trim() : extremeOf(rng, v);
}

/** A quantity's number replaced by an extreme one, its unit kept: `2400 USD` -> `1e308 USD`. */
function extremeOf(rng: Rng, v: Value): Value {
  const n = pick(rng, EXTREME_NUMBERS);
  if (typeof v === 'string') {
    const unit = /^\s*[-+\d.,eE]+\s*(.*)$/s.exec(v.slice(0, 100))?.[1];
    if (unit !== undefined) return `${n} ${unit}`.trim();
  }
  return n;
}

function mutateValue(rng: Rng, root: { value: Value }, seeds: readonly Value[], notes: string[]): void {
  const all = paths(root.value);
  // Mostly a leaf (a number, a quantity, a name): the mutant then often stays valid and runs.
  const leaves = all.filter((p) => {
    const v = p.length === 0 ? root.value : get(root.value, p);
    return !Array.isArray(v) && !isMapping(v);
  });
  const path = leaves.length > 0 && rng.below(20) < 17 ? pick(rng, leaves) : pick(rng, all);
  const here = path.length === 0 ? root.value : get(root.value, path);
  const parent = path.length === 0 ? undefined : get(root.value, path.slice(0, -1));
  const key = path[path.length - 1];
  const where = path.join('.') || '(root)';
  const roll = rng.below(100);
  if (roll < 20) {
    setAt(root, path, extremeOf(rng, here));
    notes.push(`extreme number at ${where}`);
  } else if (roll < 40) {
    const scaled = scaledOf(rng, here);
    setAt(root, path, scaled);
    notes.push(`${JSON.stringify(scaled)} at ${where}`);
  } else if (roll < 50) {
    const s = pick(rng, HOSTILE_STRINGS);
    setAt(root, path, s);
    notes.push(`string ${JSON.stringify(s.slice(0, 40))} at ${where}`);
  } else if (roll < 58 && (Array.isArray(parent) || isMapping(parent))) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete (parent as Record<string, Value>)[key as string];
    notes.push(`removed ${where}`);
  } else if (roll < 64 && isMapping(parent)) {
    const keys = Object.keys(parent as object);
    const to = rng.below(2) === 0 ? pick(rng, HOSTILE_KEYS) : `${String(key).slice(0, -1)}`;
    const entries = keys.map((k) => [k === key ? to : k, (parent as Record<string, Value>)[k]] as const);
    for (const k of keys) delete (parent as Record<string, Value>)[k];
    for (const [k, v] of entries) put(parent, k, v);
    notes.push(`renamed ${where} to ${JSON.stringify(to.slice(0, 20))}`);
  } else if (roll < 70) {
    setAt(root, path, pick(rng, REPLACEMENTS)());
    notes.push(`replaced ${where}`);
  } else if (roll < 76 && isMapping(here)) {
    const k =
      rng.below(2) === 0
        ? pick(rng, HOSTILE_KEYS)
        : pick(rng, ['extra', 'model', 'rate', 'spikes', 'calibrate', 'from']);
    put(here, k, extremeOf(rng, 'x'));
    notes.push(`added ${JSON.stringify(k.slice(0, 20))} at ${where}`);
  } else {
    // A subtree from another scenario: at the same place when one of a few has it, else anywhere.
    let donated: Value;
    for (let tries = 0; tries < 8 && donated === undefined && path.length > 0; tries++)
      donated = get(pick(rng, seeds), path);
    if (donated === undefined) {
      const donor = pick(rng, seeds);
      donated = get(donor, pick(rng, paths(donor)));
    }
    setAt(root, path, structuredClone(donated));
    notes.push(`crossover at ${where}`);
  }
}

const TEXT_INSERTS = [
  '\r',
  '\u2028',
  '\t',
  ':',
  '- ',
  '[',
  '{',
  '&a ',
  '*a',
  '!!binary ',
  '# ',
  '"',
  "'",
  '\ufeff',
  '\u0085',
  '---\n',
  // A key of null, and characters that look like others or like nothing (in a key they are named).
  '~: 1\n',
  ': 1\n',
  '\u00a0',
  '\u200b',
  '\u03bf',
];

function mutateText(rng: Rng, text: string, notes: string[]): string {
  const lines = text.split('\n');
  const roll = rng.below(4);
  if (roll === 0) {
    // A duplicated line: a key twice in one mapping, or an extra list item.
    const i = rng.below(lines.length);
    lines.splice(i, 0, lines[i]);
    notes.push(`duplicated line ${i + 1}`);
    return lines.join('\n');
  }
  if (roll === 1) {
    const at = rng.below(text.length + 1);
    notes.push(`cut at ${at}`);
    return text.slice(0, at);
  }
  if (roll === 2 && rng.below(4) === 0) {
    // Another YAML version reads numbers and dates otherwise; minesim refuses it at this line.
    notes.push('a %YAML 1.1 line first');
    return `%YAML 1.1\n---\n${text}`;
  }
  const at = rng.below(text.length + 1);
  const insert = pick(rng, TEXT_INSERTS);
  notes.push(`inserted ${JSON.stringify(insert)} at ${at}`);
  return text.slice(0, at) + insert + text.slice(at);
}

/** One mutant of `seed` (a scenario as data): one to four value mutations, sometimes a text edit. */
export function mutate(rng: Rng, seed: Value, seeds: readonly Value[]): Mutant {
  const root = { value: structuredClone(seed) };
  const notes: string[] = [];
  // Mostly one mutation, so that many mutants stay valid and reach the engine; sometimes several.
  const roll = rng.below(20);
  const count = roll < 12 ? 1 : roll < 17 ? 2 : 3 + rng.below(2);
  for (let i = 0; i < count; i++) mutateValue(rng, root, seeds, notes);
  // JSON is YAML too, and takes the YAML reader down other paths (flow collections, quoted keys).
  let text =
    rng.below(5) === 0 ? JSON.stringify(root.value, null, 1) : stringify(root.value, { lineWidth: 0 });
  if (text === undefined) text = '';
  if (rng.below(6) === 0) text = mutateText(rng, text, notes);
  return { text, notes };
}

const PATH_SEGMENTS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'fleet',
  'fleet[0]',
  'fleet[1]',
  '0',
  'power',
  'price',
  'model',
  'drift',
  'count',
  'unitPrice',
  'network',
  'hashrate',
  'x',
  'polluted',
  'sweep',
  'vary',
  'monteCarlo',
  'paths',
  'claims[0]',
  'fleet[9999]',
  'a-b',
  '_',
];
const OVERRIDE_VALUES = [
  '1',
  '1e308',
  '-1',
  '"x"',
  '{ polluted: 1 }',
  '[1, 2]',
  '0.05 USD/kWh',
  '1e300 years',
  'null',
  '.inf',
];

/** A random `--set` argument, built to reach prototypes if anything lets it. */
export function hostileOverride(rng: Rng): string {
  const depth = 1 + rng.below(5);
  const segments = Array.from({ length: depth }, () => pick(rng, PATH_SEGMENTS));
  return `${segments.join('.')}=${pick(rng, OVERRIDE_VALUES)}`;
}

/** A random `--vary` axis over the same segments. */
export function hostileAxis(rng: Rng): string {
  const depth = 1 + rng.below(4);
  const segments = Array.from({ length: depth }, () => pick(rng, PATH_SEGMENTS));
  return `${segments.join('.')}=${pick(rng, ['1..2:2', '1,2', '0.01 USD/kWh..20 USD/kWh:3', '1e308..1e309:2', 'x'])}`;
}
