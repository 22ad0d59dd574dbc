// The hedges judged together (model/finance/hedge-commitment.ts), by hand on a fleet mining a
// constant 1 coin a day over 30-day months: a forward counts every month, a sold call where the
// holder exercises it, a bought put where the operation does, a collar's legs once; no path (the
// start held fixed): a sold call counts in full, a bought put not at all.
import { describe, expect, it } from 'vitest';
import { HEDGE_CALL, HEDGE_PRICE_SWAP, HEDGE_PUT } from '../../src/model/finance/hedge.js';
import {
  type CoinHedge,
  coinsCommitted,
  countedHedges,
  judgeCommitments,
} from '../../src/model/finance/hedge-commitment.js';

const month = (n: number) => Int32Array.from({ length: n + 1 }, (_, k) => 30 * k);
const forward = (amount: number, months = 3): CoinHedge => ({
  kind: HEDGE_PRICE_SWAP,
  amount,
  fixedUsd: 60_000,
  bounds: month(months),
  sign: 1,
});
const option = (kind: number, sign: number, amount: number, strike: number, days = 30): CoinHedge => ({
  kind,
  amount,
  fixedUsd: strike,
  bounds: Int32Array.of(0, days),
  sign,
});
/** Mining `perMonth` coins each 30-day month. */
const mining = (perMonth: number) => (from: number, to: number) => ((to - from) * perMonth) / 30;
const judge = (hedges: CoinHedge[], price: number | undefined, perMonth: number) => {
  const counted = countedHedges(
    hedges,
    price === undefined ? undefined : () => price,
    new Uint8Array(hedges.length),
  );
  return { counted: [...counted], ...judgeCommitments(hedges, counted, 90, mining(perMonth)) };
};

describe('hedges judged together', () => {
  it('two forwards of 0.6 a month against 1.0 mined: 1.2 committed, over-hedged (each alone is not)', () => {
    const one = judge([forward(0.6)], 50_000, 1);
    expect(one.over).toBe(false);
    expect(one.share).toBeCloseTo(0.6, 12);
    const two = judge([forward(0.6), forward(0.6)], 50_000, 1);
    expect(two.over).toBe(true);
    expect(two.share).toBeCloseTo(1.2, 12);
    expect([...two.overByHedge]).toEqual([1, 1]);
    expect(two.worst).toMatchObject({ from: 0, to: 30, mined: 1 });
    expect(two.worst!.committed).toBeCloseTo(1.2, 12);
    // Without a path (validate, the start held fixed) the same.
    expect(judge([forward(0.6), forward(0.6)], undefined, 1).over).toBe(true);
  });

  it('a collar of 1.0 against 1.0 mined is not counted twice', () => {
    // Bought put at 50,000, sold call at 70,000 on the same coins and dates.
    const collar = [option(HEDGE_PUT, 1, 1, 50_000), option(HEDGE_CALL, -1, 1, 70_000)];
    for (const price of [40_000, 60_000, 80_000, undefined]) {
      const j = judge(collar, price, 1);
      expect(j.over, `price ${price}`).toBe(false);
      expect(j.share, `price ${price}`).toBe(price === 60_000 ? 0 : 1);
    }
    expect(judge(collar, 40_000, 1).counted).toEqual([1, 0]);
    expect(judge(collar, 80_000, 1).counted).toEqual([0, 1]);
    // No path: the sold call counts (the holder decides), the put (a right) does not.
    expect(judge(collar, undefined, 1).counted).toEqual([0, 1]);
    // Strikes crossed (put 70,000, call 50,000): at 60,000 both are exercised; the coins count once.
    const crossed = [option(HEDGE_PUT, 1, 1, 70_000), option(HEDGE_CALL, -1, 1, 50_000)];
    const j = judge(crossed, 60_000, 1);
    expect(j.counted).toEqual([0, 1]);
    expect(j.over).toBe(false);
    expect(j.share).toBe(1);
  });

  it('a forward of 0.5 and a bought put on 0.5 against 0.8 mined: over only where the put is exercised', () => {
    const hedges = [forward(0.5, 1), option(HEDGE_PUT, 1, 0.5, 50_000)];
    const exercised = judge(hedges, 40_000, 0.8);
    expect(exercised.over).toBe(true);
    expect(exercised.share).toBeCloseTo(1 / 0.8, 12);
    const notExercised = judge(hedges, 60_000, 0.8);
    expect(notExercised.over).toBe(false);
    expect(notExercised.share).toBeCloseTo(0.5 / 0.8, 12);
    // Without a path the put is a right: 0.5 committed.
    expect(judge(hedges, undefined, 0.8).over).toBe(false);
  });

  it('a hedge is spread over its period pro rata where periods do not line up', () => {
    // A forward of 0.6 a month from day 15: half of its first month falls in days [0, 30).
    const late: CoinHedge = { ...forward(0.6, 2), bounds: Int32Array.of(15, 45, 75) };
    const counted = Uint8Array.of(1, 1);
    expect(coinsCommitted([forward(0.6), late], counted, 0, 30)).toBeCloseTo(0.6 + 0.3, 12);
    expect(coinsCommitted([forward(0.6), late], counted, 30, 60)).toBeCloseTo(0.6 + 0.3 + 0.3, 12);
    // A bought call or a sold put never counts; neither does a hashprice swap's hashrate.
    const long = [option(HEDGE_CALL, 1, 5, 50_000), option(HEDGE_PUT, -1, 5, 70_000)];
    expect(judge(long, 60_000, 1)).toMatchObject({ counted: [0, 0], over: false });
    expect(judge(long, 60_000, 1).share).toBeNaN();
  });
});
