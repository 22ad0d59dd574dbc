// Events marked on the charts: halvings (where the expected path reaches them), proof-of-work
// changes and cohort retirements.
import { addDays } from '../data/dates.js';
import type { Backtest } from '../engine/backtest/backtest.js';
import type { MarketPlan } from '../engine/compile/market-plan.js';
import type { SimulationPlan } from '../engine/compile/plan.js';
import { simulatePath } from '../engine/kernel/kernel.js';
import { createMarketWorkspace, fillMarketPath } from '../engine/kernel/market-path.js';
import * as M from '../engine/kernel/workspace.js';
import { Rng } from '../engine/random/rng.js';
import { coinProtocol } from '../model/coins/index.js';
import { feesModel } from '../model/market/fees/registry.js';
import { networkModel } from '../model/market/network/registry.js';
import { priceModel } from '../model/market/price/registry.js';
import { rewardCutsAhead } from '../model/reward-cuts.js';
import type { Scenario } from '../scenario/normalize.js';
import type { ChartEvent } from '../stats/summary.js';

/**
 * Halvings (on the expected path: the market with every shock at zero, a replayed price or
 * network included), proof-of-work changes and cohort retirements, for marking on charts.
 */
export function chartEvents(s: Scenario, plan: SimulationPlan, market: MarketPlan): ChartEvent[] {
  // A replayed price is the expected path's price as much as a calm model's is: the halvings
  // are dated on that path's heights. Where the network is replayed, those heights are the
  // history's, so the halvings fall on the days they happened and are marked as a back-test's
  // are, without a basis. Otherwise the label names its basis, `(calm path)`: the daily view and
  // the assumptions table date the next halving at the target block rate (2028-04-05 from
  // 2026-10-10), a growing network's calm path reaches it sooner (2028-04-01).
  const replayed = market.hashrate.type === 'historical';
  const expected = expectedPathTrace(plan, market);
  const halvings = halvingEvents(
    s,
    expected.height,
    expected.subsidyPerBlock,
    plan.initial.height,
    plan.initial.supply,
    replayed ? null : '(calm path)',
  );
  return withScheduled(s, plan.days, halvings);
}

/**
 * The events of a back-test's charts: the halvings on the day the shipped history's height
 * reaches them (the rule chartEvents() applies to the expected path), the proof-of-work changes
 * and the retirements. Its fan, revenue and market charts mark them as the run's do.
 */
export function backtestChartEvents(s: Scenario, b: Backtest): ChartEvent[] {
  const days = b.plan.days;
  return withScheduled(
    s,
    days,
    halvingEvents(
      s,
      b.trace.height.subarray(0, days),
      b.trace.subsidyPerBlock.subarray(0, days),
      b.plan.initial.height,
      b.plan.initial.supply,
      null,
    ),
  );
}

/** The halvings the day heights reach after the start's `initialHeight` (`supply` generated before it), labelled with `note`. */
function halvingEvents(
  s: Scenario,
  heights: Float64Array,
  subsidies: Float64Array,
  initialHeight: number,
  supply: number,
  note: string | null,
): ChartEvent[] {
  const events: ChartEvent[] = [];
  const protocol = coinProtocol(s.coin);
  const interval = protocol.halvingIntervalBlocks;
  if (interval === null) return events;
  // The halvings that lower the subsidy (model/reward-cuts.ts): none past the 33rd, block
  // 6,930,000, from which a Bitcoin block pays 0 and every later multiple of 210,000 pays 0 too.
  for (const cut of rewardCutsAhead(protocol, initialHeight, supply)) {
    const h = cut.height;
    // heights[d] is the height at the start of day d: block h is mined on the day before the
    // first day that starts past it (on that day itself when it starts with block h). No day
    // starts past it when the last day mines it: that day's blocks then pay less than the era's.
    const d = heights.findIndex((height) => height >= h);
    const last = heights.length - 1;
    if (d < 0 && !(last >= 0 && subsidies[last] < cut.rewardBefore)) break;
    const mined = d < 0 ? last : heights[d] > h ? d - 1 : d;
    events.push({
      date: addDays(s.start, mined),
      label: `halving ${h / interval}${note === null ? '' : ` ${note}`}`,
      kind: 'halving',
    });
  }
  return events;
}

/**
 * `events` with the scheduled ones of the scenario (proof-of-work changes, retirements) within the
 * run's `days`, by date: a retirement after its last day is not reached (the cohort runs to it).
 */
function withScheduled(s: Scenario, days: number, events: ChartEvent[]): ChartEvent[] {
  const last = addDays(s.start, days - 1);
  for (const change of s.network.powChanges)
    if (change.date >= s.start && change.date <= last)
      events.push({ date: change.date, label: change.name, kind: 'fork' });
  for (const cohort of s.fleet)
    if (cohort.retire && cohort.retire <= last)
      events.push({ date: cohort.retire, label: `${cohort.name} retired`, kind: 'retire' });
  return events.sort((a, b) => a.date.localeCompare(b.date));
}

/** The daily trace (block heights, subsidies) along the expected market path (all shocks zero). */
function expectedPathTrace(plan: SimulationPlan, market: MarketPlan): M.KernelTrace {
  const calm: MarketPlan = {
    ...market,
    price: priceModel(market.price.type).calm(market.price),
    hashrate: networkModel(market.hashrate.type).calm(market.hashrate),
    fees: feesModel(market.fees.type).calm(market.fees),
  };
  const w = createMarketWorkspace(calm);
  const rng = new Rng();
  fillMarketPath(calm, w, rng, rng, rng);
  const kernel = M.createKernelWorkspace(plan, { trace: true });
  simulatePath(plan, w.path, kernel, null);
  return kernel.trace as M.KernelTrace;
}
