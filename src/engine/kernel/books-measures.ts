// The books' flows measured, once a path after their day loop (books.ts): the project's after tax
// and the equity's NPV and IRR. Flows equal to ones already measured are not measured again; the
// others are the project's with a few days replaced (books-workspace.ts), measured on the project's
// block moments (model/finance/flow-moments.ts, made by moments-simd.ts once for both) and the
// replaced days (model/finance/sparse-irr.ts); after a default, the equity's flows to the last of
// its hedges' are written out and measured whole (model/finance/irr.ts).

import { DAYS_PER_YEAR } from '../../model/calendar.js';
import { SCAN_CHANGES, SCAN_NPV, scan } from '../../model/finance/flow-passes.js';
import { presentValueAndRate } from '../../model/finance/irr.js';
import { fillBlocksPaired } from '../../model/finance/moments-simd.js';
import { signChanges, sparsePresentValueAndRate, writeSparseFlows } from '../../model/finance/sparse-irr.js';
import type { SimulationPlan } from '../compile/plan.js';
import type { BooksWorkspace } from './books-workspace.js';
import { METRIC } from './metrics.js';

/**
 * Writes the after-tax and the equity's NPV and IRR of the path whose books have just run on `w`
 * into `metrics`: `blocksMade` says the project's flows' blocks are made, `financed` that the
 * equity's flows differ from the project's after tax, `projectTaxPaid` whether the project paid
 * tax, `defaultDay` the day of a default (-1: none).
 */
export function measureBookFlows(
  plan: SimulationPlan,
  metrics: Float64Array,
  w: BooksWorkspace,
  flow: Float64Array,
  days: number,
  blocksMade: boolean,
  financed: boolean,
  projectTaxPaid: number,
  defaultDay: number,
): void {
  const eq = w.equityFlowUsd;
  const equity = w.equity;
  const afterTax = w.afterTax;
  const dcf = w.dcf;
  // Flows equal to ones already measured are not measured again (no tax paid: after tax = before;
  // no loan or lease: the equity's flows are the project's after tax). The others are the
  // project's with a few days replaced: measured on the project's block moments (sparse-irr.ts),
  // made once for both.
  equity.length = defaultDay >= 0 ? defaultDay + 1 : days;
  afterTax.length = days;
  equity.baseNpv = metrics[METRIC.npvUsd];
  afterTax.baseNpv = metrics[METRIC.npvUsd];
  const baseChanges = projectSignChanges(flow, days, metrics[METRIC.npvUsd]);
  equity.baseChanges = baseChanges;
  afterTax.baseChanges = baseChanges;
  let momentsMade = blocksMade;
  if (projectTaxPaid === 0) {
    metrics[METRIC.afterTaxNpvUsd] = metrics[METRIC.npvUsd];
    metrics[METRIC.afterTaxIrr] = metrics[METRIC.irr];
  } else {
    if (!momentsMade) fillBlocksPaired(flow, days, w.blocks);
    momentsMade = true;
    sparsePresentValueAndRate(afterTax, plan.discountPerDay, DAYS_PER_YEAR, dcf);
    metrics[METRIC.afterTaxNpvUsd] = dcf[0];
    metrics[METRIC.afterTaxIrr] = dcf[1];
  }
  if (!financed) {
    metrics[METRIC.equityNpvUsd] = metrics[METRIC.afterTaxNpvUsd];
    metrics[METRIC.equityIrr] = metrics[METRIC.afterTaxIrr];
  } else if (defaultDay >= 0) {
    // After a default the equity's flows are its hedges' and their tax, zeros on the other days:
    // the flows to the last of them are written out and measured over their days (the moments
    // are the whole horizon's project flows). Trailing zeros change neither NPV nor IRR.
    const end = equity.count > 0 ? Math.max(defaultDay, equity.days[equity.count - 1]) + 1 : defaultDay + 1;
    eq.fill(0, defaultDay + 1, end);
    writeSparseFlows(equity, eq);
    presentValueAndRate(eq, end, plan.discountPerDay, DAYS_PER_YEAR, dcf);
    metrics[METRIC.equityNpvUsd] = dcf[0];
    metrics[METRIC.equityIrr] = dcf[1];
  } else {
    if (!momentsMade) fillBlocksPaired(flow, days, w.blocks);
    sparsePresentValueAndRate(equity, plan.discountPerDay, DAYS_PER_YEAR, dcf);
    metrics[METRIC.equityNpvUsd] = dcf[0];
    metrics[METRIC.equityIrr] = dcf[1];
  }
}

/**
 * How often the project's flows change sign: its IRR's scan (path-metrics.ts) counted it, and its
 * NPV, to the bit, says the scan at hand is that one; otherwise they are counted here.
 */
function projectSignChanges(flow: Float64Array, days: number, npv: number): number {
  return scan[SCAN_NPV] === npv ? scan[SCAN_CHANGES] : signChanges(flow, days);
}
