// The back-test: the scenario's fleet replayed on the actual price, difficulty, blocks and fees
// from its start date. Failures take their expected values (fractional units), so the result is
// one deterministic path.
import { addDays } from '../../data/dates.js';
import { startPlace } from '../../model/chain-clock.js';
import type { Scenario } from '../../scenario/normalize.js';
import type { BookAtCut } from '../../stats/summary.js';
import { compilePlan } from '../compile/compile.js';
import { planDailyView } from '../compile/daily-view.js';
import type { CompileInputs } from '../compile/inputs.js';
import type { MarketPath, SimulationPlan } from '../compile/plan.js';
import { breakEvenPrice, breakEvenTariff } from '../kernel/breakeven.js';
import { weeklyCheckpoints } from '../kernel/checkpoints.js';
import { simulatePath } from '../kernel/kernel.js';
import { METRIC } from '../kernel/metrics.js';
import * as M from '../kernel/workspace.js';
import { booksAtCut } from './books-at-cut.js';
import { type HistoricalPath, historicalPath } from './history-path.js';

/** `s` with its block height read from the history (network.height left out). */
function withoutGivenHeight(s: Scenario): Scenario {
  if (s.network.height === undefined) return s;
  const { height: _given, ...network } = s.network;
  return { ...s, network };
}

export interface Backtest {
  plan: SimulationPlan;
  path: MarketPath;
  metrics: Float64Array;
  netPositionUsd: Float64Array;
  /** Weekly checkpoint days and their values (series-major, see checkpoints.ts). */
  checkpoints: Int32Array;
  checkpointValues: Float64Array;
  trace: M.KernelTrace;
  breakEvenTariffUsdPerKwh: number;
  breakEvenPriceUsd: number;
  paybackDate: string | null;
  cutAt?: string;
  /** The files of the history the back-test replayed (history-path.ts). */
  replayed: HistoricalPath['replayed'];
  /** With `finance`, cut at `cutAt`: the contracts that run past it (books-at-cut.ts); none otherwise. */
  booksAtCut: BookAtCut[];
  /** How many of those are loans with a covenant. */
  covenantsAtCut: number;
  /** The calculator's view of the start day (compile/daily-view.ts), without the Monte Carlo comparison. */
  dailyView: ReturnType<typeof planDailyView>;
  /**
   * With a tax rule: each tax year within the back-test, its last day, the equity's tax and the
   * losses carried after it; `default` marks the tax year a default ends ('ends', on the default
   * day) and the rest of that calendar tax year after it ('after').
   */
  taxYears: { endDay: number; taxUsd: number; lossCarriedUsd: number; default?: 'ends' | 'after' }[];
}

/**
 * The equity's tax year by year (books-workspace.ts), the years ending within the back-test's days.
 * A default ends the equity's tax year that day, taxed then (books.ts): that year is listed to the
 * default day, and the rest of its calendar year, whose end taxes the hedges settled after the
 * default (0 without), as a tax year of its own, so no tax is labelled by a day it was not paid on.
 */
function taxYears(plan: SimulationPlan, workspace: M.KernelWorkspace): Backtest['taxYears'] {
  const tax = plan.books?.tax ?? null;
  const w = workspace.books;
  if (tax === null || w === null) return [];
  const defaultDay = workspace.metrics[METRIC.defaulted] === 1 ? workspace.metrics[METRIC.defaultDay] : -1;
  const years: Backtest['taxYears'] = [];
  for (let k = 0; k < tax.yearEnds.length && tax.yearEnds[k] < plan.days; k++) {
    const endDay = tax.yearEnds[k];
    const inYear = defaultDay >= 0 && defaultDay <= endDay && (k === 0 || defaultDay > tax.yearEnds[k - 1]);
    if (!inYear) {
      years.push({ endDay, taxUsd: w.taxByYear[k], lossCarriedUsd: w.lossCarriedByYear[k] });
      continue;
    }
    years.push({
      endDay: defaultDay,
      taxUsd: w.taxAtDefaultUsd,
      lossCarriedUsd: w.lossCarriedAtDefaultUsd,
      default: 'ends',
    });
    if (defaultDay < endDay)
      years.push({
        endDay,
        taxUsd: w.taxByYear[k] - w.taxAtDefaultUsd,
        lossCarriedUsd: w.lossCarriedByYear[k],
        default: 'after',
      });
  }
  return years;
}

/** `inputs`: the coin's history and the compiled tariff (compile/inputs.ts loadCompileInputs). */
export function runBacktest(s: Scenario, inputs: CompileInputs): Backtest {
  const history = historicalPath(s, inputs.history);
  // What happened runs on the chain's own days: its rewards follow the history's block height, not
  // a height the scenario gives for its forecast (its price and difficulty are the history's too).
  const chain = startPlace(inputs.history, s.start).inside ? withoutGivenHeight(s) : s;
  // The days before the start are read as their blocks issued them, as the replayed days are.
  const plan = compilePlan(chain, inputs, history.days, true);
  const workspace = M.createKernelWorkspace(plan, { trace: true, checkpoints: weeklyCheckpoints(plan.days) });
  simulatePath(plan, history.path, workspace, null);
  const metrics = workspace.metrics.slice();
  const taxes = taxYears(plan, workspace);
  // The loans' balances on the last day, before the pass repaid them (read before the break-even
  // searches reuse the workspace).
  const open =
    history.cutAt !== undefined && plan.books !== null && workspace.books !== null
      ? booksAtCut(
          s,
          plan.books,
          plan.days,
          workspace.books.balance.slice(),
          metrics[METRIC.defaulted] === 1,
          plan.cohorts.map((c) => c.purchaseDay),
        )
      : { items: [], covenants: 0 };
  const netPositionUsd = workspace.netPositionUsd.slice();
  const checkpointValues = workspace.checkpointValues.slice();
  const trace = { ...workspace.trace! };
  for (const column of M.TRACE_COLUMNS) trace[column] = trace[column].slice();
  // The break-even searches reuse (and overwrite) the workspace: copies were taken above.
  const breakEvenTariffUsdPerKwh = breakEvenTariff(plan, history.path, workspace);
  const breakEvenPriceUsd = breakEvenPrice(plan, history.path, workspace);
  const payback = metrics[METRIC.paybackDay];
  return {
    plan,
    path: history.path,
    metrics,
    netPositionUsd,
    checkpoints: workspace.checkpoints,
    checkpointValues,
    trace,
    breakEvenTariffUsdPerKwh,
    breakEvenPriceUsd,
    paybackDate: Number.isNaN(payback) ? null : addDays(s.start, payback),
    // The calculator's answer is the scenario's start, as the run prints it: at a given height,
    // not the replay's (compiled again only when the two differ).
    dailyView: planDailyView(s, chain === s ? plan : compilePlan(s, inputs, history.days), inputs.history),
    booksAtCut: open.items,
    covenantsAtCut: open.covenants,
    taxYears: taxes,
    replayed: history.replayed,
    ...(history.cutAt ? { cutAt: history.cutAt } : {}),
  };
}
