// A claim cut at its thousands separator in a YAML list in brackets (`claims: [npv > 1,000]`, read
// as `npv > 1` and the number 0) is refused once, as written, with what to write instead; the
// advice, applied literally, is accepted.
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

describe('a claim cut at a thousands separator in a list in brackets', () => {
  it.each([
    ['[npv > 1,000]', 'npv > 1,000'],
    ['[npv > 1,000 USD]', 'npv > 1,000 USD'],
    ['[npv > 1,000,000]', 'npv > 1,000,000'],
    ['[npv > 1,500.5]', 'npv > 1,500.5'],
    ['[P(npv > 1,000) > 0.5]', 'P(npv > 1,000) > 0.5'],
    ['[payback > 2 years, npv > 1,000]', 'npv > 1,000'],
  ])(
    'claims: %s is one problem, on the claim as written, and its advice is accepted',
    async (list, claim) => {
      const found = await problems(withClaims(list));
      expect(found.map((p) => p.message)).toHaveLength(1);
      const [p] = found;
      expect(p.message).toContain(`\`${claim}\` is cut at its thousands separator`);
      expect(p.message).not.toContain('expected a text value');
      const advice = (lead: string) => new RegExp(`${lead} \\(\`([^\`]*)\`\\)`).exec(p.message)?.[1] ?? '';
      const blockForm = advice('one item a line');
      expect(blockForm).toBe(`- ${claim}`);
      const kept = list.startsWith('[payback') ? '  - payback > 2 years\n' : '';
      expect(await problems(`${base}\nclaims:\n${kept}  ${blockForm}\n`)).toEqual([]);
      const unseparated = advice('write the number without its commas?');
      expect(unseparated).toBe(claim.replaceAll(',', ''));
      expect(await problems(withClaims(list.replace(claim, unseparated)))).toEqual([]);
    },
  );

  it('a list of numbers is not text cut at its separators, and other problems stand', async () => {
    const found = await problems(withClaims('[npv > 1,000]').replace('count: 10', 'count: -1'));
    expect(found.map((p) => p.path)).toEqual(['fleet[0].count', 'claims[0]']);
    const numbers = await problems(`${base}\noutputs:\n  charts: [100,200]\n`);
    expect(numbers.map((p) => p.path)).toEqual(['outputs.charts[0]', 'outputs.charts[1]']);
    expect(numbers.some((p) => p.message.includes('thousands separator'))).toBe(false);
  });

  it('--set claims=[..., npv > 1,000] is refused once, and its advice, --set of the item alone, is taken', async () => {
    const parsed = parseOverrides(['claims=[payback > 1 y, npv > 1,000]']);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toHaveLength(1);
    const message = parsed.problems[0].message;
    expect(message).toContain('`npv > 1,000` is cut at its thousands separator');
    const set = /set the item alone \(`--set ([^`]*)`\)/.exec(message)?.[1];
    expect(set).toBe('claims[1]=npv > 1,000');
    const again = parseOverrides([set as string]);
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    const flagship = readFileSync('scenarios/north-korea-2017-s9.yaml', 'utf8');
    const v = await validateScenarioText(flagship, 'case.yaml', again.overrides);
    expect(v.ok).toBe(true);
  });
});
