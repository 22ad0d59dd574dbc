// A figure from 1e15 reads in the exponent form every display of minesim writes (`1e21`, as
// grouped() prints it), never JavaScript's `e+` form: a claim's payback time read "3.6525e+302 days",
// an IRR's advice "`irr > 1e+22 %`", a catalog's power "1e+20 W", an electricity expression "1e+300
// USD/kWh", a start network "2.7e+9 times" the history's. Below 1e15 a figure reads in thousands,
// with its digits: `irr > 12345678.9` was advised as `irr > 1234570000 %`, a rate 2,110 % away from
// the 1,234,567,890 % the fraction is, and a claim's 1e10 days read "10000000000 days".
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { catalogMessages } from '../../src/messages/catalog.js';
import { coverageMessages } from '../../src/messages/coverage.js';
import { schemaMessages } from '../../src/messages/schema.js';
import { plainFigure } from '../../src/messages/shown.js';
import { unitMessages } from '../../src/messages/units.js';
import { parseOverrides } from '../../src/scenario/overrides.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { scenarioDraft } from '../fixtures/scenarios.js';

async function problems(
  edit: (draft: ReturnType<typeof scenarioDraft>) => void,
  sets: string[] = [],
): Promise<string[]> {
  const draft = scenarioDraft();
  edit(draft);
  const parsed = parseOverrides(sets);
  if (!parsed.ok) throw new Error('bad override');
  const v = await validateScenarioText(stringify(draft), 'test.yaml', parsed.overrides);
  return v.ok ? [] : v.problems.map((p) => p.message);
}

const withClaim = (claim: string) =>
  problems((d) => {
    d.claims = [claim];
  });

describe('figures from 1e15 in exponent form, without `e+`', () => {
  it('plainFigure() writes 1e21 and 3.6525e302, and smaller numbers as String() does', () => {
    expect(plainFigure(1e21)).toBe('1e21');
    expect(plainFigure(3.6525e302)).toBe('3.6525e302');
    expect(plainFigure(1e15)).toBe('1e15');
    expect(plainFigure(12.5)).toBe('12.5');
    expect(plainFigure(1e-7)).toBe('1e-7');
    expect(plainFigure(Number.POSITIVE_INFINITY)).toBe('Infinity');
  });

  it('validateScenarioText() names the payback time of `payback > 1e300 years` as 3.6525e302 days', async () => {
    const [message] = await withClaim('payback > 1e300 years');
    expect(message).toContain(
      "the claim's payback time, 3.6525e302 days, counts the paths paid back by day 3.6525e302,",
    );
    expect(message).not.toMatch(/e\+/);
  });

  it('validateScenarioText() writes the payback time of `payback > 1e10 days` in thousands', async () => {
    const [message] = await withClaim('payback > 1e10 days');
    expect(message).toContain("the claim's payback time, 10,000,000,000 days");
  });

  it('validateScenarioText() advises `irr > 1e22 %` for a bare `irr > 1e20`', async () => {
    const [message] = await withClaim('irr > 1e20');
    expect(message).toContain('could be 1e20 % or 1e22 %');
    expect(message).toContain('`irr > 1e22 %`');
    expect(message).not.toMatch(/e\+/);
  });

  it('validateScenarioText() advises the percentage a bare `irr > 12345678.9` is with all its digits', async () => {
    const [message] = await withClaim('irr > 12345678.9');
    expect(message).toContain('`irr > 1234567890 %`');
  });

  it('validateScenarioText() names an electricity expression of 1e300 USD/kWh without `e+`', async () => {
    const found = await problems((d) => {
      (d as Record<string, unknown>).power = { price: { expression: '1e300 * t + 0.05' } };
    });
    expect(found.join('\n')).toContain('the expression gives 1e300 USD/kWh on day t = 1');
    expect(found.join('\n')).not.toMatch(/e\+/);
  });

  it('schemaMessages.catalogOutOfBounds() shows a catalog power of 1e20 W', () => {
    const text = schemaMessages.catalogOutOfBounds(
      'power',
      1e20,
      'more than 0 W, up to 1 GW',
      (v) => v <= 1e9,
    );
    expect(text).toContain('a power of 1e20 W, outside');
  });

  it('coverageMessages.startNetworkOffHistory() writes a factor of a million or more as 2.7e9', () => {
    const text = coverageMessages.startNetworkOffHistory(
      'monero',
      '3.59 EH/s',
      '2021-06-01',
      2.7e9,
      '1.31 GH/s',
      '2020-02-09',
    );
    expect(text).toContain('2.7e9 times');
  });

  it('unitMessages.bareFractionOverOne() reads a bare 1e30 as 1e32 %, not 33 digits', () => {
    expect(unitMessages.bareFractionOverOne(1e30, 1e30)).toContain('would read as 1e32 %');
    expect(unitMessages.bareFractionOverOne(12, 12)).toContain('would read as 1,200 %');
  });

  it('validateScenarioText() echoes `--set fleet[0].count=1e300` as "(got 1e300)", as written', async () => {
    const found = await problems(() => {}, ['fleet[0].count=1e300']);
    expect(found.join('\n')).toContain('(got 1e300)');
    expect(found.join('\n')).not.toMatch(/e\+/);
  });

  it('validateScenarioText() names a bare `importPremium: 1e30` as 1e30 in every place of its advice', async () => {
    // stringify() would write the number as `1e+30`: the file holds `1e30`, as an analyst writes it.
    const draft = scenarioDraft();
    (draft.fleet as Record<string, unknown>[])[0].importPremium = 'PREMIUM';
    const text = stringify(draft).replace('PREMIUM', '1e30');
    const v = await validateScenarioText(text, 'test.yaml');
    const found = (v.ok ? [] : v.problems.map((p) => p.message)).join('\n');
    expect(found).toContain(
      'so 1e30 would read as 1e32 %: write it with its unit, `1e30 %` if that is meant (got 1e30)',
    );
    expect(found).not.toMatch(/e\+/);
  });
});

describe('a cohort far past the catalog', () => {
  it('catalogMessages.beyondCatalog() writes 1.28e22 times less power a hash (a power of 1e-20 W), in thousands below 1e15', () => {
    // 13.5 TH/s on 1e-20 W against the Antminer S23 Hydro: 1.2825e22 times, String()'s "1.28e+22".
    expect(catalogMessages.beyondCatalog('sha256', 1.2825e22, 'Antminer S23 Hydro')).toContain(
      'draws 1.28e22 times less power a hash',
    );
    expect(catalogMessages.beyondCatalog('sha256', 1.234e7, 'X')).toContain('draws 12,300,000 times less');
    expect(catalogMessages.beyondCatalog('sha256', 96.9, 'X')).toContain('draws 96.9 times less');
  });
});
