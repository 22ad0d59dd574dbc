// Break-even inputs: the constant electricity price, or the constant coin price, at which the
// fleet's net position at the horizon is exactly zero (so payback lands on the last day).
//
// Both run the kernel on the path's own failures (each trial draws them again from the start of the
// path's fleet stream: failures.ts draws them from the failures alone, so every trial loses the
// same machines on the same days as the path did), or where no failures are drawn (a back-test) in
// expected-value mode, with a constant series written into the workspace's scratch arrays, so they
// allocate nothing; they overwrite the workspace's outputs. Searched on the expected survival, a
// run's path that lost its machines early was given the break-even of the fleet expected to
// survive (three S19 Pros at 60 % a year: 0.058 USD/kWh on a path that loses money with free
// power: test/engine/breakeven-failures.test.ts). The net position at the horizon is
// non-increasing in the tariff and non-decreasing in the price, under every operation and treasury
// mode but where breakEvenTurns says (below), so a bracketing root finder suffices: the Illinois variant of regula falsi, exact in a step
// or two where the net is linear (always-on) and still safe at the kinks of the shutdown rule.
// Financing, hedges and tax are no part of that net (the project's), so they cannot turn it.
//
// Except where breakEvenTurns names why: there the net can cross zero several times, and a
// bracketing search would return one crossing as if it were the break-even, so the break-even is
// not searched (NaN; the outputs say why). Neither is, under a revenue share:
// - a waterfall that raises the site's share: a dearer tariff slows the owner's recovery and
//   delays the switch to the larger share, so the net can rise with the tariff; a higher price
//   brings the switch earlier, so the net can fall as the price rises (10 x 95 TH/s at 30 % then
//   90 % once 5,000 USD is recovered: zero near 0.0155, 0.0525 and 0.0575 USD/kWh);
// - a share under the shutdown rule, which keeps a cohort on while the whole revenue covers the
//   power (model/hosting.ts): on days the owner's share does not, the owner loses money running,
//   so a dearer tariff that switches those days off raises the net, and a higher price that
//   switches them on lowers it.
// The tariff's is not, under the shutdown rule with the coins held, on a path whose price is ever
// above its last day's: the rule decides at the day's price, the coins are worth the last day's,
// so a dearer tariff that switches off days whose coins end up worth less than their power raises
// the net (test/engine/kernel.property.test.ts has one). On a path never above its last price a
// day the rule runs adds at least its power's worth, so switching it off never raises the net; and
// held at one price, the rule's price is the coins' value, so the price's search stands. Coins
// sold to cover costs do not turn it: a day the rule runs nets coins (its coins less those sold for
// its power), and more coins never leave the horizon's position lower.
//
// NaN when no value in the bracket gives zero: the fleet loses money even at a zero tariff (or an
// unbounded price), or makes money even at a huge tariff (no power bill, e.g. a free fleet) or at
// a zero price.
//
// Under an all-in hosting rate the rate pays for the power (power.price is 0), so the tariff
// searched is the all-in rate itself, per kWh drawn: the plan's power price carries the rate
// (compile.ts powerTable), so a trial of the rate R' runs at R' / PUE a kWh at the meter, and R'
// starts at 0 as a tariff does.

import { allInPowerPrice } from '../../model/hosting.js';
import { fillNetworkDays } from '../../model/network-day.js';
import {
  type MarketPath,
  OPERATION_SHUTDOWN_UNPROFITABLE,
  type SimulationPlan,
  TREASURY_HOLD,
} from '../compile/plan.js';
import type { Uniform } from './failures.js';
import { runPathDays } from './kernel.js';
import type { KernelWorkspace } from './workspace.js';

const SOLVE_TARIFF = 0;
const SOLVE_PRICE = 1;
/**
 * Highest tariff tried, USD/kWh. Far above any real tariff, but a path whose network shrinks fast
 * (a drift of -1000 % a year) breaks even at hundreds of thousands: at 1,000, where the search
 * stopped, 18 of 20 such paths were left out as having none, and the median read over the other 2.
 * The bracket grows eightfold from the path's own tariff only while the net is still above zero,
 * so a path with a break-even below the ceiling costs no trial more.
 */
