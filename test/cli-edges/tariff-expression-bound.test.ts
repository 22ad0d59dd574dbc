// An expression's tariff just above the 10 USD/kWh limit was said as "gives 10 USD/kWh ..., above
// the limit of 10 USD/kWh": six digits rounded 10.0000001 onto the limit. It keeps the digits that
// put it above.
import { describe, expect, it } from 'vitest';
import { schemaMessages as m } from '../../src/messages/schema.js';
import { LIMITS } from '../../src/scenario/schema/limits.js';
import { validateScenarioText } from '../../src/scenario/validate.js';

const scenario = (expression: string) =>
  [
    'name: tariff-edge',
    'coin: bitcoin',
    'start: 2019-01-01',
    'horizon: 30 days',
    'fleet:',
    '  - { model: Antminer S9, count: 10, unitPrice: 500 USD }',
    `power: { price: { expression: '${expression}' } }`,
  ].join('\n');

describe('an expression tariff just past its limit', () => {
  it('reads above the limit in the message', async () => {
    const v = await validateScenarioText(scenario('10.0000001 + t * 0'), 'tariff.yaml');
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.problems[0].message).toContain('gives 10.0000001 USD/kWh on day t = 0');
    expect(m.tariffTooHigh(0, '2019-01-01', 10.0000001, LIMITS.shownTariff)).toContain(
      'gives 10.0000001 USD/kWh',
    );
  });

  it('a figure well past it keeps six digits', () => {
    expect(m.tariffTooHigh(3, '2019-01-04', 12.3456789, LIMITS.shownTariff)).toContain(
      'gives 12.3457 USD/kWh',
    );
  });
});
