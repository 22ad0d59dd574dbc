// The block height and the coins generated on a scenario's start day: from the history, as the
// scenario gives them, or carried past the history's last day at the block rate of its last
// BLOCK_RATE_DAYS days, the supply by the emission rule over those blocks, each carried or derived
// figure with its line for the assumptions table.

import type { History } from '../data/history.js';
import { counted, shownCoins } from '../messages/shown.js';
import {
  BLOCK_RATE_DAYS,
  lastBlockRate,
  rewardAt,
  type StartPlace,
  supplyAtHeight,
  supplyBelow,
} from './chain-clock.js';
import type { ChainNote } from './chain-note.js';
import { type Coin, coinProtocol } from './coins/index.js';
import { carriedNote, type GivenState } from './start-carry.js';

/** The start's height and supply, and the block rate that carried the height (NaN: not carried). */
export interface StartHeight {
  height: number;
  supply: number;
  blockRate: number;
}

/** The start's height and coins generated; their assumption lines are pushed onto `notes`. */
export function startHeight(
  coin: Coin,
  history: History,
  place: StartPlace,
  given: GivenState,
  notes: ChainNote[],
): StartHeight {
  const last = history.days - 1;
  let height: number;
  let supply: number;
  let blockRate = Number.NaN;
  let supplyFrom = "by the emission rule from the history's nearest day";
  if (place.inside && given.height === undefined) {
    height = history.height[place.index];
    supply = history.supply[place.index];
  } else {
    const lastEnd = history.height[last] + history.blocks[last];
    const lastSupplyEnd = history.supply[last] + history.issuance[last];
    if (given.height !== undefined) {
      height = given.height;
      // Inside the history the back-test replays the chain at its own height (backtest.ts).
      const note = place.inside
        ? `given; the history has ${Math.round(history.height[place.index]).toLocaleString('en-US')}, which the back-test replays`
        : 'given';
      notes.push({ label: 'Block height', value: Math.round(height).toLocaleString('en-US'), note });
    } else {
      const daysAfter = place.inside ? 0 : place.daysAfter;
      blockRate = lastBlockRate(history);
      height = lastEnd + (daysAfter - 1) * blockRate;
      notes.push({
        label: 'Block height',
        value: Math.round(height).toLocaleString('en-US'),
        note: `${carriedNote(history, daysAfter)}, at ${blockRate.toFixed(1)} blocks a day (the mean of its last ${BLOCK_RATE_DAYS} days)`,
      });
    }
    // Supply follows the height by the emission rule, from the nearest known day: the start's, the
    // last (a start after the history), or for a start before it the day at or below the height,
    // or genesis.
    if (place.inside) {
      supply = supplyAtHeight(coin, history.height[place.index], history.supply[place.index], height);
    } else if (place.daysAfter > 0) {
      supply = supplyAtHeight(coin, lastEnd, lastSupplyEnd, height);
      // No key gives the supply: it is carried from the last day's end over the blocks to the height.
      supplyFrom = `${carriedNote(history, place.daysAfter)}, by the emission rule over the ${counted(Math.round(height - lastEnd), 'block')} from its end to the start's height (no scenario key gives it)`;
    } else {
      const below = supplyBelow(history, height);
      supply = supplyAtHeight(coin, below.height, below.supply, height);
      if (below.date === null) supplyFrom = 'by the emission rule from genesis';
    }
  }

  const protocol = coinProtocol(coin);
  if (protocol.rewardFollowsSupply && !(place.inside && given.height === undefined))
    notes.push({
      label: 'Coins generated',
      value: `${(supply / 1e6).toFixed(3)} M ${protocol.ticker}`,
      note: `${supplyFrom}; base reward ${shownCoins(rewardAt(coin, height, supply))} ${protocol.ticker} a block`,
    });
  return { height, supply, blockRate };
}
