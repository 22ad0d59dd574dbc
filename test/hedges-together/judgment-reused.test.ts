// The kernel judges a path's hedges with one judgment made per workspace and filled in place
// (engine/kernel/hedge-cover.ts: nothing allocated path by path). A reused judgment must read as a
// fresh one on every path: its flags, shares and worst period cleared and written again, whatever the
// path before left in it.
import { describe, expect, it } from 'vitest';
import { HEDGE_PRICE_SWAP } from '../../src/model/finance/hedge.js';
import {
  type CoinHedge,
  countedHedges,
  createCommitmentJudgment,
  judgeCommitments,
} from '../../src/model/finance/hedge-commitment.js';

const month = (n: number) => Int32Array.from({ length: n + 1 }, (_, k) => 30 * k);
const forward = (amount: number): CoinHedge => ({
  kind: HEDGE_PRICE_SWAP,
  amount,
  fixedUsd: 60_000,
  bounds: month(3),
  sign: 1,
});
const plain = (j: ReturnType<typeof judgeCommitments>) => ({
  over: j.over,
  share: j.share,
  overByHedge: [...j.overByHedge],
  shareByHedge: [...j.shareByHedge],
  worst: j.worst === null ? null : { ...j.worst },
});

describe('a judgment reused path by path', () => {
  it('reads as a fresh judgment after an over-hedged path, a path mining nothing and one with no month counted', () => {
    const hedges = [forward(0.6), forward(0.6)];
    const counted = countedHedges(hedges, undefined, new Uint8Array(2));
    const kept = createCommitmentJudgment(2);
    const paths: Array<[number, (from: number, to: number) => number]> = [
      [90, () => 1], // over-hedged: 1.2 against 1 a month
      [90, () => 0], // mined nothing: an unbounded share
      [90, (from, to) => (to - from) / 10], // 3 a month: 40 %
      [20, () => 1], // no month within the days: none judged
      [90, () => 2], // 60 %, after a path with no worst period
    ];
    for (const [days, mined] of paths) {
      const fresh = judgeCommitments(hedges, counted, days, mined);
      const reused = judgeCommitments(hedges, counted, days, mined, kept);
      expect(reused).toBe(kept);
      expect(plain(reused)).toEqual(plain(fresh));
    }
  });

  it('refuses a judgment made for another number of hedges', () => {
    const hedges = [forward(1)];
    const counted = countedHedges(hedges, undefined, new Uint8Array(1));
    expect(() => judgeCommitments(hedges, counted, 90, () => 1, createCommitmentJudgment(2))).toThrow(
      /a judgment for 2 hedges, given 1/,
    );
  });
});
