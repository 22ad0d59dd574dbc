// Key paths from users (--set, --vary, sensitivity --input, a scenario's sweep.vary) never reach
// a prototype: the names that would are refused where a path is parsed, overrides build mappings
// with no prototype, and every hostile path below leaves Object.prototype as it was.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { overrideMessages as om } from '../../src/messages/overrides.js';
import { parseVaries } from '../../src/scenario/axes.js';
import { applyOverrides, parseOverrides } from '../../src/scenario/overrides.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { parseInputs } from '../../src/study/sensitivity-inputs.js';
import { checkSweepBlock } from '../../src/study/sweep-block.js';
import { looksPolluted, prototypeSnapshot, runCommand } from '../hostile/in-process.js';

const BASE_FILE = new URL('../hostile/base.yaml', import.meta.url);
const BASE = readFileSync(BASE_FILE, 'utf8');
const BEFORE = prototypeSnapshot();

const HOSTILE_PATHS: [path: string, key: string][] = [
  ['__proto__.polluted', '__proto__'],
  ['__proto__', '__proto__'],
  ['fleet[0].__proto__.polluted', '__proto__'],
  ['power.__proto__.polluted', '__proto__'],
  ['fleet.constructor.prototype.polluted', 'constructor'],
  ['constructor', 'constructor'],
  ['prototype.polluted', 'prototype'],
  ['price.model.prototype', 'prototype'],
  ['__proto__[0].x', '__proto__'],
  ['fleet.0.constructor', 'constructor'],
];

afterEach(() => {
  expect(prototypeSnapshot()).toBe(BEFORE);
  expect(looksPolluted()).toBe(false);
});

describe('key paths refuse __proto__, prototype and constructor', () => {
  it.each(HOSTILE_PATHS)('parseOverrides() refuses --set %s=1, naming %s', (path, key) => {
    const parsed = parseOverrides([`${path}=1`]);
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.message)).toEqual([om.forbiddenKey(key)]);
  });

  it.each(HOSTILE_PATHS)('parseVaries() refuses --vary %s=1,2, naming %s', (path, key) => {
    const parsed = parseVaries([`${path}=1,2`]);
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.message)).toEqual([om.forbiddenKey(key)]);
  });

  it.each(HOSTILE_PATHS)('parseInputs() refuses sensitivity --input %s=1..2, naming %s', (path, key) => {
    const parsed = parseInputs([`${path}=1..2`]);
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.message)).toEqual([om.forbiddenKey(key)]);
  });

  it.each(HOSTILE_PATHS)(
    'validateScenarioText() refuses sweep.vary entry %s=1,2 at its place in the file',
    async (path, key) => {
      const text = `${BASE}sweep:\n  vary:\n    - "${path}=1,2"\n`;
      const v = await validateScenarioText(text, 'case.yaml');
      expect(v.ok ? [] : v.problems.map((p) => [p.path, p.message])).toEqual([
        ['sweep.vary[0]', `${om.forbiddenKey(key)} (got ${JSON.stringify(`${path}=1,2`)})`],
      ]);
    },
  );

  it.each(HOSTILE_PATHS)('minesim run --set %s=1 exits 2 and leaves Object.prototype alone', async (path) => {
    const outcome = await runCommand(['run', BASE_FILE.pathname, '--set', `${path}=1`, '--workers', '1']);
    expect(outcome.exit).toBe(2);
    expect(outcome.output).toContain('cannot be a key');
  });

  it('minesim sweep --vary __proto__.polluted=1..2:2 exits 2 and leaves Object.prototype alone', async () => {
    const outcome = await runCommand(['sweep', BASE_FILE.pathname, '--vary', '__proto__.polluted=1..2:2']);
    expect(outcome.exit).toBe(2);
    expect(outcome.output).toContain(om.forbiddenKey('__proto__'));
  });
});

describe('applyOverrides()', () => {
  it('applyOverrides() builds the mappings it creates without a prototype', () => {
    const parsed = parseOverrides(['network.model.rate=5 %', 'costs.poolFee=1 %']);
    if (!parsed.ok) throw new Error('overrides do not parse');
    const result = applyOverrides({ fleet: [] }, parsed.overrides) as Record<string, Record<string, unknown>>;
    expect(Object.getPrototypeOf(result.network)).toBeNull();
    expect(Object.getPrototypeOf(result.network.model)).toBeNull();
    expect(Object.getPrototypeOf(result.costs)).toBeNull();
  });

  it('applyOverrides() sets a key as an own property even where the path names one JavaScript knows', () => {
    // parsePath refuses __proto__; were a path to carry it anyway, it would land in the data.
    const result = applyOverrides({ power: {} }, [
      { text: 'x', path: ['power', '__proto__', 'polluted'], value: 1 },
      { text: 'y', path: ['__proto__'], value: { polluted: 1 } },
    ]) as Record<string, unknown>;
    expect(Object.hasOwn(result, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.hasOwn(result.power as object, '__proto__')).toBe(true);
  });

  it('validateScenarioText() reads an inherited name such as toString as an unknown key, not as a function', async () => {
    const parsed = parseOverrides(['power.toString=1', 'fleet[0].hasOwnProperty=2']);
    if (!parsed.ok) throw new Error('overrides do not parse');
    const v = await validateScenarioText(BASE, 'case.yaml', parsed.overrides);
    expect(v.ok ? [] : v.problems.map((p) => p.path).sort()).toEqual([
      'fleet[0].hasOwnProperty',
      'power.toString',
    ]);
  });
});

describe('checkSweepBlock()', () => {
  it('checkSweepBlock() refuses a sweep.vary value out of its field at a grid point, as minesim sweep does', async () => {
    // Two years: a sweep maps P(payback <= 2 years), which a shorter run cannot judge.
    const text = `${BASE.replace('horizon: 1 year', 'horizon: 2 years')}sweep:\n  vary:\n    - power.price=5..20:2\n`;
    const v = await validateScenarioText(text, 'case.yaml');
    if (!v.ok) throw new Error(JSON.stringify(v.problems));
    const found = await checkSweepBlock(v, 'case.yaml');
    expect(found.map((p) => [p.file, p.path])).toEqual([['case.yaml', 'sweep.vary[0]']]);
    expect(found[0].message).toMatch(/^power\.price: must be at most 10 USD\/kWh/);
    expect(found[0].line).toBeGreaterThan(0);
  });

  it('minesim validate refuses that sweep block with exit 2', async () => {
    const outcome = await runCommand([
      'validate',
      new URL('../hostile/cases/sweep-block/vary-out-of-range-point.yaml', import.meta.url).pathname,
    ]);
    expect(outcome.exit).toBe(2);
    expect(outcome.output).toContain('sweep.vary[0]: power.price: must be at most 10 USD/kWh');
  });
});
