// The rule that a claim on a measure of the books has the financing it measures: the equity's
// need `finance`, the after-tax ones a tax rule, a margin call or a default a loan with a covenant
// (rules.ts runs it with the others; the claims' grammar is in claims.ts).

import { claimMessages } from '../messages/claims.js';
import { AFTER_TAX_METRICS, EQUITY_METRICS, FLAG_METRICS } from './claims.js';
import type { RuleProblem, Scenario } from './normalize.js';

/**
 * Claims about measures the scenario's financing makes: the equity's need `finance`, the after-tax
 * ones a tax rule, a margin call or a default a loan with a covenant. Without them the measure
 * would be the project's or never happen, and the verdict would silently be about something else.
 */
export function claimFinanceRules(s: Scenario, out: RuleProblem[]): void {
  const f = s.finance;
  const covenant = f?.loans.some((loan) => loan.marginCall !== undefined) ?? false;
  const booked =
    f !== undefined &&
    (f.loans.length > 0 || f.leases.length > 0 || f.hedges.length > 0 || f.tax !== undefined);
  s.claims.forEach((claim, i) => {
    const at = ['claims', i];
    const metric = claim.metric;
    if (metric === 'hedges-net' && (f?.hedges.length ?? 0) === 0)
      out.push({ path: at, message: claimMessages.hedgesWithoutHedges() });
    else if ((EQUITY_METRICS as readonly string[]).includes(metric) && !booked)
      out.push({ path: at, message: claimMessages.equityWithoutFinance(metric) });
    else if ((AFTER_TAX_METRICS as readonly string[]).includes(metric) && f?.tax === undefined)
      out.push({ path: at, message: claimMessages.afterTaxWithoutTax(metric) });
    else if ((FLAG_METRICS as readonly string[]).includes(metric) && !covenant)
      out.push({ path: at, message: claimMessages.flagWithoutCovenant(metric.replace('-', ' ')) });
  });
}
