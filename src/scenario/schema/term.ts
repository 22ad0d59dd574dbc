// A financing contract's term (a loan's, a lease's, a swap's): a duration that is whole months,
// as the contract pays or settles them (model/finance/term.ts). A term that is not (45 days) is
// refused with the whole-month terms on either side, never rounded to one.
import { schemaMessages as m } from '../../messages/schema.js';
import { DAYS_PER_MONTH } from '../../model/finance/loan.js';
import { MONTH_SLACK_DAYS, monthsAround, wholeMonths } from '../../model/finance/term.js';
import { LIMITS } from './limits.js';
import { quantity } from './quantity.js';

const WHOLE_MONTHS =
  "Whole months of 30.4375 days (a twelfth of 365.25) counted from the contract's first day, not calendar months: `24 months`, `2 years`; a term in days or weeks must be within half a day of whole months (`30 days`, `91 days`, `365 days`), and any other (`45 days`) is refused, not rounded.";

/** A contract's term in days (canonical), whole months to within half a day. */
export function contractTerm(description: string) {
  return quantity('duration', {
    description: `${description} ${WHOLE_MONTHS}`,
    min: DAYS_PER_MONTH - MONTH_SLACK_DAYS,
    max: LIMITS.durationDays,
    shownMin: '1 month',
    shownMax: LIMITS.shownDuration,
    check: (days) =>
      Number.isNaN(wholeMonths(days))
        ? m.notWholeMonths(days, days / DAYS_PER_MONTH, ...monthsAround(days))
        : undefined,
  });
}
