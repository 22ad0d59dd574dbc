// What a cohort's surviving units fetch when sold: on its retire day (realized, in cash) or at the
// horizon (valued, for the "with salvage" metrics). A bricked cohort is worth nothing; the kernel
// never calls these for one.

import { type CohortPlan, SALVAGE_HASHPRICE, SALVAGE_NONE, type SimulationPlan } from '../compile/plan.js';

/**
 * Days the hashprice a resale is priced on is the mean of (the day and the six before; fewer at
 * the path's start, which has no days before it). A day's hashprice is a poor price for a machine:
 * Bitcoin's is a Poisson count of about 144 blocks (off by about 8 % at random: 317 of the
 * 3,240 shipped days since 2017 are 10 % or more off the week's mean) and carries the day's fees,
 * whose spikes last a day or two (2024-04-20, the halving's: 187.5 USD/PH/s/day against a week's mean of 116.4,
 * and 83.5 the next day). Read on the deployment day it would set the resale, and a loan's
 * collateral, for the whole horizon; read daily it would make a covenant call on one unlucky day.
 * Used machines trade on what they earn over weeks, so both the base and the level are the week's.
 * The days before the start are read at the start's subsidy (compile.ts coinsPerHsBefore), but
 * across a halving within the path the week mixes two subsidies: a cohort first hashing in the 6
 * days after one has a base that still holds days at the old subsidy (2020-05-12 in the history:
 * the week's 139.9 USD/PH/s/day against the 88.8 of the week after), so its resale reads up to
 * about 40 % low until the horizon; the path's days are not yet rescaled to the day's subsidy (the
 * kernel keeps a day's subsidy only with a trace).
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

/**
 * Resale value of `units` surviving units, USD. SALVAGE_HASHPRICE scales by hashprice now over
 * hashprice on the cohort's first running day, capped at 1 (used machines are priced by what
 * they earn), each the week's mean to its day (resaleHashprice); without a positive deploy-day
 * hashprice (never ran, or a zero price) the ratio is 1.
 */
export function resaleUsd(
  cohort: CohortPlan,
  units: number,
  hashpriceUsd: number,
  deployHashpriceUsd: number,
): number {
  if (cohort.salvageMode === SALVAGE_NONE) return 0;
  const value = cohort.salvageFraction * cohort.unitPriceUsd * units;
  if (cohort.salvageMode !== SALVAGE_HASHPRICE || !(deployHashpriceUsd > 0)) return value;
  return hashpriceUsd < deployHashpriceUsd ? (value * hashpriceUsd) / deployHashpriceUsd : value;
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
      total += resaleUsd(cohort, aliveUnits[c], lastHashpriceUsd, deployHashpriceUsd[c]);
    }
  }
  return total;
}
