// A loan's arithmetic, period by period: monthly payment days, the annuity payment, and one
// period's interest and principal on the balance outstanding. The per-path pass (engine/books.ts)
// calls periodPrincipal on each payment day with the balance it holds, so a margin call's
// prepayment re-amortizes the rest of the loan over the periods left (the maturity stays).
// Rates are nominal annual rates compounded monthly, as loans are quoted: rate / 12 a month.

import { DAYS_PER_YEAR } from '../calendar.js';
import { power } from '../power.js';

/** A month in days, the average calendar month. */
export const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

/** Day index of monthly payment k (1-based) of a loan drawn on `startDay`. */
export function paymentDay(startDay: number, k: number): number {
  return startDay + Math.round(k * DAYS_PER_MONTH);
}

/**
 * Below this rate a period, 1 + r keeps too few of r's digits for 1 - (1 + r)^-n: none below
 * 2^-53, where the denominator was 0 and the payment Infinity, and only half at 1e-8. There the
 * denominator is -expm1(-n log1p r), exact to its last bits; above it, the power as always (the
 * two agree to about 1e-10 at the threshold), so ordinary rates keep their bits.
 */
const TINY_RATE = 1e-6;

/** 1 - (1 + r)^-n, the annuity's denominator for n periods at r a period. */
function annuityDenominator(ratePerPeriod: number, periods: number): number {
  if (Math.abs(ratePerPeriod) < TINY_RATE) return -Math.expm1(-periods * Math.log1p(ratePerPeriod));
  return 1 - power(1 + ratePerPeriod, -periods);
}

/**
 * The level payment that repays `principal` over `periods` periods at `ratePerPeriod`:
 * P r / (1 - (1 + r)^-n); P / n at a zero rate.
 */
export function annuityPayment(principal: number, ratePerPeriod: number, periods: number): number {
  if (periods <= 0) return principal;
  if (ratePerPeriod === 0) return principal / periods;
  return (principal * ratePerPeriod) / annuityDenominator(ratePerPeriod, periods);
}

/**
 * Principal due in a period of a loan with `balance` outstanding and `periodsLeft` periods to go
 * (this one included): the annuity's share above the interest when amortizing, the whole balance
 * in the last period of a bullet loan, nothing in its other periods.
 */
export function periodPrincipal(
  balance: number,
  ratePerPeriod: number,
  periodsLeft: number,
  amortizing: boolean,
): number {
  if (periodsLeft <= 1) return balance;
  if (!amortizing) return 0;
  return annuityPayment(balance, ratePerPeriod, periodsLeft) - balance * ratePerPeriod;
}

/**
 * 1 - (1 + r)^-n for n = 0..periods: the annuity's denominators, so the per-path pass computes a
 * period's principal without a power (periodPrincipalFrom); index n is the periods left.
 */
export function annuityDenominators(ratePerPeriod: number, periods: number): Float64Array {
  const out = new Float64Array(periods + 1);
  for (let n = 1; n <= periods; n++) out[n] = annuityDenominator(ratePerPeriod, n);
  return out;
}

/** periodPrincipal with the denominators of annuityDenominators: the same number to the bit. */
export function periodPrincipalFrom(
  balance: number,
  ratePerPeriod: number,
  periodsLeft: number,
  amortizing: boolean,
  denominators: Float64Array,
): number {
  if (periodsLeft <= 1) return balance;
  if (!amortizing) return 0;
  const payment =
    ratePerPeriod === 0 ? balance / periodsLeft : (balance * ratePerPeriod) / denominators[periodsLeft];
  return payment - balance * ratePerPeriod;
}

export interface ScheduleRow {
  period: number;
  interest: number;
  principal: number;
  balance: number;
}

/** The whole schedule of a loan without prepayments (for tables and tests). */
export function loanSchedule(
  principal: number,
  annualRate: number,
  periods: number,
  amortizing: boolean,
): ScheduleRow[] {
  const r = annualRate / 12;
  const rows: ScheduleRow[] = [];
  let balance = principal;
  for (let k = 1; k <= periods; k++) {
    const interest = balance * r;
    const paid = periodPrincipal(balance, r, periods - k + 1, amortizing);
    balance -= paid;
    rows.push({ period: k, interest, principal: paid, balance });
  }
  return rows;
}
