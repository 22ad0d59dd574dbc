// Verdicts on a scenario's claims: the share of paths where each claimed event holds, its 95 %
// interval, and whether that interval lies on the claimed side of the threshold. The interval is
// Monte Carlo uncertainty only: it says how sure the run is of the model's answer, not whether
// the model is right (the calibration study speaks to that).
import { type Claim, compare } from '../scenario/claims.js';
import { paybackClaimJudged } from '../scenario/payback-horizon.js';
import type { Outcomes } from './outcomes.js';
import { independentDraws, keptPairsProportion, proportion, shareInterval } from './shares.js';
import type { ClaimResult } from './summary.js';

/** The outcomes a claim can be about (NaN payback = no payback within the horizon). */
export type PathOutcomes = Pick<
  Outcomes,
  | 'paybackDay'
  | 'netAtHorizonUsd'
  | 'npvUsd'
  | 'roiAtHorizon'
  | 'irr'
  | 'equityPaybackDay'
  | 'equityNpvUsd'
  | 'equityIrr'
  | 'afterTaxNpvUsd'
  | 'afterTaxIrr'
  | 'marginCall'
  | 'defaulted'
  | 'hedgeNetUsd'
>;

/** A payback day as a claim reads it: a path that never pays back takes longer than any threshold. */
function paybackValue(d: number): number {
  return Number.isNaN(d) ? Number.POSITIVE_INFINITY : d;
}

/** True when the claim is about a payback time, which a path cut short may not have reached. */
export function aboutPayback(claim: Pick<Claim, 'metric'>): boolean {
  return claim.metric === 'payback' || claim.metric === 'equity-payback';
}

function eventValue(claim: Claim, o: PathOutcomes, k: number): number {
  switch (claim.metric) {
    case 'payback':
      return paybackValue(o.paybackDay[k]);
    case 'npv':
      return o.npvUsd[k];
    case 'net':
      return o.netAtHorizonUsd[k];
    case 'roi':
      return o.roiAtHorizon[k];
    case 'irr':
      return o.irr[k];
    case 'equity-payback':
      return paybackValue(o.equityPaybackDay[k]);
    case 'equity-npv':
      return o.equityNpvUsd[k];
    case 'equity-irr':
      return o.equityIrr[k];
    case 'after-tax-npv':
      return o.afterTaxNpvUsd[k];
    case 'after-tax-irr':
      return o.afterTaxIrr[k];
    case 'margin-call':
      return o.marginCall[k];
    case 'default':
      return o.defaulted[k];
    case 'hedges-net':
      return o.hedgeNetUsd[k];
  }
}

/**
 * The verdict on `claim` of a share whose 95 % interval is [low, high]: the bound most against the
 * claim decides support; the bound most for it decides refutation.
 */
export function verdictOf(
  claim: Pick<Claim, 'probabilityOp' | 'probability'>,
  low: number,
  high: number,
): ClaimResult['verdict'] {
  const above = claim.probabilityOp === '>' || claim.probabilityOp === '>=';
  const [against, forClaim] = above ? [low, high] : [high, low];
  if (compare(against, claim.probabilityOp, claim.probability)) return 'supported';
  if (!compare(forClaim, claim.probabilityOp, claim.probability)) return 'refuted';
  return 'inconclusive';
}

/**
 * `observed`: the outcomes are what happened (a back-test), not a sample, so the share is known
 * exactly and the verdict is whether the claim held.
 *
 * A claim on an IRR is evaluated over the paths that have one (`paths` says how many when some
 * have none): a path with no IRR (several rates or none, or nothing put in) cannot be called a
 * loss or a gain; a censored IRR (at -0.9999 or 1e6, model/finance/irr.ts) compares correctly
 * with any threshold inside that range. So is a claim on an ROI, which a fleet with no capex lacks
 * on every path. Likewise the share of a claim
 * on a payback time past `seenDays`, the longest the run can judge, is over the paths that paid
 * back; the paths not paid back by then are open (they may pay back in time or not), so its
 * interval runs from the low end with every open path failing the event to the high end with
 * every one holding it, each over all the paths, and the verdict is read from that interval: the
 * paths that paid back alone decide nothing of the others. With paths left out under antithetic
 * pairs, the share's error is over the pairs with a path kept (keptPairsProportion): a pair's two
 * kept paths are not independent, and they can move together (a mixture's model is one pick for
 * the pair), where taking them as independent paths understated the error. With none left, the
 * claim is inconclusive.
 */
