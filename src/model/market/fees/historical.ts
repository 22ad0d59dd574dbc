// Historical fees: replays the shipped daily fees per block from the start date.
import { z } from 'zod';
import type { History } from '../../../data/history.js';
import { type MarketModel, noSeries } from '../model.js';

export interface HistoricalFeesPlan {
  type: 'historical';
  /** Fees per block from the start date; null when the start is outside the history. */
  series: Float64Array | null;
}

const schema = z.strictObject({
  type: z.literal('historical').meta({
    description:
      "Replays the history's daily fees per block from the start date (the shipped file and any imported days); the run is cut where the history ends.",
  }),
});

function feesPerBlockAt(history: History, i: number): number {
  return history.blocks[i] > 0 ? history.fees[i] / history.blocks[i] : 0;
}

export const historicalFees: MarketModel<typeof schema, HistoricalFeesPlan> = {
  type: 'historical',
  schema,
  resolve(_m, { s, history, plan }, out) {
    const start = history.indexOf(s.start);
    const series =
      start >= 0
        ? Float64Array.from({ length: plan.days }, (_, d) => feesPerBlockAt(history, start + d))
        : null;
    out.push({ label: 'Fees', value: 'historical replay' });
    return { type: 'historical', series };
  },
  calm: (plan) => plan,
  fixed: () => true,
  stochastic: () => false,
  fill(plan, at, w) {
    if (plan.series === null) noSeries('fees');
    w.path.feesPerBlock.set(plan.series.subarray(0, at.days));
  },
};
