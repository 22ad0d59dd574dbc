import { beforeAll, describe, expect, it } from 'vitest';
import { KNOWN_UNITS } from '../../src/scenario/known-units.js';
import { loadUnits, mathjsConversion } from '../../src/scenario/mathjs-units.js';
import type { QuantityKind } from '../../src/scenario/units.js';
import { validateScenarioText } from '../../src/scenario/validate.js';

describe('known units', () => {
  beforeAll(loadUnits);

  it('KNOWN_UNITS holds, for every row, the scale and factor mathjs gives, to the bit', () => {
    for (const [key, [scale, factor]] of KNOWN_UNITS) {
      const space = key.indexOf(' ');
      const kind = key.slice(0, space) as QuantityKind;
      const written = key.slice(space + 1);
      const mathjs = mathjsConversion(written, kind);
      expect(mathjs, key).not.toBeNull();
      expect(Object.is(mathjs![0], scale) && Object.is(mathjs![1], factor), key).toBe(true);
    }
  });
});

describe('validateScenarioText() and mathjs', () => {
  const scenario = (power: string) => `
name: units
coin: bitcoin
start: 2021-01-01
horizon: 1 year
fleet:
  - model: Antminer S9
    count: 1
    unitPrice: 2000 USD
power:
  price: ${power}
network:
  model: { type: growth, rate: 50 % }
fees:
  model: { type: per-block, amount: 0 }
price:
  model: { type: gbm, drift: 0, volatility: 50 % }
`;

  it('validateScenarioText() reads a unit outside the table (USD/GJ) through mathjs, as it reads a known one', async () => {
    const known = await validateScenarioText(scenario('0.036 USD/kWh'), 'a.yaml');
    const other = await validateScenarioText(scenario('10 USD/GJ'), 'b.yaml');
    expect(known.ok && other.ok).toBe(true);
    if (!known.ok || !other.ok) return;
    expect(other.scenario.power.price as number).toBeCloseTo(known.scenario.power.price as number, 12);
  });
});
