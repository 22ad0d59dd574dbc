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
import type { DayWindow } from './forecast-task.js';
import { runsAt, type StudyModel } from './study-models.js';
import type { StudyPool } from './study-pool.js';

/** Days averaged for the actual hashrate: the daily figure is implied from blocks found, so noisy. */
export const ACTUAL_HASHRATE_DAYS = 7;

export interface PublishedScore {
  forecast: PublishedForecast;
  model: string;
  /** What happened on the target day, in the forecast's unit (hashrate: the 7-day mean ending that day). */
  actual: number;
  /** The paths minesim's forecast was read from (its band's ends carry Monte Carlo error). */
  paths: number;
  /** minesim's forecast quantiles, in the forecast's unit. */
  minesim: Quantiles;
  /** Share of minesim's paths below what happened, and below the published figure. */
  pitActual: number;
  pitPublished: number;
  /** minesim's CRPS and the published figure's absolute error, in the forecast's unit. */
  crpsMinesim: number;
  errorPublished: number;
}

/**
 * What happened, in `f.unit`: on `f.target` (hashrate: the 7-day mean ending that day), or the
 * mean of the daily values over `f.meanFrom`..`f.target`; undefined when the history ends before.
 */
export function actualOf(f: PublishedForecast): number | undefined {
  const history = loadHistory('bitcoin');
  const i = history.indexOf(f.target);
  if (i < ACTUAL_HASHRATE_DAYS - 1) return undefined;
  const from = f.meanFrom === null ? i : history.indexOf(f.meanFrom);
  if (from < 0) return undefined;
  if (f.quantity === 'hashprice') {
    let sum = 0;
    for (let d = from; d <= i; d++) {
      const h = historicalHashprice(history, history.dateAt(d), 'PH');
      if (isHashpriceError(h)) return undefined;
      sum += h.hashpriceUsd;
    }
    return sum / (i - from + 1);
  }
  // A day's hashrate is the 7-day mean ending on it; a window's, the mean of its daily figures.
  const first = f.meanFrom === null ? i - ACTUAL_HASHRATE_DAYS + 1 : from;
  let sum = 0;
  for (let d = first; d <= i; d++) sum += history.hashrateHs[d];
  return sum / (i - first + 1) / 1e18;
}

/**
 * The run's days (day 0 the day it was made) whose mean is the forecast's quantity, as actualOf
 * reads the history: hashprice on the target day, hashrate over the 7 days ending on it (minesim's
 * 7-day mean then, not the target day's value), or the forecast's window.
 */
export function publishedWindow(f: PublishedForecast): DayWindow {
  const toDay = daysBetween(f.made, f.target);
  const fromDay =
    f.meanFrom !== null
      ? daysBetween(f.made, f.meanFrom)
      : f.quantity === 'hashrate'
        ? toDay - ACTUAL_HASHRATE_DAYS + 1
        : toDay;
  // The loader refuses a hashrate row whose 7 days begin before the day it was made.
  if (fromDay < 0) throw new Error(`${f.id}: its days begin before ${f.made}, the day it was made`);
  return { quantity: f.quantity, fromDay, toDay };
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
  early?: StudyModel,
): Promise<PublishedScore[]> {
  // Where `model` cannot run (a mixture before its first start), `early` forecasts, as a scenario
  // naming no model runs it (scenario/default-price.ts).
  const modelAt = (made: string) => (early !== undefined && !runsAt(model, 'bitcoin', made) ? early : model);
  const scorable = forecasts.flatMap((f) => {
    const actual = actualOf(f);
    return actual === undefined ? [] : [{ f, actual }];
  });
  // Each forecast's quantity over its days (publishedWindow): each path's mean over them, so
  // minesim forecasts the same quantity as actualOf reads.
  const samples = (await pool.runAll(
    scorable.map(({ f }) => {
      const window = publishedWindow(f);
      return {
        kind: 'windows' as const,
        task: {
          coin: 'bitcoin' as const,
          start: f.made,
          model: modelAt(f.made),
          horizons: [window.toDay + 1],
          paths,
          seed,
        },
        windows: [window],
      };
    }),
  )) as Float64Array[][];
  return scorable.map(({ f, actual }, i) => {
    const values = samples[i][0].map((v) => v * toUnit(f));
    return {
      forecast: f,
      model: modelAt(f.made).id,
      actual,
      paths: values.length,
      minesim: distribution(values).quantiles,
      pitActual: pit(values, actual),
      pitPublished: pit(values, f.value),
      crpsMinesim: crpsSample(values, actual),
      errorPublished: Math.abs(f.value - actual),
    };
  });
}
