// Rules of the hosting contract and curtailment credits that span several fields: combinations
// that cannot be (a deposit that is never refunded, a waterfall with no capex to recover, an
// all-in rate paid on top of a tariff). Registered in rules.ts.
import { contractMessages as m } from '../messages/contracts.js';
import { cohortCapexUsd } from '../model/finance/capex.js';
import { DAYS_PER_MONTH } from './contract-terms.js';
import type { RuleProblem, Scenario } from './normalize.js';
import { formatQuantity } from './quantity-format.js';

/** Slack for a budget that exactly fills the downtime. */
const ROUNDING = 1e-9;

export function contractRules(s: Scenario, out: RuleProblem[]): void {
  const h = s.power.hosting;
  if (typeof h !== 'number') {
    const at = (...rest: string[]) => ['power', 'hosting', ...rest];
    if (h.basis === 'all-in' && s.power.price !== 0)
      out.push({ path: ['power', 'price'], message: m.allInWithTariff() });
    if (h.deposit !== undefined && h.deposit > 0) {
      if (h.basis === 'revenue-share') out.push({ path: at('deposit'), message: m.depositOnRevenueShare() });
      else if (h.term === undefined) out.push({ path: at('deposit'), message: m.depositWithoutTerm() });
    }
    if (h.depositOnDefault !== undefined && !(h.deposit !== undefined && h.deposit > 0))
      out.push({
        path: at('depositOnDefault'),
        message:
          h.basis === 'revenue-share'
            ? m.depositOnDefaultOnRevenueShare()
            : m.depositOnDefaultWithoutDeposit(),
      });
    if (h.basis === 'revenue-share' && h.waterfall && h.waterfall.capex === undefined) {
      const capex = s.fleet.reduce((sum, c) => sum + cohortCapexUsd(c), 0);
      if (capex === 0) out.push({ path: at('waterfall'), message: m.waterfallWithoutCapex(), key: true });
    }
    if (h.basis === 'per-kw' && h.on === 'metered' && h.minimumUptime !== undefined)
      out.push({ path: at('minimumUptime'), message: m.minimumUptimeMetered() });
  }
  const c = s.power.curtailment;
  if (c === undefined) return;
  const budgetShare = c.budget / DAYS_PER_MONTH;
  s.fleet.forEach((cohort, i) => {
    if (cohort.uptime <= mostUptime(s) + ROUNDING) return;
    out.push({
      path: ['power', 'curtailment', 'budget'],
      message: m.curtailmentBeyondUptime(
        `fleet[${i}] (${cohort.name})`,
        formatQuantity(budgetShare, 'fraction'),
        formatQuantity(cohort.uptime, 'fraction'),
        // Rounded down, to the hundredth of a percent: 3 digits rounded 99.65 % up to 99.7 %, refused again.
        `${Number((Math.floor((1 - budgetShare) * 1e4) / 100).toPrecision(12))} %`,
      ),
    });
  });
}

/**
 * The highest uptime a cohort may have: 1, or with curtailment credits 1 less the budget's share of
 * the time (the budget is downtime). A study that moves an uptime stops here (study/sensitivity-inputs.ts).
 */
export function mostUptime(s: Pick<Scenario, 'power'>): number {
  const c = s.power.curtailment;
  return c === undefined ? 1 : 1 - c.budget / DAYS_PER_MONTH;
}
