// Estimates market-model parameters from history strictly before a start date, so an ex-ante run
// uses only what was known then. All rates are per year (365.25 days, scenario/units.ts), on daily log changes.
import { formatDay, parseIsoDate } from '../../data/dates.js';
import type { History } from '../../data/history.js';
import { DAYS_PER_YEAR } from '../calendar.js';

export interface Window {
  /** First history index used (inclusive). */
  from: number;
  /** Last history index used (exclusive): the start date's index, so the start day is not used. */
  to: number;
}

/** The `days` days before history index `startIndex`. */
export function windowBefore(_history: History, startIndex: number, days: number): Window {
  return { from: Math.max(0, startIndex - Math.round(days)), to: Math.max(0, startIndex) };
}

/** A calibration window of the history: the days it asks for and the part the history covers. */
export interface CalibrationWindow extends Window {
  /** Days asked for (the window's length, rounded to whole days). */
  requestedDays: number;
  /** First and last day asked for. */
  firstDate: string;
  lastDate: string;
  /** Days of the window inside the history (to - from). */
  coveredDays: number;
  /** The last day read where the history ends before the window does (undefined otherwise). */
  readToDate?: string;
}

/**
 * The `days` days before `start` (which need not be inside the history), clipped to the history.
 * A window the history covers only in part has coveredDays < requestedDays; whether that may be
 * used is the caller's decision (scenario/coverage.ts refuses it unless the scenario allows it).
 */
export function calibrationWindow(history: History, start: string, days: number): CalibrationWindow {
  const requestedDays = Math.round(days);
  const startDay = parseIsoDate(start);
  const firstDay = parseIsoDate(history.firstDate);
  const from = Math.min(history.days, Math.max(0, startDay - requestedDays - firstDay));
  const to = Math.min(history.days, Math.max(0, startDay - firstDay));
  return {
    from,
    to: Math.max(from, to),
    requestedDays,
    firstDate: formatDay(startDay - requestedDays),
    lastDate: formatDay(startDay - 1),
    coveredDays: Math.max(0, to - from),
    ...(to > from && firstDay + to < startDay ? { readToDate: formatDay(firstDay + to - 1) } : {}),
  };
}

/** Daily log returns of a positive series over [from, to): r_i = ln(x[i+1] / x[i]). */
export function logReturns(series: ArrayLike<number>, w: Window): Float64Array {
  const n = Math.max(0, w.to - w.from - 1);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.log(series[w.from + i + 1] / series[w.from + i]);
  return out;
}

export interface DiffusionEstimate {
  /** Expected log growth per year. */
  drift: number;
  /** Annualised volatility. */
  volatility: number;
  /** Days of returns behind the estimate. */
  samples: number;
}

export function estimateDiffusion(returns: ArrayLike<number>): DiffusionEstimate {
  const n = returns.length;
  if (n < 2) return { drift: 0, volatility: 0, samples: n };
  let sum = 0;
  for (let i = 0; i < n; i++) sum += returns[i];
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (returns[i] - mean) ** 2;
  const variance = ss / (n - 1);
  return { drift: mean * DAYS_PER_YEAR, volatility: Math.sqrt(variance * DAYS_PER_YEAR), samples: n };
}

export interface JumpEstimate extends DiffusionEstimate {
  /** Returns taken as jumps: one gives the jumps' mean size but no spread. */
  jumpCount: number;
  jumpsPerYear: number;
  jumpMean: number;
  jumpVolatility: number;
}

/**
 * Merton parameters by thresholding: a daily return further than `k` robust standard deviations
 * (1.4826 x median absolute deviation) from the median is a jump; the rest is the diffusion.
 * Simple and transparent, biased when jumps are frequent; good enough to set a scenario's scale.
 * The drift is the calm days' mean, the growth between jumps; a jump's size is its day's return
 * less that mean, since a simulated day moves by the drift whether it jumps or not. So the model's
 * expected log growth, drift + jumpsPerYear x jumpMean, is the window's mean, as a shrunk drift's
 * is (price/jump-diffusion.ts); a jump's whole day taken as its size counted the drift twice.
 * Likewise a jump day's variance is the diffusion's day and the jump's, so the jumps' spread is
 * the jump days' variance less the diffusion's (none where the jump days vary less than it).
 */
