// A claim on a payback time past the horizon is said with the schema's problems, all at once,
// wherever those leave it decidable (they lie outside the fields the horizon rule reads); where
// one touches those fields (the fleet, the horizon), the claim waits until it is fixed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenarioText } from '../../src/scenario/validate.js';

const flagship = readFileSync('scenarios/north-korea-2017-s9.yaml', 'utf8');
const pastHorizon = flagship.replace(/- payback > 2 years .*$/m, '- payback > 6 years');
const PAST = 'past the 1,826-day horizon';

async function problems(text: string, sets: string[] = []) {
  const { parseOverrides } = await import('../../src/scenario/overrides.js');
  const parsed = parseOverrides(sets);
  if (!parsed.ok) throw new Error('bad --set');
  const v = await validateScenarioText(text, 'case.yaml', parsed.overrides);
  return v.ok ? [] : v.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('a claim past the horizon, with the schema problems', () => {
  it('alone, it is said (as before)', async () => {
    const found = await problems(pastHorizon);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`claims[1]: the claim's payback time, 2,191.5 days`);
  });

  it.each([
    ['a PUE below 1', (t: string) => t.replace('pue: 1.1 ', 'pue: 0.5 '), 'power.pue'],
    ['an unknown key', (t: string) => `${t}\ncolour: blue\n`, ''],
    [
      'a price model refused',
      (t: string) => t.replace('type: gbm, calibrate: 2 years', 'type: gbm, calibrate: -2 years'),
      'price.model',
    ],
    [
      'another claim refused',
      (t: string) => t.replace('- payback > 1 year ', '- payback > 12 '),
      'claims[0]',
    ],
    ['a name refused', (t: string) => t.replace(/^name: .*$/m, 'name: ""'), 'name'],
    ['a pool fee refused', (t: string) => t.replace('poolFee: 2 %', 'poolFee: 200 %'), 'costs.poolFee'],
  ])('with %s, it is said with that problem', async (_, edit, path) => {
    const found = await problems(edit(pastHorizon));
    expect(found.length).toBe(2);
    expect(found.some((p) => p.startsWith(path))).toBe(true);
    expect(found.filter((p) => p.includes(PAST))).toHaveLength(1);
  });

  it('with a problem in what it reads (the fleet, the horizon), it waits', async () => {
    const fleet = await problems(pastHorizon.replace('count: 10 ', 'count: -1 '));
    expect(fleet).toHaveLength(1);
    expect(fleet[0]).toMatch(/^fleet\[0\]\.count/);
    const horizon = await problems(pastHorizon.replace(/^horizon: .*$/m, 'horizon: 5 parsecs'));
    expect(horizon).toHaveLength(1);
    expect(horizon[0]).toMatch(/^horizon/);
  });

  it('a claim within the horizon is not said, and --set problems stay on the command line', async () => {
    expect(await problems(flagship.replace('pue: 1.1 ', 'pue: 0.5 '))).toHaveLength(1);
    const found = await problems(pastHorizon, ['power.pue=0.5']);
    expect(found).toHaveLength(2);
    expect(found.filter((p) => p.includes(PAST))).toHaveLength(1);
  });
});
