// A scenario's `monteCarlo.paths: 20000000` was refused "must be at most 10000000" where `--paths`
// says "from 1 to 10,000,000": every bound a schema or validation message prints now reads as the
// command line prints numbers, in thousands (10,000,000, 10,000 %, 20,000 characters), from a
// scenario file, `--set` and the switches alike; the reference's `Allowed:` lines too.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOverrides } from '../../src/scenario/overrides.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { runCommand } from '../hostile/in-process.js';

const scenario = (extra: string) => `name: x
coin: bitcoin
start: 2025-01-01
horizon: 2 years
fleet:
  - model: Antminer S21
    count: 10
    unitPrice: 3000 USD
power:
  price: 0.05 USD/kWh
${extra}
`;

async function messages(text: string, overrides: string[] = []): Promise<string[]> {
  const parsed = parseOverrides(overrides);
  if (!parsed.ok) throw new Error('bad override');
  const v = await validateScenarioText(text, 'x.yaml', parsed.overrides);
  return v.ok ? [] : v.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('a bound in a refusal reads in thousands, as the command line prints it', () => {
  it('monteCarlo.paths past the limit, in a file and by --set', async () => {
    const [file] = await messages(scenario('monteCarlo:\n  paths: 20000000'));
    expect(file).toBe('monteCarlo.paths: must be at most 10,000,000 (got 20000000)');
    const [set] = await messages(scenario(''), ['monteCarlo.paths=20000000']);
    expect(set).toBe('monteCarlo.paths: must be at most 10,000,000 (got 20000000)');
  });

  it('--paths on the command line says the same bound', async () => {
    const out = await runCommand(['run', 'scenarios/north-korea-2017-s9.yaml', '--paths', '20000000']);
    expect(out.exit).toBe(2);
    expect(out.output).toContain('10,000,000');
  });

  it('a quantity bound (10,000 %), a cohort count and a description length', async () => {
    const [rate] = await messages(scenario('network:\n  model: { type: growth, rate: 20000 % }'));
    expect(rate).toBe('network.model.rate: must be at most 10,000 % (got "20000 %")');
    const all = (
      await messages(
        scenario('')
          .replace('count: 10', 'count: 20000000')
          .replace('name: x', `name: x\ndescription: ${'a'.repeat(20_001)}`),
      )
    ).join('\n');
    expect(all).toContain('fleet[0].count: must be at most 10,000,000');
    expect(all).toContain('description: allows at most 20,000 characters');
  });

  it("the reference's Allowed lines group thousands too", () => {
    const reference = readFileSync('docs/scenario-reference.md', 'utf8');
    expect(reference).not.toMatch(/at (most|least) -?\d{4,}\b/);
    expect(reference).toContain('at most 10,000 %');
  });
});
