// Merton jump-diffusion: GBM plus Poisson jumps in log price with normal sizes. Its parameters are
// given, or calibrated on a window before the start by thresholding (calibrate.ts).
import { z } from 'zod';
import type { Rng } from '../../../engine/random/rng.js';
import { schemaMessages as msg } from '../../../messages/schema.js';
import { LIMITS } from '../../../scenario/schema/limits.js';
import { quantity } from '../../../scenario/schema/quantity.js';
import { DAYS_PER_YEAR } from '../../calendar.js';
import { copyScratch, expInScratch, expScratch } from '../../wasm/exp-simd.js';
import { estimateJumpDiffusion, type JumpEstimate } from '../calibrate.js';
import { driftSpec, resolveDrift } from '../drift.js';
import { calibratedOn, type MarketModel, pct } from '../model.js';
import { calibrate, partial, volatility } from '../schema-parts.js';
import { DIFFUSION_INPUTS, fillDiffusion, requireDiffusion, windowReturns } from './gbm.js';

export interface JumpPricePlan {
  type: 'jump-diffusion';
  startUsd: number;
  driftPerDay: number;
  volPerSqrtDay: number;
  jumpsPerDay: number;
  jumpMean: number;
  jumpVol: number;
}

const schema = z.strictObject({
  type: z
    .literal('jump-diffusion')
    .meta({ description: 'Merton jump-diffusion: GBM plus Poisson jumps in log price.' }),
  // A given rate is the diffusion's (Merton's drift); a shrunk one is the total (see resolve).
  drift: driftSpec()
    .meta({
      description:
        'Log growth per year of the diffusion between jumps, given (e.g. `10 %`): the expected log growth is this plus jumpsPerYear x jumpMean. Or `{ prior: 0 %, shrink: 50 % }` to shrink the calibrated window mean (the total, jumps included) toward a prior; the diffusion then takes the total less the jumps.',
    })
    .optional(),
  volatility: volatility().optional(),
  jumpsPerYear: z
    .number()
    .min(0)
    .max(365)
    .optional()
    .meta({ description: 'Expected number of jumps per year.' }),
  jumpMean: quantity('fraction', {
    description: 'Mean log jump size, e.g. `-10 %`.',
    min: -LIMITS.jumpLog,
    max: LIMITS.jumpLog,
    shownMin: '-100 %',
    shownMax: '100 %',
  }).optional(),
  jumpVolatility: quantity('fraction', {
    description: 'Standard deviation of the log jump size, e.g. `15 %`.',
    min: 0,
    max: LIMITS.jumpLog,
    shownMin: '0 %',
    shownMax: '100 %',
  }).optional(),
  calibrate: calibrate('the diffusion and jump parameters'),
  partial: partial(),
});

