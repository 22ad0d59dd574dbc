// Numbers a scenario writes past what a double holds (about 2.2e-308 to 1.8e308). They were read
// as 0 or Infinity without a word: `unitPrice: 1e-400 USD` made 500 S21s free (capex 50,000 USD,
// the setup cost alone, where 1e-400 x 500 is a figure, not nothing), `pue: 1e-400` was refused
// as "must be at least 1 (got 0)", a 0 the file never wrote, and `1e-300 J/TH` became 1e-312 J/H,
// a subnormal whose reciprocal is Infinity. Each is now refused where it stands, all at once.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentMessages as dm } from '../../src/messages/documents.js';
import { sweepMessages as sm } from '../../src/messages/sweep.js';
import { unitMessages as um } from '../../src/messages/units.js';
import { parseVaries } from '../../src/scenario/axes.js';
import { loadUnits } from '../../src/scenario/mathjs-units.js';
import { parseOverrides } from '../../src/scenario/overrides.js';
import { formatProblem } from '../../src/scenario/problem.js';
import { parseQuantity } from '../../src/scenario/units.js';
import { validateScenarioText } from '../../src/scenario/validate.js';

beforeAll(() => loadUnits());

const S21 = readFileSync('scenarios/s21-fleet-2026.yaml', 'utf8');
const lines = async (text: string) => {
  const v = await validateScenarioText(text, 's21.yaml');
  return v.ok ? [`ok, capex ${v.scenario.fleet[0].unitPriceUsd}`] : v.problems.map(formatProblem);
};
const money = (got: string) => um.tooSmall('an amount of money', '2000 USD', got);

describe('parseQuantity() refuses a number a double does not hold as written', () => {
  it.each([
    ['money', '1e-400 USD'],
    ['money', '1e-320 USD'],
    ['money', '-2.5e-309 USD'],
    ['efficiency', '1e-300 J/TH'],
    ['money', 1e-320],
  ] as const)('parseQuantity() refuses %s %j as too small', (kind, input) => {
    const r = parseQuantity(input, kind);
    expect(r.ok ? r.value : r.message).toMatch(/nearer 0 than 2\.2e-308/);
  });

  it.each([
    ['money', '0 USD', 0],
    ['money', '0.000e-400 USD', 0],
    ['money', '3e-308 USD', 3e-308],
    // The prefix moves the decimal point in the digits: 1e-302 J/H, not 1e-290 x 1e-12
    // (1.0000000000000001e-302).
    ['efficiency', '1e-290 J/TH', 1e-302],
  ] as const)('parseQuantity() reads %s %j', (kind, input, value) => {
    const r = parseQuantity(input, kind);
    expect(r.ok ? r.value : r.message).toBe(value);
  });
});

/** The 1-based line of the scenario text that holds `needle` (the scenario's comments move its lines). */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('validateScenarioText() refuses numbers past a double, where they stand', () => {
  it('validateScenarioText() refuses unitPrice: 1e-400 USD, which read as a free machine', async () => {
    expect(await lines(S21.replace('unitPrice: 3400 USD     ', 'unitPrice: 1e-400 USD'))).toEqual([
      `s21.yaml:22:16 fleet[0].unitPrice: ${money('1e-400 USD')}`,
    ]);
  });

  it('validateScenarioText() refuses plain YAML numbers 1e-400, 1e-320 and 1e400, with every other problem at once', async () => {
    const text = S21.replace('pue: 1.05 ', 'pue: 1e-400')
      .replace('unitPrice: 3400 USD     ', 'unitPrice: 1e-320 USD')
      .replace('count: 500', 'count: 1e400')
      .replace('paths: 10000', 'paths: 1e-320')
      .replace('seed: 2026', 'seed: 0');
    expect(await lines(text)).toEqual([
      `s21.yaml:21:12 fleet[0].count: ${dm.numberTooLarge('1e400')}`,
      `s21.yaml:22:16 fleet[0].unitPrice: ${money('1e-320 USD')}`,
      `s21.yaml:32:8 power.pue: ${dm.numberTooSmall('1e-400', 'at least 1')}`,
      `s21.yaml:${lineOf(text, 'paths: 1e-320')}:10 monteCarlo.paths: ${dm.numberTooSmall('1e-320', 'at least 1')}`,
    ]);
  });

  it('validateScenarioText() still reads .inf as the schema refuses it, and 0 written as 0.0e-400', async () => {
    const inf = await lines(S21.replace('pue: 1.05 ', 'pue: .inf'));
    expect(inf).toHaveLength(1);
    expect(inf[0]).toMatch(/^s21\.yaml:32:8 power\.pue: expected a finite number/);
    expect(await lines(S21.replace('failureRate: 5 %', 'failureRate: 0.0e-400'))).toEqual(['ok, capex 3400']);
  });

  it('parseOverrides() refuses --set power.pue=1e-400 and a number inside a mapping', () => {
    const r = parseOverrides(['power.pue=1e-400', 'price.model={type: gbm, drift: 1e999}', 'power.pue=1.1']);
    expect(r.ok ? r.overrides : r.problems.map(formatProblem)).toEqual([
      `--set power.pue=1e-400: ${dm.numberTooSmall('1e-400', 'at least 1')}`,
      `--set price.model={type: gbm, drift: 1e999}: ${dm.numberTooLarge('1e999')}`,
    ]);
  });
});

describe('parseVaries() (sweep --vary, sensitivity --input) refuses a value a double does not hold', () => {
  // `--vary fleet[0].unitPrice=1e-400..1000:3` swept 0, 500 and 1000 USD: its first point was a
  // free machine (median payback 13 d) where the user wrote 1e-400.
  it.each([
    ['fleet[0].unitPrice=1e-400..1000:3', '1e-400', true],
    ['fleet[0].unitPrice=1e-320 USD,1000 USD', '1e-320 USD', true],
    ['fleet[0].unitPrice=1000,1e400', '1e400', false],
  ])('parseVaries() refuses %s', (text, item, tooSmall) => {
    const parsed = parseVaries([text]);
    expect(parsed.ok ? parsed.axes : parsed.problems.map((p) => p.message)).toEqual([
      sm.outOfRange(item, tooSmall),
    ]);
  });

  it('parseVaries() still reads 0 written as 0.0e-400, and 3e-308', () => {
    const parsed = parseVaries(['fleet[0].unitPrice=0.0e-400,3e-308']);
    expect(parsed.ok ? parsed.axes[0].values : parsed.problems).toEqual([0, 3e-308]);
  });
});
