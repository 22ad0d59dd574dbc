// The assumptions' "Resale base" line says why a cohort's resale base has fewer than a week's
// days. A run starting after the history's last day said "the history's days before the start are
// not read (the history holds none before it)", beside the table's own "Start price: carried
// forward from 2025-11-14, the history's last day, 17 days before the start": the history holds
// thousands of days before the start, only none of the six just before it.
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { resaleBaseNotes } from '../../src/engine/compile/resale-base.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const scenario = (start: string) => `
name: resale-base-note
start: ${start}
horizon: 60 days
fleet:
  - { name: a, model: Antminer S21, count: 1, unitPrice: 3000 USD }
power: { price: 0.05 USD/kWh }
network: { model: { type: growth, rate: 0 % } }
fees: { model: { type: per-block, amount: 0.1 } }
price: { model: { type: fixed } }
`;

async function note(start: string): Promise<string> {
  const s = await scenarioOf(scenario(start));
  const inputs = await loadCompileInputs(s);
  const plan = compilePlan(s, inputs);
  const lines = resaleBaseNotes(s, plan, inputs.history);
  expect(lines).toHaveLength(1);
  return lines[0].note ?? '';
}

describe('resaleBaseNotes() of a start the history does not reach', () => {
  it('says the history ends before the week to the start, not that it holds no day before the start', async () => {
    // The shipped Bitcoin history ends 2025-11-14, 17 days before 2025-12-01.
    const text = await note('2025-12-01');
    expect(text).not.toContain('holds none before it');
    expect(text).toContain('the history ends 2025-11-14, 17 days before the start');
  });
});
