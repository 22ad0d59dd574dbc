// Schema fields shared by several market models (drift, volatility, a calibration window, the
// partial-window switch), with the bounds the reference docs show.
import { z } from 'zod';
import { LIMITS } from '../../scenario/schema/limits.js';
import { quantity } from '../../scenario/schema/quantity.js';

export const drift = () =>
  quantity('rate-per-year', {
    description: 'Expected log growth per year, e.g. `40 %` (a bare number is a fraction).',
    min: -LIMITS.driftPerYear,
    max: LIMITS.driftPerYear,
    shownMin: `-${LIMITS.shownDrift}`,
    shownMax: LIMITS.shownDrift,
  });
/** The most a volatility may be, a year (1000 %). */
export const MAX_VOLATILITY = 10;
export const volatility = () =>
  quantity('rate-per-year', {
    description:
      'Annualised volatility of daily log changes, e.g. `80 %`; one per month or day grows with the square root of time (`20 %/month` is 69.3 % a year).',
    perYear: 'volatility',
    min: 0,
    max: MAX_VOLATILITY,
    shownMin: '0 %',
    shownMax: '1,000 %',
  });
/**
 * A calibration window. `estimated`: the window yields a rate of change or a spread (a drift, a
 * growth rate, a volatility), which takes at least LIMITS.minCalibrationDays: a window of a day or
 * two holds too few daily changes to estimate one, and the estimate fell back to 0. Otherwise (a
 * level, such as the fee share) it holds at least one whole day: a window is counted in days, and
 * one under half a day rounded to none, a share of 0.
 */
export const calibrate = (what: string, estimated = true) =>
  quantity('duration', {
    description: `Estimate ${what} from this much history strictly before the start date, e.g. \`2 years\`; values given explicitly win. It is rounded to whole days, the last the day before the start: \`1 year\` is the 365 days to it, \`2 years\` 731.${estimated ? ` At least ${LIMITS.minCalibrationDays} days.` : ''}`,
    min: estimated ? LIMITS.minCalibrationDays : 1,
    max: LIMITS.durationDays,
    shownMin: estimated ? `${LIMITS.minCalibrationDays} days` : '1 day',
    shownMax: LIMITS.shownDuration,
  }).optional();
export const partial = () =>
  z.enum(['refused', 'allowed']).default('refused').meta({
    description:
      'Whether a calibration window that the history covers only in part may be used (`allowed`: the assumptions table says how many days were used; at least 30 are needed). Default `refused`: the window must lie inside the history.',
  });
