// Historical price: replays the shipped daily history from the start date (a back-test path).
import { z } from 'zod';
import { type MarketModel, noSeries } from '../model.js';

export interface HistoricalPricePlan {
  type: 'historical';
  startUsd: number;
  /** The history's prices from the start date; null when the start is outside the history. */
  series: Float64Array | null;
}

const schema = z.strictObject({
  type: z
    .literal('historical')
    .meta({ description: 'Replays the shipped daily history (a back-test path).' }),
});

export const historicalPrice: MarketModel<typeof schema, HistoricalPricePlan> = {
  type: 'historical',
  schema,
  resolve(_m, ctx, out) {
    out.push({ label: 'Price model', value: 'historical replay' });
    return {
      type: 'historical',
      startUsd: ctx.plan.initial.priceUsd,
      series: ctx.slice(ctx.history.priceUsd),
    };
  },
  calm: (plan) => plan,
  fixed: () => true,
  stochastic: () => false,
  fill(plan, at, w) {
    if (plan.series === null) noSeries('price');
    w.path.priceUsd.set(plan.series.subarray(0, at.days));
    w.priceShock.fill(0);
  },
};
