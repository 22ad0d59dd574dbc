// minesim against published forecasts: for each published figure (data/published-forecasts.csv),
// minesim's ex-ante forecast made on the day it was published, with the study's default model,
// scored against what happened beside the published figure. A published point forecast's CRPS is
// its absolute error, so the two compare on one proper score.
import { daysBetween } from '../data/dates.js';
import { loadHistory } from '../data/history.js';
import { loadPublishedForecasts, type PublishedForecast } from '../data/published-forecasts.js';
import { hashpriceUnitHs } from '../engine/compile/plan.js';
import { historicalHashprice, isHashpriceError } from '../model/hashprice.js';
import { crpsSample } from '../stats/crps.js';
import { distribution } from '../stats/quantiles.js';
import type { Quantiles } from '../stats/summary.js';
import { pit } from './calibration-stats.js';
import { type ForecastSample, QUANTITIES } from './forecast-task.js';
import type { StudyModel } from './study-models.js';
import type { StudyPool } from './study-pool.js';

/** Days averaged for the actual hashrate: the daily figure is implied from blocks found, so noisy. */
export const ACTUAL_HASHRATE_DAYS = 7;

export interface PublishedScore {
  forecast: PublishedForecast;
  model: string;
  /** What happened on the target day, in the forecast's unit (hashrate: the 7-day mean ending that day). */
  actual: number;
  /** minesim's forecast quantiles, in the forecast's unit. */
  minesim: Quantiles;
  /** Share of minesim's paths below what happened, and below the published figure. */
  pitActual: number;
  pitPublished: number;
  /** minesim's CRPS and the published figure's absolute error, in the forecast's unit. */
  crpsMinesim: number;
  errorPublished: number;
}

/** What happened on `f.target`, in `f.unit`; undefined when the history ends before it. */
export function actualOf(f: PublishedForecast): number | undefined {
  const history = loadHistory('bitcoin');
  const i = history.indexOf(f.target);
  if (i < ACTUAL_HASHRATE_DAYS - 1) return undefined;
  if (f.quantity === 'hashprice') {
    const h = historicalHashprice(history, f.target, 'PH');
    return isHashpriceError(h) ? undefined : h.hashpriceUsd;
  }
  let sum = 0;
  for (let d = i - ACTUAL_HASHRATE_DAYS + 1; d <= i; d++) sum += history.hashrateHs[d];
  return sum / ACTUAL_HASHRATE_DAYS / 1e18;
}

/** A simulated value in the forecast's unit: H/s to EH/s, or the coin's hashprice unit to USD per PH/s a day. */
const toUnit = (f: PublishedForecast) =>
  f.quantity === 'hashrate' ? 1e-18 : 1e15 / hashpriceUnitHs('bitcoin');

/** Scores every published forecast whose target day the history covers. */
export async function scorePublished(
  pool: StudyPool,
  model: StudyModel,
  paths: number,
  seed: string,
  forecasts: readonly PublishedForecast[] = loadPublishedForecasts(),
): Promise<PublishedScore[]> {
  const scorable = forecasts.flatMap((f) => {
    const actual = actualOf(f);
    return actual === undefined ? [] : [{ f, actual }];
  });
  const samples = (await pool.runAll(
    scorable.map(({ f }) => ({
      kind: 'sample' as const,
      task: {
        coin: 'bitcoin' as const,
        start: f.made,
        model,
        horizons: [daysBetween(f.made, f.target) + 1],
        paths,
        seed,
      },
    })),
  )) as ForecastSample[];
  return scorable.map(({ f, actual }, i) => {
    const raw = samples[i].values[QUANTITIES.indexOf(f.quantity)][0];
    const values = raw.map((v) => v * toUnit(f));
    return {
      forecast: f,
      model: model.id,
      actual,
      minesim: distribution(values).quantiles,
      pitActual: pit(values, actual),
      pitPublished: pit(values, f.value),
      crpsMinesim: crpsSample(values, actual),
      errorPublished: Math.abs(f.value - actual),
    };
  });
}
