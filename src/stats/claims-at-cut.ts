// A claim judged on a back-test cut at the end of the shipped history, with contracts of its books
// still open at the cut (engine/backtest/books-at-cut.ts). What the equity's figures count of a
// loan repaid or a lease bought out at the cut is stated, so claims on them stand; a hedge's
// settlements after the cut are not counted at all, and a covenant is not tested after it, so a
// claim whose measure they would move is left undecided rather than passed or failed on the part
// of the contract the history saw, unless what the history saw decides it already (a margin call
// or a default by the cut stays happened: claimsAtCut). A payback is not among them: what comes after the cut cannot
// move a payback day before it, and a payback time past the cut is left undecided already
// (stats/claims.ts, scenario/payback-horizon.ts).
import type { Claim } from '../scenario/claims.js';
import { verdictOf } from './claims.js';
import type { BookAtCut, ClaimResult } from './summary.js';

/** The claims' measures a hedge's later settlement or a loan not drawn by the cut moves (and `hedges-net`). */
const EQUITY_METRICS: readonly Claim['metric'][] = ['equity-npv', 'equity-irr'];

/** What of a cut back-test's books the claims depend on. */
export interface OpenAtCut {
  /** The contracts open at the cut (actual.booksAtCut). */
  items: readonly BookAtCut[];
  /** Loans with a covenant still outstanding (or not yet drawn) at the cut: tested no more. */
  covenants: number;
  /** Whether a margin call happened by the cut (it cannot un-happen after it). */
  marginCall: boolean;
}

/** How many open contracts a claim's measure would count after the cut (0: the claim stands). */
export function openForClaim(claim: Claim, open: OpenAtCut): number {
  if (claim.metric === 'hedges-net')
    return open.items.filter((item) => item.counted === 'not-counted' && item.kind !== 'loan').length;
  if (EQUITY_METRICS.includes(claim.metric))
    return open.items.filter((item) => item.counted === 'not-counted').length;
  // Without a default by the cut (a default leaves nothing open), one may come after it; a margin
  // call that happened by the cut settles a claim on margin calls.
  if (claim.metric === 'default' || (claim.metric === 'margin-call' && !open.marginCall))
    return open.covenants;
  return 0;
}

/**
 * The claim results of a cut run or back-test, each `claims[i]` of `results[i]`, undecided where
 * open contracts move its measure. A margin call or a default that happened by the cut stays
 * happened, so on a covenant tested after the cut the share of paths with one by the cut is a
 * floor: the interval runs from its low end to 1, and a claim that floor decides is decided (every
 * path with a margin call by the cut refutes `P(margin call) < 10 %` whatever comes after).
 */
export function claimsAtCut(
  results: readonly ClaimResult[],
  claims: readonly Claim[],
  open: OpenAtCut,
): ClaimResult[] {
  return results.map((result, i) => {
    const claim = claims[i];
    const n = openForClaim(claim, open);
    if (n === 0) return result;
    if (claim.metric === 'margin-call' || claim.metric === 'default')
      return { ...result, high: 1, verdict: verdictOf(claim, result.low, 1), openAtCut: n };
    return { ...result, verdict: 'inconclusive', openAtCut: n };
  });
}