export const jumpDiffusionPrice: MarketModel<typeof schema, JumpPricePlan> = {
  type: 'jump-diffusion',
  schema,
  resolve(m, { s, history, plan }, out) {
    const { window, returns } = windowReturns(history, s.start, m.calibrate);
    const source = (given: unknown) => (given === undefined ? calibratedOn(window) : 'given');
    const e = estimateJumpDiffusion(returns);
    const volatility = m.volatility ?? e.volatility;
    const jumpsPerYear = m.jumpsPerYear ?? e.jumpsPerYear;
    const jumpMean = m.jumpMean ?? e.jumpMean;
    // A shrunk drift is the total log growth (diffusion plus jumps); the diffusion takes the rest.
    const written = m.drift;
    const shrunk =
      typeof written === 'object'
        ? resolveDrift(written, returns, () => calibratedOn(window), 'window-mean')
        : null;
    const drift =
      typeof written === 'object'
        ? (shrunk as NonNullable<typeof shrunk>).perYear - jumpsPerYear * jumpMean
        : (written ?? e.drift);
    const jumpVol = m.jumpVolatility ?? e.jumpVolatility;
    out.push({ label: 'Price model', value: 'Merton jump-diffusion' });
    out.push({
      label: 'Price drift / volatility',
      value: `${pct(drift)} / ${pct(volatility)} a year`,
      note: shrunk
        ? `total drift: ${shrunk.note}`
        : written !== undefined
          ? `given; with the jumps, expected log growth ${pct(drift + jumpsPerYear * jumpMean)} a year`
          : calmMeanNote(e, () => source(written)),
    });
    out.push({
      label: 'Price jumps',
      value: `${jumpsPerYear.toFixed(1)} a year, log size ${pct(jumpMean)} ± ${pct(jumpVol)}`,
      note:
        m.jumpsPerYear === undefined && m.jumpVolatility === undefined && e.jumpCount === 1
          ? `${source(m.jumpsPerYear)}; one jump in the window: its size is the mean, with no spread (give jumpVolatility to set one)`
          : source(m.jumpsPerYear),
    });
    return {
      type: 'jump-diffusion',
      startUsd: plan.initial.priceUsd,
      driftPerDay: drift / DAYS_PER_YEAR,
      volPerSqrtDay: volatility / Math.sqrt(DAYS_PER_YEAR),
      jumpsPerDay: jumpsPerYear / DAYS_PER_YEAR,
      jumpMean,
      jumpVol,
    };
  },
  // Held calm, the log price moves by its expected growth a day: the diffusion's drift and the jumps'
  // mean move (jumpsPerDay x jumpMean), as the assumption line states it.
  calm: (plan) => ({
    ...plan,
    driftPerDay: plan.driftPerDay + plan.jumpsPerDay * plan.jumpMean,
    volPerSqrtDay: 0,
    jumpsPerDay: 0,
  }),
  fixed: () => false,
  stochastic: () => true,
  fill(p, at, w, source) {
    const rng = source as Rng;
    // Without jumps (none calibrated, or the calm path) the walk is the diffusion's own.
    if (!(p.jumpsPerDay > 0)) {
      fillDiffusion(p.startUsd, p.driftPerDay, p.volPerSqrtDay, at, w, rng);
      return;
    }
    const out = w.path.priceUsd;
    const shock = w.priceShock;
    out[0] = p.startUsd;
    shock[0] = 0;
    let logPrice = Math.log(p.startUsd);
    // The log prices, then their exps in one pass (exp-simd.ts: Math.exp's bits).
    const scratch = expScratch(at.days);
    for (let d = 1; d < at.days; d++) {
      const z = rng.normal();
      shock[d] = z;
      logPrice += p.driftPerDay + p.volPerSqrtDay * z;
      const k = rng.poisson(p.jumpsPerDay);
      for (let j = 0; j < k; j++) logPrice += p.jumpMean + p.jumpVol * rng.normal();
      scratch[d] = logPrice;
    }
    expInScratch(1, at.days);
    copyScratch(out, 1, at.days);
  },
  // The required parameters are the diffusion's: the jump ones default to the calibration.
  rules: (m, _s, out) => {
    requireDiffusion(m, out);
    // Without a calibration the jumps are the scenario's to state: none of them is assumed.
    if (m.calibrate === undefined)
      for (const key of ['jumpsPerYear', 'jumpMean', 'jumpVolatility'] as const)
        if (m[key] === undefined)
          out.push({ path: ['price', 'model'], message: msg.needsParameter(key, m.type) });
  },
  sensitivity: DIFFUSION_INPUTS,
  study: {
    id: 'jump',
    label: 'jump-diffusion price',
    input: { type: 'jump-diffusion', calibrate: '2 years' },
  },
};

/**
 * A diffusion drift taken from the window, the mean of its calm days, with that mean's standard
 * error, the calm days' volatility over the root of their count (as a GBM's window mean says its
 * own: drift.ts): 37.7 % a year beside a drift of 57.9 % on the year before 2024-01-01.
 */
function calmMeanNote(e: JumpEstimate, window: () => string): string {
  const calm = e.samples - e.jumpCount;
  const se = calm > 1 ? e.volatility * Math.sqrt(DAYS_PER_YEAR / calm) : Number.POSITIVE_INFINITY;
  return `the calm days' mean (standard error ${pct(se)}); ${window()}`;
}
