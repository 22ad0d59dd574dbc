// How numbers read in the analyst-facing outputs (summary.md, report.html, chart subtitles).
// Machine-facing outputs (summary.json, the CSVs) keep full precision and never pass through here.
// Formatting is fixed to en-US so a report does not change with the machine's locale.

import { addDays, formatDay, LAST_FOUR_DIGIT_DAY, parseIsoDate } from '../data/dates.js';
import { paybackMessages } from '../messages/payback.js';
import { perCoinMessages } from '../messages/per-coin.js';
import { DOUBLE_DIGITS, largeFigure, tinyFigure } from '../messages/shown.js';
import { shareInterval } from '../stats/shares.js';
import type { Distribution, Estimate, QuantileKey } from '../stats/summary.js';
import { beside } from './bound-digits.js';

/** What a missing value prints as: a quantile that does not exist, e.g. payback on a path that never pays back. */
export const NONE = '—';

// Made on first use, like every Intl object of minesim (see src/scenario/units.ts).
let integerFormat: Intl.NumberFormat | undefined;
// Intl prints -0, and any negative that rounds to it, as "-0": a zero (of either sign) prints 0, and
// a value that is not zero but rounds to it keeps one significant digit (-0.3, 0.004), so neither a
// sign nor a value other than zero is lost.
const integer = {
  format(value: number): string {
    if (value === 0) return '0';
    if (Math.abs(value) < 0.5) return significant(value, 1);
    // From 1e15 whole units run past the 15 digits a double holds: those digits, in exponent form.
    const large = largeFigure(value, DOUBLE_DIGITS);
    if (large !== undefined) return large;
    integerFormat ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
    return integerFormat.format(value);
  },
};

function significant(value: number, digits: number): string {
  if (value === 0) return '0';
  const tiny = tinyFigure(value, digits) ?? largeFigure(value, digits);
  if (tiny !== undefined) return tiny;
  return new Intl.NumberFormat('en-US', { maximumSignificantDigits: digits }).format(value);
}

/** Most decimals of a probability: a share of a million paths is a whole number of millionths. */
const PROBABILITY_DECIMALS = 9;

/** 27,000 USD; amounts are rounded to whole dollars, which no simulation resolves anyway. */
export function formatUsd(value: number | null): string {
  return value === null ? NONE : `${integer.format(value)} USD`;
}

/**
 * A coin's price in USD, for cells whose row or column names the unit: whole dollars from 1,000 up
 * (94,503), else 4 significant digits (27.31, 0.08584), so a cheap coin's price never rounds to 0.
 */
export function formatCoinPrice(value: number | null): string {
  return value === null ? NONE : Math.abs(value) >= 1000 ? integer.format(value) : significant(value, 4);
}

/** A whole number with thousands separators, for table cells whose row or column names the unit: 27,000. */
export function formatInteger(value: number | null): string {
  return value === null ? NONE : integer.format(value);
}

/** A count of paths: `1 path`, `10,000 paths`. */
export function formatPaths(paths: number): string {
  return `${integer.format(paths)} ${paths === 1 ? 'path' : 'paths'}`;
}

/** A number to `digits` significant digits, for table cells whose row or column names the unit: 21.73. */
export function formatSignificant(value: number | null, digits = 4): string {
  return value === null ? NONE : significant(value, digits);
}

/**
 * A probability to 3 decimals, 0.575; or more where 3 would print a share strictly between 0 and 1
 * as 0 or 1 (0.9996 as 1.000 beside "never pay back"), or put it onto or past one of `bounds` (a
 * claim's threshold): 0.9996, 0.0004, 0.4996 beside 0.5.
 */
export function formatProbability(p: number, bounds: readonly number[] = []): string {
  // Read to 9 decimals first: a Wilson interval's end of 0.9999999999999999 is 1 (its share is 1),
  // not a share short of all, and would otherwise print as 1.000000000.
  return beside(Number(p.toFixed(PROBABILITY_DECIMALS)), [0, 1, ...bounds], 3, PROBABILITY_DECIMALS);
}

/**
 * A share of 0 or 1 (`shown`) with its 95 % bound, rounded outwards: 0.000 (95 % ≤ 0.072),
 * 1.000 (95 % ≥ 0.928).
 */
export function withBound(shown: string, p: number, bound: number): string {
  const text = formatProbability(bound);
  const decimals = text.length - text.indexOf('.') - 1;
  const scale = 10 ** decimals;
  const outward = (p === 0 ? Math.ceil(bound * scale) : Math.floor(bound * scale)) / scale;
  return `${shown} (95 % ${p === 0 ? '≤' : '≥'} ${outward.toFixed(decimals)})`;
}

