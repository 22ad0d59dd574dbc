// Historical network: replays the shipped daily hashrate, and the difficulty and blocks the
// kernel then takes as they were instead of deriving them.
import { z } from 'zod';
import { type MarketModel, noSeries } from '../model.js';

export interface HistoricalNetworkPlan {
  type: 'historical';
  startHs: number;
  /** The history's series from the start date; null when the start is outside the history. */
  series: Float64Array | null;
  difficulty: Float64Array | null;
  blocks: Float64Array | null;
  /** The coins issued each day, so a reward that follows the supply replays the chain's. */
  issuance: Float64Array | null;
}

const schema = z.strictObject({
  type: z.literal('historical').meta({ description: 'Replays the shipped daily difficulty and hashrate.' }),
});

export const historicalNetwork: MarketModel<typeof schema, HistoricalNetworkPlan> = {
  type: 'historical',
  schema,
  resolve(_m, { history, plan, slice }, out) {
    out.push({ label: 'Network model', value: 'historical replay of difficulty and blocks' });
    return {
      type: 'historical',
      startHs: plan.initial.networkHashrateHs,
      series: slice(history.hashrateHs),
      difficulty: slice(history.difficulty),
      blocks: slice(history.blocks),
      issuance: slice(history.issuance),
    };
  },
  calm: (plan) => plan,
  fixed: () => true,
  stochastic: () => false,
  prepare(plan, path) {
    path.difficulty = plan.difficulty ?? undefined;
    path.blocks = plan.blocks ?? undefined;
    path.issuance = plan.issuance ?? undefined;
  },
  fill(plan, at, w) {
    if (plan.series === null) noSeries('network');
    w.path.networkHashrateHs.set(plan.series.subarray(0, at.days));
  },
};
