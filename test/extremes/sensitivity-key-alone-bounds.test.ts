import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseOverrides } from '../../src/scenario/overrides.js';
import { DEFAULT_BY } from '../../src/study/sensitivity.js';
import { parseInputs } from '../../src/study/sensitivity-inputs.js';
import { planSensitivity } from '../../src/study/sensitivity-plan.js';

// An --input named by its key alone is moved by --by (20 %) as a default input is, but it did not
// stop at its field's bounds: `--input costs.poolFee` with a pool fee of 50 % (its "at most")
// refused the study with "--input costs.poolFee=0.4..0.6: must be at most 50 % (got 0.6)", though
// the same input left to the defaults stops at 50 %; `--input money.discountRate` at 1000 % asked
// for 1200 %; `--input horizon` at 100 years for 43,830 days (120 years); and `--input
// fleet[0].count` of 7 units for 5.6 and 8.4 units ("must be a whole number"). Now: 0.4 .. 0.5,
// 8 .. 10 (a year, as a fraction), 29,220 .. 36,525 days (80 and 100 years), 6 .. 8 units.
const SCENARIO = stringify({
  name: 'bounds',
  start: '2023-01-01',
  horizon: '100 years',
  fleet: [{ name: 's19', hashrate: '100 TH/s', power: '3000 W', count: 7, unitPrice: '2000 USD' }],
  power: { price: '0.05 USD/kWh' },
  costs: { poolFee: '50 %' },
  price: { model: { type: 'gbm', drift: '0 %', volatility: '60 %' } },
  network: { model: { type: 'growth', rate: '5 %' } },
  money: { discountRate: '1000 %' },
  monteCarlo: { paths: 20 },
});

describe('planSensitivity() of inputs named by their key alone, at the bounds of their fields', () => {
  it('planSensitivity() stops the pool fee, the discount rate and the horizon at their bounds and keeps a count whole', async () => {
    const overrides = parseOverrides([]);
    const parsed = parseInputs(['costs.poolFee', 'money.discountRate', 'horizon', 'fleet[0].count']);
    if (!overrides.ok || !parsed.ok) throw new Error('bad test arguments');
    const planned = await planSensitivity(SCENARIO, 'bounds.yaml', {
      inputs: parsed.specs,
      by: DEFAULT_BY,
      sets: overrides.overrides,
    });
    if (!planned.ok) throw new Error(JSON.stringify(planned.problems.map((p) => `${p.path}: ${p.message}`)));
    const of = (key: string) => {
      const input = planned.plan.inputs.find((i) => i.key === key);
      if (input === undefined) throw new Error(`no input ${key}`);
      return [input.low, input.high];
    };
    expect(of('costs.poolFee')).toEqual([0.4, 0.5]);
    expect(of('money.discountRate')).toEqual([8, 10]);
    expect(of('horizon')).toEqual([29_220, 36_525]);
    expect(of('fleet[0].count')).toEqual([6, 8]);
  });
});
