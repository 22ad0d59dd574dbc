// The coins the hedges commit together, set beside the coins mined over the same days: the rule a
// risk officer applies. An obligation to deliver or sell counts; a right does not unless it is
// exercised. So a forward (a price swap) counts its coins every month; a sold call counts where the
// holder exercises it (the price at its expiry above the strike); a bought put counts only where the
// operation exercises it (the price at its expiry below the strike). Without a path to read the
// price from (the start's conditions held fixed, `minesim validate`), a sold call counts in full
// (the holder, not the operation, decides) and a bought put not at all. A collar's bought put and
// sold call of the same dates are one position on the same coins: where both would count, only the
// larger does. A hedge's coins are spread over its settlement period (a swap's month; an option's
// days from its start to its expiry) pro rata to the days, whole when the period lies inside.
// Each hedge's periods are judged with every counted hedge's coins committed over them: over-hedged
// when the coins committed exceed the coins mined. Bought calls, sold puts and hashprice swaps are
// not written on coins the operation delivers: they never count.

import { HEDGE_CALL, HEDGE_PRICE_SWAP, HEDGE_PUT } from './hedge.js';

/** A hedge as the commitment needs it (a BooksPlan HedgePlan is one). */
export interface CoinHedge {
  kind: number;
  amount: number;
  /** The strike of an option (USD a coin). */
  fixedUsd: number;
  /** Settlement periods: [bounds[k], bounds[k + 1]) (an option: one, its start to its expiry). */
  bounds: Int32Array;
  /** 1 bought (or a swap), -1 sold. */
  sign: number;
}

/** Whether a hedge is written on coins and sells the price: a forward, a bought put, a sold call. */
export function onCoins(hedge: CoinHedge): boolean {
  return (
    hedge.kind === HEDGE_PRICE_SWAP ||
    (hedge.kind === HEDGE_PUT && hedge.sign > 0) ||
    (hedge.kind === HEDGE_CALL && hedge.sign < 0)
  );
}

/**
 * Whether each hedge counts (1) toward the coins committed: `priceAt(day)` the price on a day, or
 * undefined without a path (or past its days); an option is exercised on its expiry's price
 * (its last day, bounds[1] - 1). Written into `out` (one entry a hedge).
 */
export function countedHedges(
  hedges: readonly CoinHedge[],
  priceAt: ((day: number) => number | undefined) | undefined,
  out: Uint8Array,
): Uint8Array {
  for (let h = 0; h < hedges.length; h++) {
    const hedge = hedges[h];
    let counts = false;
    if (hedge.kind === HEDGE_PRICE_SWAP) counts = true;
    else if (onCoins(hedge)) {
      const price = priceAt?.(hedge.bounds[1] - 1);
      const call = hedge.kind === HEDGE_CALL;
      counts = price === undefined ? call : call ? price > hedge.fixedUsd : price < hedge.fixedUsd;
    }
    out[h] = counts ? 1 : 0;
  }
  // A collar: a counted bought put and sold call of the same dates count once, the larger.
  for (let p = 0; p < hedges.length; p++) {
    const put = hedges[p];
    if (out[p] === 0 || put.kind !== HEDGE_PUT) continue;
    for (let c = 0; c < hedges.length; c++) {
      const call = hedges[c];
      if (out[c] === 0 || call.kind !== HEDGE_CALL) continue;
      if (call.bounds[0] !== put.bounds[0] || call.bounds[1] !== put.bounds[1]) continue;
      if (put.amount <= call.amount) out[p] = 0;
      else out[c] = 0;
      break;
    }
  }
  return out;
}

/** The coins the counted hedges commit over days [from, to), each spread over its periods pro rata. */
export function coinsCommitted(
  hedges: readonly CoinHedge[],
  counted: Uint8Array,
  from: number,
  to: number,
): number {
  let sum = 0;
  for (let g = 0; g < hedges.length; g++) {
    if (counted[g] === 0) continue;
    const { bounds, amount } = hedges[g];
    for (let k = 0; k + 1 < bounds.length; k++) {
      const lo = bounds[k];
      const hi = bounds[k + 1];
      if (lo >= to) break;
      if (hi <= from || hi <= lo) continue;
      const overlap = Math.min(hi, to) - Math.max(lo, from);
      sum += overlap === hi - lo ? amount : (amount * overlap) / (hi - lo);
    }
  }
  return sum;
}

/** The worst period found: the hedge whose period it is, its days, the coins committed and mined. */
export interface CommitmentPeriod {
  hedge: number;
  from: number;
  to: number;
  committed: number;
  mined: number;
}

