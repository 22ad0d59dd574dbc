// A day of the history read at the reward the emission rule pays its blocks, as a simulated day
// pays them: where a reward follows the supply (Monero's), the blocks the chain found paid less
// than the rule on many days (block-size penalties: up to 15.3 % in May 2014, about 1 % from
// RingCT in January to April 2017, within 0.003 % from 2019), and a simulated day never pays a
// penalty (model/monero-day.ts). A model that sets the history's days beside simulated ones (a
// resale's base week, the endogenous network's margins, a fee share measured on a window of them)
// reads them here, so a ratio or a threshold between the two compares like with like. A replay of
// the history pays the days as their blocks did, and reads the history's issuance instead. A
// subsidy that halves by height is the rule's on every day of the history already (Coin Metrics'
// issuance splits a halving's day into blocks at either subsidy): its days are read as issued, to
// the bit.

import type { History } from '../data/daily-history.js';
import { coinProtocol } from './coins/index.js';

/**
 * The rule's reward a block of history day `i` of a coin whose reward follows the supply, coins
 * (fees aside): the coins its blocks issue by the rule from the chain's supply at the day's start
 * (the emission's closed form, each side of Monero's 2016 fork at its own rule: within 1e-11 of
 * the blocks' rewards summed one by one in atomic units), over its blocks. NaN on a day without
 * blocks.
 */
export function ruleRewardPerBlock(history: History, i: number): number {
  const blocks = history.blocks[i];
  if (!(blocks > 0)) return Number.NaN;
  const height = history.height[i];
  const supply = history.supply[i];
  return (coinProtocol(history.coin).supplyAtHeight(height, supply, height + blocks) - supply) / blocks;
}

const cache = new WeakMap<History, Float64Array>();

/**
 * ruleRewardPerBlock of every day of `history`, computed once a history; null where the reward
 * does not follow the supply (the history's issuance is the rule's).
 */
export function ruleRewardsPerBlock(history: History): Float64Array | null {
  if (!coinProtocol(history.coin).rewardFollowsSupply) return null;
  let rewards = cache.get(history);
  if (rewards === undefined) {
    rewards = new Float64Array(history.days);
    for (let i = 0; i < history.days; i++) rewards[i] = ruleRewardPerBlock(history, i);
    cache.set(history, rewards);
  }
  return rewards;
}

const issuedCache = new WeakMap<History, Float64Array>();

/**
 * The coins every day of `history` issues by the rule (ruleRewardPerBlock x its blocks; 0 on a
 * day without blocks), or the history's issuance where the reward does not follow the supply.
 */
export function ruleIssuance(history: History): Float64Array {
  const rewards = ruleRewardsPerBlock(history);
  if (rewards === null) return history.issuance;
  let issued = issuedCache.get(history);
  if (issued === undefined) {
    issued = Float64Array.from(rewards, (r, i) => (history.blocks[i] > 0 ? r * history.blocks[i] : 0));
    issuedCache.set(history, issued);
  }
  return issued;
}
