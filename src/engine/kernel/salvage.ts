// What a cohort's surviving units fetch when sold: on its retire day (realized, in cash) or at the
// horizon (valued, for the "with salvage" metrics). A bricked cohort is worth nothing; the kernel
// never calls these for one.

import type { NetworkDays } from '../../model/network-day-tables.js';
import {
  SUBSIDY_STEP_COUNT,
  SUBSIDY_STEP_FEES_FOLLOW,
  SUBSIDY_STEP_FIRST,
  SUBSIDY_STEP_FIRST_CHANGE,
  SUBSIDY_STEP_LAST_CHANGE,
  SUBSIDY_STEP_SLOTS,
} from '../../model/network-state.js';
import { power } from '../../model/power.js';
import { type CohortPlan, SALVAGE_HASHPRICE, SALVAGE_NONE, type SimulationPlan } from '../compile/plan.js';

/**
 * Days the hashprice a resale is priced on is the mean of (the day and the six before; fewer at
 * the path's start, which has no days before it). A day's hashprice is a poor price for a machine:
 * Bitcoin's is a Poisson count of about 144 blocks (off by about 8 % at random: 317 of the
 * 3,240 shipped days since 2017 are 10 % or more off the week's mean) and carries the day's fees,
 * whose spikes last a day or two (2024-04-20, the halving's: 187.5 USD/PH/s/day against a week's mean of 76.9
 * at its subsidy, and 83.5 the next day). Read on the deployment day it would set the resale, and a loan's
 * collateral, for the whole horizon; read daily it would make a covenant call on one unlucky day.
 * Used machines trade on what they earn over weeks, so both the base and the level are the week's.
 * A machine earns the subsidy in force from now on, so every day of the week is read at the
 * subsidy in force at the end of the day priced (resaleHashpriceAt): the days before the start at
 * the start's (compile.ts coinsPerHsBefore), and the days before a halving within the path at the
 * halving's. Monero's reward follows the supply (a few millionths a day; at its 2016 fork a block's
 * reward doubled with its interval), so its days are read at their own reward: the rule's, as the
 * simulated days pay theirs, or what their blocks issued in a replay (compile.ts coinsPerHsBefore).
 * Read at their own subsidies, the week of a cohort first hashing in the 6 days after a halving
 * would hold days at twice the subsidy (2020-05-12 in the history: the week's 139.9
 * USD/PH/s/day against the 88.8 of the week after), its base up to about 40 % high and its resale
 * (and a loan's collateral) that much low to the horizon; and a resale in those days would be
 * priced on days that no machine earns any more.
 */
export const RESALE_HASHPRICE_DAYS = 7;

/**
 * The hashprice a resale on day `d` is priced on, in coins x USD per H/s (the hashprice before its
 * unit): the mean of coinsPerHs x priceUsd over the `window` days to `d` (the plan's
 * resaleHashpriceDays: RESALE_HASHPRICE_DAYS). Days before the path's start are read from
 * `before` (the plan's resaleCoinsPerHsBefore: the history's coins per H/s of the days before the
 * start, oldest first), at the path's first price (the path has no price before it, and a
 * break-even search's price held fixed holds there too); without them the mean is of fewer days.
 * Formed as the first day's plus the mean of the others' differences from it, so a hashprice the
 * same every day gives that hashprice to the bit (a resale held fixed keeps its ratio at 1).
 * Allocation-free; a few steps, called on the days a resale is valued (covenant.ts says which).
 */
export function resaleHashprice(
  coinsPerHs: Float64Array,
  priceUsd: Float64Array,
  d: number,
  window: number,
  before: Float64Array,
): number {
  let from = d - window + 1;
  let first: number;
  let sum = 0;
  let count = 1;
  if (from < 0) {
    // The days before the start the history gives, at the first day's price.
    const held = before.length < -from ? before.length : -from;
    const price = priceUsd[0];
    from = 0;
    if (held > 0) {
      const at = before.length - held;
      first = before[at] * price;
      for (let k = at + 1; k < before.length; k++) sum += before[k] * price - first;
      count = held;
      sum += coinsPerHs[0] * price - first;
      count++;
    } else first = coinsPerHs[0] * price;
  } else first = coinsPerHs[from] * priceUsd[from];
  for (let i = from + 1; i <= d; i++) sum += coinsPerHs[i] * priceUsd[i] - first;
  return first + sum / (count + d - from);
}

/** What resaleHashpriceAt reads of the path's network. */
export type ResaleNetwork = Pick<NetworkDays, 'coinsPerHs' | 'difficulty' | 'subsidySteps'>;

