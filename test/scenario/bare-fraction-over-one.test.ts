// A bare number in a field whose bare number is a fraction and whose values may pass 100 % (the
// discount rate, a cohort's import premium): `discountRate: 10` read as 1,000 % where 10 % was
// most likely meant, and the run printed NPVs at that rate without a word. Above 1 it is refused,
// with what to write; with its unit either reading is taken.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unitMessages } from '../../src/messages/units.js';
import { BARE_AT_MOST_ONE } from '../../src/scenario/bare-fractions.js';
import { parseOverrides } from '../../src/scenario/overrides.js';
import { validateScenarioText } from '../../src/scenario/validate.js';

const BASE = readFileSync(new URL('../hostile/base.yaml', import.meta.url), 'utf8');

async function check(...sets: string[]) {
  const parsed = parseOverrides(sets);
  if (!parsed.ok) throw new Error('overrides do not parse');
  return validateScenarioText(BASE, 'case.yaml', parsed.overrides);
}

describe('a bare number above 1 where a bare number is a fraction that may pass 100 %', () => {
  it.each([
    ['money.discountRate=10', 'money.discountRate', 10, 10],
    ['money.discountRate=1.5', 'money.discountRate', 1.5, 1.5],
    ['fleet[0].importPremium=5', 'fleet[0].importPremium', 5, 5],
  ])('--set %s is refused, saying what it would read as and what to write', async (set, path, got, value) => {
    const v = await check(set);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    const problem = v.problems.find((p) => p.path === path);
    expect(problem?.message).toBe(unitMessages.bareFractionOverOne(got, value));
    expect(problem?.message).toContain(`${got} %\` if that is meant`);
  });

  it('the message names the percentage the bare number would be', () => {
    expect(unitMessages.bareFractionOverOne(10, 10)).toContain('10 would read as 1,000 %');
    expect(unitMessages.bareFractionOverOne('1,000', 1000)).toContain('1,000 would read as 100,000 %');
  });

  it.each([
    'money.discountRate=0.1',
    'money.discountRate=1',
    'money.discountRate=10 %',
    'money.discountRate=150 %',
    'fleet[0].importPremium=0.3',
    'fleet[0].importPremium=500 %',
  ])('--set %s is taken', async (set) => {
    const v = await check(set);
    expect(v.ok ? [] : v.problems).toEqual([]);
  });

  it('in the file, the problem stands at the value written, with the rest of the file problems', async () => {
    const text = `${BASE.replace('monteCarlo:', 'money:\n  discountRate: 10\nmonteCarlo:')}`;
    const v = await validateScenarioText(text, 'case.yaml');
    expect(v.ok).toBe(false);
    if (v.ok) return;
    const line = text.split('\n').findIndex((l) => l.includes('discountRate: 10')) + 1;
    expect(v.problems).toContainEqual({
      file: 'case.yaml',
      line,
      col: 17,
      path: 'money.discountRate',
      message: unitMessages.bareFractionOverOne(10, 10),
    });
  });

  it('a --set of a mapping or list holding the field is held to it; a --set over the file value replaces it', async () => {
    const within = await check('money={discountRate: 10}');
    expect(within.ok ? [] : within.problems.map((p) => [p.file, p.path])).toEqual([
      ['--set money={discountRate: 10}', 'money.discountRate'],
    ]);
    const text = BASE.replace('monteCarlo:', 'money:\n  discountRate: 10\nmonteCarlo:');
    const parsed = parseOverrides(['money.discountRate=10 %']);
    if (!parsed.ok) throw new Error('overrides do not parse');
    const over = await validateScenarioText(text, 'case.yaml', parsed.overrides);
    expect(over.ok ? [] : over.problems).toEqual([]);
  });

  it('a value minesim works out itself (a sensitivity end, canonical) is taken as the fraction it is', async () => {
    const v = await validateScenarioText(BASE, 'case.yaml', [
      { text: 'fleet[0].importPremium', path: ['fleet', 0, 'importPremium'], value: 7.2, canonical: true },
    ]);
    expect(v.ok && v.scenario.fleet[0].importPremium).toBe(7.2);
  });

  it('with its unit, 150 % is read as 1.5', async () => {
    const v = await check('money.discountRate=150 %');
    expect(v.ok && v.scenario.money.discountRate).toBe(1.5);
  });
});

describe('the fields held to it', () => {
  it('are the fields the editor schema holds to a bare 1 and describes so, and no others', () => {
    const schema = JSON.parse(
      readFileSync(new URL('../../schema/scenario.schema.json', import.meta.url), 'utf8'),
    );
    const found: string[] = [];
    const walk = (node: unknown, path: string[]) => {
      if (node === null || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (typeof n.description === 'string' && n.description.includes('Written bare it is at most 1')) {
        expect(n.maximum, path.join('.')).toBe(1);
        found.push(path.join('.'));
      }
      for (const [key, child] of Object.entries(n))
        if (key === 'properties')
          for (const [name, sub] of Object.entries(child as Record<string, unknown>))
            walk(sub, [...path, name]);
        else if (key === 'items') walk(child, [...path, '*']);
        else if (typeof child === 'object') walk(child, path);
    };
    walk(schema, []);
    expect([...new Set(found)].sort()).toEqual(BARE_AT_MOST_ONE.map((field) => field.join('.')).sort());
  });
});

describe("a bare fraction past its field's most", () => {
  it.each([
    ['fleet[0].uptime=90', 'fleet[0].uptime', 'must be at most 100 %', 90, 90],
    ['price.model.volatility=80', 'price.model.volatility', 'must be at most 1,000 %', 80, 80],
  ])('--set %s says the bound, what it read as and what to write', async (set, path, bound, got, value) => {
    const v = await check(set);
    expect(v.ok ? [] : v.problems.filter((p) => p.path === path).map((p) => p.message)).toEqual([
      `${unitMessages.bareFractionPastBound(bound, got, value)} (got ${got})`,
    ]);
  });

  it('written with its unit, the bound alone', async () => {
    const v = await check('price.model.volatility=8000 %');
    expect(v.ok ? [] : v.problems.map((p) => p.message)).toEqual(['must be at most 1,000 % (got "8000 %")']);
  });
});
