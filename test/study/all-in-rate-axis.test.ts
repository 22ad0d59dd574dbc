// An all-in hosting rate is read per kWh (a bare number is USD/kWh), a per-kW fee per kW a month
// (USD/kW/month): the same key, power.hosting.rate, in two variants of the contract. Studies took
// the unit of the first variant whatever the scenario held. `minesim sweep --vary
// power.hosting.rate=0.05,0.1` on an all-in contract ran 0.05 and 0.1 USD/kWh but headed its
// table, sweep.csv and charts "power.hosting.rate (USD/kW/month)"; `minesim sensitivity --input
// power.hosting.rate` moved 0.075 USD/kWh as if it were 0.075 USD/kWh in USD/kW/month (2,282.8),
// by 20 % to 1,826.25 .. 2,739.375, and was refused ("must be at most 10 USD/kWh (got 1826.25)").
// Now both read the unit of the contract the scenario holds: 0.06 .. 0.09 USD/kWh.
import { describe, expect, it } from 'vitest';
import { DEFAULT_BY } from '../../src/study/sensitivity.js';
import { parseInputs } from '../../src/study/sensitivity-inputs.js';
import { planSensitivity } from '../../src/study/sensitivity-plan.js';
import { buildSweepGrid } from '../../src/study/sweep.js';
import { axisUnit, parseVaries } from '../../src/study/vary.js';

const text = (hosting: string) => `
name: all-in-axis
start: 2025-01-01
horizon: 2 years
fleet:
  - { model: Antminer S21, count: 10, unitPrice: 3000 USD }
power: { price: 0 USD/kWh, hosting: ${hosting} }
network: { difficulty: 100 T, hashrate: 715.82788266666667 EH/s, model: { type: growth, rate: 0 % } }
fees: { model: { type: per-block, amount: 0.1 } }
price: { start: 90000 USD, model: { type: fixed } }
`;
const ALL_IN = text('{ basis: all-in, rate: 0.075 USD/kWh }');

describe('a study of an all-in hosting rate', () => {
  it('buildSweepGrid() names the axis power.hosting.rate in USD/kWh under an all-in rate, USD/kW/month per kW', async () => {
    const varies = parseVaries(['power.hosting.rate=0.05,0.1']);
    if (!varies.ok) throw new Error('bad --vary');
    const allIn = await buildSweepGrid(ALL_IN, 'all-in.yaml', varies.axes);
    if (!allIn.ok) throw new Error(allIn.problems.map((p) => p.message).join('\n'));
    expect(axisUnit(allIn.grid.axes[0])).toBe('USD/kWh');
    const rates = allIn.grid.points.map((p) => (p.scenario.power.hosting as { rate: number }).rate);
    expect(rates[0]).toBeCloseTo(0.05, 12);
    expect(rates[1]).toBeCloseTo(0.1, 12);
    const perKw = await buildSweepGrid(
      text('{ basis: per-kw, rate: 10 USD/kW/month }').replace('price: 0 USD/kWh', 'price: 0.05 USD/kWh'),
      'per-kw.yaml',
      varies.axes,
    );
    if (!perKw.ok) throw new Error(perKw.problems.map((p) => p.message).join('\n'));
    expect(axisUnit(perKw.grid.axes[0])).toBe('USD/kW/month');
  });

  it('planSensitivity() moves an all-in rate of 0.075 USD/kWh by 20 %: 0.06 .. 0.09 USD/kWh', async () => {
    const inputs = parseInputs(['power.hosting.rate']);
    if (!inputs.ok) throw new Error('bad --input');
    const planned = await planSensitivity(ALL_IN, 'all-in.yaml', { inputs: inputs.specs, by: DEFAULT_BY });
    if (!planned.ok) throw new Error(planned.problems.map((p) => p.message).join('\n'));
    const [rate] = planned.plan.inputs;
    expect(rate.unit).toBe('USD/kWh');
    expect(rate.base).toBeCloseTo(0.075, 12);
    expect(rate.low).toBeCloseTo(0.06, 12);
    expect(rate.high).toBeCloseTo(0.09, 12);
  });

  it('planSensitivity() moves the all-in rate by default, as it does a tariff, not skip power.price at 0', async () => {
    // Earlier builds skipped it: "power.price is 0, and ±20 % of 0 is no change; give a range with
    // --input power.price=LOW..HIGH", a range an all-in contract refuses.
    const planned = await planSensitivity(ALL_IN, 'all-in.yaml', { inputs: [], by: DEFAULT_BY });
    if (!planned.ok) throw new Error(planned.problems.map((p) => p.message).join('\n'));
    const rate = planned.plan.inputs.find((i) => i.key === 'power.hosting.rate');
    expect(rate?.low).toBeCloseTo(0.06, 12);
    expect(rate?.high).toBeCloseTo(0.09, 12);
    expect(planned.plan.skipped.map((k) => k.key)).not.toContain('power.price');
  });
});