const SECONDS_PER_DAY = 86_400;

/**
 * The hashprice a resale on day `d` is priced on (resaleHashprice over the plan's
 * resaleHashpriceDays), each day read at the subsidy in force at the end of day `d` (its last
 * subsidy step, network-day-tables.ts NetworkDays.subsidySteps): a day paying another subsidy s (the days
 * before a halving, the halving's own day, the days before the start at the start's subsidy) has
 * 86,400 / (its difficulty x hashes per difficulty) x (the later subsidy - s) x its price added,
 * its fees kept; fees that are a share of the subsidy are scaled with it (the day's hashprice x
 * the later subsidy / s). A week paying one subsidy, every week but those after a halving, is
 * resaleHashprice's to the bit. Allocation-free.
 */
export function resaleHashpriceAt(
  plan: SimulationPlan,
  network: ResaleNetwork,
  priceUsd: Float64Array,
  d: number,
): number {
  const steps = network.subsidySteps;
  const from = d - plan.resaleHashpriceDays + 1;
  // Most weeks reach no change of subsidy: after the last, or before the first with the days
  // before the start (if the week reaches them) at the first day's subsidy.
  if (
    (from > steps[SUBSIDY_STEP_LAST_CHANGE] || d < steps[SUBSIDY_STEP_FIRST_CHANGE]) &&
    (from >= 0 || plan.resaleSubsidyBefore === steps[SUBSIDY_STEP_FIRST + 2])
  )
    return resaleHashprice(
      network.coinsPerHs,
      priceUsd,
      d,
      plan.resaleHashpriceDays,
      plan.resaleCoinsPerHsBefore,
    );
  return resaleAcrossChange(plan, network, priceUsd, d);
}

/** resaleHashpriceAt on a week that may reach a change of subsidy. */
function resaleAcrossChange(
  plan: SimulationPlan,
  network: ResaleNetwork,
  priceUsd: Float64Array,
  d: number,
): number {
  const window = plan.resaleHashpriceDays;
  const before = plan.resaleCoinsPerHsBefore;
  const coinsPerHs = network.coinsPerHs;
  const steps = network.subsidySteps;
  const count = steps[SUBSIDY_STEP_COUNT];
  if (!(count > 0)) return resaleHashprice(coinsPerHs, priceUsd, d, window, before);
  // The last step on or before d, and the subsidy in force at d's end.
  let at = SUBSIDY_STEP_FIRST + (count - 1) * SUBSIDY_STEP_SLOTS;
  while (at > SUBSIDY_STEP_FIRST && steps[at] > d) at -= SUBSIDY_STEP_SLOTS;
  const target = steps[at + 2];
  // Does a day of the week pay another subsidy? The steps back to its first day say.
  const from = d - window + 1;
  const low = from > 0 ? from : 0;
  let other = from < 0 && before.length > 0 && plan.resaleSubsidyBefore !== target;
  for (let k = at; !other && k >= SUBSIDY_STEP_FIRST; k -= SUBSIDY_STEP_SLOTS) {
    if (steps[k + 1] !== target) other = steps[k] >= low;
    else if (steps[k] > low) other = k > SUBSIDY_STEP_FIRST && steps[k - 1] !== target;
    if (steps[k] <= low) break;
  }
  if (!other) return resaleHashprice(coinsPerHs, priceUsd, d, window, before);
  return weekAtSubsidy(plan, network, priceUsd, d, at, target);
}