export function evaluateClaim(
  claim: Claim,
  o: PathOutcomes,
  antithetic: boolean,
  observed = false,
  seenDays = Number.POSITIVE_INFINITY,
): ClaimResult {
  const n = o.paybackDay.length;
  const all = new Uint8Array(n);
  let kept = 0;
  // A run cut before the claimed payback time (a replay or back-test at the end of the history)
  // cannot say whether a path not paid back by then pays back in time: such a path is left out.
  const cut = aboutPayback(claim) && !paybackClaimJudged(claim, seenDays);
  // Over every path, the event with each open path failing it (`known`) and holding it (`possible`).
  const known = cut ? new Uint8Array(n) : all;
  const possible = cut ? new Uint8Array(n) : all;
  // Under antithetic pairs, each path's event and whether it was kept, for an error over the pairs
  // when some are left out (quantiles.ts keptPairsProportion).
  const paired = antithetic && n >= 4;
  const heldAt = paired ? new Uint8Array(n) : all;
  const keptAt = paired ? new Uint8Array(n) : all;
  for (let k = 0; k < n; k++) {
    const v = eventValue(claim, o, k);
    // No value (NaN: no IRR; no ROI, as nothing was put in) is neither side of any threshold.
    if (Number.isNaN(v)) continue;
    if (cut && v === Number.POSITIVE_INFINITY) {
      possible[k] = 1;
      continue;
    }
    const holds = compare(v, claim.op, claim.value) ? 1 : 0;
    all[kept++] = holds;
    if (paired) {
      heldAt[k] = holds;
      keptAt[k] = 1;
    }
    if (cut) {
      known[k] = holds;
      possible[k] = holds;
    }
  }
  if (kept === 0)
    return {
      text: claim.text,
      share: 0,
      se: 0,
      low: 0,
      high: 1,
      threshold: `${claim.probabilityOp} ${claim.probability}`,
      verdict: 'inconclusive',
      paths: 0,
    };
  const holds = all.subarray(0, kept);
  const leftOut = kept < n ? { paths: kept } : {};
  // With paths left out under pairs, a pair's kept paths are one draw (they may move together).
  const { estimate, draws } =
    paired && kept < n
      ? keptPairsProportion(heldAt, keptAt)
      : {
          estimate: proportion(holds, antithetic && kept === n),
          draws: independentDraws(kept, antithetic && kept === n),
        };
  const { p, se } = estimate;
  if (observed) {
    const held = compare(p, claim.probabilityOp, claim.probability);
    return {
      text: claim.text,
      share: p,
      se: 0,
      low: p,
      high: p,
      threshold: `${claim.probabilityOp} ${claim.probability}`,
      verdict: held ? 'supported' : 'refuted',
      ...leftOut,
    };
  }
  // Effective sample size from the standard error keeps the interval honest under antithetics;
  // a share of 0 or 1 (no error) takes the paths it is over: the `kept` ones with a value (10 of
  // 1,000 paths with an IRR, all holding: [0.72, 1], not the [0.996, 1] of 1,000 paths).
  // Under antithetic pairs a share of 0 or 1 takes the pairs, not the paths (`draws`).
  const interval = (share: number, error: number, over: number, inPairs: boolean) =>
    shareInterval({ p: share, se: error }, over, inPairs);
  let [low, high] = interval(p, se, draws, false);
  if (cut && kept < n) {
    const least = proportion(known, antithetic);
    const most = proportion(possible, antithetic);
    low = interval(least.p, least.se, n, antithetic)[0];
    high = interval(most.p, most.se, n, antithetic)[1];
  }
  const threshold = claim.probability;
  const verdict = verdictOf(claim, low, high);
  return {
    text: claim.text,
    share: p,
    se,
    low,
    high,
    threshold: `${claim.probabilityOp} ${threshold}`,
    verdict,
    ...leftOut,
  };
}
