// The Monte Carlo kernel judges the hedges together (engine/kernel/hedge-cover.ts): on the
// hashprice-hedge case's history, two forwards of 0.6 x the least the fleet mined in one of their
// three months, each within the production alone, sell 1.2 x it together: the path is over-hedged
// and its share is the two forwards' coins over the coins mined in their months, by hand from the
// path's daily coins. Before, each was judged alone and the path was not flagged.
import { describe, expect, it } from 'vitest';
import { historicalPath } from '../../src/engine/backtest/history-path.js';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { simulatePath } from '../../src/engine/kernel/kernel.js';
import { METRIC } from '../../src/engine/kernel/metrics.js';
import * as M from '../../src/engine/kernel/workspace.js';
import { scenarioDraft, scenarioOf } from '../fixtures/scenarios.js';

const bound = (k: number) => Math.round(k * 30.4375);

async function onHistory(amounts: number[]) {
  const draft = scenarioDraft('hashprice-hedge-2024-05');
  draft.finance.hedges = amounts.map((coins, i) => ({
    name: `forward ${i + 1}`,
    type: 'price-swap',
    coins,
    price: '62000 USD',
    term: '3 months',
  }));
  const s = await scenarioOf(draft);
  const inputs = await loadCompileInputs(s);
  const history = historicalPath(s, inputs.history);
  const plan = compilePlan(s, inputs, history.days);
  const w = M.createKernelWorkspace(plan, { trace: true });
  simulatePath(plan, history.path, w, null);
  const coins = w.trace!.coinsMined;
  const mined = (from: number, to: number) => {
    let sum = 0;
    for (let d = from; d < to; d++) sum += coins[d];
    return sum;
  };
  return { metrics: w.metrics, mined };
}

describe('the kernel judges the hedges together', () => {
  it('two forwards of 0.6 x a month’s coins are over-hedged together, neither alone', async () => {
    const probe = await onHistory([1e-6]);
    // The first month has 14 days of no hashing: its coins are the least of the three.
    const months = [0, 1, 2].map((k) => probe.mined(bound(k), bound(k + 1)));
    const least = Math.min(...months);
    expect(least).toBe(months[0]);
    const alone = await onHistory([0.6 * least]);
    expect(alone.metrics[METRIC.overHedged]).toBe(0);
    const two = await onHistory([0.6 * least, 0.6 * least]);
    expect(two.metrics[METRIC.overHedged]).toBe(1);
    expect(two.metrics[METRIC.hedgedShare]).toBeCloseTo((2 * 3 * 0.6 * least) / probe.mined(0, bound(3)), 12);
  }, 60_000);
});