/** Robust standard deviations from the median beyond which a daily return is a jump. */
export const JUMP_SIGMAS = 4;

export function estimateJumpDiffusion(returns: ArrayLike<number>, k = JUMP_SIGMAS): JumpEstimate {
  const sorted = Float64Array.from(returns).sort();
  const n = sorted.length;
  if (n < 10)
    return { ...estimateDiffusion(returns), jumpCount: 0, jumpsPerYear: 0, jumpMean: 0, jumpVolatility: 0 };
  const median = sorted[Math.floor(n / 2)];
  const deviations = Float64Array.from(sorted, (r) => Math.abs(r - median)).sort();
  const robustSd = 1.4826 * deviations[Math.floor(n / 2)];
  const calm: number[] = [];
  const jumps: number[] = [];
  for (let i = 0; i < n; i++) (Math.abs(returns[i] - median) > k * robustSd ? jumps : calm).push(returns[i]);
  const diffusion = estimateDiffusion(calm);
  const jumpStats = estimateDiffusion(jumps);
  // estimateDiffusion gives a drift only from two returns on, so one jump's day is taken here.
  const jumpDay = jumps.length === 1 ? jumps[0] : jumps.length > 1 ? jumpStats.drift / DAYS_PER_YEAR : 0;
  const jumpMean = jumps.length > 0 ? jumpDay - diffusion.drift / DAYS_PER_YEAR : 0;
  return {
    drift: diffusion.drift,
    volatility: diffusion.volatility,
    samples: n,
    jumpCount: jumps.length,
    jumpsPerYear: (jumps.length / n) * DAYS_PER_YEAR,
    jumpMean,
    jumpVolatility:
      jumps.length > 1
        ? Math.sqrt(Math.max(0, jumpStats.volatility ** 2 - diffusion.volatility ** 2) / DAYS_PER_YEAR)
        : 0,
  };
}

/**
 * Hashrate growth per year from a log-linear least-squares fit: daily hashrate implied from blocks
 * found is noisy (block luck), so a fit over the window is steadier than end points.
 */
export function estimateGrowth(series: ArrayLike<number>, w: Window): number {
  const n = w.to - w.from;
  if (n < 2) return 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const y = Math.log(series[w.from + i]);
    sx += i;
    sy += y;
    sxx += i * i;
    sxy += i * y;
  }
  // A flat window grows by 0, not by the sums' rounding (1.5e-10 % a year on a constant import).
  let flat = true;
  for (let i = 1; i < n && flat; i++) flat = series[w.from + i] === series[w.from];
  if (flat) return 0;
  const slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  return Math.expm1(slope * DAYS_PER_YEAR);
}

/**
 * Log changes of a series smoothed by a trailing `span`-day mean. The mean damps block luck but does
 * not remove it: a day's change of a 7-day mean of Bitcoin's block-implied hashrate still carries
 * sqrt(2/144)/7 of it, 32 % a year, and a random walk shows in it at a seventh of its variance, so
 * a volatility read from these changes is mostly luck on Bitcoin and too low on Monero (README,
 * Accuracy; network/block-luck.ts reads the walk net of the luck).
 */
export function smoothedLogReturns(series: ArrayLike<number>, w: Window, span = 7): Float64Array {
  const from = Math.min(w.to, w.from + span);
  const n = Math.max(0, w.to - from - 1);
  const out = new Float64Array(n);
  const mean = (end: number) => {
    let s = 0;
    for (let j = end - span + 1; j <= end; j++) s += series[j];
    return s / span;
  };
  for (let i = 0; i < n; i++) out[i] = Math.log(mean(from + i + 1) / mean(from + i));
  return out;
}

/** Fees as a share of new coins over the window: sum of fees / sum of issuance. */
export function estimateFeeShare(fees: ArrayLike<number>, issuance: ArrayLike<number>, w: Window): number {
  let f = 0;
  let s = 0;
  for (let i = w.from; i < w.to; i++) {
    f += fees[i];
    s += issuance[i];
  }
  return s > 0 ? f / s : 0;
}
