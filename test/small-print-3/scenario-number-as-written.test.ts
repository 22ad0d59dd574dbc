// A scenario's `monteCarlo.paths: 1e300` was refused "must be at most 10000000 (got 1e+300)": the
// value as JavaScript prints it, not as the file wrote it, where the command line's `--paths 1e300`
// already says "(got 1e300)". A positioned refusal now shows a number as the file wrote it.
import { describe, expect, it } from 'vitest';
import { parseOverrides } from '../../src/scenario/overrides.js';
import { validateScenarioText } from '../../src/scenario/validate.js';

const scenario = (monteCarlo: string) => `name: x
coin: bitcoin
start: 2025-01-01
horizon: 2 years
fleet:
  - model: Antminer S21
    count: 10
    unitPrice: 3000 USD
power:
  price: 0.05 USD/kWh
monteCarlo:
${monteCarlo}
`;

async function messages(text: string, overrides: string[] = []): Promise<string[]> {
  const parsed = parseOverrides(overrides);
  if (!parsed.ok) throw new Error('bad override');
  const v = await validateScenarioText(text, 'x.yaml', parsed.overrides);
  return v.ok ? [] : v.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('a number in a positioned refusal is shown as the file wrote it', () => {
  it('monteCarlo.paths: 1e300 -> (got 1e300)', async () => {
    const [problem] = await messages(scenario('  paths: 1e300'));
    expect(problem).toMatch(/^monteCarlo\.paths: .*\(got 1e300\)$/);
  });

  it('paths: 2.50 (not whole) -> (got 2.50)', async () => {
    const [problem] = await messages(scenario('  paths: 2.50'));
    expect(problem).toMatch(/\(got 2\.50\)$/);
  });

  it('a --set over the file shows its own value, not the file’s text', async () => {
    const all = (await messages(scenario('  paths: 1e300'), ['monteCarlo.paths=3e300'])).join('\n');
    expect(all).toContain('monteCarlo.paths');
    expect(all).not.toContain('(got 1e300)');
  });
});