const TARIFF_MAX_USD_PER_KWH = 1e15;
/** Highest coin price tried, USD (as high, for a network that grows as fast). */
const PRICE_MAX_USD = 1e30;
const MAX_ITERATIONS = 200;
const RELATIVE_TOLERANCE = 1e-12;

/**
 * The path's failures for a trial: its fleet stream rewound to the path's start (the same uniforms
 * the path drew), or null where the path's failures were not drawn (expected-value mode).
 */
export type PathFailures = (() => NonNullable<Uniform>) | null;

/**
 * Why the net position at the horizon may cross zero more than once (see file): under `waterfall`
 * and `share-shutdown` in the tariff and the price, under `shutdown-held` (the coins held) in the
 * tariff only, on a path whose price is ever above its last day's.
 */
export type BreakEvenTurn = 'waterfall' | 'share-shutdown' | 'shutdown-held';

/**
 * Why the net position at the horizon of `plan` may not be monotone in the tariff (and, but under
 * `shutdown-held`, the coin price), so that the break-even is not searched; null when it is
 * monotone in both (see file).
 */
export function breakEvenTurns(plan: SimulationPlan): BreakEvenTurn | null {
  const c = plan.contract;
  if (c.recoverUsd > 0 && c.siteShareAfter > c.siteShare) return 'waterfall';
  if (plan.operation !== OPERATION_SHUTDOWN_UNPROFITABLE) return null;
  const shared = c.siteShare > 0 || (c.recoverUsd > 0 && c.siteShareAfter > 0);
  if (shared) return 'share-shutdown';
  return plan.treasury === TREASURY_HOLD ? 'shutdown-held' : null;
}

/**
 * Whether the net of `path` may turn in the tariff: breakEvenTurns says so, and under
 * `shutdown-held` some day's price is above the last day's (see file). A pass over the days.
 */
function tariffTurns(plan: SimulationPlan, path: MarketPath): boolean {
  const turn = breakEvenTurns(plan);
  if (turn === null) return false;
  if (turn !== 'shutdown-held') return true;
  const price = path.priceUsd;
  const last = price[plan.days - 1];
  for (let d = 0; d < plan.days; d++) if (price[d] > last) return true;
  return false;
}

/** Whether the net may turn in the coin price, so that its break-even is not searched (breakEvenTurns). */
function priceTurns(plan: SimulationPlan): boolean {
  const turn = breakEvenTurns(plan);
  return turn !== null && turn !== 'shutdown-held';
}

/**
 * Constant tariff (USD/kWh) that makes the net position at the horizon zero; under an all-in
 * hosting rate, the all-in rate (per kWh drawn); NaN when none, or when the net may cross zero more
 * than once (breakEvenTurns, and under `shutdown-held` a path ever above its last price; see file).
 */
export function breakEvenTariff(
  plan: SimulationPlan,
  path: MarketPath,
  workspace: KernelWorkspace,
  failures: PathFailures = null,
): number {
  if (tariffTurns(plan, path)) return Number.NaN;
  return solveBreakEven(plan, path, workspace, SOLVE_TARIFF, 0.1, TARIFF_MAX_USD_PER_KWH, null, failures);
}

/**
 * Fills the path's network hashrate again as it would have moved with the coin price held at
 * `priceUsd` (the same value every day), on the path's own random draws.
 */
export type NetworkAtPrice = (priceUsd: Float64Array) => void;

/**
 * Constant coin price (USD), with the path's own network and fees, that makes the net position at
 * the horizon zero (NaN when none, or when the net may cross zero more than once: breakEvenTurns
 * but `shutdown-held`).
 * A network that follows the price (engine/kernel/market-path.ts
 * networkFollowsPrice) is stepped again at each price tried, through `networkAtPrice`: held at a
 * price, miners would have come and gone as that price, not the path's, made them.
 */
export function breakEvenPrice(
  plan: SimulationPlan,
  path: MarketPath,
  workspace: KernelWorkspace,
  networkAtPrice: NetworkAtPrice | null = null,
  failures: PathFailures = null,
): number {
  if (priceTurns(plan)) return Number.NaN;
  const firstGuess = path.priceUsd.length > 0 && path.priceUsd[0] > 0 ? path.priceUsd[0] : 1;
  return solveBreakEven(
    plan,
    path,
    workspace,
    SOLVE_PRICE,
    firstGuess,
    PRICE_MAX_USD,
    networkAtPrice,
    failures,
  );
}

