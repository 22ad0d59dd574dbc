// The claims of a Monte Carlo run cut short where the history it replays ends.
import type { Scenario } from '../../scenario/normalize.js';
import { claimsAtCut } from '../../stats/claims-at-cut.js';
import type { RunSummary } from '../../stats/summary.js';
import { booksAtCut } from '../backtest/books-at-cut.js';
import type { SimulationPlan } from '../compile/plan.js';

/**
 * A run whose market replays the history is cut where the history ends, as a back-test is
 * (scenario/simulated-days.ts): a claim whose measure a contract still open there would move is
 * left undecided (stats/claims-at-cut.ts). The paths' loan balances are not kept, so every loan
 * drawn by the cut with payments left counts as open, and a covenant as untested after it on every
 * path (no path's margin call settles a claim on margin calls here).
 */
export function claimsOpenAtCut(s: Scenario, plan: SimulationPlan, summary: RunSummary): RunSummary {
  if (plan.books === null || plan.days >= s.days || s.claims.length === 0) return summary;
  const balances = new Float64Array(plan.books.loans.length).fill(Number.POSITIVE_INFINITY);
  const purchaseDays = plan.cohorts.map((c) => c.purchaseDay);
  const open = booksAtCut(s, plan.books, plan.days, balances, false, purchaseDays);
  if (open.items.length === 0) return summary;
  const claims = claimsAtCut(summary.claims, s.claims, { ...open, marginCall: false });
  return { ...summary, claims };
}
