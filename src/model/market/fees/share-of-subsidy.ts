// Fees per block as a share of the block subsidy: given, or measured over a window of the history
// (fee-level.ts), with optional random spikes.
import { z } from 'zod';
import { schemaMessages as msg } from '../../../messages/schema.js';
import { fraction } from '../../../scenario/schema/quantity.js';
import { type MarketModel, pctFigures } from '../model.js';
import { calibrate, partial } from '../schema-parts.js';
import { feeShare } from './fee-level.js';
import { applySpikes, calmSpikes, resolveSpikes, type SpikePlan, spikesSchema } from './spikes.js';

export interface ShareFeesPlan extends SpikePlan {
  type: 'share-of-subsidy';
  share: number;
}

const schema = z.strictObject({
  type: z.literal('share-of-subsidy').meta({
    description:
      "Fees per block as a share of the block subsidy, so they halve with it when the simulated blocks reach a halving and fall with Monero's base reward (`per-block` holds them in coins). Calibrated, the share is the window's fees over its new coins as the emission rule issues them to its blocks (Monero's blocks paid less on some days, by their block-size penalties, which the simulated blocks do not: the window's fees a block at its own reward).",
  }),
  share: fraction({
    description: 'Fees as a share of the subsidy, e.g. `3 %`.',
    min: 0,
    max: 100,
    shownMin: '0 %',
    shownMax: '10,000 %',
  }).optional(),
  calibrate: calibrate('the share', false),
  partial: partial(),
  spikes: spikesSchema.optional(),
});

export const shareOfSubsidyFees: MarketModel<typeof schema, ShareFeesPlan> = {
  type: 'share-of-subsidy',
  schema,
  resolve(m, { s, history }, out) {
    const level = feeShare(m, s.start, history);
    out.push({
      label: 'Fees',
      value: `${pctFigures(level.share)} of the subsidy`,
      note: level.note ?? 'given',
    });
    return { type: 'share-of-subsidy', share: level.share, ...resolveSpikes(m.spikes, out) };
  },
  calm: calmSpikes,
  fixed: (plan) => plan.spikeProbPerDay === 0,
  stochastic: (plan) => plan.spikeProbPerDay > 0,
  // The network step prices fees at the subsidy of the simulated height (engine/network.ts), so
  // they halve on the day the simulated blocks reach the halving, not on the calendar's day.
  prepare(_plan, path) {
    path.feesPerSubsidy = new Float64Array(path.feesPerBlock.length);
  },
  fill(plan, at, w, rng) {
    const share = w.path.feesPerSubsidy as Float64Array;
    share.fill(plan.share, 0, at.days);
    applySpikes(plan, at.days, share, rng);
    const out = w.path.feesPerBlock;
    for (let d = 0; d < at.days; d++) out[d] = share[d] * at.subsidy[d];
  },
  rules(m, _s, out) {
    if (m.share === undefined && m.calibrate === undefined)
      out.push({ path: ['fees', 'model'], message: msg.needsParameter('share', 'share-of-subsidy') });
  },
};
