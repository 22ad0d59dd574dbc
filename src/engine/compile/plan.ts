// The SimulationPlan: everything the per-path kernel needs, compiled once from a normalized
// scenario. All values are in canonical units (H/s, W, USD, USD/kWh, days, fractions); nothing
// past this point parses a unit. Per-day values are typed arrays indexed by day (0 = start date).

import { type Coin, coinProtocol } from '../../model/coins/index.js';
import type { BooksPlan } from '../../model/finance/books-plan.js';
import type { ContractTerms } from '../../model/hosting.js';

export type { Coin };

/** Hashes a second that hashprice is quoted per (the coin record's hashprice unit). */
export function hashpriceUnitHs(coin: Coin): number {
  return coinProtocol(coin).hashpriceUnit.hs;
}

/** The unit hashprice is printed in (the coin record's hashprice unit). */
export function hashpriceUnitName(coin: Coin): string {
  return coinProtocol(coin).hashpriceUnit.name;
}

/**
 * The first day a payback can fall on: the fleet's last purchase day (day 0 for a cohort bought
 * before the start, as the run pays it; past plan.days for one bought after a run cut at the end of
 * the history, whose payback stays open at the cut). A fleet bought in stages has not paid
 * back on a day its position is back at zero while a later cohort's capex is still to be paid: that
 * capex puts the owners' money at stake again, so the payback is looked for once every cohort is
 * paid for (the position may already be back at zero on that day). One purchase: its day, before
 * which no machine earns, so the rule changes nothing there. The equity's (`leases` given) leaves
 * out the cohorts leased instead of bought, but a lease's residual is the owners' purchase of its
 * machines, paid with its last payment: a buyout (residual above 0) counts on that day as a
 * purchase does (past plan.days where a run is cut before it, whose payback stays open at the cut).
 * The equity's books (kernel/books.ts) move the day to a default before it: the equity buys nothing
 * after its default, so a purchase or buyout still to come puts none of its money at stake again.
 */
export function paybackFromDay(
  plan: Pick<SimulationPlan, 'cohorts'>,
  leases: readonly { cohort: number; residualUsd?: number; paymentDays?: ArrayLike<number> }[] = [],
): number {
  let from = 0;
  for (let c = 0; c < plan.cohorts.length; c++) {
    // A cohort leased instead of bought puts none of the equity's money in on its day.
    let leased = false;
    for (let l = 0; l < leases.length; l++) if (leases[l].cohort === c) leased = true;
    const day = plan.cohorts[c].purchaseDay;
    if (!leased && day > from) from = day;
  }
  for (let l = 0; l < leases.length; l++) {
    const { residualUsd = 0, paymentDays } = leases[l];
    if (!(residualUsd > 0) || paymentDays === undefined || paymentDays.length === 0) continue;
    const boughtOut = paymentDays[paymentDays.length - 1];
    if (boughtOut > from) from = boughtOut;
  }
  return from;
}

// NaN as a module constant, not `Number.NaN` (a property read V8 compiles from what it saw at that
// spot; the first paths seldom reach it): see kernel/treasury-lean.ts.
const NOT_PAID_BACK = Number.NaN;

/**
 * The payback day a path reports (METRIC.paybackDay, METRIC.equityPaybackDay): `payback` where one
 * was found (>= 0); else not paid back (NaN) where money was put at stake, or where the first day a
 * payback can fall on (`from`, paybackFromDay) is past the `days` run: a run cut at the end of the
 * history before the last purchase (or a lease's buyout) cannot tell "nothing at stake", since that
 * purchase may put money at stake again; else 0, nothing at stake (never below zero).
 */
export function reportedPaybackDay(payback: number, atStake: boolean, from: number, days: number): number {
  if (payback >= 0) return payback;
  return atStake || from >= days ? NOT_PAID_BACK : 0;
}

