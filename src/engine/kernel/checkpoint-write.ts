// One checkpoint's values, written by the treasury's day loops (treasury.ts, treasury-lean.ts) when
// a stretch of days ends on a checkpoint day. Called between stretches, never inside a day loop.

import { SERIES_INDEX as S } from './checkpoints.js';
import type * as M from './workspace.js';

/**
 * Writes checkpoint `checkpoint` (on day `day`) series-major (checkpoints.ts SERIES); flows are
 * averages over the span from `spanStart`. The day's position and hashprice are read back or
 * formed again by the day loop's expression, so they are the loop's bits. `hashpriceUnit` is the
 * day loop's own (compile/plan.ts hashpriceUnitHs), passed in rather than looked up by coin at
 * every checkpoint (a path of five years has 261).
 */
export function writeCheckpoint(
  hashpriceUnit: number,
  workspace: M.KernelWorkspace,
  priceUsd: Float64Array,
  checkpoint: number,
  day: number,
  spanStart: number,
  sumRevenue: number,
  sumPower: number,
  sumRunning: number,
  sumOff: number,
): void {
  const values = workspace.checkpointValues;
  const count = workspace.checkpoints.length;
  const networkDays = workspace.networkDays;
  const span = day - spanStart + 1;
  const price = priceUsd[day];
  values[S.netUsd * count + checkpoint] = workspace.netPositionUsd[day];
  values[S.revenueUsdPerDay * count + checkpoint] = sumRevenue / span;
  values[S.powerCostUsdPerDay * count + checkpoint] = sumPower / span;
  values[S.hashpriceUsd * count + checkpoint] = networkDays.coinsPerHs[day] * price * hashpriceUnit;
  values[S.priceUsd * count + checkpoint] = price;
  values[S.difficulty * count + checkpoint] = networkDays.difficulty[day];
  values[S.shutdownShare * count + checkpoint] = sumRunning > 0 ? sumOff / sumRunning : 0;
}
