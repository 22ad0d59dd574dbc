import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { sensitivityMessages as m } from '../../src/messages/sensitivity.js';
import { parseOverrides } from '../../src/scenario/overrides.js';
import { DEFAULT_BY } from '../../src/study/sensitivity.js';
import { parseInputs } from '../../src/study/sensitivity-inputs.js';
import { planSensitivity } from '../../src/study/sensitivity-plan.js';

const scenario = (count: number) =>
  stringify({
    name: 'one',
    start: '2023-01-01',
    horizon: '2 years',
    fleet: [{ name: 's19', hashrate: '100 TH/s', power: '3000 W', count, unitPrice: '2000 USD' }],
    power: { price: '0.05 USD/kWh' },
    price: { model: { type: 'gbm', drift: '0 %', volatility: '60 %' } },
    network: { model: { type: 'growth', rate: '50 %' } },
    monteCarlo: { paths: 20 },
  });

// `minesim sensitivity --input fleet[0].count` of a fleet of 2 units: 2 x 0.8 = 1.6 and 2 x 1.2 =
// 2.4 units, each the whole 2 units again, so --by moves nothing. It was refused with
// "fleet[0].count is 0, and ±20 % of 0 is no change": the count is 2, not 0.
describe('planSensitivity() of an input --by cannot move off its value', () => {
  it('planSensitivity() of a count of 2 says it stays at 2 units, not that it is 0', async () => {
    const overrides = parseOverrides([]);
    const parsed = parseInputs(['fleet[0].count']);
    if (!overrides.ok || !parsed.ok) throw new Error('bad test arguments');
    const planned = await planSensitivity(scenario(2), 'one.yaml', {
      inputs: parsed.specs,
      by: DEFAULT_BY,
      sets: overrides.overrides,
    });
    expect(planned.ok).toBe(false);
    if (planned.ok) return;
    expect(planned.problems.map((p) => p.message)).toEqual([m.noMove('fleet[0].count', '±20 %')]);
    expect(planned.problems[0].message).not.toContain('is 0');
  });
});