/**
 * An estimated probability with its Monte Carlo standard error, to as many decimals as the
 * probability, both to the error's first significant digit where that has more: 0.575 ± 0.016,
 * 0.9996 ± 0.0002, 0.0007 ± 0.0003; a share the run cannot judge (null: a payback time
 * past its horizon, or past `cutAt` where it stops at the end of the history) is — with why.
 * A share of 0 or 1 over `paths` paths (more than one) has a standard error of 0, which is no
 * uncertainty at all: it is printed with its 95 % Wilson bound instead, rounded outwards (0 of 50
 * paths: 0.000 (95 % ≤ 0.072); 50 of 50: 1.000 (95 % ≥ 0.928)); under antithetic pairs, over
 * the pairs (quantiles.ts shareInterval: 0 of 50 paths in pairs, 25 draws: 0.000 (95 % ≤ 0.134)).
 */
export function formatEstimate(
  e: Estimate | null,
  bounds: readonly number[] = [],
  cutAt?: string,
  paths?: number,
  antithetic = false,
): string {
  // `cutAt`: the run stopped where the history ends, before the horizon; the time is past that.
  if (e === null)
    return cutAt === undefined
      ? `${NONE} (past the horizon)`
      : `${NONE} (past ${cutAt}, the end of the history)`;
  const shown = formatProbability(e.p, bounds);
  if (paths !== undefined && paths > 1 && e.se === 0 && (e.p === 0 || e.p === 1)) {
    const [low, high] = shareInterval(e, paths, antithetic);
    return withBound(shown, e.p, e.p === 0 ? high : low);
  }
  // A standard error that is not zero keeps one significant digit, and the probability as many
  // decimals: 0.0007 ± 0.00026 printed `0.001 ± 0.000`, as if the share were known to the digit.
  const decimals = shown.length - shown.indexOf('.') - 1;
  let d = decimals;
  while (e.se > 0 && Number(e.se.toFixed(d)) === 0 && d < PROBABILITY_DECIMALS) d++;
  // An error below the last decimal a probability is given to (a rounding's 1e-17) shows no digit
  // at any: the probability keeps its own decimals.
  if (Number(e.se.toFixed(d)) === 0) d = decimals;
  const p =
    d === decimals
      ? shown
      : beside(Number(e.p.toFixed(PROBABILITY_DECIMALS)), [0, 1, ...bounds], d, PROBABILITY_DECIMALS);
  return `${p} ± ${e.se.toFixed(d)}`;
}

/**
 * An estimated share with its Monte Carlo error in percent, the digits formatEstimate gives the
 * tables moved two places (0.210 ± 0.024 -> 21.0 % ± 2.4 %; 0.000 (95 % ≤ 0.072) -> 0.0 % (95 % ≤
 * 7.2 %)), for a chart whose axis reads in percent.
 */
export function formatEstimatePercent(
  e: Estimate | null,
  cutAt?: string,
  paths?: number,
  antithetic = false,
): string {
  if (e === null) return formatEstimate(e, [], cutAt, paths, antithetic);
  return formatEstimate(e, [], cutAt, paths, antithetic).replace(
    /(\d+)\.(\d+)/g,
    (_, whole: string, fraction: string) => {
      const digits = `${whole}${fraction.slice(0, 2).padEnd(2, '0')}`.replace(/^0+(?=\d)/, '');
      const rest = fraction.slice(2);
      return `${digits}${rest === '' ? '' : `.${rest}`} %`;
    },
  );
}

/**
 * An end of a share's 95 % interval (a share in 0-1: of paths, of a fleet's capacity), to a share's
 * 3 decimals and rounded outwards, so the printed interval holds the true one: a low end down, a
 * high end up. A bin edge just above 0 (1e-21, the first edge of a histogram of shares that are
 * nearly all 0) ends at 0.001, never at 0.000 (which would leave it out), nor as 0.000000000000000000001.
 */
export function formatShareEnd(x: number, end: 'low' | 'high'): string {
  const step = 10 ** -SHARE_END_DECIMALS;
  let r = Number(x.toFixed(SHARE_END_DECIMALS));
  if (end === 'high' && r < x) r += step;
  if (end === 'low' && r > x) r -= step;
  return Math.min(1, Math.max(0, r)).toFixed(SHARE_END_DECIMALS);
}

/** A share's decimals (formatProbability's, away from 0 and 1). */
const SHARE_END_DECIMALS = 3;

