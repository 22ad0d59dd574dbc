// What a cohort's surviving units fetch when sold: on its retire day (realized, in cash) or at the
// horizon (valued, for the "with salvage" metrics). A bricked cohort is worth nothing; the kernel
// never calls these for one.

import { type CohortPlan, SALVAGE_HASHPRICE, SALVAGE_NONE, type SimulationPlan } from '../compile/plan.js';

/**
 * Resale value of `units` surviving units, USD. SALVAGE_HASHPRICE scales by hashprice now over
 * hashprice on the cohort's first running day, capped at 1 (used machines are priced by what
 * they earn); without a positive deploy-day hashprice (never ran, or a zero price) the ratio is 1.
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

/** Resale value of the cohorts still held at the horizon: bought, not retired, not bricked. */
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
