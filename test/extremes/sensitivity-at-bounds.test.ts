import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseOverrides } from '../../src/scenario/overrides.js';
import { DEFAULT_BY } from '../../src/study/sensitivity.js';
import { planSensitivity } from '../../src/study/sensitivity-plan.js';

// A scenario whose inputs sit at the schema's bounds: power at 10 USD/kWh, machines at 1e12 USD, a
// GBM price of drift -1000 % and volatility 1000 % a year, a network growing 10,000 % a year (each
// "at most" its field allows; the drift "at least"). `minesim sensitivity` with its default inputs
// and --by 20 % refused the whole study at inputs nobody wrote:
//   --input power.price=8..12 power.price: must be at most 10 USD/kWh (got 12)
//   --input fleet[0].unitPrice=800000000000..1200000000000 ...: must be at most 1e12 USD
//   --input price.model.volatility=8..12 ...: must be at most 1000 % (got 12)
// as it already stops a pool fee, an import premium and an uptime at theirs. Each now stops at
// its bound: 10 x 0.8 = 8 .. 10 USD/kWh, 8e11 .. 1e12 USD, drift -12 -> -10 .. -8 (a year, as a
// fraction), volatility 8 .. 10, growth 80 .. 100.
const SCENARIO = stringify({
  name: 'bounds',
  start: '2023-01-01',
  horizon: '2 years',
  fleet: [{ name: 's19', hashrate: '100 TH/s', power: '3000 W', count: 10, unitPrice: '1e12 USD' }],
  power: { price: '10 USD/kWh' },
  price: { model: { type: 'gbm', drift: '-1000 %', volatility: '1000 %' } },
  network: { model: { type: 'growth', rate: '10000 %' } },
  monteCarlo: { paths: 20 },
});

describe('planSensitivity() of default inputs at the bounds of their fields', () => {
  it('planSensitivity() stops power.price, unitPrice, the price drift and volatility and the growth rate at their bounds rather than refuse the study', async () => {
    const overrides = parseOverrides([]);
    if (!overrides.ok) throw new Error('bad --set');
    const planned = await planSensitivity(SCENARIO, 'bounds.yaml', {
      inputs: [],
      by: DEFAULT_BY,
      sets: overrides.overrides,
    });
    if (!planned.ok) throw new Error(JSON.stringify(planned.problems.map((p) => `${p.path}: ${p.message}`)));
    const of = (key: string) => {
      const input = planned.plan.inputs.find((i) => i.key === key);
      if (input === undefined) throw new Error(`no input ${key}`);
      return [input.low, input.high];
    };
    expect(of('power.price')).toEqual([8, 10]);
    expect(of('fleet[0].unitPrice')).toEqual([8e11, 1e12]);
    expect(of('price.model.drift')).toEqual([-10, -8]);
    expect(of('price.model.volatility')).toEqual([8, 10]);
    expect(of('network.model.rate')).toEqual([80, 100]);
  });
});
