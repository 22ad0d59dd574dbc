// A start on a day whose blocks cross a Bitcoin retarget: the history records that day's mean
// difficulty over its blocks, a mix of the old epoch's and the new one's, but the chain's blocks
// before the retarget ran at the old epoch's alone, and the retarget moves that one.
import { describe, expect, it } from 'vitest';
import { type History, loadHistory } from '../../src/data/history.js';
import { chainState } from '../../src/model/chain-state.js';
import { fillNetworkDays } from '../../src/model/network-day.js';
import { createNetworkDays } from '../../src/model/network-day-tables.js';
import { createNetworkState } from '../../src/model/network-state.js';
import { compileMarketDraft, eachMarketPath } from '../fixtures/market.js';

const btc = loadHistory('bitcoin');
const noFees = () => 0;

describe('a start on a retarget day', () => {
  it('chainState() on 2021-07-03 starts the network at the epoch difficulty in force (2021-07-02, 19.93 T), not the day mean of 15.42 T', () => {
    // 2021-07-03 begins at height 689,448; the retarget at 689,472 (342 x 2016) comes 24 of its
    // 127 blocks in, from 19.933 T (2021-07-02) to 14.363 T (2021-07-04 to 07-16, -27.9 %, the
    // ban on mining in China). The day's mean, (24 x 19.933 + 103 x 14.363) / 127 = 15.416 T,
    // held none of its blocks.
    const i = btc.indexOf('2021-07-03');
    const s = chainState('bitcoin', btc, '2021-07-03', {}, noFees);
    expect(s.height).toBe(689_448);
    expect(s.epochStartHeight).toBe(687_456);
    expect(s.difficulty).toBe(btc.difficulty[i]);
    expect(s.epochDifficulty).toBe(btc.difficulty[i - 1]);
    expect(btc.difficulty[i - 1] / 1e12).toBeCloseTo(19.933, 3);
    // A day inside its epoch: the day's figure is the epoch's.
    const inside = chainState('bitcoin', btc, '2021-07-10', {}, noFees);
    expect(inside.epochDifficulty).toBe(btc.difficulty[btc.indexOf('2021-07-10')]);
  });

  it('fillNetworkDays() from 2021-07-03 runs the first simulated epoch within 1 % of the chain’s 14.363 T (was 11.10 T, -22.7 %)', async () => {
    // The epoch from 687,456 had run 19.227 days by the daily block counts when 2021-07-03 began;
    // at the week's mean hashrate, 86.09 EH/s, its last 24 blocks at 19.933 T take
    // 24 x 19.933e12 x 2^32 / 86.09e18 = 23,870 s (0.276 days), so the retarget reads 19.503 days
    // and sets 19.933 T x 14 / 19.503 = 14.31 T, 0.4 % below the chain's 14.363 T (the chain's own
    // epoch took 19.43 days). From the day's mean 15.416 T it set 15.416 x 14 / 19.5 = 11.10 T, and
    // the fleet earned 29 % more a TH/s than the chain paid until the next retarget.
    const { plan, market } = await compileMarketDraft({
      start: '2021-07-03',
      network: { model: { type: 'growth', rate: '0 %' } },
    });
    const i0 = btc.indexOf('2021-07-03');
    eachMarketPath(market, 1, 1, (p) => {
      const out = createNetworkDays(plan.days);
      fillNetworkDays(out, createNetworkState(), plan, p);
      for (let d = 1; d <= 12; d++) {
        expect(btc.difficulty[i0 + d] / 1e12).toBeCloseTo(14.363, 3);
        expect(Math.abs(out.difficulty[d] / btc.difficulty[i0 + d] - 1)).toBeLessThan(0.01);
      }
      // Day 0: 24 blocks at 19.933 T, then the rest of the day at 14.31 T: its harmonic mean
      // 86,400 / (23,870 / 19.933 + 62,530 / 14.31) = 15.52 T, near the chain’s block mean of 15.42 T.
      expect(Math.abs(out.difficulty[0] / 15.52e12 - 1)).toBeLessThan(0.01);
    });
  });
});

/** The shipped Bitcoin history as if its last day were `lastDate` (an import that ended there). */
function endingOn(h: History, lastDate: string): History {
  const days = h.indexOf(lastDate) + 1;
  const cut = (a: Float64Array) => a.subarray(0, days);
  return {
    ...h,
    lastDate,
    days,
    indexOf: (date) => {
      const i = h.indexOf(date);
      return i < days ? i : -1;
    },
    priceUsd: cut(h.priceUsd),
    difficulty: cut(h.difficulty),
    hashrateHs: cut(h.hashrateHs),
    blocks: cut(h.blocks),
    issuance: cut(h.issuance),
    fees: cut(h.fees),
    height: cut(h.height),
    supply: cut(h.supply),
  };
}

describe('a start past a history whose last day crossed a retarget', () => {
  it('chainState() the day after a history ending on 2025-11-12 carries the new epoch’s 152.27 T, not the day’s mean 154.90 T (+1.7 %, and the network with it)', () => {
    // 2025-11-12 begins at height 923,228; its 141 blocks cross the retarget at 923,328 (458 x
    // 2016) after 100 at 155.973 T (2025-11-11); the day's mean is 154.897 T, so its other 41 ran
    // at (141 x 154.897 - 100 x 155.973) / 41 = 152.271 T, the figure the chain recorded for
    // 2025-11-13 and 11-14. Past the history the network starts on target at the carried
    // difficulty, so a carried mean made it 1.7 % larger for the whole horizon (1,108.8 EH/s
    // against 1,089.9), and every TH/s earned 1.7 % less.
    const h = endingOn(btc, '2025-11-12');
    const s = chainState('bitcoin', h, '2025-11-13', {}, noFees);
    const recorded = btc.difficulty[btc.indexOf('2025-11-13')];
    expect(recorded / 1e12).toBeCloseTo(152.271, 3);
    expect(s.height).toBe(923_369);
    expect(s.epochStartHeight).toBe(923_328);
    expect(Math.abs(s.difficulty / recorded - 1)).toBeLessThan(1e-6);
    expect(s.epochDifficulty).toBe(s.difficulty);
    expect(Math.abs(s.networkHashrateHs / ((recorded * 2 ** 32) / 600) - 1)).toBeLessThan(1e-6);
    // A history ending inside an epoch carries its last day's figure as before.
    const inside = chainState('bitcoin', endingOn(btc, '2025-11-10'), '2025-11-11', {}, noFees);
    expect(inside.difficulty).toBe(btc.difficulty[btc.indexOf('2025-11-10')]);
  });
});
