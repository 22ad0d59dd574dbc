// The headline's measures of a run with financing or tax: the equity's, the after-tax, the costs per
// coin, the hedges' and the covenant's, and the equity's payback a cut leaves undecided.

import { addDays } from '../data/dates.js';
import { irrDistribution } from './irr-distribution.js';
import type { Outcomes } from './outcomes.js';
import { distribution } from './quantiles.js';
import { proportion } from './shares.js';
import type { RunSummary } from './summary.js';
import type { SummaryInput } from './summary-input.js';

/** The equity, after-tax and cost-per-coin measures of a run with financing or tax. */
export function booksHeadline(
  o: Outcomes,
  antithetic: boolean,
  hedged: boolean,
  coinHedged: boolean,
  covenant: boolean,
  taxed: boolean,
  scratch: Float64Array,
): Partial<RunSummary['headline']> {
  const n = o.paybackDay.length;
  const flag = (column: Float64Array) => {
    const holds = new Uint8Array(n);
    for (let k = 0; k < n; k++) holds[k] = column[k] === 1 ? 1 : 0;
    return proportion(holds, antithetic);
  };
  const never = new Uint8Array(n);
  // Day 0 is the books' answer for an equity whose position never fell below zero: a payback
  // needs a day below zero before it, so day 0 is never one (kernel/books.ts).
  const nothingAtStake = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    never[k] = Number.isNaN(o.equityPaybackDay[k]) ? 1 : 0;
    nothingAtStake[k] = o.equityPaybackDay[k] === 0 ? 1 : 0;
  }
  return {
    ...(covenant ? { marginCall: flag(o.marginCall), default: flag(o.defaulted) } : {}),
    equityNoPayback: proportion(never, antithetic),
    equityNothingAtStake: proportion(nothingAtStake, antithetic),
    equityPaybackDays: distribution(o.equityPaybackDay, Number.POSITIVE_INFINITY, antithetic, scratch),
    equityNpvUsd: distribution(o.equityNpvUsd, undefined, antithetic, scratch),
    // NaN: as the project's IRR (see summarize), over the equity's flows (after a default, its hedges' and their tax alone); an equity
    // that lost all it put in (a default with nothing paid out) is -100 %.
    equityIrr: irrDistribution(o.equityIrr, antithetic, scratch),
    ...(taxed
      ? {
          afterTaxNpvUsd: distribution(o.afterTaxNpvUsd, undefined, antithetic, scratch),
          afterTaxIrr: irrDistribution(o.afterTaxIrr, antithetic, scratch),
          taxPaidUsd: distribution(o.taxPaidUsd, undefined, antithetic, scratch),
          lossCarriedUsd: distribution(o.lossCarriedUsd, undefined, antithetic, scratch),
        }
      : {}),
    // NaN: no coin mined and no cost; the all-in cost also on every path of a scenario without
    // depreciation. +Infinity: no coin mined, costs paid (ranked last, as the project's).
    cashCostPerCoinUsd: distribution(o.cashCostPerCoinUsd, undefined, antithetic, scratch, true),
    allInCostPerCoinUsd: distribution(o.allInCostPerCoinUsd, undefined, antithetic, scratch, true),
    ...(hedged ? { hedgeNetUsd: distribution(o.hedgeNetUsd, undefined, antithetic, scratch) } : {}),
    // +Infinity: a path that mined no coin over a hedge's days (ranked last).
    ...(coinHedged
      ? {
          overHedged: flag(o.overHedged),
          hedgedShare: distribution(o.hedgedShare, undefined, antithetic, scratch, true),
        }
      : {}),
  };
}

/**
 * In a run cut at the end of the history before the first day the equity's payback can fall on
 * (its last purchase or a lease's buyout): the share of paths whose equity payback the cut cannot
 * decide, those with no default by then (a default moves that day to its own: kernel/books.ts).
 * Absent otherwise.
 */
export function equityUndecidedAtCut(
  input: SummaryInput,
): Pick<RunSummary['headline'], 'equityUndecidedAtCut'> {
  const from = input.equityPaybackFromDay;
  const days = input.payback.length - 1;
  if (input.scenario.cutAt === undefined || from === undefined || from < days) return {};
  const o = input.outcomes;
  const n = o.equityPaybackDay.length;
  const undecided = new Uint8Array(n);
  for (let k = 0; k < n; k++)
    undecided[k] = Number.isNaN(o.equityPaybackDay[k]) && o.defaulted[k] !== 1 ? 1 : 0;
  return {
    equityUndecidedAtCut: {
      ...proportion(undecided, input.antithetic),
      fromDay: from,
      fromDate: addDays(input.scenario.start, from),
    },
  };
}
