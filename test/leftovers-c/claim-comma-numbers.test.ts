// A comma in a claim's number that groups no thousands (a decimal comma, `1,5`; `1,00`) got a
// generic message or a wrong one: in a list in brackets `[npv > 1, 5]` read as the claims `npv > 1`
// and the number 5 ("expected a text value (got 5)"), `[payback < 1,5 y]` as "a bare 1 could be
// days, months or years" and a claim that starts with a number whose example was another claim's;
// one a line, `P(npv > 0) >= 0,5` was refused as "the probability must be between 0 and 1", which
// 0.5 is. `[npv > 1, 000]` already got a clear message; now each of these does too, as written.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimMessages } from '../../src/messages/claims.js';
import { parseClaim } from '../../src/scenario/claims.js';
import { parseOverrides } from '../../src/scenario/overrides.js';
import { validateScenarioText } from '../../src/scenario/validate.js';

const base = readFileSync('scenarios/north-korea-2017-s9.yaml', 'utf8').replace(
  /^claims:\n(?: {2}- .*\n)+/m,
  '',
);
async function problems(claims: string) {
  const v = await validateScenarioText(`${base}\nclaims: ${claims}\n`, 'case.yaml');
  return v.ok ? [] : v.problems;
}

describe('a comma in a claim’s number that groups no thousands', () => {
  it.each([
    ['npv > 1,5', '1,5', '1.5', '15'],
    ['npv > 1,00 USD', '1,00 USD', '1.00 USD', '100 USD'],
    ['payback < 1,5 y', '1,5 y', '1.5 y', '15 y'],
    ['P(npv > 0) >= 0,5', '0,5', '0.5', null],
    ['P(npv > 1,5) >= 0.5', '1,5', '1.5', '15'],
    ['irr > 12,5 %', '12,5 %', '12.5 %', '125 %'],
  ])(
    'parseClaim(%s) says the comma groups thousands only, with the two numbers it may mean',
    (text, got, point, bare: string | null) => {
      const r = parseClaim(text);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.message).toContain(claimMessages.commaInNumber(got, point, bare));
      expect(r.message).not.toContain('between 0 and 1');
      expect(parseClaim(text.replace(got, point)).ok).toBe(true);
    },
  );

  it('parseClaim() still takes thousands grouped in threes', () => {
    expect(parseClaim('npv > 1,000').ok).toBe(true);
    expect(parseClaim('npv > 1,000,000.5 USD').ok).toBe(true);
  });

  it.each([
    ['[npv > 1, 5]', 'npv > 1, 5', 'npv > 1.5'],
    ['[npv > 1,5]', 'npv > 1,5', 'npv > 1.5'],
    ['[npv > 1,00]', 'npv > 1,00', 'npv > 1.00'],
    ['[payback < 1,5 y]', 'payback < 1,5 y', 'payback < 1.5 y'],
    ['[P(npv > 0) >= 0,5]', 'P(npv > 0) >= 0,5', 'P(npv > 0) >= 0.5'],
    ['[P(npv > 1, 5) >= 0.5]', 'P(npv > 1, 5) >= 0.5', 'P(npv > 1.5) >= 0.5'],
    ['[payback > 2 years, npv > 1,5]', 'npv > 1,5', 'npv > 1.5'],
  ])(
    'claims: %s is one problem, on the claim as written, and its advice is accepted',
    async (list, written, pointed) => {
      const found = await problems(list);
      expect(found).toHaveLength(1);
      expect(found[0].message).toContain(`\`${written}\` is cut at its comma`);
      expect(found[0].message).toContain(`(\`${pointed}\`)`);
      expect(found[0].message).not.toContain('expected a text value');
      expect(found[0].message).not.toContain('[npv > 1,000 USD]');
      expect(found[0].message).not.toContain('>= 05');
      expect(await problems(list.replace(written, pointed))).toEqual([]);
    },
  );

  it('two claims and thousands in brackets keep their meaning', async () => {
    expect(await problems('[npv > 1, payback < 2 years]')).toEqual([]);
    expect((await problems('[npv > 1, 000]'))[0].message).toContain('is cut at its thousands separator');
  });

  it('--set claims=[npv > 1, 5] is refused once, with --set of the item alone', () => {
    const parsed = parseOverrides(['claims=[payback > 1 y, npv > 1, 5]']);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0].message).toContain('`npv > 1, 5` is cut at its comma');
    expect(parsed.problems[0].message).toContain('--set claims[1]=npv > 1.5');
  });
});
