import { describe, expect, it } from 'vitest';
import { networkModel } from '../../../src/model/market/network/registry.js';

describe('a network model says whether it follows the coin price', () => {
  it('followsPrice(): price-coupled and endogenous do, a mixture does when a component does, the others do not', () => {
    const follows = (plan: { type: string }) =>
      networkModel(plan.type).followsPrice?.(plan as never) ?? false;
    expect(follows({ type: 'price-coupled' })).toBe(true);
    expect(follows({ type: 'endogenous' })).toBe(true);
    for (const type of ['growth', 'stochastic', 'historical']) expect(follows({ type })).toBe(false);
    const mixture = (types: string[]) => ({
      type: 'mixture',
      components: types.map((type) => ({ type })),
      weights: types.map(() => 1 / types.length),
    });
    expect(follows(mixture(['stochastic', 'endogenous']))).toBe(true);
    expect(follows(mixture(['stochastic', 'growth']))).toBe(false);
  });
});
