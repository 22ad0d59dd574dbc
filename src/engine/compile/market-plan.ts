// compileMarket(scenario, plan, inputs): the market models with every parameter resolved (given, or
// calibrated on history strictly before the start) into plain numbers and typed arrays, ready
// for the per-path generator (market.ts) and cheap to send to workers. Each model resolves
// itself (model/market/<family>/<model>.ts); this module adds the start-state lines.
import type { HardwareModel } from '../../data/hardware-model.js';
import type { History } from '../../data/history.js';
import { networkStartMessages } from '../../messages/network-start.js';
import { shownCoinPriceUsd, shownDifficulty, shownHashrate, shownHundredths } from '../../messages/shown.js';
import { coinProtocol } from '../../model/coins/index.js';
import { feesModel } from '../../model/market/fees/registry.js';
import type { ResolveContext } from '../../model/market/model.js';
import { networkModel } from '../../model/market/network/registry.js';
import { priceModel } from '../../model/market/price/registry.js';
import type { Scenario } from '../../scenario/normalize.js';
import { Rng, runKey } from '../random/rng.js';
import { fleetHashrateBeforeFailures, floorPeakLog } from './fleet-floor.js';
import type { Assumption, MarketPlan } from './market-types.js';
import type { SimulationPlan } from './plan.js';

// The plan's types are re-exported: importers know the market plan by this module.
export * from './market-types.js';

/** What resolving the market models reads besides the scenario and the plan. */
export interface MarketInputs {
  history: History;
  catalog: readonly HardwareModel[];
}

/**
 * `inputs`: the coin's daily history and the shipped catalog (inputs.ts loadCompileInputs); nothing
 * here reads a file.
 */
export function compileMarket(s: Scenario, plan: SimulationPlan, inputs: MarketInputs): MarketPlan {
  const { history, catalog } = inputs;
  const start = history.indexOf(s.start);
  const days = plan.days;
  const assumptions: Assumption[] = [];
  const subsidy = expectedSubsidy(plan);
  const ctx: ResolveContext = {
    s,
    history,
    catalog,
    streams: { create: () => new Rng(), key: runKey },
    plan,
    subsidy,
    slice: (series) => (start >= 0 ? series.slice(start, start + days) : null),
  };

  assumptions.push({
    label: 'Start price',
    value: shownCoinPriceUsd(plan.initial.priceUsd),
    note: plan.start.priceSource,
  });
  const priceRecord = priceModel(s.price.model.type);
  const price = priceRecord.resolve(s.price.model, ctx, assumptions);

  const unit = coinProtocol(s.coin).hashrateUnit;
  // A replayed network starts from the history's own figure of the start day, whatever the start
  // state reads (Bitcoin's the week's mean): the line says the one the run takes.
  const replayed = s.network.model.type === 'historical' && start >= 0;
  const startHs = replayed ? history.hashrateHs[start] : plan.initial.networkHashrateHs;
  assumptions.push({
    label: 'Start network hashrate',
    // In the coin's unit to the hundredth; a network below one unit (Bitcoin before late 2013, a
    // few TH/s: '0.00 EH/s') in its own prefix.
    value: startHs >= unit.hs ? shownHundredths(startHs / unit.hs, unit.name) : shownHashrate(startHs),
    note: replayed ? `history on ${s.start}` : startHashrateNote(plan, startHs),
  });
  assumptions.push(...plan.start.notes);
  const networkRecord = networkModel(s.network.model.type);
  const hashrate = networkRecord.resolve(s.network.model, ctx, assumptions);

  const feesRecord = feesModel(s.fees.model.type);
  const fees = feesRecord.resolve(s.fees.model, ctx, assumptions);

  const stochastic =
    priceRecord.stochastic(price) || networkRecord.stochastic(hashrate) || feesRecord.stochastic(fees);
  // A network that draws no random numbers is the same on every path and judged against the fleet
  // at validation; a random one is held at least at the fleet, path by path.
  const fleetFloorHs = networkRecord.fixed(hashrate) ? null : fleetHashrateBeforeFailures(plan);
  const fleetFloorPeakLog = floorPeakLog(fleetFloorHs);
  return { days, price, hashrate, fees, subsidy, stochastic, fleetFloorHs, fleetFloorPeakLog, assumptions };
}

function expectedSubsidy(plan: SimulationPlan): Float64Array {
  return coinProtocol(plan.protocol.coin).expectedRewards(
    plan.initial.height,
    plan.initial.supply,
    plan.days,
  );
}

/** Off-target starts worth a word: blocks 1 % fast or slow move the difficulty at the next retarget. */
const OFF_TARGET_NOTED = 0.01;

/**
 * The start hashrate's source; for a simulated Bitcoin network whose start hashrate is 1 % or more
 * off the one the difficulty in force makes a block every interval, how far: the model holds the
 * hashrate, not the difficulty, which the retargets move toward it (a "no growth" network's
 * difficulty rises 4.9 % at its first retarget from 2017-05-01).
 */
function startHashrateNote(plan: SimulationPlan, startHs: number): string {
  const source = plan.start.hashrateSource;
  if (!(plan.protocol.retargetBlocks > 0)) return source;
  const difficulty = plan.initial.epochDifficulty ?? plan.initial.difficulty;
  const intervalS = plan.protocol.blockIntervalS;
  const onTargetHs = (difficulty * plan.protocol.hashesPerDifficulty) / intervalS;
  const ratio = startHs / onTargetHs;
  if (!(Math.abs(ratio - 1) >= OFF_TARGET_NOTED)) return source;
  const unit = coinProtocol(plan.protocol.coin).hashrateUnit;
  const onTarget =
    onTargetHs >= unit.hs ? shownHundredths(onTargetHs / unit.hs, unit.name) : shownHashrate(onTargetHs);
  const offBy = `${Math.abs((ratio - 1) * 100).toFixed(2)} %`;
  return `${source}; ${networkStartMessages.offTarget(offBy, ratio > 1, onTarget, shownDifficulty(difficulty), intervalS)}`;
}
