// The calculator's answer and the protocol's calendar. The daily view holds a day's conditions
// fixed (price, difficulty, fees, tariff), but a halving is not a condition: the protocol fixes its
// height, so it is known on the day held fixed. When the next one falls before the payback held
// fixed, the view names it and gives the payback held fixed through it: the same day's price,
// difficulty, fees in coins a block and costs, with each era's subsidy in turn. Heights become
// days at the target block rate (144 blocks a day for Bitcoin), which holding the day fixed implies.
import type { CoinProtocol } from './coins/protocol.js';
import {
  heldFixedPaybackDay,
  paybackOnSchedule,
  type RewardEra,
  streamThroughEras,
} from './held-fixed-payback.js';

const SECONDS_PER_DAY = 86_400;

/** A cut in the block subsidy ahead of the day held fixed. */
export interface RewardCut {
  /** The first block at the lower subsidy. */
  height: number;
  /** Days from the day held fixed to that block, at the target block rate (fractional). */
  day: number;
  /** Subsidy a block before and from the cut, coins. */
  rewardBefore: number;
  rewardAfter: number;
}

/** The protocol's halvings after the block at `height`, in order, up to the last that lowers the subsidy. */
export function rewardCutsAhead(protocol: CoinProtocol, height: number, supply: number): RewardCut[] {
  const interval = protocol.halvingIntervalBlocks;
  if (interval === null || !(height >= 0)) return [];
  const cuts: RewardCut[] = [];
  let before = protocol.rewardAt(height, supply);
  // 64 halvings take the subsidy to 0 in any coin that halves a whole number of base units.
  for (let n = Math.floor(height / interval) + 1; cuts.length < 64 && before > 0; n++) {
    const at = n * interval;
    const after = protocol.rewardAt(at, protocol.supplyAtHeight(height, supply, at));
    if (!(after < before)) break;
    cuts.push({
      height: at,
      day: ((at - height) * protocol.blockIntervalS) / SECONDS_PER_DAY,
      rewardBefore: before,
      rewardAfter: after,
    });
    before = after;
  }
  return cuts;
}

/**
 * The share of a day's revenue a block pays once the subsidy is `rewardAfter` instead of
 * `rewardBefore`, fees in coins a block held: (after + fees) / (before + fees).
 */
export function revenueFactor(rewardBefore: number, rewardAfter: number, feesPerBlock: number): number {
  const total = rewardBefore + feesPerBlock;
  return total > 0 ? (rewardAfter + feesPerBlock) / total : 0;
}

/** An era of the view held fixed: from `fromDay` on, `profitUsd` a day. */
export interface ProfitEra {
  fromDay: number;
  profitUsd: number;
}

/**
 * Days for the eras' profits to earn back `capexUsd`, paid on day 0 (eras in order, the first from
 * day 0, the last running forever); null when they never do. A free machine pays back on day 0
 * while it never loses money, as model/daily-view.ts paybackDays has it.
 */
export function paybackThroughEras(capexUsd: number, eras: readonly ProfitEra[]): number | null {
  return paybackOnSchedule(
    [{ day: 0, usd: capexUsd }],
    eras.map((era, i) => ({
      fromDay: era.fromDay,
      toDay: i + 1 < eras.length ? eras[i + 1].fromDay : Number.POSITIVE_INFINITY,
      usdPerDay: era.profitUsd,
    })),
  );
}

/** The next halving and the payback held fixed through it (see halvingAhead). */
export interface HalvingAhead {
  height: number;
  day: number;
  rewardAfter: number;
  /** The profit a day from the halving on, the day otherwise held fixed, USD. */
  profitAfterUsd: number;
  paybackDays: number | null;
}

/** The chain on the day held fixed: its height, coins issued, fees a block and subsidy a block. */
export interface ChainAtDay {
  height: number;
  supply: number;
  feesPerBlock: number;
  subsidyPerBlock?: number;
  /**
   * The share of the rule's reward the day's blocks issued, where the reward follows the coins
   * generated and the day is the history's: Monero's blocks paid the base reward less block-size
   * penalties (0.9835 on 2014-05-20). Held like the day's other conditions, so the emission ahead
   * lowers the day's reward by the rule's fall, not to the rule's reward; 1 when absent.
   */
  issuedShare?: number;
}

