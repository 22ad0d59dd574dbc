import { describe, expect, it } from 'vitest';
import { loadHistory } from '../../src/data/history.js';
import { coinProtocol } from '../../src/model/coins/index.js';
import {
  algorithmAtHeight,
  baseRewardAtomic,
  baseRewardXmr,
  GENESIS_REWARD_ATOMIC,
  generatedAtomicByRule,
  hashpriceUsdPerKhDay,
  MONEY_SUPPLY_ATOMIC,
  meanBaseRewardXmr,
  powChangeHeights,
  strandingChange,
  tailStartHeight,
  V2_HEIGHT,
} from '../../src/model/monero.js';

const atomicToXmr = (atomic: bigint): number => Number(atomic) / 1e12;

describe('Monero emission', () => {
  it('baseRewardAtomic() gives the genesis block (2^64 - 1) >> 20 = 17.592186044415 XMR', () => {
    expect(GENESIS_REWARD_ATOMIC).toBe(17_592_186_044_415n);
    expect(MONEY_SUPPLY_ATOMIC >> 20n).toBe(17_592_186_044_415n);
  });

  it('baseRewardAtomic() gives block 1 (M - genesis) >> 20, worked by hand', () => {
    // M - 17,592,186,044,415 = 18,446,726,481,523,507,200; >> 20 = 17,592,169,267,200.
    expect(baseRewardAtomic(GENESIS_REWARD_ATOMIC, 20)).toBe(17_592_169_267_200n);
  });

  it('generatedAtomicByRule() matches Coin Metrics issuance on the first day to 1e-9 XMR', () => {
    // Coin Metrics' xmr.csv books blocks 1..885 on 2014-04-18, issuing 15,562.5089059084 XMR.
    const [beforeBlock1, afterDay1] = generatedAtomicByRule([1, 886]);
    expect(atomicToXmr(afterDay1 - beforeBlock1)).toBeCloseTo(15_562.5089059084, 9);
  });

  it('generatedAtomicByRule() agrees with a BigInt loop across the v2 fork', () => {
    const checkpoints = [0, 1, 2, 1_000, 200_000, V2_HEIGHT - 1, V2_HEIGHT, V2_HEIGHT + 1, 1_010_000];
    const expected: bigint[] = [];
    let generated = 0n;
    let height = 0;
    for (const target of checkpoints) {
      for (; height < target; height++)
        generated += baseRewardAtomic(generated, height < V2_HEIGHT ? 20 : 19);
      expected.push(generated);
    }
    expect(generatedAtomicByRule(checkpoints)).toEqual(expected);
  });

  it('generatedAtomicByRule() rejects heights out of order', () => {
    expect(() => generatedAtomicByRule([10, 5])).toThrow(/got 5 after 10/);
  });

  it('baseRewardXmr() follows the exact reward to 1e-9 and never drops below 0.6 XMR', () => {
    const generated = 14_472_383_119_175_429_000n;
    const exact = atomicToXmr(baseRewardAtomic(generated));
    expect(Math.abs(baseRewardXmr(atomicToXmr(generated)) / exact - 1)).toBeLessThan(1e-9);
    expect(baseRewardXmr(18_200_000)).toBe(0.6);
    expect(baseRewardXmr(0, 20)).toBeCloseTo(17.592186044415, 9);
  });

  it('tailStartHeight() from genesis by the pure rule is block 2,639,513', () => {
    // The pure rule runs ahead of the chain, which paid less than the base reward early on.
    expect(tailStartHeight(0, 0n)).toBe(2_639_513);
  });

  it('tailStartHeight() from the measured 2020 supply lands within 10 blocks of the real tail, 2,641,623', () => {
    // Tail emission began at block 2,641,623 (monerohub.io; getmonero.org Moneropedia: "end of May 2022").
    const xmr = loadHistory('monero');
    const last = xmr.days - 1;
    const height = xmr.height[last] + xmr.blocks[last];
    const generatedAtomic = BigInt(Math.round((xmr.supply[last] + xmr.issuance[last]) * 1e6)) * 1_000_000n;
    expect(Math.abs(tailStartHeight(height, generatedAtomic) - 2_641_623)).toBeLessThanOrEqual(10);
  });

  it('generatedAtomicByRule() puts supply at the tail start near 18.132 million XMR', () => {
    const [atTail] = generatedAtomicByRule([2_639_513]);
    // The tail starts once (M - A) >> 19 < 0.6 XMR, i.e. A > M - 0.6 XMR x 2^19 = 18,132,171.27 XMR.
    expect(atomicToXmr(atTail)).toBeCloseTo(18_132_171.3, 0);
  });
});

