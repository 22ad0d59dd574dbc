// What summary.json says of a run or a back-test cut at the end of the history (a payback it
// cannot decide, the contracts still open at the cut), and the day format its dates are written in.
import { z } from 'zod';

/** A day, as every date of summary.json is written. */
export const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * A payback a run (or a back-test) cut at the end of the history cannot decide: the fleet is bought
 * in stages and its last purchase, from which a payback counts, falls after the cut (stats/staged-cut.ts).
 */
export const undecidedAtCutSchema = z.strictObject({
  cutAt: date.meta({ description: 'The last day simulated: the end of the history.' }),
  lastPurchaseDay: z.int().meta({ description: 'The fleet’s last purchase, days from the start.' }),
  lastPurchaseDate: date,
});
/** A book item open at the cut of a back-test at the end of the shipped history (actual.booksAtCut). */
export const bookAtCutSchema = z.strictObject({
  kind: z.enum(['hashprice-swap', 'price-swap', 'put', 'call', 'loan', 'lease']),
  name: z.string().meta({ description: "The contract's name (a lease: its cohort's)." }),
  counted: z.enum(['not-counted', 'repaid-at-cut', 'bought-out-at-cut']).meta({
    description:
      '`not-counted`: a hedge whose settlements after the cut are left out of the equity (its premium, paid on its first ' +
      'day, is counted when that day is within the history), or a loan drawn after the cut; `repaid-at-cut`: a loan whose ' +
      'balance left is repaid on the last day of the history, with the interest accrued since its last payment (as a ' +
      'balloon at the horizon); `bought-out-at-cut`: a lease whose payments left, undiscounted, and residual are paid ' +
      'on that day, so the machines valued at the cut are paid for.',
  }),
  settlementsLeft: z.int().optional().meta({
    description:
      "A hedge: settlements after the cut (a swap's months, the one in progress included; an option's 1).",
  }),
  lastSettlement: date.optional().meta({
    description:
      "A hedge: the day its last settlement was due (a swap's last month's last day, an option's expiry).",
  }),
  paymentsLeft: z.int().optional().meta({
    description:
      "A loan or a lease: its monthly payments due after the cut, within the horizon (a balloon loan's later ones are never due: its balloon repays them).",
  }),
  amountUsd: z.number().optional().meta({
    description:
      'A loan: the balance repaid at the cut (before the interest accrued); a lease: its payments left and residual paid at the cut.',
  }),
});
