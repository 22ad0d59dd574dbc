// The charts' axes of time: dates (UTC, labelled by month or by day as the span needs) and the
// payback charts' time since the start (days or years), with a date's tooltip line.

import { DAYS_PER_RATE_YEAR } from '../../scenario/units.js';

/**
 * The payback charts' unit of time since the start: days for a horizon under a year (in years a
 * 30-day run's ticks read 0.005, 0.010 ...), else years (365.25 days, as the claims count them).
 */
export function paybackTimeUnit(days: number): { perUnit: number; name: 'days' | 'years' } {
  return days < 365 ? { perUnit: 1, name: 'days' } : { perUnit: DAYS_PER_RATE_YEAR, name: 'years' };
}

/** Below this many days from the first date to the last, an axis labels dates, not months. */
const SHORT_SPAN_DAYS = 183;

/**
 * A date axis over the timeline's `dates` with about `ticks` labels. Over half a year or more, month
 * and year ("May 2017"); a shorter run has ticks within a month, which "%b %Y" labelled alike (a
 * 30-day run read "May 2017" seven times), so it is labelled at the timeline's own dates
 * (2017-05-24), every k-th of them, at most `ticks`.
 */
export function dateAxis(dates: readonly string[], ticks: number) {
  const first = dates[0];
  const last = dates[dates.length - 1];
  const span =
    first === undefined
      ? 0
      : (Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000;
  if (span >= SHORT_SPAN_DAYS) return { format: '%b %Y', labelAngle: 0, tickCount: ticks };
  const every = Math.max(1, Math.ceil(dates.length / Math.min(ticks, 7)));
  const values = dates.filter((_, i) => i % every === 0).map((d) => Date.parse(`${d}T00:00:00Z`));
  return { format: '%Y-%m-%d', labelAngle: 0, values };
}

/**
 * The x axis as calendar dates (UTC, so no viewer's time zone moves a week across a boundary), its
 * labels as dateAxis() gives them for the timeline's `dates`. It carries no field: set at the top of
 * a layered chart it styles the axis, and each layer names its own field, so a layer without dates
 * (a horizontal rule) is not tied to them.
 */
export function dateX(dates: readonly string[], title = 'Date (UTC)') {
  return {
    type: 'temporal' as const,
    title,
    scale: { type: 'utc' as const },
    axis: dateAxis(dates, 10),
  };
}

/**
 * A calendar date's field as a UTC day (data/dates.ts). Its tooltip or description is then
 * formatted in UTC, as the axes are (dateX): vega-lite's default formats a date in the viewer's
 * local time, which reads the day before anywhere west of UTC (2017-05-16 for 2017-05-17 in New York).
 */
export const UTC_DAY = { type: 'temporal' as const, timeUnit: 'utcyearmonthdate' as const };

/** Tooltip line for a date field, `2017-05-17`, formatted the same way on every chart. */
export function dateTooltip(field: string, title: string) {
  return { field, ...UTC_DAY, title, format: '%Y-%m-%d' };
}

/** Tooltip line for the date of a row. */
export const DATE_TOOLTIP = dateTooltip('date', 'Date');
