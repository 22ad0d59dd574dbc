// A line of the assumptions table (assumptions.ts), and the run the table is written for, in a file
// of their own so that the files that write lines for one part of a scenario (cohort-lines.ts,
// cost-lines.ts, market-lines.ts, later-lines.ts, contract-lines.ts, finance-lines.ts) need not
// import the table that gathers them.
import type { RunSummary } from '../stats/summary.js';

export type Assumption = RunSummary['scenario']['assumptions'][number];

/** A line of the table and the scenario keys it states (`fleet[0].unitPriceUsd`, `power.price`). */
export interface InputLine extends Assumption {
  keys: string[];
}

/** The run a summary comes from: a Monte Carlo run's paths and seed, or null for the back-test. */
export type RunFacts = RunSummary['run'] | null;
