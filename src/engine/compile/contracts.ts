// The hosting contract compiled into the plan: its terms (model/hosting.ts, read once per path into
// the fleet's per-cohort columns by fleet-state.ts) and its deposit, which enters the per-day fixed
// costs table as a payment on day 0 and a refund on the day hosting ends (depositRefundDay), so the
// kernel needs no loop of its own for it.
import { type ContractTerms, unitMonthlyFeeUsd } from '../../model/hosting.js';
import { contractTerms, DAYS_PER_MONTH } from '../../scenario/contract-terms.js';
import type { Scenario } from '../../scenario/normalize.js';
import type { CohortPlan } from './plan.js';

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

/** The cohort days that say when the site stops hosting a cohort. */
type HostedCohort = Pick<CohortPlan, 'retireDay' | 'brickDay'>;

/**
 * The day the deposit comes back, when hosting ends: the contract renews on the same terms while
 * the site hosts machines, so the deposit stays held from term to term and comes back at the end
 * of the term (or of its k-th renewal, round(k x term) days from the start) on or after the day the
 * last cohort leaves the site (sold on its retirement, or stranded by a change of proof of work);
 * the last simulated day when that falls after it (a cohort that never leaves: the horizon's last
 * day, or a back-test's cut). A fleet gone within the first term leaves at its end.
 */
export function depositRefundDay(
  contract: ContractTerms,
  cohorts: readonly HostedCohort[],
  days: number,
): number {
  return Math.min(hostingEndDay(contract, lastHostedDay(cohorts)), days - 1);
}

/** The first day the site hosts none of the cohorts (Infinity: one never leaves). */
export function lastHostedDay(cohorts: readonly HostedCohort[], never = Number.POSITIVE_INFINITY): number {
  let gone = 0;
  for (const c of cohorts) {
    const leaves = Math.min(c.retireDay, c.brickDay);
    gone = Math.max(gone, leaves >= never ? Number.POSITIVE_INFINITY : leaves);
  }
  return gone;
}

/** The end of the term, or of the first renewal, on or after day `gone` (Infinity: none). */
export function hostingEndDay(contract: ContractTerms, gone: number): number {
  const length = contract.termLengthDays;
  if (!Number.isFinite(gone) || length <= 0) return Number.POSITIVE_INFINITY;
  let k = Math.max(1, Math.ceil(gone / length) - 1);
  while (Math.round(k * length) < gone) k++;
  return Math.round(k * length);
}

/** The deposit: months of the whole fleet's fees (every cohort, whenever it is deployed), USD. */
export function depositUsd(contract: ContractTerms, cohorts: readonly CohortPlan[]): number {
  if (contract.depositMonths === 0) return 0;
  let monthly = 0;
  for (const c of cohorts)
    monthly += c.units * unitMonthlyFeeUsd(contract, c.powerW, c.uptime, DAYS_PER_MONTH);
  return monthly * contract.depositMonths;
}
