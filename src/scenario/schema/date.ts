// A calendar date as a scenario writes it (`2017-05-17`, UTC), held to the days a run may start on
// or reach; kept as the ISO string.
import { z } from 'zod';
import { isIsoDate } from '../../data/dates.js';
import { schemaMessages as m } from '../../messages/schema.js';
import { LIMITS } from './limits.js';
import { EDITOR_KEYWORD } from './quantity.js';

/** The days a run may start on: Bitcoin's first year to the end of the century. */
export const FIRST_DATE = LIMITS.firstDate;
export const LAST_DATE = LIMITS.lastDate;
/**
 * The last day a run can reach: a start on LAST_DATE and a horizon of 100 years (36,525 days,
 * its last day 36,524 days on). A day inside the horizon (a purchase, a retirement, a tariff's
 * change, a contract's) may be named up to it.
 */
export const LAST_RUN_DATE = '2200-12-31';

/** A calendar date `YYYY-MM-DD` (UTC), from FIRST_DATE to `last`. Kept as the ISO string. */
export function isoDate(description: string, last: string = LAST_RUN_DATE) {
  return z
    .string()
    .transform((input, ctx) => {
      if (!isIsoDate(input)) {
        ctx.addIssue({ code: 'custom', message: m.badDate(input), input });
        return z.NEVER;
      }
      // ISO dates compare as text.
      if (input < FIRST_DATE || input > last) {
        ctx.addIssue({ code: 'custom', message: m.dateOutOfRange(FIRST_DATE, last), input });
        return z.NEVER;
      }
      return input;
    })
    .meta({
      description,
      format: 'date',
      examples: ['2017-05-17'],
      ...(DATE_PATTERNS[last] ? { [EDITOR_KEYWORD]: { pattern: DATE_PATTERNS[last] } } : {}),
    });
}

/**
 * A date `YYYY-MM-DD` in the years from FIRST_DATE's to a last day that ends its year, for an
 * editor (the `date` format checks the day is one of its month's).
 */
const DATE_PATTERNS: Readonly<Record<string, string>> = {
  [LAST_DATE]: String.raw`^(?:2009|20[1-9]\d|2100)-\d{2}-\d{2}$`,
  [LAST_RUN_DATE]: String.raw`^(?:2009|20[1-9]\d|21\d{2}|2200)-\d{2}-\d{2}$`,
};