/** resaleHashprice's mean with each day read at `target` (resaleHashpriceAt); `at`: d's last step. */
function weekAtSubsidy(
  plan: SimulationPlan,
  network: ResaleNetwork,
  priceUsd: Float64Array,
  d: number,
  at: number,
  target: number,
): number {
  const { coinsPerHs, difficulty, subsidySteps: steps } = network;
  const before = plan.resaleCoinsPerHsBefore;
  const perCoinBefore = plan.resaleCoinsPerHsPerCoinBefore;
  const perHash = SECONDS_PER_DAY / plan.protocol.hashesPerDifficulty;
  const feesFollow = steps[SUBSIDY_STEP_FEES_FOLLOW] === 1;
  // Formed as day d's plus the mean of the others' differences from it, as resaleHashprice is
  // formed on its first day: a week the same every day at the subsidy gives its value to the bit.
  let anchor = 0;
  let sum = 0;
  let count = 0;
  let step = at;
  // Days from d back: each pays its step's mean on the step's day, its end after it.
  const from = d - plan.resaleHashpriceDays + 1;
  for (let i = d; i >= (from > 0 ? from : 0); i--) {
    while (step > SUBSIDY_STEP_FIRST && steps[step] > i) step -= SUBSIDY_STEP_SLOTS;
    const paid = steps[step] === i ? steps[step + 1] : steps[step + 2];
    let value = coinsPerHs[i] * priceUsd[i];
    if (paid !== target)
      value = feesFollow
        ? paid > 0
          ? value * (target / paid)
          : value
        : value + ((perHash * (target - paid)) / difficulty[i]) * priceUsd[i];
    if (i === d) anchor = value;
    else sum += value - anchor;
    count++;
  }
  if (from < 0) {
    const held = before.length < -from ? before.length : -from;
    const price = priceUsd[0];
    const shift = target - plan.resaleSubsidyBefore;
    for (let k = before.length - held; k < before.length; k++) {
      sum += (shift === 0 ? before[k] : before[k] + perCoinBefore[k] * shift) * price - anchor;
      count++;
    }
  }
  return anchor + sum / count;
}

/**
 * Resale value of `units` surviving units, USD. SALVAGE_HASHPRICE scales by what a unit earns now
 * over what it earned on the cohort's first running day, capped at 1 (used machines are priced by
 * what they earn): hashprice now x its hashrate now (worn by its degradation over the `wornDays`
 * since its first running day: resaleWornDays) over hashprice then x its hashrate then, each
 * hashprice the week's mean to its day (resaleHashprice); without a deploy-day hashprice (NaN: not
 * running yet, as the covenant values it before then) the ratio is 1. Left unworn, ten S9s that
 * lost half their hashrate in a year were resold as new (test/engine/resale-wear.test.ts). A
 * deploy-day hashprice of 0 (no subsidy and no fees) gives 1 for a hashprice above 0 now (the cap)
 * and 0 for a hashprice of 0 now, as any deploy-day hashprice does: machines that earn nothing are
 * worth nothing (read as 1, ten S21s past the last halving without fees were resold at 80 % of
 * their price).
 */
export function resaleUsd(
  cohort: CohortPlan,
  units: number,
  hashpriceUsd: number,
  deployHashpriceUsd: number,
  wear: number,
): number {
  if (cohort.salvageMode === SALVAGE_NONE) return 0;
  const value = cohort.salvageFraction * cohort.unitPriceUsd * units;
  if (cohort.salvageMode !== SALVAGE_HASHPRICE || Number.isNaN(deployHashpriceUsd)) return value;
  const earns = hashpriceUsd * wear;
  if (earns < deployHashpriceUsd) return (value * earns) / deployHashpriceUsd;
  return deployHashpriceUsd > 0 || earns > 0 ? value : 0;
}

/**
 * Days cohort `c` has worn by day `d` since its first running day (`runningFrom`: fleet-days.ts):
 * its hashrate on day `d` is its first day's x degradationPerDay to this power, as the kernel's unit
 * tables wear it (fleet-days.ts fillUnitTables); 0 before it runs.
 */
export function resaleWornDays(runningFrom: number, d: number): number {
  return d > runningFrom ? d - runningFrom : 0;
}

/** What is left of a unit's hashrate after `wornDays` of its cohort's degradation (1: unworn). */
export function resaleWear(cohort: CohortPlan, wornDays: number): number {
  return wornDays > 0 && cohort.degradationPerDay !== 1 ? power(cohort.degradationPerDay, wornDays) : 1;
}

/**
 * Resale value of the cohorts still held at the horizon: bought, not retired, not bricked, at
 * `lastHashpriceUsd`, the resale's hashprice on the last day (resaleHashprice x the unit).
 */
export function salvageAtHorizonUsd(
  plan: SimulationPlan,
  aliveUnits: Float64Array,
  deployHashpriceUsd: Float64Array,
  lastHashpriceUsd: number,
): number {
  const days = plan.days;
  let total = 0;
  for (let c = 0; c < plan.cohorts.length; c++) {
    const cohort = plan.cohorts[c];
    if (cohort.purchaseDay < days && cohort.retireDay >= days && cohort.brickDay >= days) {
      // Worn as on the last day, the day whose resale hashprice values it.
      const worn = resaleWornDays(Math.max(Math.ceil(cohort.deployDay), 0), days - 1);
      total += resaleUsd(
        cohort,
        aliveUnits[c],
        lastHashpriceUsd,
        deployHashpriceUsd[c],
        resaleWear(cohort, worn),
      );
    }
  }
  return total;
}
