// compilePlan(scenario, inputs): SimulationPlan. Everything the kernel needs, computed once: per-day
// tables, cohort day indices, per-day rates, and the network's starting state from history. Pure:
// the history and the compiled tariff come in as arguments (inputs.ts reads them).

import { addDays, daysBetween } from '../../data/dates.js';
import type { History } from '../../data/history.js';
import { DAYS_PER_YEAR } from '../../model/calendar.js';
import { rewardAt } from '../../model/chain-clock.js';
import { type ChainState, chainState } from '../../model/chain-state.js';
import { coinProtocol } from '../../model/coins/index.js';
import { cohortCapexUsd } from '../../model/finance/capex.js';
import { allInPowerPrice, type ContractTerms } from '../../model/hosting.js';
import { startFeesPerBlock } from '../../model/market/fees/fee-level.js';
import { power } from '../../model/power.js';
import { ruleRewardPerBlock } from '../../model/rule-reward.js';
import { tabulateDaily } from '../../scenario/expression.js';
import { givenStartState } from '../../scenario/given-state.js';
import { cohortLeaveDays } from '../../scenario/hosting-end.js';
import type { NormalizedCohort, Scenario } from '../../scenario/normalize.js';
import { RESALE_HASHPRICE_DAYS } from '../kernel/salvage.js';
import { compileBooks } from './books.js';
import { compileContract, depositRefundDay, depositUsd } from './contracts.js';
import type { CompileInputs } from './inputs.js';
import {
  type CohortPlan,
  OPERATION_ALWAYS_ON,
  OPERATION_SHUTDOWN_UNPROFITABLE,
  type ProtocolPlan,
  SALVAGE_FIXED,
  SALVAGE_HASHPRICE,
  SALVAGE_NONE,
  type SimulationPlan,
  TREASURY_HOLD,
  TREASURY_SELL_DAILY,
  TREASURY_SELL_TO_COVER,
} from './plan.js';

/**
 * `replay`: the path replays the history's days as their blocks issued them (a back-test, or a
 * historical network), so the days before the start are read so too (coinsPerHsBefore).
 */
export function compilePlan(
  s: Scenario,
  inputs: CompileInputs,
  days: number = s.days,
  replay: boolean = s.network.model.type === 'historical',
): SimulationPlan {
  const { notes, priceSource, hashrateSource, feesPerBlock, ...initial } = startState(s, inputs.history);
  // The subsidy a block at the start, at which the resale's days before the start are read.
  const startReward = rewardAt(s.coin, initial.height, initial.supply);
  const cohorts = s.fleet.map((c) => compileCohort(s, c, days));
  const { contract, fixedUsdPerDay } = compileContract(s, cohorts, days);
  const deposit = {
    usd: depositUsd(contract, cohorts),
    refundDay: depositRefundDay(contract, cohorts, days),
    refundedOnDefault: contract.depositRefundedOnDefault,
  };
  return {
    scenarioName: s.name,
    startDate: s.start,
    days,
    protocol: protocolFor(s.coin),
    initial,
    start: { priceSource, hashrateSource, notes, feesPerBlock },
    cohorts,
    tariffUsdPerKwh: powerTable(tariffTable(s, inputs, days), contract, s.power.pue),
    pue: s.power.pue,
    contract,
    poolFee: s.costs.poolFee,
    fixedUsdPerDay,
    operation: s.operation === 'always-on' ? OPERATION_ALWAYS_ON : OPERATION_SHUTDOWN_UNPROFITABLE,
    treasury: {
      'sell-daily': TREASURY_SELL_DAILY,
      hold: TREASURY_HOLD,
      'sell-to-cover': TREASURY_SELL_TO_COVER,
    }[s.treasury],
    discountPerDay: power(1 + s.money.discountRate, -1 / DAYS_PER_YEAR),
    resaleHashpriceDays: RESALE_HASHPRICE_DAYS,
    resaleCoinsPerHsBefore: coinsPerHsBefore(
      s,
      inputs.history,
      RESALE_HASHPRICE_DAYS - 1,
      startReward,
      replay,
    ),
    resaleSubsidyBefore: startReward,
    resaleCoinsPerHsPerCoinBefore: coinsPerHsBefore(
      s,
      inputs.history,
      RESALE_HASHPRICE_DAYS - 1,
      startReward,
      replay,
      true,
    ),
    books: compileBooks(s, cohorts, days, deposit),
  };
}

