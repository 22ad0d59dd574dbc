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
  /** Power bill minus curtailment credits over the horizon, USD. */
  'powerCostNetUsd',
  // With financing or tax only (engine/books.ts); the summary leaves them out otherwise.
  /** First day the equity's net position is >= 0; NaN = never within the horizon. */
  'equityPaybackDay',
  'equityNpvUsd',
  'equityIrr',
  'afterTaxNpvUsd',
  'afterTaxIrr',
  /** 1 on a path with a margin call, else 0. */
  'marginCall',
  /** 1 on a path where the lender took the machines, else 0. */
  'defaulted',
  'cashCostPerCoinUsd',
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

/** The first slot of the searched outcomes, which are the last ones (checked when this module loads). */
const FIRST_SEARCHED = OUTCOME_COUNT - SEARCHED_OUTCOMES.length;
if (SEARCHED_OUTCOMES.some((name, i) => OUTCOME[name] !== FIRST_SEARCHED + i))
  throw new Error('outcomes.ts: SEARCHED_OUTCOMES must be the last OUTCOMES, in order');

/**
 * Outcomes of many paths are held column-major in one buffer, a column per outcome: those of every
 * path first (`paths` long), then the searched ones, only `searched` long (the paths searched; the
 * others' are NaN and not kept). Ten million paths take their 64 bytes a path once.
 */
export function outcomeBufferLength(paths: number, searched: number): number {
  return FIRST_SEARCHED * paths + SEARCHED_OUTCOMES.length * searched;
}

/** Where the column of outcome `slot` starts in such a buffer. */
function columnStart(slot: number, paths: number, searched: number): number {
  return slot < FIRST_SEARCHED ? slot * paths : FIRST_SEARCHED * paths + (slot - FIRST_SEARCHED) * searched;
}

/** How many of the paths [from, to) of a run are searched, when its first `searchedPaths` are. */
export function searchedIn(from: number, to: number, searchedPaths: number): number {
  return Math.max(0, Math.min(to, searchedPaths) - from);
}

/**
 * The outcome columns of a column-major buffer of `paths` paths, `searched` of them searched (see
 * outcomeBufferLength), as views of it: nothing is copied.
 */
export function outcomeColumns(values: Float64Array, paths: number, searched: number): Outcomes {
  const columns = {} as Outcomes;
  for (const name of OUTCOMES) {
    const slot = OUTCOME[name];
    const start = columnStart(slot, paths, searched);
    columns[name] = values.subarray(start, start + (slot < FIRST_SEARCHED ? paths : searched));
  }
  return columns;
}

/** Path-major outcomes (`[k * OUTCOME_COUNT + slot]`, as chunks and saved parts hold them) column-major. */
export function toColumnMajor(pathMajor: Float64Array, paths: number, searched: number): Float64Array {
  const out = new Float64Array(outcomeBufferLength(paths, searched));
  addPathMajor(out, paths, searched, 0, pathMajor, paths);
  return out;
}

/** Column-major outcomes of `paths` paths path-major (the layout of a saved part; NaN where not searched). */
export function toPathMajor(columnMajor: Float64Array, paths: number, searched: number): Float64Array {
  const out = new Float64Array(paths * OUTCOME_COUNT);
  for (let slot = 0; slot < OUTCOME_COUNT; slot++) {
    const start = columnStart(slot, paths, searched);
    const kept = slot < FIRST_SEARCHED ? paths : searched;
    for (let k = 0; k < paths; k++)
      out[k * OUTCOME_COUNT + slot] = k < kept ? columnMajor[start + k] : Number.NaN;
  }
  return out;
}

/**
 * Writes `count` paths of path-major outcomes into the column-major buffer `into` (of `paths` paths,
 * `searched` searched) from path `at` on; searched outcomes of paths past `searched` are dropped.
 */
export function addPathMajor(
  into: Float64Array,
  paths: number,
  searched: number,
  at: number,
  pathMajor: Float64Array,
  count: number,
): void {
  for (let slot = 0; slot < OUTCOME_COUNT; slot++) {
    const start = columnStart(slot, paths, searched);
    const end = Math.min(at + count, slot < FIRST_SEARCHED ? paths : searched);
    for (let k = at; k < end; k++) into[start + k] = pathMajor[(k - at) * OUTCOME_COUNT + slot];
  }
}

/** Copies column-major `part` (paths [at, at + count) of a run, `partSearched` searched) into `into`. */
export function addColumnMajor(
  into: Float64Array,
  paths: number,
  searched: number,
  at: number,
  part: Float64Array,
  count: number,
  partSearched: number,
): void {
  for (let slot = 0; slot < OUTCOME_COUNT; slot++) {
    const from = columnStart(slot, count, partSearched);
    const length = slot < FIRST_SEARCHED ? count : partSearched;
    if (length > 0) into.set(part.subarray(from, from + length), columnStart(slot, paths, searched) + at);
  }
}
