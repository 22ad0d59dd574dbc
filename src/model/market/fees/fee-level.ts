// The fee level a run starts from: fees per block as a share of the subsidy (given, or measured
// over a window of the history), a fixed amount per block, or the history's own day. Past the
// history's last day the share of its last window is carried forward (scenario/coverage.ts limits
// how far), and the note for the assumptions table says so.
import { addDays } from '../../../data/dates.js';
import type { History } from '../../../data/history.js';
import { counted, shownCoins } from '../../../messages/shown.js';
import { startPlace } from '../../chain-clock.js';
import { coinProtocol } from '../../coins/index.js';
import { ruleIssuance } from '../../rule-reward.js';
import { type CalibrationWindow, calibrationWindow, estimateFeeShare } from '../calibrate.js';

/** Days of history a share of subsidy is measured over when the scenario does not say. */
export const DEFAULT_FEE_DAYS = 90;

/**
 * The written fee model, as far as the start's fee level reads it (the schema's fee branches are
 * each one of these). Typed here rather than taken from the fee registry, whose records import
 * this file.
 */
export type FeeLevelModel =
  | { type: 'per-block'; amount: number }
  | { type: 'historical' }
  | { type: 'share-of-subsidy'; share?: number; calibrate?: number };

export interface FeeShare {
  share: number;
  /** Where the share came from, for the assumptions table; undefined when given. */
  note?: string;
}

/** The window behind a measured fee share: before the start, or the history's last days past it. */
export function feeShareWindow(start: string, history: History, days: number): CalibrationWindow {
  const place = startPlace(history, start);
  if (!place.inside && place.daysAfter > 0) {
    // The window ends where the history does, its last day included; it asks for `days` days,
    // which a history shorter than that covers only in part (scenario/coverage.ts).
    const requestedDays = Math.round(days);
    const from = Math.max(0, history.days - requestedDays);
    return {
      from,
      to: history.days,
      requestedDays,
      firstDate: addDays(history.lastDate, 1 - requestedDays),
      lastDate: history.lastDate,
      coveredDays: history.days - from,
    };
  }
  return calibrationWindow(history, start, days);
}

/** The share-of-subsidy fee level of a run starting on `start` whose fee model is `share-of-subsidy`. */
export function feeShare(f: FeeLevelModel, start: string, history: History): FeeShare {
  if (f.type !== 'share-of-subsidy') throw new Error(`internal: feeShare() of a ${f.type} fee model`);
  if (f.share !== undefined) return { share: f.share };
  const days = Math.round(f.calibrate ?? DEFAULT_FEE_DAYS);
  const w = feeShareWindow(start, history, days);
  // Over the coins the window's blocks issue by the emission rule, as the simulated blocks the
  // share is paid on issue theirs: Monero's paid less by their block-size penalties (about 0.5 %
  // over the 90 days to 2017-05-17), and a share of what they issued gave as much more fees a
  // block than the window paid.
  const share = estimateFeeShare(history.fees, ruleIssuance(history), w);
  const place = startPlace(history, start);
  const covered = w.to - w.from;
  const across = acrossHalving(history, w, share);
  if (!place.inside && place.daysAfter > 0)
    return {
      share,
      note: `the ${covered < days ? `${covered} of ${days} days` : counted(days, 'day')} to ${history.lastDate}, the history's last day${covered < days ? ' (partial window allowed)' : ''}, carried forward ${place.daysAfter} day${place.daysAfter === 1 ? '' : 's'}${across}`,
    };
  return {
    share,
    note:
      (covered < days
        ? `calibrated on ${covered} of ${days} days before the start (partial window allowed)`
        : `calibrated on ${counted(days, 'day')} before the start`) + across,
  };
}

/**
 * Where the window's blocks span a halving, what its share gives a block at the subsidy after it
 * against the fees a block the window paid (about half where one halving falls late in the window:
 * its days before it paid twice the subsidy); '' otherwise.
 */
function acrossHalving(history: History, w: CalibrationWindow, share: number): string {
  const protocol = coinProtocol(history.coin);
  const interval = protocol.halvingIntervalBlocks;
  if (interval === null || w.to <= w.from) return '';
  const last = w.to - 1;
  const first = history.height[w.from];
  const end = history.height[last] + history.blocks[last];
  const halving = (Math.floor(first / interval) + 1) * interval;
  if (!(halving < end)) return '';
  const lastHalving = Math.floor((end - 1) / interval) * interval;
  const blockNo = (h: number) => h.toLocaleString('en-US');
  const halvings =
    lastHalving > halving
      ? `the ${(lastHalving - halving) / interval + 1} halvings at blocks ${blockNo(halving)} to ${blockNo(lastHalving)}`
      : `the halving at block ${blockNo(halving)}`;
  let fees = 0;
  let blocks = 0;
  for (let i = w.from; i < w.to; i++) {
    fees += history.fees[i];
    blocks += history.blocks[i];
  }
  const after = share * protocol.rewardAt(end, history.supply[last]);
  return `, across ${halvings}: at the start’s subsidy the share gives ${shownCoins(after)} ${protocol.ticker} a block, where the window paid ${shownCoins(fees / blocks)}`;
}

/** Fees per block for a block paying `reward` coins of subsidy, on the start day. */
export function startFeesPerBlock(
  f: FeeLevelModel,
  start: string,
  history: History,
): (reward: number) => number {
  if (f.type === 'per-block') return () => f.amount;
  if (f.type === 'historical') {
    const i = history.indexOf(start);
    const perBlock = i >= 0 && history.blocks[i] > 0 ? history.fees[i] / history.blocks[i] : Number.NaN;
    return () => perBlock;
  }
  const { share } = feeShare(f, start, history);
  return (reward) => share * reward;
}