export function protocolFor(coin: Scenario['coin']): ProtocolPlan {
  const p = coinProtocol(coin);
  return {
    coin,
    blockIntervalS: p.blockIntervalS,
    hashesPerDifficulty: p.hashesPerDifficulty,
    retargetBlocks: p.retargetBlocks,
    tailEmission: p.tailEmission,
  };
}

const SECONDS_PER_DAY = 86_400;

/**
 * The history's coins per H/s per day on the `count` days before the start (fewer where it begins
 * later), oldest first: SECONDS_PER_DAY / (the day's mean difficulty x hashes per difficulty) x (the
 * start's subsidy `reward` + the day's fees per block), the day's hashprice before its price, as a
 * back-test's path has it but at the start's subsidy (Monero's days at their own reward a block,
 * as the kernel reads a path's days, kernel/salvage.ts): a week before a start just after a halving
 * would otherwise hold days at twice the subsidy (2024-04-21: the week's 113.6 USD/PH/s/day against
 * the day's 83.5), and read the machines' base that high for the whole horizon.
 * Empty where the run does not start from the history's network on a day the history holds (a
 * start after it, or a hashrate, difficulty or hashprice the scenario gives): its days before would
 * not lead to the run's first day. A start's price the scenario gives does not empty them: they are
 * priced at the path's first price whatever it is (kernel/salvage.ts resaleHashprice), so a cohort
 * hashing from day 0 keeps its week's base (read on day 0 alone, the 2024 halving's fee spike set
 * it at 187.50 USD/PH/s/day against the week's 77.99). A day without blocks or difficulty ends the
 * days read.
 * With `perCoin`, the same days' coins per H/s per coin of subsidy a block (SECONDS_PER_DAY / (the
 * day's mean difficulty x hashes per difficulty)), with which a later subsidy replaces the start's.
 */
function coinsPerHsBefore(
  s: Scenario,
  history: History,
  count: number,
  reward: number,
  replay: boolean,
  perCoin = false,
): Float64Array {
  const given = givenStartState(s);
  const index = history.indexOf(s.start);
  if (
    index < 0 ||
    given.hashrateHs !== undefined ||
    given.difficulty !== undefined ||
    given.hashpriceUsdPerHsDay !== undefined
  )
    return new Float64Array(0);
  const protocol = coinProtocol(s.coin);
  const hashesPerDifficulty = protocol.hashesPerDifficulty;
  // A subsidy that halves is read at the start's; a reward that follows the supply (Monero's) at
  // the one the day's blocks were due: it moves by millionths a day, and a block's reward doubled
  // with its interval at the 2016 fork, so the start's would double the days of 60-s blocks. Due
  // as the path's days pay theirs: by the rule where they are simulated (model/rule-reward.ts; the
  // blocks found paid up to 15.3 % less in May 2014 and about 1 % less from January to April 2017,
  // which would read the base that much low and the resale that much high to the horizon), as
  // issued where the path replays the history's issuance (`replay`).
  const halves = protocol.halvingIntervalBlocks !== null;
  const dayReward = (i: number) =>
    halves ? reward : replay ? history.issuance[i] / history.blocks[i] : ruleRewardPerBlock(history, i);
  const dayCoinsPerHs = (i: number) =>
    (SECONDS_PER_DAY / (history.difficulty[i] * hashesPerDifficulty)) *
    (dayReward(i) + history.fees[i] / history.blocks[i]);
  // Back from the start while the days give a figure (a day without blocks or difficulty ends them).
  let from = index;
  while (from > 0 && index - from < count) {
    const value = dayCoinsPerHs(from - 1);
    if (!(value > 0 && Number.isFinite(value))) break;
    from--;
  }
  return Float64Array.from({ length: index - from }, (_, k) =>
    perCoin
      ? SECONDS_PER_DAY / (history.difficulty[from + k] * hashesPerDifficulty)
      : dayCoinsPerHs(from + k),
  );
}

