// A network that shrinks fast (a stochastic drift of -1000 % a year, the schema's bound) makes a
// path's hashprice climb until it breaks even only at tariffs of thousands of USD/kWh. The search
// stopped at 1,000 USD/kWh: 18 of these 20 paths were left out as having "no break-even", and the
// median printed, 344.8 USD/kWh, was the one of the 2 paths left (162.3 and 527.3). Every path has
// one: searched up to 1e15 USD/kWh, the median over all 20 is 35,042 USD/kWh.
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { validateScenarioText } from '../../src/scenario/validate.js';

const yaml = `
name: be-ceiling
start: 2017-05-17
horizon: 10 years
fleet:
  - model: Antminer S9
    count: 1
    unitPrice: 2000 USD
power:
  price: 0.10 USD/kWh
network:
  model: { type: stochastic, drift: -1000 %, volatility: 20 % }
price:
  model: { type: gbm, drift: 0 %, volatility: 50 % }
monteCarlo:
  paths: 20
  seed: 1
`;

describe('break-even tariffs above 1,000 USD/kWh', () => {
  it("runMonteCarlo() finds every path's break-even tariff on a fast-shrinking network (it left 18 of 20 out at 1,000 USD/kWh)", async () => {
    const v = await validateScenarioText(yaml, 'be-ceiling.yaml');
    if (!v.ok) throw new Error(JSON.stringify(v.problems));
    const r = await runMonteCarlo(v.scenario, { workers: 1, withBacktest: false });
    const d = r.summary.headline.breakEvenTariffUsdPerKwh;
    expect(d.paths).toBeUndefined();
    expect(d.quantiles.p5).toBeCloseTo(527.3015198397547, 6);
    expect(d.quantiles.p50).toBeGreaterThan(30_000);
  }, 60_000);
});