/** The payback held fixed through `eras` of `capexUsd` paid on day 0 and `profitWith` from then. */
function paidOnDayZero(capexUsd: number, profitWith: (factor: number) => number) {
  return (eras: readonly RewardEra[]) =>
    paybackOnSchedule([{ day: 0, usd: capexUsd }], streamThroughEras(0, eras, profitWith));
}

/**
 * The next halving after the block at `chain.height`, when it falls before `paybackDays` (the
 * payback held fixed), with the payback through it and the halvings after it; undefined when
 * there is none before that payback. `profitWith(factor)`: the day's profit with its revenue from
 * blocks scaled by `factor` (revenueFactor), everything else held. `chain.subsidyPerBlock` is the
 * subsidy a block the day's revenue counts, when it is not the protocol's at `chain.height`: a day
 * of the history that holds blocks on either side of a halving issued their mean (2024-04-19: 147
 * blocks at 6.25 and 4 at 3.125 BTC, 6.167 a block), and its revenue is scaled from that.
 * `paybackThrough(eras)`: the payback held fixed with the revenue from blocks scaled by each era's
 * factor from its day on; by default `capexUsd` paid on day 0 and `profitWith` from then (one
 * machine, or a fleet bought and hashing on the day held fixed).
 */
export function halvingAhead(
  protocol: CoinProtocol,
  chain: ChainAtDay,
  capexUsd: number,
  paybackDays: number | null,
  profitWith: (factor: number) => number,
  paybackThrough: (eras: readonly RewardEra[]) => number | null = paidOnDayZero(capexUsd, profitWith),
): HalvingAhead | undefined {
  if (paybackDays === null) return undefined;
  const cuts = rewardCutsAhead(protocol, chain.height, chain.supply);
  if (cuts.length === 0 || !(cuts[0].day < paybackDays)) return undefined;
  const reward = chain.subsidyPerBlock ?? cuts[0].rewardBefore;
  const eras: RewardEra[] = [
    { fromDay: 0, factor: 1 },
    ...cuts.map((cut) => ({
      fromDay: cut.day,
      factor: revenueFactor(reward, cut.rewardAfter, chain.feesPerBlock),
    })),
  ];
  return {
    height: cuts[0].height,
    day: cuts[0].day,
    rewardAfter: cuts[0].rewardAfter,
    profitAfterUsd: profitWith(eras[1].factor),
    paybackDays: paybackThrough(eras),
  };
}

/** Days of the emission ahead a payback through it looks at (after them, the last week's reward for ever). */
const EMISSION_DAYS = 36_525;
/** Days an era of the emission spans: its reward is the mean of its days'. */
const EMISSION_ERA_DAYS = 7;

/** The emission ahead of the day held fixed and the payback held fixed through it (see emissionAhead). */
export interface EmissionAhead {
  /** The base reward a block the day held fixed counts, coins. */
  rewardNow: number;
  /** The base reward a block on the payback held fixed, blocks on target, coins. */
  rewardAtPayback: number;
  /** The profit a day then, the day otherwise held fixed, USD. */
  profitAtPaybackUsd: number;
  paybackDays: number | null;
  /**
   * Whether the payback day is past a change to longer blocks, each paying more (Monero's 2016
   * fork from a day of one-minute blocks): rewardNow and rewardAtPayback are then blocks of
   * different lengths, whichever is higher.
   */
  longerBlocks: boolean;
}

/**
 * For a coin whose reward follows the coins generated (Monero), block by block down to its tail
 * emission: when the reward on the payback held fixed (`paybackDays`) is lower than the day's,
 * the reward then, the profit then, and the payback through the emission, in eras of a week at
 * their mean reward, blocks on target, the same day's price, difficulty, fees in coins a block and
 * costs otherwise held; undefined otherwise. `profitWith` and `paybackThrough` as in halvingAhead.
 */
