// How numbers read in the analyst-facing outputs (summary.md, report.html, chart subtitles).
// Machine-facing outputs (summary.json, the CSVs) keep full precision and never pass through here.
// Formatting is fixed to en-US so a report does not change with the machine's locale.

import { addDays } from '../data/dates.js';
import type { Estimate } from '../stats/summary.js';

/** What a missing value prints as: a quantile that does not exist, e.g. payback on a path that never pays back. */
export const NONE = '—';

// Made on first use, like every Intl object of minesim (see src/scenario/units.ts).
let integerFormat: Intl.NumberFormat | undefined;
const integer = {
  format(value: number): string {
    integerFormat ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
    return integerFormat.format(value);
  },
};

function significant(value: number, digits: number): string {
  return new Intl.NumberFormat('en-US', { maximumSignificantDigits: digits }).format(value);
}

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

/** A probability to 3 decimals: 0.575. */
export function formatProbability(p: number): string {
  return p.toFixed(3);
}

/**
 * An estimated probability with its Monte Carlo standard error: 0.575 ± 0.016; a share the run
 * cannot judge (null: a payback time past its horizon) is — with why.
 */
export function formatEstimate(e: Estimate | null): string {
  return e === null ? `${NONE} (past the horizon)` : `${formatProbability(e.p)} ± ${e.se.toFixed(3)}`;
}

/** A ratio as a percentage, 3 significant digits: 1.1716 -> 117 %. */
export function formatPercent(ratio: number | null): string {
  return ratio === null ? NONE : `${significant(ratio * 100, 3)} %`;
}

/** The calendar date `days` after the start: payback day 283 of a 2017-05-17 run -> 2018-02-24. */
export function formatDayAsDate(start: string, days: number | null): string {
  return days === null ? NONE : addDays(start, Math.round(days));
}

/** A quantity with its unit, 4 significant digits: 26.93 BTC, 0.155 USD/kWh. */
export function formatQuantity(value: number | null, unit: string): string {
  return value === null ? NONE : `${significant(value, 4)} ${unit}`;
}