/** A ratio as a percentage, 3 significant digits: 1.1716 -> 117 %. */
export function formatPercent(ratio: number | null): string {
  return ratio === null ? NONE : `${significant(ratio * 100, 3)} %`;
}

/**
 * A share (of paths, of a fleet) as a percentage without its sign, 3 significant digits, 34.2; or
 * more where those would print a share short of all as 100 (0.99996 as 100 beside a bar of paths
 * that never pay back): 99.996.
 */
export function sharePercent(share: number): string {
  const text = significant(share * 100, 3);
  return share > 0 && share < 1 && (text === '100' || text === '0')
    ? beside(share * 100, [0, 100], 0, PROBABILITY_DECIMALS)
    : text;
}

/**
 * An ROI as a percentage without its unit, 3 significant digits (-81.4, 529,000); or more where
 * those would print a loss short of the capex, or one past it, as -100, the figure of a total loss
 * (money put in and nothing back): -99.98, -100.000004.
 */
export function roiPercent(ratio: number | null): string {
  if (ratio === null) return NONE;
  const text = significant(ratio * 100, 3);
  return text === '-100' && ratio !== -1 ? beside(ratio * 100, [-100], 0, PROBABILITY_DECIMALS) : text;
}

/** An ROI as a percentage with its unit: -81.4 %, -99.98 % (roiPercent). */
export function formatRoi(ratio: number | null): string {
  return ratio === null ? NONE : `${roiPercent(ratio)} %`;
}

/** A share as a percentage: 34.2 %, 99.996 % (sharePercent). */
export function formatShare(share: number | null): string {
  return share === null ? NONE : `${sharePercent(share)} %`;
}

/**
 * The calendar date `days` after the start: payback day 283 of a 2017-05-17 run -> 2018-02-24. A
 * day past 9999-12-31 (a payback held fixed thousands of years off) reads "after 9999-12-31": no
 * date of its own, which past 1e8 days from 1970 a date cannot even hold.
 */
export function formatDayAsDate(start: string, days: number | null): string {
  if (days === null) return NONE;
  const day = Math.round(days);
  return parseIsoDate(start) + day > LAST_FOUR_DIGIT_DAY
    ? paybackMessages.afterLastDate(formatDay(LAST_FOUR_DIGIT_DAY))
    : addDays(start, day);
}

/** A quantity with its unit, 4 significant digits: 26.93 BTC, 0.155 USD/kWh. */
export function formatQuantity(value: number | null, unit: string): string {
  return value === null ? NONE : `${significant(value, 4)} ${unit}`;
}

/**
 * A quantile's 95 % interval (summary.json's `intervals`, stats/quantile-interval.ts): "205 d to
 * 236 d", each end by `format`, for a label or column that says it is the 95 % interval. An end that is null is a payback not reached: past `end` (the
 * horizon, or the end of the history where the run stops there). Too few paths: said so.
 */
/**
 * A median's 95 % interval as formatQuantileInterval() writes it, or null where the measure has no
 * median to give one of: no path has a value (an IRR on none), or none was searched (a break-even
 * the run did not look for). Too few paths for an interval: said so.
 */
export function formatMedianInterval(
  d: Distribution | undefined,
  format: (value: number) => string,
  cutAt?: string,
): string | null {
  if (d === undefined || d.paths === 0) return null;
  if (d.quantiles.p50 === null && d.intervals === undefined && d.mean === null && d.paths === undefined)
    return null;
  return formatQuantileInterval(d, 'p50', format, cutAt);
}

export function formatQuantileInterval(
  d: Distribution,
  key: QuantileKey,
  format: (value: number) => string,
  cutAt?: string,
  /**
   * What an end not reached is instead of "past" the run's end: a payback a run cut before the
   * fleet's last purchase cannot decide (staged-fleet.ts intervalUndecided).
   */
  notReached?: string,
): string {
  const interval = d.intervals?.[key];
  if (interval === undefined || interval === null) return paybackMessages.intervalTooFew;
  const end = paybackMessages.runEnd(cutAt);
  // A cost per coin's end among the paths that mined no coin (+Infinity, stats/quantiles.ts).
  const beyond = notReached ?? (d.infinite === undefined ? undefined : perCoinMessages.noCoin);
  if (interval.low === null) return beyond ?? paybackMessages.intervalPast(end);
  return paybackMessages.interval(
    format(interval.low),
    interval.high === null ? (beyond ?? paybackMessages.pastEnd(end)) : format(interval.high),
  );
}
