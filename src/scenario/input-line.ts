// A line of the assumptions table (assumptions.ts), in a file of its own so that the files that
// write lines for one part of a scenario (contract-lines.ts, finance-lines.ts) need not import the
// table that gathers them.
import type { RunSummary } from '../stats/summary.js';

export type Assumption = RunSummary['scenario']['assumptions'][number];

/** A line of the table and the scenario keys it states (`fleet[0].unitPriceUsd`, `power.price`). */
export interface InputLine extends Assumption {
  keys: string[];
}
