// The events a run lists (summary.json `events`, marked on its charts) are those inside the run:
// proof-of-work changes were kept to the run's days, retirements were not. A cohort retiring on
// 2021-06-30 in a run ending 2021-02-27 was listed as 'a retired' on 2021-06-30, a sale the run
// never makes (the cohort runs to the horizon, its survivors valued there).
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { compileMarket } from '../../src/engine/compile/market-plan.js';
import { chartEvents } from '../../src/report/chart-events.js';
import { scenarioOf } from '../fixtures/scenarios.js';

async function retirements(retire: string) {
  const s = await scenarioOf(`
name: retire-events
start: 2020-02-29
horizon: 1 year
fleet:
  - { name: a, model: Antminer S9, count: 10, unitPrice: 200 USD, retire: ${retire} }
power: { price: 0.05 USD/kWh }
network: { model: { type: growth, rate: 0 % } }
fees: { model: { type: per-block, amount: 0.1 } }
price: { model: { type: fixed } }
`);
  const inputs = await loadCompileInputs(s);
  const plan = compilePlan(s, inputs);
  return chartEvents(s, plan, compileMarket(s, plan, inputs)).filter((e) => e.kind === 'retire');
}

describe('chartEvents() of a retirement', () => {
  it('lists a retirement on the run’s last day (2021-02-27) and none after it', async () => {
    expect(await retirements('2021-02-27')).toEqual([
      { date: '2021-02-27', label: 'a retired', kind: 'retire' },
    ]);
    expect(await retirements('2021-02-28')).toEqual([]);
    expect(await retirements('2021-06-30')).toEqual([]);
  });
});
