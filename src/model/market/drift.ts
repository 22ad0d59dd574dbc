// The drift a calibrated price model carries forward. A window's mean daily log return is a poor
// forecast of the next years': over two years of Bitcoin its standard error is about 50 % a year,
// as large as the drift itself, and a window that ends in a bull run forecasts another. So a
// scenario may shrink it toward a stated prior (zero log growth by default):
// drift = prior + w (mean - prior), w = 1 - shrink, or with `shrink: standard-error` the
// positive-part James-Stein-style weight w = max(0, 1 - se^2 / (mean - prior)^2), which keeps a
// drift only insofar as it stands out of its own standard error se = sd / sqrt(n).
// The default weight is 100 %: the prior itself. Scored on Bitcoin's 180- and 365-day log-price
// forecasts from monthly starts 2015-2019 (the tuning starts; CRPS, lower is better), a GARCH-t
// with the prior drift scored 0.478 and 0.796, with the standard-error weight 0.522 and 0.927,
// with the window mean 0.512 and 0.931: a two-year window's mean does not forecast the next one.
import { z } from 'zod';
import { LIMITS } from '../../scenario/schema/limits.js';
import { quantity } from '../../scenario/schema/quantity.js';
import { DAYS_PER_YEAR } from '../calendar.js';
import { pct } from './model.js';
import { drift } from './schema-parts.js';

export const shrinkSchema = () =>
  z.strictObject({
    prior: drift()
      .default(0)
      .meta({
        description: `The drift the estimate is shrunk toward, log growth per year. Default \`0 %\`. Allowed: at least -${LIMITS.shownDrift}, at most ${LIMITS.shownDrift}.`,
      }),
    shrink: z
      .union([
        quantity('fraction', {
          description: 'Weight of the prior: `100 %` takes the prior, `0 %` the window mean.',
          min: 0,
          max: 1,
          shownMin: '0 %',
          shownMax: '100 %',
        }),
        z.literal('standard-error'),
      ])
      .default(1)
      .meta({
        description:
          "Weight of the prior: `100 %` (default) takes the prior, `50 %` goes half way from the window mean, or `standard-error` keeps the window mean's distance from the prior only insofar as it exceeds its standard error (a positive-part James-Stein-style weight).",
      }),
  });

/** A model's `drift`: a given rate, or `{ prior, shrink }` applied to the calibrated window mean. */
export const driftSpec = () =>
  z.union([drift(), shrinkSchema()]).meta({
    description:
      'Expected log growth per year, given (e.g. `10 %`), or `{ prior: 0 %, shrink: 50 % }` to shrink the calibrated window mean toward a prior.',
  });

export type Shrink = z.output<ReturnType<typeof shrinkSchema>>;
export type DriftSpec = number | Shrink;

export interface ResolvedDrift {
  /** Log growth per year. */
  perYear: number;
  /** How it was chosen, for the assumptions table. */
  note: string;
}

/**
 * The drift of `spec` over daily log `returns` (annualised on 365.25 days, as every rate of the
 * market models: calibrate.ts); `undefined` takes
 * `fallback` (today's window mean for GBM and jump-diffusion, a shrunk one for GARCH-t).
 */
export function resolveDrift(
  spec: DriftSpec | undefined,
  returns: ArrayLike<number>,
  /** Where the window lies, for the note (read only when a window was used). */
  calibratedNote: () => string,
  fallback: Shrink | 'window-mean',
): ResolvedDrift {
  const chosen = spec ?? fallback;
  if (typeof chosen === 'number') return { perYear: chosen, note: 'given' };
  const n = returns.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += returns[i];
  mean /= Math.max(1, n);
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (returns[i] - mean) ** 2;
  const se = n > 1 ? Math.sqrt(ss / (n - 1) / n) : Number.POSITIVE_INFINITY;
  // The window mean taken as it is says how far it is from known: 159 % a year on 30 days of
  // Bitcoin at 45 % volatility, about 50 % on two years.
  if (chosen === 'window-mean')
    return {
      perYear: mean * DAYS_PER_YEAR,
      note: calibratedOn(calibratedNote, `window mean (standard error ${pct(se * DAYS_PER_YEAR)})`),
    };
  const prior = chosen.prior / DAYS_PER_YEAR;
  const distance = mean - prior;
  const weight =
    chosen.shrink === 'standard-error'
      ? distance === 0
        ? 0
        : Math.max(0, 1 - (se * se) / (distance * distance))
      : 1 - chosen.shrink;
  const perYear = (prior + weight * distance) * DAYS_PER_YEAR;
  const rule =
    chosen.shrink === 'standard-error' ? 'James-Stein-style weight from its standard error' : 'stated weight';
  return {
    perYear,
    note: calibratedOn(
      calibratedNote,
      `window mean ${pct(mean * DAYS_PER_YEAR)} (standard error ${pct(se * DAYS_PER_YEAR)}) shrunk toward the prior ${pct(chosen.prior)}, weight ${weight.toFixed(2)} on the mean (${rule})`,
    ),
  };
}

const calibratedOn = (window: () => string, how: string) => `${how}; ${window()}`;
