// Compile is pure: compilePlan and compileMarket read no file and rely on nothing that validation
// loaded; what they need (the history, the compiled tariff) is read at the edge by
// loadCompileInputs, which loads mathjs itself.
import { describe, expect, it, vi } from 'vitest';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { compileExpression, DAILY_VARIABLES } from '../../src/scenario/expression.js';
import { scenarioDraft, scenarioOf } from '../fixtures/scenarios.js';

const SEASONAL = '0.05 + 0.02 * sin(2 * pi * t / 365)';

async function seasonalScenario() {
  const draft = scenarioDraft();
  draft.power.price = { expression: SEASONAL };
  return scenarioOf(draft);
}

describe('compile inputs', () => {
  it('compilePlan() of a scenario never validated in its module graph tabulates the tariff expression', async () => {
    const s = await seasonalScenario();
    const expected = compilePlan(s, await loadCompileInputs(s)).tariffUsdPerKwh;
    // Fresh modules: no validation has loaded mathjs or compiled an expression in them.
    vi.resetModules();
    const fresh = await import('../../src/engine/compile/inputs.js');
    const compile = await import('../../src/engine/compile/compile.js');
    const plan = compile.compilePlan(s, await fresh.loadCompileInputs(s));
    expect(plan.tariffUsdPerKwh).toEqual(expected);
    expect(plan.tariffUsdPerKwh[0]).toBeCloseTo(0.05, 12);
  });

  it('loadCompileInputs() hands compile the expression validation compiled, not a second one', async () => {
    const s = await seasonalScenario();
    const inputs = await loadCompileInputs(s);
    expect(inputs.tariff).not.toBeNull();
    expect(inputs.tariff).toBe(compileExpression(SEASONAL, DAILY_VARIABLES));
  });

  it('loadCompileInputs() gives no compiled tariff for a constant price', async () => {
    const s = await scenarioOf(scenarioDraft());
    expect((await loadCompileInputs(s)).tariff).toBeNull();
  });

  it('compilePlan() refuses an expression tariff whose compiled expression it was not given', async () => {
    const s = await seasonalScenario();
    const inputs = await loadCompileInputs(s);
    expect(() => compilePlan(s, { ...inputs, tariff: null })).toThrow(/without that expression compiled/);
  });
});
