// A claim cut at a thousands separator with a space after it in a YAML list in brackets
// (`claims: [npv > 1, 000]`: the items `npv > 1` and the number 0) is refused once, as written,
// with what to write instead, as `[npv > 1,000]` is; the advice, applied literally, is accepted.
// A list of two claims stays two claims.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOverrides } from '../../src/scenario/overrides.js';
import { validateScenarioText } from '../../src/scenario/validate.js';

const base = readFileSync('scenarios/north-korea-2017-s9.yaml', 'utf8').replace(
  /^claims:\n(?: {2}- .*\n)+/m,
  '',
);
const withClaims = (claims: string) => `${base}\nclaims: ${claims}\n`;

async function problems(text: string) {
  const v = await validateScenarioText(text, 'case.yaml');
  return v.ok ? [] : v.problems;
}

describe('a claim cut at a thousands separator and a space in a list in brackets', () => {
  it.each([
    ['[npv > 1, 000]', 'npv > 1, 000', 'npv > 1,000'],
    ['[npv > 1,  000 USD]', 'npv > 1,  000 USD', 'npv > 1,000 USD'],
    ['[npv > 1, 000, 000]', 'npv > 1, 000, 000', 'npv > 1,000,000'],
    ['[P(npv > 1, 000) > 0.5]', 'P(npv > 1, 000) > 0.5', 'P(npv > 1,000) > 0.5'],
    ['[payback > 2 years, npv > 1, 000]', 'npv > 1, 000', 'npv > 1,000'],
  ])(
    'claims: %s is one problem, on the claim as written, and its advice is accepted',
    async (list, written, claim) => {
      const found = await problems(withClaims(list));
      expect(found.map((p) => p.message)).toHaveLength(1);
      const [p] = found;
      expect(p.message).toContain(`\`${written}\` is cut at its thousands separator`);
      expect(p.message).not.toContain('expected a text value');
      const advice = (lead: string) => new RegExp(`${lead} \\(\`([^\`]*)\`\\)`).exec(p.message)?.[1] ?? '';
      const blockForm = advice('one item a line');
      expect(blockForm).toBe(`- ${claim}`);
      const kept = list.startsWith('[payback') ? '  - payback > 2 years\n' : '';
      expect(await problems(`${base}\nclaims:\n${kept}  ${blockForm}\n`)).toEqual([]);
      const unseparated = advice('write the number without its commas?');
      expect(unseparated).toBe(claim.replaceAll(',', ''));
      expect(await problems(withClaims(list.replace(written, unseparated)))).toEqual([]);
    },
  );

  it('two claims in brackets stay two claims', async () => {
    expect(await problems(withClaims('[npv > 1, payback < 2 years]'))).toEqual([]);
    expect(await problems(withClaims('[npv > 1000, payback < 2 years]'))).toEqual([]);
    const parsed = parseOverrides(['claims=[npv > 1, payback < 2 years]']);
    expect(parsed.ok).toBe(true);
  });

  it('--set claims=[npv > 1, 000] is refused once, and its advice, --set of the item alone, is taken', async () => {
    const parsed = parseOverrides(['claims=[payback > 1 y, npv > 1, 000]']);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toHaveLength(1);
    const message = parsed.problems[0].message;
    expect(message).toContain('`npv > 1, 000` is cut at its thousands separator');
    const set = /set the item alone \(`--set ([^`]*)`\)/.exec(message)?.[1];
    expect(set).toBe('claims[1]=npv > 1,000');
    const again = parseOverrides([set as string]);
    expect(again.ok).toBe(true);
  });
});
