// A loan's loan-to-value covenant, tested every day (books.ts) unless the loan says it is tested
// less often (marginCall.testEvery: then on its test days only, which are book events): the collateral is the pledged
// cohorts' resale value (salvage.ts), which follows hashprice daily (the week's mean to the day,
// salvage.ts resaleHashprice, as on the deployment day its base). Checking it in full every day
// would cost a power and a resale value per cohort a day in the books' hot loop, so the books
// check a bound instead: over a stretch of days in which no pledged cohort is bought, sold or
// bricked and the balance does not change, the collateral is at least its value at the stretch's
// last day's survival and at today's resale hashprice, and that lower bound exceeds balance / covenant
// whenever hashprice is above one threshold (covenantTrigger). Only days below it are checked in
// full (collateralUsd), so a call is never missed and a quiet path pays one compare a day.
// The collateral counts the machines left on the path, as a sale of them does (fleet-events.ts,
// salvage.ts salvageAtHorizonUsd): on a path whose failures are drawn, a cohort's units less those
// its failure days before the day lost (fleet-state.ts drawnAliveOn: one of five machines lost is
// a fifth of the collateral gone from the day after); on an expected-value path, the units expected
// to survive, as its fleet runs them. Machines only fail, so the bound's stretch is valued at its
// last day's count, the fewest.
// Before a cohort's first running day its deploy-day hashprice is not known yet, so (as in the
// kernel, fleet-days.ts) its resale value is not scaled by hashprice then: the books read the
// deploy-day hashprice the kernel kept, and must not look ahead to it.

import type { LoanPlan } from '../../model/finance/books-plan.js';
import { hashpriceUnitHs, SALVAGE_HASHPRICE, SALVAGE_NONE, type SimulationPlan } from '../compile/plan.js';
import { runningFrom } from './fleet-days.js';
import { drawnAliveOn, type FleetState } from './fleet-state.js';
import { resaleUsd, resaleWear, resaleWornDays } from './salvage.js';
import type { KernelWorkspace } from './workspace.js';

/**
 * Value of a loan's collateral on day `d`: its cohorts still held, their machines left on the path
 * that day (aliveOn), at their resale value that day
 * (`hashprice`: the day's resale hashprice, salvage.ts resaleHashprice, in the hashprice's unit).
 */
export function collateralUsd(
  plan: SimulationPlan,
  workspace: KernelWorkspace,
  loan: LoanPlan,
  d: number,
  hashprice: number,
): number {
  const fleet = workspace.fleet;
  const units = plan.books!.cohortUnits;
  const logSurvival = plan.books!.cohortLogSurvival;
  const wearTable = workspace.books!.wear;
  let value = 0;
  for (let i = 0; i < loan.cohorts.length; i++) {
    const c = loan.cohorts[i];
    const cohort = plan.cohorts[c];
    if (d < fleet.capexDay[c] || d >= fleet.endDay[c]) continue;
    const alive = aliveOn(fleet, c, d, units[c], logSurvival[c]);
    const from = runningFrom(fleet, c);
    const deploy = d < from ? Number.NaN : fleet.deployHashpriceUsd[c];
    // The wear of a day worn, worked out once a plan (books-workspace.ts wear).
    const wear = tableWear(plan, wearTable, c, resaleWornDays(from, d));
    value += resaleUsd(cohort, alive, hashprice, deploy, wear);
  }
  return value;
}

/**
 * resaleWear(cohort c, `worn` days) from the books' table (books-workspace.ts wear), worked out the
 * first time a plan asks for it.
 */
function tableWear(plan: SimulationPlan, wearTable: Float64Array, c: number, worn: number): number {
  const at = c * plan.days + worn;
  let wear = wearTable[at];
  if (Number.isNaN(wear)) wearTable[at] = wear = resaleWear(plan.cohorts[c], worn);
  return wear;
}