export function emissionAhead(
  protocol: CoinProtocol,
  chain: ChainAtDay,
  capexUsd: number,
  paybackDays: number | null,
  profitWith: (factor: number) => number,
  paybackThrough: (eras: readonly RewardEra[]) => number | null = paidOnDayZero(capexUsd, profitWith),
): EmissionAhead | undefined {
  if (!protocol.rewardFollowsSupply || paybackDays === null) return undefined;
  const rewards = protocol.expectedRewards(chain.height, chain.supply, EMISSION_DAYS);
  const now = chain.subsidyPerBlock ?? protocol.rewardAt(chain.height, chain.supply);
  // The emission ahead counts blocks of today's rules; a day under older rules (Monero's one-minute
  // blocks before 2016, each paying half) has its blocks' share of the same coins a day: the ratio
  // of the two rules' rewards at its height and coins generated.
  // (the first block's reward under the start's rules against today's, so 1 under today's rules:
  // the expected rewards are each day's mean, a little below its first block's).
  const todays = protocol.rewardAt(Number.MAX_SAFE_INTEGER, chain.supply);
  const perBlock = todays > 0 ? protocol.rewardAt(chain.height, chain.supply) / todays : 1;
  // The payback's day as printed and counted (held-fixed-payback.ts): 230.0 days of profit end on
  // day 229, a fleet bought in stages paying back on its last purchase day.
  const at = Math.min(EMISSION_DAYS - 1, heldFixedPaybackDay(paybackDays) ?? 0);
  // A payback on day 0 (within it, or nothing at stake) is on the day held fixed, at its reward:
  // the emission lowers nothing before it (rewards[0], the day's mean, is a block-day below its first).
  if (at === 0) return undefined;
  // A block on the payback day pays its share under the rules then: past the change to today's
  // rules (the 2016 fork's two-minute blocks) a whole block's reward, not the older block's share.
  const share = chain.issuedShare ?? 1;
  const longerBlocks = perBlock < 1 && reachesTodaysRules(protocol, chain, rewards, perBlock, at);
  const shownAtPayback = share * rewards[at] * (longerBlocks ? 1 : perBlock);
  for (let d = 0; d < rewards.length; d++) rewards[d] *= perBlock * share;
  if (!(rewards[at] < now)) return undefined;
  const eras: RewardEra[] = [];
  for (let from = 0; from < EMISSION_DAYS; from += EMISSION_ERA_DAYS) {
    let sum = 0;
    const to = Math.min(EMISSION_DAYS, from + EMISSION_ERA_DAYS);
    for (let d = from; d < to; d++) sum += d === 0 ? now : rewards[d];
    const factor = revenueFactor(now, sum / (to - from), chain.feesPerBlock);
    // At the tail the reward holds: one era from there on.
    if (eras.length > 0 && eras[eras.length - 1].factor === factor) continue;
    eras.push({ fromDay: from, factor });
  }
  return {
    rewardNow: now,
    rewardAtPayback: shownAtPayback,
    profitAtPaybackUsd: profitWith(revenueFactor(now, rewards[at], chain.feesPerBlock)),
    paybackDays: paybackThrough(eras),
    longerBlocks,
  };
}

/**
 * Whether the chain, from a day under older rules (Monero's one-minute blocks before 2016, each
 * paying `perBlock` of a block of today's rules), reaches today's rules by day `at`, blocks on
 * target: the older rules' blocks a day until then, the same coins a day as `rewards` (a block of
 * today's rules a day each). The protocol pays a whole block's reward from there.
 */
function reachesTodaysRules(
  protocol: CoinProtocol,
  chain: ChainAtDay,
  rewards: Float64Array,
  perBlock: number,
  at: number,
): boolean {
  const blocksToday = SECONDS_PER_DAY / protocol.blockIntervalS;
  let supply = chain.supply;
  for (let d = 1; d <= at; d++) {
    supply += rewards[d - 1] * blocksToday;
    const reward = protocol.rewardAt(chain.height + (d * blocksToday) / perBlock, supply);
    if (reward > ((1 + perBlock) / 2) * rewards[d]) return true;
  }
  return false;
}
