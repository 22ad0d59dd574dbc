// The scenario's hosting contract and curtailment credits as ContractTerms (model/hosting.ts): a
// bare `power.hosting` fee is the per-kW nameplate contract it always was; every rate is converted
// here, once, to USD per kW a day.
import { type ContractTerms, NO_CONTRACT } from '../model/hosting.js';
import type { Curtailment, HostingInput } from './schema/hosting.js';
import { DAYS_PER_YEAR } from './units.js';

export const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

/**
 * Terms of `hosting` (canonical units: USD/W/day, USD/kWh, fractions, days) with `curtailment`
 * credits at `pue`; a waterfall without its own capex recovers `fleetCapexUsd`.
 */
export function contractTerms(
  hosting: HostingInput,
  curtailment: Curtailment | undefined,
  pue: number,
  fleetCapexUsd: number,
): ContractTerms {
  const terms: ContractTerms = { ...NO_CONTRACT };
  if (curtailment !== undefined) {
    // Budget in days a month -> hours a day; credit in USD/kWh; the facility's load (PUE) is shed.
    const hoursPerDay = (curtailment.budget * 24) / DAYS_PER_MONTH;
    terms.creditUsdPerKwDay = pue * hoursPerDay * curtailment.credit;
  }
  if (typeof hosting === 'number') {
    // A bare fee of 0 (the default) is no hosting contract.
    terms.basis = hosting > 0 ? 'per-kw' : 'none';
    terms.nameplateUsdPerKwDay = hosting * 1000;
    return terms;
  }
  terms.depositMonths = hosting.deposit === undefined ? 0 : hosting.deposit / DAYS_PER_MONTH;
  terms.depositRefundedOnDefault = hosting.depositOnDefault === 'refunded';
  terms.termDays = hosting.term === undefined ? 0 : Math.round(hosting.term);
  terms.termLengthDays = hosting.term ?? 0;
  terms.basis = hosting.basis;
  if (hosting.basis === 'per-kw') {
    if (hosting.on === 'nameplate') terms.nameplateUsdPerKwDay = hosting.rate * 1000;
    else terms.meteredUsdPerKwDay = hosting.rate * 1000;
    terms.minimumUptime = hosting.minimumUptime ?? 0;
  } else if (hosting.basis === 'all-in') {
    terms.meteredUsdPerKwDay = hosting.rate * 24;
  } else {
    terms.siteShare = hosting.share;
    terms.siteShareAfter = hosting.waterfall?.after ?? hosting.share;
    terms.recoverUsd = hosting.waterfall ? (hosting.waterfall.capex ?? fleetCapexUsd) : 0;
  }
  return terms;
}