/** How a cohort's resale (salvage) value is set on the day it is sold or at the horizon. */
export const SALVAGE_NONE = 0;
/** salvageFraction x unit price x surviving units, whatever the market did. */
export const SALVAGE_FIXED = 1;
/**
 * salvageFraction x unit price x surviving units x (hashprice that day / hashprice on the first
 * running day), capped at 1x, each the mean of the resaleHashpriceDays days to its day, every day
 * read at the subsidy in force at the end of its day (kernel/salvage.ts resaleHashpriceAt); 0
 * when both are 0, machines that earn nothing (salvage.ts resaleUsd).
 */
export const SALVAGE_HASHPRICE = 2;

export const OPERATION_ALWAYS_ON = 0;
/** A cohort is switched off on days when its revenue would be below its power cost. */
export const OPERATION_SHUTDOWN_UNPROFITABLE = 1;

export const TREASURY_SELL_DAILY = 0;
export const TREASURY_HOLD = 1;
export const TREASURY_SELL_TO_COVER = 2;

export interface CohortPlan {
  name: string;
  hardwareClass: string;
  units: number;
  /**
   * Hashrate of one unit on its first day in the run, H/s: its rating on its deployment day, or,
   * deployed before the start, its rating worn by `degradation` over the days since then.
   */
  hashrateHs: number;
  /** Power of one unit at the wall, W (before PUE). */
  powerW: number;
  /** Unit price paid, USD (before import premium). */
  unitPriceUsd: number;
  /** Day index on which capex is paid (may be negative: bought before the start). */
  purchaseDay: number;
  /** First day index on which the cohort hashes. */
  deployDay: number;
  /** First day index on which the cohort no longer runs and is sold (plan.days when never). */
  retireDay: number;
  /** First day index on which a proof-of-work change makes it earn nothing and be worth nothing (plan.days when never). */
  brickDay: number;
  /** units x unitPrice x (1 + importPremium) + setup, USD. */
  capexUsd: number;
  /** Probability that one unit fails on a given day: 1 - (1 - annualRate)^(1/365.25). */
  failureProbPerDay: number;
  /** Multiplicative hashrate factor per day: (1 - degradationPerYear)^(1/365.25). */
  degradationPerDay: number;
  /** Fraction of the time the cohort hashes while deployed. */
  uptime: number;
  /** Maintenance, USD per unit alive per day. */
  maintenanceUsdPerUnitDay: number;
  salvageMode: number;
  salvageFraction: number;
}

export interface ProtocolPlan {
  coin: Coin;
  /** Target block interval, s. */
  blockIntervalS: number;
  /** Hashes per unit of difficulty per block: 2^32 for Bitcoin (as Coin Metrics and most calculators), 1 for Monero. */
  hashesPerDifficulty: number;
  /** Bitcoin: blocks between retargets (2016); Monero: 0 (difficulty follows hashrate daily). The network's day step dispatches on it. */
  retargetBlocks: number;
  /** Monero: 0.6 XMR tail emission; Bitcoin: 0. */
  tailEmission: number;
}

export interface InitialState {
  /** Block height at the start of day 0. */
  height: number;
  /**
   * The start day's difficulty: the one in force at the start of day 0, except on a day read from
   * the history whose blocks cross a Bitcoin retarget, where it is the day's mean over its blocks
   * (the history's figure, which the daily view holds fixed).
   */
  difficulty: number;
  /**
   * Bitcoin: the difficulty in force at the start of day 0, the current epoch's, where it differs
   * from `difficulty` (a start on a retarget day); the network steps from it. Absent: `difficulty`.
   */
  epochDifficulty?: number;
  /** Network hashrate on day 0, H/s. */
  networkHashrateHs: number;
  /** Coin price on day 0, USD. */
  priceUsd: number;
  /** Bitcoin: height at which the current difficulty epoch began. */
  epochStartHeight: number;
  /** Bitcoin: seconds already elapsed in the current epoch at the start of day 0. */
  epochElapsedS: number;
  /** Monero: coins already generated at the start of day 0 (XMR); Bitcoin: unused. */
  supply: number;
}

