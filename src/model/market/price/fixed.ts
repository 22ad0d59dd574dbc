// Fixed price: the price stays at its starting value on every day of every path.
import { z } from 'zod';
import type { MarketModel } from '../model.js';

export interface FixedPricePlan {
  type: 'fixed';
  startUsd: number;
}

const schema = z.strictObject({
  type: z.literal('fixed').meta({ description: 'The price stays at its starting value.' }),
});

export const fixedPrice: MarketModel<typeof schema, FixedPricePlan> = {
  type: 'fixed',
  schema,
  resolve(_m, ctx, out) {
    out.push({ label: 'Price model', value: 'fixed at the start price' });
    return { type: 'fixed', startUsd: ctx.plan.initial.priceUsd };
  },
  calm: (plan) => plan,
  fixed: () => true,
  stochastic: () => false,
  fill(plan, _at, w) {
    w.path.priceUsd.fill(plan.startUsd);
    w.priceShock.fill(0);
  },
};
