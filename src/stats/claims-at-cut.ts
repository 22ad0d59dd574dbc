// A claim judged on a back-test cut at the end of the shipped history, with contracts of its books
// still open at the cut (engine/backtest/books-at-cut.ts). What the equity's figures count of a
// loan repaid or a lease bought out at the cut is stated, so claims on them stand; a hedge's
// settlements after the cut are not counted at all, and a covenant is not tested after it, so a
// claim whose measure they would move is left undecided rather than passed or failed on the part
// of the contract the history saw. A payback is not among them: what comes after the cut cannot
// move a payback day before it, and a payback time past the cut is left undecided already
// (stats/claims.ts, scenario/payback-horizon.ts).
import type { Claim } from '../scenario/claims.js';
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

/** The back-test's claim results, each `claims[i]` of `results[i]`, undecided where open contracts move its measure. */
export function claimsAtCut(
  results: readonly ClaimResult[],
  claims: readonly Claim[],
  open: OpenAtCut,
): ClaimResult[] {
  return results.map((result, i) => {
    const n = openForClaim(claims[i], open);
    return n === 0 ? result : { ...result, verdict: 'inconclusive', openAtCut: n };
  });
}
