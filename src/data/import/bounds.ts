// The range a day's values must fall in before minesim computes with them: the same outer bounds
// a scenario's own values meet (src/scenario/schema/limits.ts), so every product the engine forms
// from a day (revenue = (issuance + fees) x price, hashrate from difficulty) stays a finite double,
// and so the protocol's issuance, which steps through a day block by block or era by era, cannot
// be handed 1e20 blocks. Each bound is far beyond any real day of any coin minesim knows.

import { dataMessages as m } from '../../messages/data.js';
import { type Coin, coinProtocol } from '../../model/coins/index.js';
import { LIMITS } from '../../scenario/schema/limits.js';
import type { DailyField } from './formats.js';

/** Blocks a day may hold: ten times a day at the coin's target interval (1,440 for Bitcoin). */
export function maxBlocksPerDay(coin: Coin): number {
  return 10 * Math.round(86_400 / coinProtocol(coin).blockIntervalS);
}

export interface DayValues {
  priceUsd: number;
  blocks: number;
  difficulty?: number;
  /** The file's hashrate, in the file's unit, and that unit in H/s. */
  hashrate?: number;
  hashrateToHs: number;
  issuance?: number;
  fees?: number;
  feesPerBlock?: number;
}

/** Each value of a read day outside its bound, with the field it is in; empty when all are inside. */
export function outOfBounds(coin: Coin, v: DayValues): { field: DailyField; message: string }[] {
  const out: { field: DailyField; message: string }[] = [];
  const report = (field: DailyField, message: string) => out.push({ field, message });
  const range = (field: DailyField, value: number | undefined, min: number, max: number) => {
    if (value !== undefined && !(value >= min && value <= max)) report(field, m.outOfRange(min, max, value));
  };
  const maxBlocks = maxBlocksPerDay(coin);
  if (v.blocks > maxBlocks) report('blocks', m.tooManyBlocks(coin, maxBlocks, v.blocks));
  range('priceUsd', v.priceUsd, LIMITS.minCoinPriceUsd, LIMITS.moneyUsd);
  range('difficulty', v.difficulty, LIMITS.minDifficulty, LIMITS.maxDifficulty);
  const maxHashrate = LIMITS.maxNetworkHashrateHs / v.hashrateToHs;
  if (v.hashrate !== undefined && !(v.hashrate <= maxHashrate))
    report('hashrate', m.hashrateTooLarge(maxHashrate, LIMITS.maxNetworkHashrateHs, v.hashrate));
  // Per block, so a day's total stays bounded with its blocks.
  const perBlock = LIMITS.feesPerBlockCoins;
  const blocks = Math.min(v.blocks, maxBlocks);
  if (v.issuance !== undefined && v.issuance > perBlock * blocks)
    report('issuance', m.perBlockTooLarge('issuance', perBlock, v.issuance / v.blocks));
  if (v.fees !== undefined && v.fees > perBlock * blocks)
    report('fees', m.perBlockTooLarge('fees', perBlock, v.fees / v.blocks));
  if (v.feesPerBlock !== undefined && v.feesPerBlock > perBlock)
    report('feesPerBlock', m.perBlockTooLarge('fees', perBlock, v.feesPerBlock));
  return out;
}