describe('meanBaseRewardXmr()', () => {
  /** XMR issued by `blocks` blocks from `generated` atomic units, block by block in BigInt as the daemon pays them. */
  const issuedExactly = (generated: bigint, blocks: number, shift = 19): number => {
    let a = generated;
    for (let b = 0; b < blocks; b++) a += baseRewardAtomic(a, shift);
    return atomicToXmr(a - generated);
  };

  it("meanBaseRewardXmr() is a day's 720 blocks' mean reward, 0.069 % below its first block's, as the daemon pays them", () => {
    // 15.9 M XMR generated (2017): the first block pays 4.857529 XMR, the day's 720 blocks
    // 3,495.02 XMR, 4.854200 a block. A day paid at its first block's reward (as the network's
    // day step did) overpays by 2.40 XMR, 0.069 %.
    const generated = 15_900_000_000_000_000_000n;
    const exact = issuedExactly(generated, 720) / 720;
    expect(baseRewardXmr(15.9e6)).toBeCloseTo(4.857529, 6);
    expect(exact).toBeCloseTo(4.8542, 6);
    expect(Math.abs(meanBaseRewardXmr(15.9e6, 720) / exact - 1)).toBeLessThan(1e-9);
    // Before the 2016 fork: 1,440 one-minute blocks at shift 20.
    const early = issuedExactly(9_508_623_557_691_818_000n, 1440, 20) / 1440;
    expect(Math.abs(meanBaseRewardXmr(9_508_623.557691818, 1440, 20) / early - 1)).toBeLessThan(1e-9);
  });

  it('meanBaseRewardXmr() pays the tail from the block the reward reaches it, within the day', () => {
    // The tail starts where (M - A) / 2^19 = 0.6: 1,200 XMR short of it the day's first block pays
    // 0.6 + 1,200 / 2^19 = 0.602289, and blocks pay 0.6 from the 1,998th on (block 1,997 from 0),
    // past one day's 720 and within four days' 2,880.
    const tailGenerated = MONEY_SUPPLY_ATOMIC - 600_000_000_000n * 2n ** 19n;
    const from = tailGenerated - 1_200_000_000_000_000n;
    for (const blocks of [720, 2880]) {
      const exact = issuedExactly(from, blocks) / blocks;
      expect(Math.abs(meanBaseRewardXmr(atomicToXmr(from), blocks) / exact - 1)).toBeLessThan(1e-8);
    }
    expect(meanBaseRewardXmr(atomicToXmr(tailGenerated) + 1, 720)).toBe(0.6);
  });

  it("coinProtocol('monero').expectedRewards() reads each day at its blocks' mean reward, as the simulated days pay them", () => {
    // The held-fixed view and the expected emission read these: at 15.9 M XMR generated the first
    // day's 720 blocks pay 4.8542 XMR each (not the first block's 4.857529, 0.069 % high), and the
    // next day starts from 15.9 M + 3,495.02 XMR.
    const generated = 15_900_000_000_000_000_000n;
    const rewards = coinProtocol('monero').expectedRewards(0, 15.9e6, 2);
    expect(Math.abs(rewards[0] / (issuedExactly(generated, 720) / 720) - 1)).toBeLessThan(1e-9);
    const secondDay = issuedExactly(generated, 1440) - issuedExactly(generated, 720);
    expect(Math.abs(rewards[1] / (secondDay / 720) - 1)).toBeLessThan(1e-9);
  });
});

describe('proof-of-work changes', () => {
  it('powChangeHeights lists v7, v8, CN/R and RandomX in height order', () => {
    expect(powChangeHeights.map((c) => [c.height, c.date])).toEqual([
      [1_546_000, '2018-04-06'],
      [1_685_555, '2018-10-18'],
      [1_788_000, '2019-03-09'],
      [1_978_433, '2019-11-30'],
    ]);
  });

  it("strandingChange() says the v7 fork strands 'cryptonight-asic' and nothing strands CPUs", () => {
    expect(strandingChange('cryptonight-asic')?.height).toBe(1_546_000);
    expect(strandingChange('cpu')).toBeUndefined();
  });

  it('algorithmAtHeight() switches at each fork block', () => {
    expect(algorithmAtHeight(1_545_999)).toBe('cryptonight');
    expect(algorithmAtHeight(1_546_000)).toBe('cryptonight-v7');
    expect(algorithmAtHeight(1_978_432)).toBe('cryptonight-r');
    expect(algorithmAtHeight(1_978_433)).toBe('randomx');
  });
});

describe('hashpriceUsdPerKhDay()', () => {
  it('hashpriceUsdPerKhDay() is 1,000 H/s x 86,400 s / difficulty x reward x price', () => {
    // 2017-05-17: 26.82 USD, difficulty 7.56e9, 7.66 XMR per block (subsidy + fees) -> 2.35 USD.
    expect(hashpriceUsdPerKhDay(26.82, 7.56e9, 7.66)).toBeCloseTo((86_400_000 / 7.56e9) * 7.66 * 26.82, 12);
    expect(hashpriceUsdPerKhDay(26.82, 7.56e9, 7.66)).toBeCloseTo(2.348, 3);
  });
});