/**
 * Units of cohort `c` at the start of day `d` (`units`: those working on its first running day):
 * those left on the path when its failures were drawn, else those expected to survive
 * (`logSurvival`: ln(1 - the daily failure probability)) from its first running day, as the
 * kernel decays them (fleet-days.ts): a cohort deployed before the start has its `units` working
 * on the start day, none of them lost before it.
 */
function aliveOn(fleet: FleetState, c: number, d: number, units: number, logSurvival: number): number {
  return fleet.failuresDrawn
    ? drawnAliveOn(fleet, c, d, units)
    : units * Math.exp(Math.max(0, d - runningFrom(fleet, c)) * logSurvival);
}

/**
 * The first day after `d` on which one of the loan's cohorts is bought, starts running (its value
 * follows hashprice from then), is sold or bricked; `days` if none.
 */
export function collateralChangeAfter(
  workspace: KernelWorkspace,
  loan: LoanPlan,
  d: number,
  days: number,
): number {
  const fleet = workspace.fleet;
  let next = days;
  for (let i = 0; i < loan.cohorts.length; i++) {
    const c = loan.cohorts[i];
    const bought = fleet.capexDay[c];
    const end = fleet.endDay[c];
    const running = runningFrom(fleet, c);
    if (bought > d && bought < next) next = bought;
    if (running > d && running < next) next = running;
    if (end > d && end < next) next = end;
  }
  return next;
}

/** A bound rounded up by more than the sums' rounding, so the full check always decides near it. */
const MARGIN = 1 + 1e-9;

/**
 * The hashprice (USD per the coin's hashprice unit) at or above which the covenant surely holds on
 * every day of [from, until), with `balance` owed and no pledged cohort bought, sold or bricked in
 * between: each held cohort is worth at least its value with until - 1's machines (aliveOn: they
 * only fail) times
 * min(1, hashprice x its wear on until - 1 / its deploy-day hashprice) >= min(1, hashprice / the
 * highest of its deploy-day hashprice / that wear: salvage.ts resaleUsd). Infinity
 * when the bound cannot hold (every day is checked in full); -Infinity when no day can breach it.
 */
export function covenantTrigger(
  plan: SimulationPlan,
  workspace: KernelWorkspace,
  loan: LoanPlan,
  balance: number,
  from: number,
  until: number,
): number {
  const fleet = workspace.fleet;
  const units = plan.books!.cohortUnits;
  const logSurvival = plan.books!.cohortLogSurvival;
  let floor = 0;
  let linked = false;
  let highest = 0;
  for (let i = 0; i < loan.cohorts.length; i++) {
    const c = loan.cohorts[i];
    const cohort = plan.cohorts[c];
    if (from < fleet.capexDay[c] || from >= fleet.endDay[c] || cohort.salvageMode === SALVAGE_NONE) continue;
    const alive = aliveOn(fleet, c, until - 1, units[c], logSurvival[c]);
    floor += cohort.salvageFraction * cohort.unitPriceUsd * alive;
    const running = runningFrom(fleet, c);
    const deploy = from < running ? Number.NaN : fleet.deployHashpriceUsd[c];
    if (cohort.salvageMode === SALVAGE_HASHPRICE && deploy >= 0) {
      linked = true;
      // Its machines earn hashprice x their wear, which only falls: at the stretch's last day's
      // wear, the deploy-day hashprice over it is the highest hashprice at which they are capped.
      const wear = tableWear(plan, workspace.books!.wear, c, resaleWornDays(running, until - 1));
      if (deploy / wear > highest) highest = deploy / wear;
    }
  }
  const share = (balance * MARGIN) / (loan.marginLoanToValue * floor);
  if (!(share <= 1)) return Number.POSITIVE_INFINITY;
  // A cohort whose deploy-day hashprice was 0 is worth nothing on a day of hashprice 0 (salvage.ts
  // resaleUsd), its full value on any other: such days are checked in full (the least positive
  // bound, still above 0 once the books divide it by the hashprice's unit).
  if (!linked) return Number.NEGATIVE_INFINITY;
  return highest > 0 ? share * highest : Number.MIN_VALUE * hashpriceUnitHs(plan.protocol.coin);
}
