// A lease of a cohort instead of its purchase: the lessor pays the machines, the operation pays a
// fixed monthly payment for the term (in arrears) and the residual at its end, when it buys the
// machines out and keeps them. The payment days follow the loan's months (loan.ts, term.ts).

import { power } from '../power.js';
import { dueDay } from './term.js';

/**
 * Day indexes of a lease's payments in a horizon of `days` days: `months` monthly payments from
 * `startDay`, the last one with the residual (on the horizon's last day at the latest, term.ts
 * dueDay; the rules refuse a lease that ends after the horizon).
 */
export function leasePaymentDays(startDay: number, months: number, days: number): Int32Array {
  const out = new Int32Array(months);
  for (let k = 1; k <= months; k++) out[k - 1] = dueDay(startDay, k, days);
  return out;
}

/**
 * The interest rate a lease implies (monthly rate x 12): the rate at which its payments and
 * residual are worth the machines' cost today. NaN when no rate in [-99 %, 1000 %] a year fits.
 */
export function leaseImpliedRate(cost: number, payment: number, months: number, residual: number): number {
  const value = (r: number) => {
    let v = 0;
    for (let k = 1; k <= months; k++) v += payment / power(1 + r, k);
    return v + residual / power(1 + r, months) - cost;
  };
  let lo = -0.99 / 12;
  let hi = 10 / 12;
  if (value(lo) < 0 || value(hi) > 0) return Number.NaN;
  for (let i = 0; i < 200; i++) {
    const mid = 0.5 * (lo + hi);
    if (value(mid) > 0) lo = mid;
    else hi = mid;
  }
  return 6 * (lo + hi);
}
