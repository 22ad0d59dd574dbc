// The hosting contract compiled into the plan: its terms (model/hosting.ts, read once per path into
// the fleet's per-cohort columns by fleet-state.ts) and its deposit, which enters the per-day fixed
// costs table as a payment on day 0 and a refund on the day hosting ends (depositRefundDay), so the
// kernel needs no loop of its own for it.
import { type ContractTerms, unitMonthlyFeeUsd } from '../../model/hosting.js';
import { contractTerms, DAYS_PER_MONTH } from '../../scenario/contract-terms.js';
import { depositRefundDay } from '../../scenario/hosting-end.js';
import type { Scenario } from '../../scenario/normalize.js';
import type { CohortPlan } from './plan.js';

// When hosting ends: read by the assumption lines too (scenario/hosting-end.ts).
export { depositRefundDay, hostingEndDay, lastHostedDay } from '../../scenario/hosting-end.js';

export interface CompiledContract {
  contract: ContractTerms;
  /** Fixed costs per day with the deposit's payment and refund, USD. */
  fixedUsdPerDay: Float64Array;
}

export function compileContract(s: Scenario, cohorts: readonly CohortPlan[], days: number): CompiledContract {
  const fleetCapexUsd = cohorts.reduce((sum, c) => sum + c.capexUsd, 0);
  const contract = contractTerms(s.power.hosting, s.power.curtailment, s.power.pue, fleetCapexUsd);
  const fixedUsdPerDay = new Float64Array(days).fill(s.costs.fixed);
  const deposit = depositUsd(contract, cohorts);
  if (deposit > 0 && days > 0) {
    fixedUsdPerDay[0] += deposit;
    fixedUsdPerDay[depositRefundDay(contract, cohorts, days)] -= deposit;
  }
  return { contract, fixedUsdPerDay };
}

/** The deposit: months of the whole fleet's fees (every cohort, whenever it is deployed), USD. */
export function depositUsd(contract: ContractTerms, cohorts: readonly CohortPlan[]): number {
  if (contract.depositMonths === 0) return 0;
  let monthly = 0;
  for (const c of cohorts)
    monthly += c.units * unitMonthlyFeeUsd(contract, c.powerW, c.uptime, DAYS_PER_MONTH);
  return monthly * contract.depositMonths;
}
