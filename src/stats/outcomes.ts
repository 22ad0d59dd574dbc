// The per-path outcomes a run keeps for every path (a million paths: 80 MB) and summarises into
// summary.json's headline. One table: the chunk's per-path scalars are laid out in this order, and
// the names are the summary's field names.
import { type Slots, slotsOf } from './layout.js';

export const OUTCOMES = [
  /** First day the net position is >= 0; NaN = no payback within the horizon. */
  'paybackDay',
  'netAtHorizonUsd',
  'roiAtHorizon',
  'roiWithSalvage',
  'npvUsd',
  'irr',
  'coinsMined',
  'costPerCoinUsd',
  /** Power bill (under an all-in hosting rate, what the rate charges) minus curtailment credits over the horizon, USD. */
  'powerCostNetUsd',
  // With financing or tax only (engine/books.ts); the summary leaves them out otherwise.
  /** First day the equity's net position is >= 0; NaN = never within the horizon. */
  'equityPaybackDay',
  /** The equity's net position on the last day (the timeline's last week); no unrealized salvage. */
  'equityNetAtHorizonUsd',
  'equityNpvUsd',
  'equityIrr',
  'afterTaxNpvUsd',
  'afterTaxIrr',
  /** 1 on a path with a margin call, else 0. */
  'marginCall',
  /** 1 on a path where the lender took the machines, else 0. */
  'defaulted',
  'cashCostPerCoinUsd',
  /** The hedges' settlements and premiums, received less paid, over the equity's life, USD (0 without hedges). */
  'hedgeNetUsd',
  /** 1 on a path where a forward or a hedging option was larger than the coins mined over one of its months. */
  'overHedged',
  /** The largest share a forward or a hedging option took of the coins mined over its own days. */
  'hedgedShare',
  /** With a tax rule: the income tax the equity paid over the horizon, USD (0 without one). */
  'taxPaidUsd',
  /** With a tax rule: the equity's tax losses carried forward and left unused at the horizon, USD. */
  'lossCarriedUsd',
  'allInCostPerCoinUsd',
  /** Searched on the first paths only (RunOptions.breakEvenPaths); NaN on the others. */
  'breakEvenTariffUsdPerKwh',
  'breakEvenPriceUsd',
] as const;
export type OutcomeName = (typeof OUTCOMES)[number];
export const OUTCOME: Slots<typeof OUTCOMES> = slotsOf(OUTCOMES);
export const OUTCOME_COUNT = OUTCOMES.length;

/** The outcomes found by a search of their own (breakeven.ts), on the first paths only. */
export const SEARCHED_OUTCOMES = [
  'breakEvenTariffUsdPerKwh',
  'breakEvenPriceUsd',
] as const satisfies readonly OutcomeName[];

/** One column per outcome, indexed by path. */
export type Outcomes = Record<OutcomeName, Float64Array>;

/**
 * The outcomes of financing or tax (engine/kernel/books.ts): the run of OUTCOMES from the equity's
 * payback day to the all-in cost per coin, a run's only when its plan has books.
 */
export const BOOKS_OUTCOMES: readonly OutcomeName[] = OUTCOMES.slice(
  OUTCOMES.indexOf('equityPaybackDay'),
  OUTCOMES.indexOf('allInCostPerCoinUsd') + 1,
);

/** The first slot of the searched outcomes, which are the last ones (checked when this module loads). */
const FIRST_SEARCHED = OUTCOME_COUNT - SEARCHED_OUTCOMES.length;
if (SEARCHED_OUTCOMES.some((name, i) => OUTCOME[name] !== FIRST_SEARCHED + i))
  throw new Error('outcomes.ts: SEARCHED_OUTCOMES must be the last OUTCOMES, in order');
/** Whether each slot is one of BOOKS_OUTCOMES. */
const IS_BOOKS = OUTCOMES.map((name) => BOOKS_OUTCOMES.includes(name));

/**
 * How many paths' values a column-major buffer keeps of the outcomes not every path has: the
 * searched ones (break-evens, the first paths only) and the books' (every path of a run with
 * financing or tax, none otherwise: a run without books keeps nothing for them, so ten million
 * paths take their 72 bytes a path, not 160).
 */
