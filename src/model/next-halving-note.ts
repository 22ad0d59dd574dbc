// The assumption line that dates the next halving after a run's start (or says there is none once
// the subsidy has ended), at the target block rate from the start's height, as the daily view and
// the quote date it; a start inside the history whose halving its blocks reached also names the
// day they did.

import { formatDay, parseIsoDate } from '../data/dates.js';
import type { History } from '../data/history.js';
import { chainSeconds, type StartPlace } from './chain-clock.js';
import type { ChainNote } from './chain-note.js';
import type { CoinProtocol } from './coins/protocol.js';
import { rewardCutsAhead } from './reward-cuts.js';

const SECONDS_PER_DAY = 86_400;

/**
 * The line for a start on `start` at `height` with `supply` coins generated (`intervalS` the block
 * interval there, `blockRate` the rate that carried the height, NaN if none); undefined with no
 * halving ahead while blocks still pay a subsidy (a coin without halvings).
 */
export function nextHalvingNote(
  protocol: CoinProtocol,
  history: History,
  place: StartPlace,
  start: string,
  at: { height: number; supply: number; intervalS: number; blockRate: number },
): ChainNote | undefined {
  const { height, supply, intervalS, blockRate } = at;
  // The next halving that lowers the subsidy (model/reward-cuts.ts): none once it is 0, from
  // Bitcoin's block 6,930,000 on, though 210,000 blocks still end each era.
  const cut = rewardCutsAhead(protocol, height, supply)[0];
  const noSubsidy = protocol.noSubsidyHeight;
  if (cut === undefined && noSubsidy !== null && height >= noSubsidy)
    return {
      label: 'Next halving',
      value: 'none',
      note: `no block subsidy from block ${noSubsidy.toLocaleString('en-US')} on: blocks pay fees only`,
    };
  if (cut === undefined) return undefined;
  const next = cut.height;
  // At the target block rate, as the daily view and quote date it: one date for the block. The
  // rate that carried a height to the start (146.1 a day from 2025-11-14) dated it a week
  // earlier (2028-03-28 against 2028-04-05 from 2026-10-10) beside the daily view's.
  const perDay = SECONDS_PER_DAY / intervalS;
  // The day the block falls in (809.67 days on is day 809).
  const when = formatDay(parseIsoDate(start) + Math.floor((next - height) / perDay));
  const rate = perDay.toFixed(0);
  const simulated =
    'the simulation halves when its own blocks reach it, and the charts mark it where the calm path\'s blocks do ("calm path")';
  const value = `block ${next.toLocaleString('en-US')}`;
  if (!place.inside)
    return {
      label: 'Next halving',
      value,
      note: Number.isFinite(blockRate)
        ? `about ${when} at the target ${rate} blocks a day, as the daily view dates it (the height was carried to the start at ${blockRate.toFixed(1)} a day); ${simulated}`
        : `about ${when} at ${rate} blocks a day; ${simulated}`,
    };
  // Inside the history: the day its blocks reached the halving's block, where they did (the day
  // whose blocks hold it, as a back-test's charts mark it), or the history's last day before it.
  const last = history.days - 1;
  const lastEnd = history.height[last] + history.blocks[last];
  const fromStart = `about ${when} at the target ${rate} blocks a day from the start's height, as the daily view dates it`;
  if (next >= lastEnd)
    return {
      label: 'Next halving',
      value,
      note: `${fromStart} (the history's blocks, to its last day ${history.lastDate}, do not reach it); ${simulated}`,
    };
  const day = Math.floor(chainSeconds(history, next, intervalS) / SECONDS_PER_DAY);
  const reached = history.dateAt(day);
  const dayOfRun = day - place.index;
  return {
    label: 'Next halving',
    value,
    // A given height below the history's can put the block before the start in the history.
    note: `${fromStart}; the history's blocks reached it on ${reached} (${dayOfRun >= 0 ? `day ${dayOfRun.toLocaleString('en-US')} of the run` : `before the start: the given height is below the history's ${Math.round(history.height[place.index]).toLocaleString('en-US')}`}); ${simulated}`,
  };
}
