// What a hosting contract and curtailment credits cost one machine a day, in canonical units. The
// compiled plan (engine/contracts.ts, fleet-state.ts), the daily view and `minesim quote` all use
// these functions, so the Monte Carlo, the calculator view and the quote charge the same fees.
//
// How each contract meets the shutdown rule (a cohort is switched off on a day when what running
// it brings in is below what running it costs):
// - per kW on nameplate power: reserved capacity, paid whether the machines run or not; not a
//   cost of running, so the rule does not see it (as before contracts);
// - per kW on metered power, and an all-in rate per kWh: paid only on the power drawn, so a cost
//   of running: the rule compares the revenue with power plus this fee;
// - a revenue share: the site and the owner split the day's coins, so the machines stay on while
//   the whole revenue covers the power (the pair's margin, the same before and after a waterfall
//   flips); an owner that pays the power on a share can lose money on days its share does not;
// - curtailment credits are earned only by load that runs and is then shed, so they count on the
//   running side: on when revenue + credits >= power + metered fees.

/**
 * Which contract the terms come from: the fees below say what is paid, the basis says what the
 * output calls it (an all-in rate's metered fee pays for the power too; a share is of the revenue).
 */
export type HostingBasis = 'none' | 'per-kw' | 'all-in' | 'revenue-share';

/** Contract terms in canonical units (scenario/contract-terms.ts reads them from a scenario or the quote's flags). */
export interface ContractTerms {
  basis: HostingBasis;
  /** Fee per kW of rated power a day, paid every day in the running window (per-kw nameplate), USD. */
  nameplateUsdPerKwDay: number;
  /** Promised uptime of a nameplate fee (0: none): a cohort below it pays fee x uptime / minimumUptime. */
  minimumUptime: number;
  /** Fee per kW drawn (rated power x uptime) a running day: per-kw metered, or 24 x an all-in rate per kWh, USD. */
  meteredUsdPerKwDay: number;
  /** Curtailment credit per kW of rated power a running day: PUE x curtailed hours a day x credit per kWh, USD. */
  creditUsdPerKwDay: number;
  /** The site's share of the coins mined (revenue share), before a waterfall flips; 0 otherwise. */
  siteShare: number;
  /** The site's share after the owner has recovered `recoverUsd`; siteShare without a waterfall. */
  siteShareAfter: number;
  /** What the owner recovers before siteShareAfter applies, USD; 0 without a waterfall. */
  recoverUsd: number;
  /**
   * Deposit in months of fees, paid on day 0 and refunded when hosting ends: at the end of the
   * term, or of the renewed term, on or after the day the last machine leaves the site
   * (engine/compile/contracts.ts depositRefundDay); 0 without.
   */
  depositMonths: number;
  /** A loan's default while the deposit is held: it comes back that day (true) or is the site's (false). */
  depositRefundedOnDefault: boolean;
  /** Length of the contract, days, rounded to whole days (the first term's end); 0 when not stated. */
  termDays: number;
  /** Length of the contract, days, unrounded: the k-th renewal ends round(k x this) days on; 0 when not stated. */
  termLengthDays: number;
}

export const NO_CONTRACT: ContractTerms = {
  basis: 'none',
  nameplateUsdPerKwDay: 0,
  minimumUptime: 0,
  meteredUsdPerKwDay: 0,
  creditUsdPerKwDay: 0,
  siteShare: 0,
  siteShareAfter: 0,
  recoverUsd: 0,
  depositMonths: 0,
  depositRefundedOnDefault: false,
  termDays: 0,
  termLengthDays: 0,
};

/** One machine's fixed hosting fee a day in its running window (nameplate basis, after the uptime credit), USD. */
export function unitNameplateFeeUsd(t: ContractTerms, powerW: number, uptime: number): number {
  const credited = t.minimumUptime > 0 && uptime < t.minimumUptime ? uptime / t.minimumUptime : 1;
  return powerW * 1e-3 * t.nameplateUsdPerKwDay * credited;
}

/** One machine's metered (or all-in) fee a day it runs, USD. */
export function unitMeteredFeeUsd(t: ContractTerms, powerW: number, uptime: number): number {
  return powerW * 1e-3 * uptime * t.meteredUsdPerKwDay;
}

/** One machine's curtailment credit a day it runs, USD. */
export function unitCreditUsd(t: ContractTerms, powerW: number): number {
  return powerW * 1e-3 * t.creditUsdPerKwDay;
}

/** Months of fees a deposit counts: one machine's fees a month (nameplate before the uptime credit, or metered), USD. */
export function unitMonthlyFeeUsd(
  t: ContractTerms,
  powerW: number,
  uptime: number,
  daysPerMonth: number,
): number {
  return (powerW * 1e-3 * t.nameplateUsdPerKwDay + unitMeteredFeeUsd(t, powerW, uptime)) * daysPerMonth;
}

/**
 * The price of a kWh at the meter (the facility's, PUE included) that charges an all-in rate of
 * `rateUsdPerKwh` per kWh the machines draw: the run carries an all-in rate as its power price
 * (engine/compile/compile.ts powerTable), which the rate pays for.
 */
export function allInPowerPrice(rateUsdPerKwh: number, pue: number): number {
  return rateUsdPerKwh / pue;
}