export interface Kept {
  searched: number;
  booked: number;
}

/** What paths [from, to) of a run keep: the first `searchedPaths` of the run are searched. */
export function keptIn(from: number, to: number, searchedPaths: number, books: boolean): Kept {
  return { searched: Math.max(0, Math.min(to, searchedPaths) - from), booked: books ? to - from : 0 };
}

/** How many values the column of outcome `slot` holds, of `paths` paths keeping `kept`. */
function columnLength(slot: number, paths: number, kept: Kept): number {
  return slot >= FIRST_SEARCHED ? kept.searched : IS_BOOKS[slot] ? kept.booked : paths;
}

/**
 * Outcomes of many paths are held column-major in one buffer, a column per outcome in OUTCOMES
 * order, each as long as columnLength says: every path's, the books' only with books, the
 * searched ones only of the paths searched (the others' are NaN and not kept).
 */
export function outcomeBufferLength(paths: number, kept: Kept): number {
  return columnStart(OUTCOME_COUNT, paths, kept);
}

/** Where the column of outcome `slot` starts in such a buffer. */
function columnStart(slot: number, paths: number, kept: Kept): number {
  let start = 0;
  for (let before = 0; before < slot; before++) start += columnLength(before, paths, kept);
  return start;
}

/**
 * The outcome columns of a column-major buffer of `paths` paths keeping `kept` (see
 * outcomeBufferLength), as views of it: nothing is copied; a column not kept is empty.
 */
export function outcomeColumns(values: Float64Array, paths: number, kept: Kept): Outcomes {
  const columns = {} as Outcomes;
  for (const name of OUTCOMES) {
    const slot = OUTCOME[name];
    const start = columnStart(slot, paths, kept);
    columns[name] = values.subarray(start, start + columnLength(slot, paths, kept));
  }
  return columns;
}

/** Path-major outcomes (`[k * OUTCOME_COUNT + slot]`, as chunks and saved parts hold them) column-major. */
export function toColumnMajor(pathMajor: Float64Array, paths: number, kept: Kept): Float64Array {
  const out = new Float64Array(outcomeBufferLength(paths, kept));
  addPathMajor(out, paths, kept, 0, pathMajor, paths);
  return out;
}

/** Column-major outcomes of `paths` paths path-major (the layout of a saved part; NaN where not kept). */
export function toPathMajor(columnMajor: Float64Array, paths: number, kept: Kept): Float64Array {
  const out = new Float64Array(paths * OUTCOME_COUNT);
  for (let slot = 0; slot < OUTCOME_COUNT; slot++) {
    const start = columnStart(slot, paths, kept);
    const length = columnLength(slot, paths, kept);
    for (let k = 0; k < paths; k++)
      out[k * OUTCOME_COUNT + slot] = k < length ? columnMajor[start + k] : Number.NaN;
  }
  return out;
}

/**
 * Writes `count` paths of path-major outcomes into the column-major buffer `into` (of `paths` paths
 * keeping `kept`) from path `at` on; values of columns not kept for those paths are dropped.
 */
export function addPathMajor(
  into: Float64Array,
  paths: number,
  kept: Kept,
  at: number,
  pathMajor: Float64Array,
  count: number,
): void {
  for (let slot = 0; slot < OUTCOME_COUNT; slot++) {
    const start = columnStart(slot, paths, kept);
    const end = Math.min(at + count, columnLength(slot, paths, kept));
    for (let k = at; k < end; k++) into[start + k] = pathMajor[(k - at) * OUTCOME_COUNT + slot];
  }
}

/** Copies column-major `part` (paths [at, at + count) of a run, keeping `partKept`) into `into`. */
export function addColumnMajor(
  into: Float64Array,
  paths: number,
  kept: Kept,
  at: number,
  part: Float64Array,
  count: number,
  partKept: Kept,
): void {
  for (let slot = 0; slot < OUTCOME_COUNT; slot++) {
    const from = columnStart(slot, count, partKept);
    const length = columnLength(slot, count, partKept);
    if (length > 0) into.set(part.subarray(from, from + length), columnStart(slot, paths, kept) + at);
  }
}
