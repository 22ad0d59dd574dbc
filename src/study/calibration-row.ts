// One scored forecast of the study: a coin, start, model, horizon and quantity, with what was
// forecast (quantiles), what happened, and the scores (calibration-stats.ts).
import type { Coin } from '../model/coins/index.js';
import { type ForecastScore, scoreForecast } from './calibration-stats.js';
import {
  type Actual,
  type ForecastSample,
  type ForecastTask,
  QUANTITIES,
  type Quantity,
} from './forecast-task.js';
import { isHeldOut } from './walk-forward.js';

export type Split = 'tuning' | 'held-out';

export interface CalibrationRow extends ForecastScore {
  coin: Coin;
  start: string;
  split: Split;
  model: string;
  horizonDays: number;
  quantity: Quantity;
  machine: string;
  capexUsd: number;
  /** What the scores are divided by: the capex for the net position, else the start day's value. */
  scale: number;
  /** What happened, in the quantity's unit (USD, H/s, USD per TH/s a day). */
  realised: number;
}

export const splitOf = (start: string): Split => (isHeldOut(start) ? 'held-out' : 'tuning');

/** Every row of one forecast task: each quantity at each horizon. */
export function scoreTask(task: ForecastTask, actual: Actual, sample: ForecastSample): CalibrationRow[] {
  return QUANTITIES.flatMap((quantity, q) => {
    const scale = quantity === 'net' ? actual.capexUsd : actual.atStart[q];
    return task.horizons.map((horizonDays, h) => ({
      coin: task.coin,
      start: task.start,
      split: splitOf(task.start),
      model: task.model.id,
      horizonDays,
      quantity,
      machine: actual.machine,
      capexUsd: actual.capexUsd,
      scale,
      realised: actual.values[q][h],
      ...scoreForecast(sample.values[q][h], actual.values[q][h], scale),
    }));
  });
}