export interface CommitmentJudgment {
  /** Whether any period of a coin hedge had more coins committed than mined. */
  over: boolean;
  /**
   * The largest share the hedges together took of the coins mined over one hedge's periods (the
   * coins committed over them summed, over the coins mined over them): +Infinity where none was
   * mined, NaN where no period lies within the days.
   */
  share: number;
  /** Each hedge: 1 when one of its periods was over (undefined entries for hedges not on coins). */
  overByHedge: Uint8Array;
  /** Each hedge's share as `share` (NaN where not on coins or no period counted). */
  shareByHedge: Float64Array;
  /** The period with the largest committed over mined (null: none judged). */
  worst: CommitmentPeriod | null;
}

/** A judgment to be filled by judgeCommitments, for `hedges` hedges (made once, reused path by path). */
export function createCommitmentJudgment(hedges: number): CommitmentJudgment {
  return {
    over: false,
    share: Number.NaN,
    overByHedge: new Uint8Array(hedges),
    shareByHedge: new Float64Array(hedges).fill(Number.NaN),
    worst: null,
  };
}

/**
 * Every period of each hedge on coins that ends within `days`, with the counted hedges' coins
 * committed over it beside `mined(from, to)`, the coins mined over those days. Written into `into`
 * when given (its arrays and worst period reused: the kernel judges every path without allocating),
 * else into a new judgment.
 */
export function judgeCommitments(
  hedges: readonly CoinHedge[],
  counted: Uint8Array,
  days: number,
  mined: (from: number, to: number) => number,
  into: CommitmentJudgment = createCommitmentJudgment(hedges.length),
): CommitmentJudgment {
  const { overByHedge, shareByHedge } = into;
  if (overByHedge.length !== hedges.length)
    throw new Error(`judgeCommitments: a judgment for ${overByHedge.length} hedges, given ${hedges.length}`);
  overByHedge.fill(0);
  shareByHedge.fill(Number.NaN);
  // The worst period's object is kept from one judgment to the next, filled in place.
  const slot = into.worst;
  let over = false;
  let share = Number.NaN;
  let worst: CommitmentPeriod | null = null;
  let worstRatio = Number.NEGATIVE_INFINITY;
  for (let h = 0; h < hedges.length; h++) {
    if (!onCoins(hedges[h])) continue;
    const bounds = hedges[h].bounds;
    let committedSum = 0;
    let minedSum = 0;
    let periods = 0;
    for (let k = 0; k + 1 < bounds.length && bounds[k + 1] <= days; k++) {
      const from = bounds[k];
      const to = bounds[k + 1];
      const committed = coinsCommitted(hedges, counted, from, to);
      const coins = mined(from, to);
      if (committed > coins) {
        over = true;
        overByHedge[h] = 1;
      }
      const ratio = coins > 0 ? committed / coins : committed > 0 ? Number.POSITIVE_INFINITY : 0;
      if (ratio > worstRatio) {
        worstRatio = ratio;
        worst = slot ?? worst ?? { hedge: h, from, to, committed, mined: coins };
        worst.hedge = h;
        worst.from = from;
        worst.to = to;
        worst.committed = committed;
        worst.mined = coins;
      }
      committedSum += committed;
      minedSum += coins;
      periods++;
    }
    if (periods === 0) continue;
    const s = minedSum > 0 ? committedSum / minedSum : committedSum > 0 ? Number.POSITIVE_INFINITY : 0;
    shareByHedge[h] = s;
    if (!(s <= share)) share = s;
  }
  into.over = over;
  into.share = share;
  into.worst = worst;
  return into;
}

/**
 * A hedge's own period (a swap's month) that ends within `days` with the most coins committed over
 * the coins mined, its coins alone: a forward's term average can hide a month it sells more than
 * the fleet mines (a fleet bought in stages, a halving inside the term). `share` is committed over
 * mined (+Infinity where none is mined); null where no period ends within `days`.
 */
export function ownWorstPeriod(
  hedge: CoinHedge,
  days: number,
  mined: (from: number, to: number) => number,
): { from: number; to: number; committed: number; mined: number; share: number } | null {
  let worst: { from: number; to: number; committed: number; mined: number; share: number } | null = null;
  const { bounds, amount } = hedge;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const from = bounds[k];
    const to = bounds[k + 1];
    if (to > days) break;
    if (to <= from) continue;
    const coins = mined(from, to);
    const share = coins > 0 ? amount / coins : amount > 0 ? Number.POSITIVE_INFINITY : 0;
    if (worst === null || share > worst.share) worst = { from, to, committed: amount, mined: coins, share };
  }
  return worst;
}
