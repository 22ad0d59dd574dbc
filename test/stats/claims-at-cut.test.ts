// Claims on a back-test cut at the end of the history with contracts open at the cut
// (stats/claims-at-cut.ts): which are left undecided, and which stand.
import { describe, expect, it } from 'vitest';
import { type Claim, parseClaim } from '../../src/scenario/claims.js';
import { claimsAtCut, type OpenAtCut, openForClaim } from '../../src/stats/claims-at-cut.js';
import type { BookAtCut, ClaimResult } from '../../src/stats/summary.js';

function claim(text: string): Claim {
  const parsed = parseClaim(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.claim;
}

const swap: BookAtCut = {
  kind: 'price-swap',
  name: 's',
  counted: 'not-counted',
  settlementsLeft: 3,
  lastSettlement: '2026-03-01',
};
const loan: BookAtCut = {
  kind: 'loan',
  name: 'l',
  counted: 'repaid-at-cut',
  paymentsLeft: 5,
  amountUsd: 1000,
};
const lease: BookAtCut = {
  kind: 'lease',
  name: 'm',
  counted: 'bought-out-at-cut',
  paymentsLeft: 2,
  amountUsd: 500,
};
const undrawn: BookAtCut = {
  kind: 'loan',
  name: 'r',
  counted: 'not-counted',
  paymentsLeft: 12,
  amountUsd: 9000,
};

const open = (items: BookAtCut[], covenants = 0, marginCall = false): OpenAtCut => ({
  items,
  covenants,
  marginCall,
});

describe('claims on a back-test cut with its books open', () => {
  it('openForClaim() counts the hedges open at the cut for a claim on the equity or the hedges, none for the project', () => {
    const books = open([swap, loan, lease]);
    expect(openForClaim(claim('P(equity npv > 0) >= 0.5'), books)).toBe(1);
    expect(openForClaim(claim('P(equity irr > 0) >= 0.5'), books)).toBe(1);
    expect(openForClaim(claim('P(hedges net >= 0 USD) >= 0.5'), books)).toBe(1);
    expect(openForClaim(claim('P(npv > 0) >= 0.5'), books)).toBe(0);
    expect(openForClaim(claim('P(after-tax npv > 0) >= 0.5'), books)).toBe(0);
  });

  it('openForClaim() lets a claim on the equity payback stand: what settles after the cut cannot move a payback before it', () => {
    expect(openForClaim(claim('P(equity payback <= 90 days) >= 0.5'), open([swap, undrawn]))).toBe(0);
  });

  it('openForClaim() lets a claim on the equity stand when only a loan repaid and a lease bought out at the cut are open', () => {
    expect(openForClaim(claim('P(equity npv > 0) >= 0.5'), open([loan, lease]))).toBe(0);
  });

  it('openForClaim() counts a loan drawn after the cut for the equity, not for the hedges', () => {
    expect(openForClaim(claim('P(equity irr > 0) >= 0.5'), open([undrawn]))).toBe(1);
    expect(openForClaim(claim('P(hedges net >= 0 USD) >= 0.5'), open([undrawn]))).toBe(0);
  });

  it('openForClaim() leaves a default, or a margin call that had not happened, undecided while a covenant runs past the cut', () => {
    expect(openForClaim(claim('P(default) < 10 %'), open([loan], 1))).toBe(1);
    expect(openForClaim(claim('P(margin call) < 10 %'), open([loan], 1))).toBe(1);
    expect(openForClaim(claim('P(margin call) < 10 %'), open([loan], 1, true))).toBe(0);
    expect(openForClaim(claim('P(default) < 10 %'), open([loan], 0))).toBe(0);
  });

  it('claimsAtCut() marks the claims it leaves undecided inconclusive with their count, and returns the others unchanged', () => {
    const claims = [claim('P(npv > 0) >= 0.5'), claim('P(equity npv > 0) >= 0.5')];
    const result = (text: string): ClaimResult => ({
      text,
      share: 1,
      se: 0,
      low: 1,
      high: 1,
      threshold: '>= 0.5',
      verdict: 'supported',
    });
    const results = [result(claims[0].text), result(claims[1].text)];
    const out = claimsAtCut(results, claims, open([swap, swap]));
    expect(out[0]).toBe(results[0]);
    expect(out[1]).toEqual({ ...results[1], verdict: 'inconclusive', openAtCut: 2 });
  });
});
