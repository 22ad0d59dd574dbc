// A market model written without its `type`: the model the message advises in full is accepted.
import { describe, expect, it } from 'vitest';
import { asSet, problemsOf, problemWith, quoted, shipped } from './harness.js';

const HEDGE = shipped('hashprice-hedge-2024-05');

// Each: the --set that leaves a model without its type, and the model the advice must write.
const CASES: [set: string, advised: string][] = [
  // The stochastic network's drift alone needs its volatility (it advised `{ type: stochastic, drift: 10% }`).
  ['network.model.drift=10%', 'network.model: { type: stochastic, drift: 10%, calibrate: 1 year }'],
  ['price.model.volatility=50%', 'price.model: { type: gbm, volatility: 50%, calibrate: 1 year }'],
  ['price.model.drift=0%', 'price.model: { type: gbm, drift: 0%, calibrate: 1 year }'],
  ['network.model.volatility=20%', 'network.model: { type: price-coupled, volatility: 20% }'],
  ['network.model.rate=20%', 'network.model: { type: growth, rate: 20% }'],
  ['fees.model.share=2%', 'fees.model: { type: share-of-subsidy, share: 2% }'],
  ['fees.model.amount=0.1', 'fees.model: { type: per-block, amount: 0.1 }'],
  ['price.model.window=1year', 'price.model: { type: bootstrap, window: 1year }'],
];

describe('a model written without its type', () => {
  for (const [set, advised] of CASES)
    it(`validateScenarioText() with --set ${set} advises \`${advised}\`, which it then accepts`, async () => {
      const problem = problemWith(await problemsOf(HEDGE, [set]), 'is required');
      const written = quoted(problem.message, 'write');
      expect(written).toBe(advised);
      expect(await problemsOf(HEDGE, [asSet(written)])).toEqual([]);
    });
});

describe('a model written without its type, in a document refused elsewhere too', () => {
  it('validateScenarioText() advises the stochastic network in full beside a refused fleet (the rules could not run there)', async () => {
    const problems = await problemsOf(HEDGE, ['network.model.drift=10%', 'fleet[0].count=-1']);
    const written = quoted(problemWith(problems, 'is required').message, 'write');
    expect(written).toBe('network.model: { type: stochastic, drift: 10%, calibrate: 1 year }');
    expect(await problemsOf(HEDGE, ['fleet[0].count=1', asSet(written)])).toEqual([]);
  });
});