export interface SimulationPlan {
  scenarioName: string;
  startDate: string;
  /** Number of simulated days (the horizon). */
  days: number;
  protocol: ProtocolPlan;
  initial: InitialState;
  /** Assumption lines of the start state: where price and hashrate came from, and what was carried or derived. */
  start: {
    priceSource: string;
    hashrateSource: string;
    notes: { label: string; value: string; note?: string }[];
    /** Fees a block on the start day, in coins: the fee model's start level (NaN where none is known). */
    feesPerBlock: number;
  };
  cohorts: CohortPlan[];
  /**
   * What a kWh at the meter (the facility's, PUE included) costs each day, USD/kWh: the electricity
   * price, or under an all-in hosting rate, which pays for the power (power.price is 0), the rate
   * per kWh drawn over the PUE, so the kernel counts the rate as the power bill (compile.ts
   * powerTable; kernel/fleet-state.ts then charges no metered fee).
   */
  tariffUsdPerKwh: Float64Array;
  /** Power usage effectiveness: facility power / IT power (>= 1). */
  pue: number;
  /** The hosting contract and curtailment credits (model/hosting.ts), in USD per kW a day and shares. */
  contract: ContractTerms;
  /** Pool fee as a fraction of gross mining revenue. */
  poolFee: number;
  /** Fixed costs per day (staff, rent, ...), with the hosting deposit paid on day 0 and refunded at the end of its term, USD. */
  fixedUsdPerDay: Float64Array;
  operation: number;
  treasury: number;
  /** Daily discount factor: (1 + annual rate)^(-1/365.25). */
  discountPerDay: number;
  /**
   * Days a hashprice-linked resale's hashprice is the mean of (kernel/salvage.ts
   * resaleHashpriceAt): RESALE_HASHPRICE_DAYS, the week; the books' hand tests read 1, the day's.
   */
  resaleHashpriceDays: number;
  /**
   * Coins per H/s per day of the days before the start that the first days' resale hashprice
   * reads (at most resaleHashpriceDays - 1, oldest first): the history's, where the run starts from
   * the history's state on a day it holds; empty otherwise (the first days' mean is of fewer days).
   */
  resaleCoinsPerHsBefore: Float64Array;
  /**
   * The subsidy a block those days are read at (the start's), and each day's coins per H/s per coin
   * of it (86,400 / (difficulty x hashes per difficulty)): a week reaching back before a halving in
   * the path's first days reads them at the halving's subsidy (kernel/salvage.ts resaleHashpriceAt).
   */
  resaleSubsidyBefore: number;
  resaleCoinsPerHsPerCoinBefore: Float64Array;
  /** Financing and tax (engine/books.ts); null without them, and the kernel skips the pass. */
  books: BooksPlan | null;
}

/**
 * One market path, day by day: what the market and the network did. Produced by a market model
 * (Monte Carlo) or read from history (back-test). Lengths are plan.days.
 */
export interface MarketPath {
  priceUsd: Float64Array;
  networkHashrateHs: Float64Array;
  /** Average transaction fees per block, in coins. */
  feesPerBlock: Float64Array;
  /**
   * When set, the difficulty actually in force each day (history replay); otherwise the kernel
   * derives difficulty from hashrate through the protocol's retarget rule.
   */
  difficulty?: Float64Array;
  /** When set, the blocks actually found each day (history replay). */
  blocks?: Float64Array;
  /**
   * When set, the coins the day's blocks actually issued (history replay; NaN where the history
   * has no figure): a reward that follows the supply takes issuance / blocks on those days.
   */
  issuance?: Float64Array;
  /**
   * When set, fees per block as a share of the subsidy each day: the network step multiplies it
   * by the subsidy the simulated blocks pay, and `feesPerBlock` holds the same share of the
   * calendar subsidy (blocks on target) for readers without a simulated height.
   */
  feesPerSubsidy?: Float64Array;
  /**
   * When set, the value every day of the fees the network step reads holds: `feesPerSubsidy` when
   * that is set, else `feesPerBlock` (engine/kernel/market-path.ts sets it for fees filled once for
   * all paths). The step then takes them as this constant rather than reading them day by day.
   * Whoever writes those fees afterwards drops it.
   */
  feesSameEveryDay?: number;
}
