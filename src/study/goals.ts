// The goals the study measures the default model against (issue: forecasts that deserve trust),
// each checked on the held-out Bitcoin starts (2020 onwards; Monero's history ends in 2020-02, so
// it has none): band coverage of the net position at 1 and 2 years and of price and hashrate at 180
// and 365 days, and the CRPS of the net position against today's bootstrap + growth model.
import type { Coin } from '../model/coins/index.js';
import type { Quantity } from './forecast-task.js';
import { type ScoreRow, scoreOf } from './study-scores.js';

/** The model the CRPS goal compares with: the block bootstrap with the growth network. */
export const REFERENCE_MODEL = 'bootstrap-growth';
/** The CRPS goal: at least this much lower than the reference model's. */
export const CRPS_REDUCTION_GOAL = 0.15;
export const BAND_GOALS = { band50: [0.4, 0.6], band90: [0.85, 0.95] } as const;

export const GOAL_COIN: Coin = 'bitcoin';
const COVERAGE_TARGETS: readonly [Quantity, number][] = [
  ['net', 365],
  ['net', 730],
  ['price', 180],
  ['price', 365],
  ['hashrate', 180],
  ['hashrate', 365],
];

export interface Goal {
  what: string;
  /** The measured value (a share, or a CRPS ratio). */
  value: number;
  /**
   * A share's 95 % interval under serial dependence (calibration-stats.ts, stats/serial-share.ts):
   * the held-out windows overlap and consecutive starts' hits cluster, so their share has a wide
   * error. None for a CRPS ratio.
   */
  interval?: [number, number];
  /** The goal as text, e.g. "0.85–0.95". */
  target: string;
  /** The bounds of the target, which the value is printed against (src/report/bound-digits.ts). */
  bounds: readonly number[];
  met: boolean;
  /** How far outside the target (0 when met). */
  miss: number;
}

const outside = (x: number, [low, high]: readonly [number, number]) => Math.max(low - x, x - high, 0);

/** Every goal for `model` on the held-out starts; a goal without held-out rows is left out. */
export function evaluateGoals(scores: readonly ScoreRow[], model: string): Goal[] {
  const goals: Goal[] = [];
  const at = (m: string, quantity: Quantity, horizonDays: number) =>
    scoreOf(scores, { coin: GOAL_COIN, split: 'held-out', quantity, model: m, horizonDays });
  for (const [quantity, horizonDays] of COVERAGE_TARGETS) {
    const s = at(model, quantity, horizonDays);
    if (!s) continue;
    for (const key of ['band50', 'band90'] as const) {
      const range = BAND_GOALS[key];
      const miss = outside(s[key].share, range);
      goals.push({
        what: `${quantity} at ${horizonDays} days: ${key === 'band50' ? '50' : '90'} % band holds`,
        value: s[key].share,
        interval: s[key].intervalEffective,
        target: `${range[0].toFixed(2)}–${range[1].toFixed(2)}`,
        bounds: range,
        met: miss === 0,
        miss,
      });
    }
  }
  for (const horizonDays of [365, 730]) {
    const s = at(model, 'net', horizonDays);
    const ref = at(REFERENCE_MODEL, 'net', horizonDays);
    if (!s || !ref) continue;
    const ratio = s.crps / ref.crps;
    const limit = 1 - CRPS_REDUCTION_GOAL;
    goals.push({
      what: `net at ${horizonDays} days: CRPS against ${REFERENCE_MODEL}`,
      value: ratio,
      target: `≤ ${limit.toFixed(2)}`,
      bounds: [limit],
      met: ratio <= limit,
      miss: Math.max(0, ratio - limit),
    });
  }
  return goals;
}
