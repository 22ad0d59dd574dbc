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

/**
 * Splits path-major outcomes (`values[k * OUTCOME_COUNT + OUTCOME.name]`) into columns; the
 * searched outcomes keep only their first `searchedPaths` paths.
 */
export function outcomeColumns(values: Float64Array, paths: number, searchedPaths: number): Outcomes {
  const columns = {} as Outcomes;
  for (const name of OUTCOMES) {
    const slot = OUTCOME[name];
    const column = new Float64Array(paths);
    for (let k = 0; k < paths; k++) column[k] = values[k * OUTCOME_COUNT + slot];
    columns[name] = column;
  }
  for (const name of SEARCHED_OUTCOMES) columns[name] = columns[name].subarray(0, searchedPaths);
  return columns;
}