/** The chain's state on the start date: from the history, the scenario, or carried forward (model/chain-state.ts). */
export function startState(s: Scenario, history: History): ChainState {
  return chainState(
    s.coin,
    history,
    s.start,
    givenStartState(s),
    startFeesPerBlock(s.fees.model, s.start, history),
  );
}

function compileCohort(s: Scenario, c: NormalizedCohort, days: number): CohortPlan {
  const purchaseDay = daysBetween(s.start, c.purchased);
  const deployDay = Math.max(0, purchaseDay + c.deploymentDelayDays);
  const { retireDay, brickDay } = cohortLeaveDays(s, c, days);
  const salvage = s.money.salvage;
  const degradationPerDay = power(1 - c.degradation, 1 / DAYS_PER_YEAR);
  // Deployed before the start, a unit has worn on every day since its deployment (the run's
  // days wear it on from there: kernel/fleet-days.ts fillUnitTables).
  const daysWornBefore = Math.max(0, -(purchaseDay + c.deploymentDelayDays));
  return {
    name: c.name,
    hardwareClass: c.hardwareClass,
    units: c.count,
    hashrateHs: daysWornBefore > 0 ? c.hashrateHs * power(degradationPerDay, daysWornBefore) : c.hashrateHs,
    powerW: c.powerW,
    unitPriceUsd: c.unitPriceUsd,
    purchaseDay,
    deployDay,
    retireDay,
    brickDay,
    capexUsd: cohortCapexUsd(c),
    failureProbPerDay: 1 - power(1 - c.failureRate, 1 / DAYS_PER_YEAR),
    degradationPerDay,
    uptime: c.uptime,
    maintenanceUsdPerUnitDay: s.costs.maintenance,
    salvageMode: { none: SALVAGE_NONE, fixed: SALVAGE_FIXED, 'hashprice-linked': SALVAGE_HASHPRICE }[
      salvage.model
    ],
    salvageFraction: salvage.fraction,
  };
}

/**
 * The plan's power price a day (plan.ts tariffUsdPerKwh): the tariff, or under an all-in rate
 * (whose tariff is 0) the rate over the PUE: a kWh drawn at the machines is PUE kWh at the meter,
 * so the kernel's power bill is the rate x kWh drawn, and the run reports the rate, which pays for
 * the power, as its cost of power (earlier builds counted it as hosting: a cost of power, net of
 * curtailment credits, of minus the credits).
 */
export function powerTable(tariff: Float64Array, contract: ContractTerms, pue: number): Float64Array {
  if (contract.basis !== 'all-in') return tariff;
  const rate = allInPowerPrice(contract.meteredUsdPerKwDay / 24, pue);
  for (let d = 0; d < tariff.length; d++) tariff[d] += rate;
  return tariff;
}

/** Electricity price for each simulated day, USD/kWh. */
export function tariffTable(s: Scenario, inputs: CompileInputs, days: number): Float64Array {
  const price = s.power.price;
  const table = new Float64Array(days);
  if (typeof price === 'number') return table.fill(price);
  if ('schedule' in price) {
    let k = 0;
    for (let d = 0; d < days; d++) {
      const date = addDays(s.start, d);
      while (k + 1 < price.schedule.length && daysBetween(price.schedule[k + 1].from, date) >= 0) k++;
      table[d] = price.schedule[k].price;
    }
    return table;
  }
  if (inputs.tariff === null || inputs.tariff.source !== price.expression)
    throw new Error('internal: compilePlan() of an expression tariff without that expression compiled');
  return tabulateDaily(inputs.tariff, days, s.start);
}
