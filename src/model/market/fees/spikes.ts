// Random fee spikes (mempool congestion), shared by the fee models that take them: a spike lasts
// `duration` days at `multiplier` times the base level.
import { z } from 'zod';
import type { Rng } from '../../../engine/random/rng.js';
import { LIMITS } from '../../../scenario/schema/limits.js';
import { quantity } from '../../../scenario/schema/quantity.js';
import { DAYS_PER_YEAR } from '../../calendar.js';
import type { Assumption } from '../model.js';

export const spikesSchema = z
  .strictObject({
    perYear: z.number().min(0).max(365).meta({
      description:
        'Expected number of fee spikes per year; times `duration` in whole days must stay below 365 (at most 52 spikes of the default 7 days).',
    }),
    multiplier: z
      .number()
      .min(1)
      .max(1000)
      .meta({ description: 'Fees during a spike, as a multiple of the base level.' }),
    duration: quantity('duration', {
      description: 'How long a spike lasts.',
      min: 1,
      max: LIMITS.durationDays,
      shownMin: '1 day',
      shownMax: LIMITS.shownDuration,
    }).prefault('7 days'),
  })
  .meta({ description: 'Random fee spikes (mempool congestion).' });

export interface SpikePlan {
  spikeProbPerDay: number;
  spikeMultiplier: number;
  spikeDays: number;
}

export function resolveSpikes(
  spikes: z.output<typeof spikesSchema> | undefined,
  out: Assumption[],
): SpikePlan {
  if (!spikes) return { spikeProbPerDay: 0, spikeMultiplier: 1, spikeDays: 0 };
  // A spike starts only on a day outside one, so the daily start chance is raised to give
  // `perYear` spikes a year on average: p / (1 - p (duration - 1)); rules.ts keeps it below 1.
  const p = spikes.perYear / DAYS_PER_YEAR;
  const spikeDays = Math.max(1, Math.round(spikes.duration));
  out.push({
    label: 'Fee spikes',
    value: `${spikes.perYear}/year, x${spikes.multiplier} for ${spikeDays} day${spikeDays === 1 ? '' : 's'}`,
  });
  return { spikeProbPerDay: p / (1 - p * (spikeDays - 1)), spikeMultiplier: spikes.multiplier, spikeDays };
}

/** Raises the base level `out` holds on the days of random spikes (a no-op without spikes). */
export function applySpikes(plan: SpikePlan, days: number, out: Float64Array, rng: Rng | null): void {
  if (!(plan.spikeProbPerDay > 0)) return;
  const random = rng as Rng;
  let spikeLeft = 0;
  for (let d = 0; d < days; d++) {
    if (spikeLeft === 0 && random.uniform() < plan.spikeProbPerDay) spikeLeft = plan.spikeDays;
    if (spikeLeft > 0) {
      out[d] *= plan.spikeMultiplier;
      spikeLeft--;
    }
  }
}

export const calmSpikes = <P extends SpikePlan>(plan: P): P => ({ ...plan, spikeProbPerDay: 0 });
