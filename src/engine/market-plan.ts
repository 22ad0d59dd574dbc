// compileMarket(scenario, plan): the market models with every parameter resolved (given, or
// calibrated on history strictly before the start) into plain numbers and typed arrays, ready
// for the per-path generator (market.ts) and cheap to send to workers.
import { type History, loadHistory } from '../data/history.js';
import { coinProtocol } from '../model/coins/index.js';
import type { Scenario } from '../scenario/normalize.js';
import { feeShare } from './fee-level.js';
import { resolveHashrate, resolvePrice } from './market-models.js';
import {
  type Assumption,
  FEES_HISTORICAL,
  FEES_PER_BLOCK,
  FEES_SHARE,
  HASHRATE_COUPLED,
  HASHRATE_STOCHASTIC,
  type MarketPlan,
  PRICE_BOOTSTRAP,
  PRICE_GBM,
  PRICE_JUMP,
  pct,
} from './market-types.js';
import type { SimulationPlan } from './plan.js';

// The plan's types and kinds are re-exported: importers know the market plan by this module.
export * from './market-types.js';

export function compileMarket(s: Scenario, plan: SimulationPlan): MarketPlan {
  const history = loadHistory(s.coin);
  const start = history.indexOf(s.start);
  const days = plan.days;
  const assumptions: Assumption[] = [];
  const slice = (series: Float64Array) => (start >= 0 ? series.slice(start, start + days) : null);
  const subsidy = expectedSubsidy(plan);

  const price = resolvePrice(s, history, plan, assumptions);
  price.series = s.price.model.type === 'historical' ? slice(history.priceUsd) : null;

  const hashrate = resolveHashrate(s, history, plan, assumptions);
  if (s.network.model.type === 'historical') {
    hashrate.series = slice(history.hashrateHs);
    hashrate.difficulty = slice(history.difficulty);
    hashrate.blocks = slice(history.blocks);
  }

  const f = s.fees.model;
  const fees: MarketPlan['fees'] = {
    kind:
      f.type === 'share-of-subsidy' ? FEES_SHARE : f.type === 'per-block' ? FEES_PER_BLOCK : FEES_HISTORICAL,
    share: 0,
    perBlock: 0,
    spikeProbPerDay: 0,
    spikeMultiplier: 1,
    spikeDays: 0,
    subsidy,
    series: null,
  };
  if (f.type === 'share-of-subsidy') {
    const level = feeShare(s, history);
    fees.share = level.share;
    assumptions.push({
      label: 'Fees',
      value: `${pct(fees.share)} of the subsidy`,
      note: level.note ?? 'given',
    });
  } else if (f.type === 'per-block') {
    fees.perBlock = f.amount;
    assumptions.push({
      label: 'Fees',
      value: `${f.amount} ${coinProtocol(s.coin).ticker} per block`,
    });
  } else {
    fees.series =
      start >= 0 ? Float64Array.from({ length: days }, (_, d) => feesPerBlockAt(history, start + d)) : null;
    assumptions.push({ label: 'Fees', value: 'historical replay' });
  }
  if (f.type !== 'historical' && f.spikes) {
    // A spike starts only on a day outside one, so the daily start chance is raised to give
    // `perYear` spikes a year on average: p / (1 - p (duration - 1)); rules.ts keeps it below 1.
    const p = f.spikes.perYear / 365;
    fees.spikeDays = Math.max(1, Math.round(f.spikes.duration));
    fees.spikeProbPerDay = p / (1 - p * (fees.spikeDays - 1));
    fees.spikeMultiplier = f.spikes.multiplier;
    assumptions.push({
      label: 'Fee spikes',
      value: `${f.spikes.perYear}/year, x${f.spikes.multiplier} for ${fees.spikeDays} days`,
    });
  }
  const stochastic =
    price.kind === PRICE_GBM ||
    price.kind === PRICE_JUMP ||
    price.kind === PRICE_BOOTSTRAP ||
    hashrate.kind === HASHRATE_STOCHASTIC ||
    (hashrate.kind === HASHRATE_COUPLED && hashrate.volPerSqrtDay > 0) ||
    fees.spikeProbPerDay > 0;
  return { days, price, hashrate, fees, stochastic, assumptions };
}

function feesPerBlockAt(history: History, i: number): number {
  return history.blocks[i] > 0 ? history.fees[i] / history.blocks[i] : 0;
}

function expectedSubsidy(plan: SimulationPlan): Float64Array {
  return coinProtocol(plan.protocol.coin).expectedRewards(
    plan.initial.height,
    plan.initial.supply,
    plan.days,
  );
}
