// What the headline tables (headline.ts, backtest-table.ts, claims-tables.ts) and the terminal's
// headline say a payback and the machines' resale value are, and how a payback day reads: one
// wording for every table of a run and of a back-test.

import { daysBetween } from '../data/dates.js';
import { backtestMessages } from '../messages/backtest.js';
import { powerCostMessages } from '../messages/break-even.js';
import { paybackMessages } from '../messages/payback.js';
import type { RunSummary } from '../stats/summary.js';
import { marketAllTheSame } from './distribution-table.js';
import { formatDayAsDate, formatInteger, formatPaths } from './format.js';
import { paybackUndecidedAtCut, stagedFleetLastPurchase, stagedFleetNote } from './staged-fleet.js';

/** A payback day the run did not reach within its horizon. */
export const NOT_PAID_BACK = 'not within the horizon';

/** What "paid back" means in every table and chart, under every treasury. */
export const PAYBACK_DEFINITION =
  'Paid back: the first day the net position (cash, plus any coins held at that day’s price, after the ' +
  'capex; machines sold on their retire day count at what they fetched, the machines still held are not ' +
  'valued) is back at zero or above after the capex, or losses, ' +
  'put it below zero. It can fall below zero again later, on power bills or, with coins held, on the ' +
  'price. A position that never falls below zero (nothing at stake) counts as paid back on day 0.';

/** Which returns count the machines' resale value, said wherever they are shown. */
export const SALVAGE_NOTE =
  'Net position and ROI (“no salvage”) count the machines sold on their retire day at what they fetched and ' +
  'leave out the resale value of the machines still held; NPV, IRR, ROI with salvage and the all-in cost per ' +
  'coin count that too (the surviving machines at their salvage value at the horizon).';

/**
 * Why a run has one outcome: one path was run, or nothing in the scenario is random, or the paths'
 * markets differ but the fleet makes nothing of them (distribution-table.ts marketAllTheSame()).
 */
export function oneOutcome(summary: Pick<RunSummary, 'run' | 'timeline'>): string {
  if (summary.run.paths === 1) return 'One path was run';
  const why = marketAllTheSame(summary)
    ? 'nothing in the scenario is random'
    : 'their price or difficulty differ, but not what the fleet made of them';
  return `Every one of the ${formatPaths(summary.run.paths)} came out the same (${why})`;
}

/** The definition of a payback, with a fleet bought in stages' last purchase (staged-fleet.ts). */
export function paybackDefinition(summary: RunSummary): string {
  return `${PAYBACK_DEFINITION}${stagedFleetNote(summary)}`;
}

/**
 * How a payback day reads: in a report's row and the terminal (`row`), or in the batch index's cells
 * (`cell`, fewer words: batch-cells.ts).
 */
const PAID_BACK_WORDS = {
  row: {
    notByCut: backtestMessages.noPaybackByCut,
    nothingAtStake: paybackMessages.nothingAtStakeOne,
    day: (day: number, date: string) => `day ${formatInteger(day)} (${date})`,
  },
  cell: {
    notByCut: backtestMessages.noPaybackByCut,
    nothingAtStake: paybackMessages.nothingAtStakeCell,
    day: (day: number, date: string) => `${formatInteger(day)} d (${date})`,
  },
} as const;

/**
 * A payback day and its date. `cutAt`: where a run or its back-test stopped, the history's end,
 * before the horizon; `undecided`: what a payback not reached by then reads where the fleet's last
 * purchase falls after the cut (staged-fleet.ts paybackUndecidedAtCut()); `words`: a row's or an
 * index cell's.
 */
export function paidBackOn(
  start: string,
  day: number | null,
  cutAt?: string,
  undecided: string | null = null,
  words: keyof typeof PAID_BACK_WORDS = 'row',
): string {
  const w = PAID_BACK_WORDS[words];
  if (day === null) return cutAt === undefined ? NOT_PAID_BACK : (undecided ?? w.notByCut(cutAt));
  // Day 0 is no payback but a position never below zero (PAYBACK_DEFINITION).
  if (day === 0) return w.nothingAtStake(formatDayAsDate(start, 0));
  return w.day(day, formatDayAsDate(start, day));
}

/**
 * The run's back-test on the actual history: when it stops before the horizon, by the history's
 * end. The terminal's headline says the same where it does not pay back.
 */
export function actualPaidBackOn(summary: RunSummary, actual: NonNullable<RunSummary['actual']>): string {
  const cutAt = actual.cutAt ?? summary.scenario.cutAt;
  if (actual.paybackDay !== null || cutAt !== undefined)
    return paidBackOn(
      summary.scenario.start,
      actual.paybackDay,
      cutAt,
      paybackUndecidedAtCut(summary, cutAt),
    );
  // Its series stop at the last checkpoint within the history, which ends before the horizon.
  const last = actual.dates.at(-1);
  if (last === undefined || last >= summary.scenario.end) return NOT_PAID_BACK;
  // The checkpoints are weekly (engine/kernel/checkpoints.ts): the history ends within 6 days of
  // the last, so a last purchase a week or more after it falls after the history, from which the
  // back-test can decide no payback (staged-fleet.ts).
  const purchase = stagedFleetLastPurchase(summary);
  const afterHistory =
    purchase !== null && purchase >= daysBetween(summary.scenario.start, last) + CHECKPOINT_DAYS;
  return afterHistory
    ? backtestMessages.noPaybackInHistoryBeforePurchase(formatDayAsDate(summary.scenario.start, purchase))
    : backtestMessages.noPaybackInHistory();
}

/** Days between two weekly checkpoints of the run's series. */
const CHECKPOINT_DAYS = 7;

/** The returns tables' cost of power row, in a run's tables and a back-test's alike. */
export function powerCostLabel(summary: Pick<RunSummary, 'dailyView' | 'scenario'>): string {
  return powerCostMessages.row(breakEvenIsAllInRate(summary), summary.scenario.curtailmentCredits);
}

/** Whether the run's break-even tariff is an all-in hosting rate (engine/kernel/breakeven.ts). */
export function breakEvenIsAllInRate(summary: Pick<RunSummary, 'dailyView'>): boolean {
  return summary.dailyView?.hosting?.basis === 'all-in';
}
