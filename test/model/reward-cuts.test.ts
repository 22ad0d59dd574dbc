// The halvings ahead of a day held fixed and the payback through them (model/reward-cuts.ts),
// against the protocol's schedule and payback worked out era by era.
import { describe, expect, it } from 'vitest';
import { coinProtocol } from '../../src/model/coins/index.js';
import {
  halvingAhead,
  paybackThroughEras,
  revenueFactor,
  rewardCutsAhead,
} from '../../src/model/reward-cuts.js';

const bitcoin = coinProtocol('bitcoin');

describe('rewardCutsAhead', () => {
  it('rewardCutsAhead() from block 839,999 gives 840,000 a 144th of a day later, 6.25 -> 3.125 BTC, then every 210,000 blocks to the last subsidy', () => {
    const cuts = rewardCutsAhead(bitcoin, 839_999, 0);
    expect(cuts[0]).toEqual({ height: 840_000, day: 1 / 144, rewardBefore: 6.25, rewardAfter: 3.125 });
    expect(cuts[1].height).toBe(1_050_000);
    expect(cuts[1].day).toBeCloseTo(210_001 / 144, 9);
    // Halvings 4 to 33: the 33rd (block 6,930,000) takes 1 satoshi to 0.
    expect(cuts).toHaveLength(30);
    expect(cuts.at(-1)).toMatchObject({ height: 6_930_000, rewardBefore: 1e-8, rewardAfter: 0 });
  });

  it('rewardCutsAhead() at a halving block itself looks to the next one, 1,458.3 days on', () => {
    const [next] = rewardCutsAhead(bitcoin, 840_000, 0);
    expect(next.height).toBe(1_050_000);
    expect(next.day).toBeCloseTo(210_000 / 144, 9);
    expect(next.rewardBefore).toBe(3.125);
  });

  it('rewardCutsAhead() is empty for Monero (a tail emission, no halvings) and past the last subsidy', () => {
    expect(rewardCutsAhead(coinProtocol('monero'), 3_000_000, 18e6)).toEqual([]);
    expect(rewardCutsAhead(bitcoin, 7_000_000, 0)).toEqual([]);
  });
});

describe('paybackThroughEras', () => {
  it('paybackThroughEras() of 1,000 USD at 10 USD a day for 50 days, then 4: 500 left after day 50, 125 days more, day 175', () => {
    expect(
      paybackThroughEras(1000, [
        { fromDay: 0, profitUsd: 10 },
        { fromDay: 50, profitUsd: 4 },
      ]),
    ).toBe(175);
  });

  it('paybackThroughEras() pays back within the first era when it can, and never when an era ahead of the payback makes no profit', () => {
    expect(
      paybackThroughEras(300, [
        { fromDay: 0, profitUsd: 10 },
        { fromDay: 50, profitUsd: -1 },
      ]),
    ).toBe(30);
    expect(
      paybackThroughEras(1000, [
        { fromDay: 0, profitUsd: 10 },
        { fromDay: 50, profitUsd: -1 },
      ]),
    ).toBeNull();
    expect(paybackThroughEras(1000, [{ fromDay: 0, profitUsd: 0 }])).toBeNull();
  });

  it('paybackThroughEras() of a free machine is day 0 while it profits, and never when it does not (as paybackDays)', () => {
    expect(paybackThroughEras(0, [{ fromDay: 0, profitUsd: 1 }])).toBe(0);
    expect(paybackThroughEras(0, [{ fromDay: 0, profitUsd: -1 }])).toBeNull();
  });
});

describe('halvingAhead', () => {
  // A machine earning 12 USD a day of block revenue at a 3.125 BTC subsidy and 0.125 BTC of fees a
  // block, 4 USD a day of costs, 6,000 USD of capex, 100 days before the halving.
  const chain = { height: 1_050_000 - 14_400, supply: 0, feesPerBlock: 0.125 };
  const profitWith = (factor: number) => 12 * factor - 4;

  it('halvingAhead() before a payback of 375 days: revenue falls to (1.5625 + 0.125) / 3.25 of itself, 2.2308 USD a day, payback on day 100 + 2,200 / 2.2308', () => {
    const ahead = halvingAhead(bitcoin, chain, 3000, 375, profitWith);
    const after = 12 * ((1.5625 + 0.125) / 3.25) - 4;
    expect(revenueFactor(3.125, 1.5625, 0.125)).toBeCloseTo(1.6875 / 3.25, 15);
    expect(ahead).toMatchObject({ height: 1_050_000, day: 100, rewardAfter: 1.5625 });
    expect(ahead?.profitAfterUsd).toBeCloseTo(after, 12);
    expect(ahead?.paybackDays).toBeCloseTo(100 + (3000 - 800) / after, 9);
  });

  it('halvingAhead() counts the halvings after the next: 6,000 USD would need 2,331 days at 2.2308, but the one after (1,458.3 days on) makes it lose money, so never', () => {
    expect(12 * ((0.78125 + 0.125) / 3.25) - 4).toBeLessThan(0);
    expect(halvingAhead(bitcoin, chain, 6000, 750, profitWith)?.paybackDays).toBeNull();
  });

  it('halvingAhead() is undefined when the payback held fixed comes first, or never comes', () => {
    expect(halvingAhead(bitcoin, chain, 600, 75, profitWith)).toBeUndefined();
    expect(halvingAhead(bitcoin, chain, 6000, null, profitWith)).toBeUndefined();
    expect(halvingAhead(coinProtocol('monero'), chain, 6000, 750, profitWith)).toBeUndefined();
  });

  it('halvingAhead() never pays back when the machine loses money after the halving', () => {
    expect(halvingAhead(bitcoin, chain, 6000, 750, (f) => 12 * f - 7)?.paybackDays).toBeNull();
  });
});
