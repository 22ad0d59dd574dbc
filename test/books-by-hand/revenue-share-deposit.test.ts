// A revenue share takes no deposit (the rules refuse one: it has no fixed fee to count months of),
// so docs/scenario-reference.md must not describe one as paid and refunded under that basis.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { scenario } from './hand-books.js';

const page = readFileSync(new URL('../../docs/scenario-reference.md', import.meta.url), 'utf8');
const row = (field: string) => page.split('\n').find((line) => line.startsWith(`| \`${field}\` |`))!;

describe('a revenue share’s deposit in the reference', () => {
  it('validateScenarioText() refuses a deposit on a revenue share, and docs/scenario-reference.md says so where it lists the field', async () => {
    const text = scenario('').replace(
      'power: { price: 0.05 USD/kWh }',
      'power: { price: 0.05 USD/kWh, hosting: { basis: revenue-share, share: 30 %, deposit: 2 months, term: 1 year, depositOnDefault: refunded } }',
    );
    const v = await validateScenarioText(text, 'rs.yaml');
    expect(v.ok).toBe(false);
    const paths = v.ok ? [] : v.problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['power.hosting.deposit']));
    const deposit = row('power.hosting{basis: revenue-share}.deposit');
    expect(deposit).toMatch(/Refused unless 0/);
    expect(deposit).not.toMatch(/paid on the start day and refunded/);
    expect(row('power.hosting{basis: revenue-share}.depositOnDefault')).toMatch(/Refused/);
    expect(row('power.hosting{basis: revenue-share}.term')).not.toMatch(/when the deposit comes back/);
    // The per-kW and all-in contracts keep theirs.
    expect(row('power.hosting{basis: per-kw}.deposit')).toMatch(/paid on the start day and refunded/);
  });
});