/**
 * The plan's power price a trial of tariff `value` runs at: `value` itself, or under an all-in rate,
 * which the plan's power price carries (compile.ts powerTable), the price of the all-in rate
 * `value`, value / PUE.
 */
function electricityPrice(plan: SimulationPlan, value: number): number {
  if (plan.contract.basis !== 'all-in') return value;
  return allInPowerPrice(value, plan.pue);
}

/** Net position at the horizon with the tariff or the price held at `value`, made increasing in `value`. */
function rising(
  plan: SimulationPlan,
  path: MarketPath,
  workspace: KernelWorkspace,
  mode: number,
  value: number,
  networkAtPrice: NetworkAtPrice | null,
  failures: PathFailures,
): number {
  // Only the last day's net position is read: the path's IRR, NPV and books are not measured.
  const last = plan.days - 1;
  if (last < 0) return Number.NaN;
  if (mode === SOLVE_TARIFF) {
    workspace.scratchTariffUsdPerKwh.fill(electricityPrice(plan, value));
    const net = runPathDays(
      plan,
      path,
      workspace,
      failures === null ? null : failures(),
      workspace.scratchTariffUsdPerKwh,
      path.priceUsd,
      true,
    );
    return -net[last];
  }
  workspace.scratchPriceUsd.fill(value);
  if (networkAtPrice !== null) {
    // At a price of 0 the coins are worth nothing whatever the network (a network that follows the
    // price has no margin to follow there): the network in the path stands.
    if (value > 0) networkAtPrice(workspace.scratchPriceUsd);
    fillNetworkDays(workspace.networkDays, workspace.network, plan, path);
  }
  const net = runPathDays(
    plan,
    path,
    workspace,
    failures === null ? null : failures(),
    plan.tariffUsdPerKwh,
    workspace.scratchPriceUsd,
    true,
  );
  return net[last];
}

function solveBreakEven(
  plan: SimulationPlan,
  path: MarketPath,
  workspace: KernelWorkspace,
  mode: number,
  firstGuess: number,
  max: number,
  networkAtPrice: NetworkAtPrice | null = null,
  failures: PathFailures = null,
): number {
  // Trials change only the tariff or the price: the path's network is stepped once, here, unless
  // it follows the price (then each price's trial steps it again).
  if (networkAtPrice === null) fillNetworkDays(workspace.networkDays, workspace.network, plan, path);
  let lo = 0;
  let fLo = rising(plan, path, workspace, mode, lo, networkAtPrice, failures);
  // Net exactly zero with free power: the break-even tariff is 0. Net >= 0 at a zero coin price
  // means the fleet needs no price at all: no break-even price.
  if (fLo === 0) return mode === SOLVE_TARIFF ? 0 : Number.NaN;
  if (!(fLo < 0)) return Number.NaN;
  // Grow the bracket geometrically from a plausible value to the ceiling.
  let hi = firstGuess;
  let fHi = rising(plan, path, workspace, mode, hi, networkAtPrice, failures);
  // Net exactly zero is not enough at this end: a fleet that shuts down when power is dear ends flat
  // at zero without ever losing money, and has no break-even tariff.
  while (fHi <= 0 && hi < max) {
    lo = hi;
    fLo = fHi;
    hi = Math.min(hi * 8, max);
    fHi = rising(plan, path, workspace, mode, hi, networkAtPrice, failures);
  }
  if (!(fHi > 0)) return Number.NaN;

  // Illinois: regula falsi that halves the weight of an end kept twice in a row.
  let side = 0;
  let x = lo;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const previous = x;
    x = (lo * fHi - hi * fLo) / (fHi - fLo);
    if (!(x > lo && x < hi)) x = 0.5 * (lo + hi);
    if (Math.abs(x - previous) <= RELATIVE_TOLERANCE * x) break;
    const fx = rising(plan, path, workspace, mode, x, networkAtPrice, failures);
    if (fx === 0) return x;
    if (fx < 0) {
      lo = x;
      fLo = fx;
      if (side === -1) fHi *= 0.5;
      side = -1;
    } else {
      hi = x;
      fHi = fx;
      if (side === 1) fLo *= 0.5;
      side = 1;
    }
    if (hi - lo <= RELATIVE_TOLERANCE * hi) break;
  }
  return x;
}
