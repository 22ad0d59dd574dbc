// A fixed amount of fees per block, in coins, with optional random spikes.

import { z } from 'zod';
import { schemaMessages as msg } from '../../../messages/schema.js';
import { LIMITS } from '../../../scenario/schema/limits.js';
import { coinProtocol } from '../../coins/index.js';
import type { MarketModel } from '../model.js';
import { applySpikes, calmSpikes, resolveSpikes, type SpikePlan, spikesSchema } from './spikes.js';

export interface PerBlockFeesPlan extends SpikePlan {
  type: 'per-block';
  perBlock: number;
}

const schema = z.strictObject({
  type: z
    .literal('per-block')
    .meta({ description: 'A fixed amount of fees per block, in coins, the same after a halving.' }),
  amount: z
    // "0.01 XMR" as an analyst writes it was "expected a number": it says what to write.
    .number({ error: (issue) => (issue.input === undefined ? undefined : msg.feesPerBlockAmount()) })
    .min(0)
    .max(LIMITS.feesPerBlockCoins)
    .meta({ description: 'Fees per block, in coins (BTC or XMR). Allowed: 0 to 1e6.' }),
  spikes: spikesSchema.optional(),
});

export const perBlockFees: MarketModel<typeof schema, PerBlockFeesPlan> = {
  type: 'per-block',
  schema,
  resolve(m, { s }, out) {
    out.push({ label: 'Fees', value: `${m.amount} ${coinProtocol(s.coin).ticker} per block` });
    return { type: 'per-block', perBlock: m.amount, ...resolveSpikes(m.spikes, out) };
  },
  calm: calmSpikes,
  fixed: (plan) => plan.spikeProbPerDay === 0,
  stochastic: (plan) => plan.spikeProbPerDay > 0,
  fill(plan, at, w, rng) {
    const out = w.path.feesPerBlock;
    out.fill(plan.perBlock, 0, at.days);
    applySpikes(plan, at.days, out, rng);
  },
};
