// What a cohort costs to buy and set up: the one capex figure that the plan pays on the purchase
// day, the rules weigh against the treasury, the calibration study divides by and the tables show.

/** A cohort's purchase terms, as the normalized scenario states them. */
export interface CohortPurchase {
  count: number;
  unitPriceUsd: number;
  /** Import duty and shipping, as a fraction of the units' price. */
  importPremium: number;
  setupCostUsd: number;
}

/** The units at their price plus the import premium, plus the setup cost, USD. */
export function cohortCapexUsd(c: CohortPurchase): number {
  return c.count * c.unitPriceUsd * (1 + c.importPremium) + c.setupCostUsd;
}

/** The capex of every cohort, added in fleet order, USD. */
export function fleetCapexUsd(fleet: readonly CohortPurchase[]): number {
  return fleet.reduce((sum, c) => sum + cohortCapexUsd(c), 0);
}
