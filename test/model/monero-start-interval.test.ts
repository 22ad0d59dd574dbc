// A Monero start before the 2016 v2 fork (height 1,009,827, 2016-03-23), its network given as a
// difficulty or a hashrate: blocks were on a 60-s target then, so a difficulty D is a network of
// D / 60 H/s, not D / 120. Before: a start on 2016-01-15 given that day's difficulty read half the
// chain's hashrate, and its fleet mined twice its share.
import { describe, expect, it } from 'vitest';
import { loadHistory } from '../../src/data/history.js';
import { chainState } from '../../src/model/chain-state.js';
import { coinProtocol } from '../../src/model/coins/index.js';

describe('a Monero start state before the 2016 fork', () => {
  const h = loadHistory('monero');
  const i = h.indexOf('2016-01-15');

  it('chainState() reads a given difficulty at the 60-s target of its height: the history’s own hashrate that day', () => {
    const d = h.difficulty[i];
    const c = chainState('monero', h, '2016-01-15', { difficulty: d }, () => 0);
    expect(c.height).toBeLessThan(1_009_827);
    expect(c.networkHashrateHs).toBeCloseTo(d / 60, 6);
    // The history's hashrate column is the difficulty over the day's target (60 s then).
    expect(c.networkHashrateHs / h.hashrateHs[i]).toBeCloseTo(1, 6);
  });

  it('chainState() turns a given hashrate into the difficulty of 60-s blocks before the fork, of 120-s blocks after it', () => {
    const before = chainState('monero', h, '2016-01-15', { hashrateHs: 10e6 }, () => 0);
    expect(before.difficulty).toBeCloseTo(10e6 * 60, 0);
    const after = chainState('monero', h, '2017-01-15', { hashrateHs: 10e6 }, () => 0);
    expect(after.difficulty).toBeCloseTo(10e6 * 120, 0);
    expect(coinProtocol('monero').blockIntervalAtS(1_009_826)).toBe(60);
    expect(coinProtocol('monero').blockIntervalAtS(1_009_827)).toBe(120);
    expect(coinProtocol('bitcoin').blockIntervalAtS(0)).toBe(600);
  });
});

describe('the start difficulty’s note from a given hashprice', () => {
  it('chainState() states the block reward and the fees a block, rounded, with the coin’s ticker (it printed 0.9882394823748 coins a block plus fees)', () => {
    const h = loadHistory('monero');
    const c = chainState(
      'monero',
      h,
      '2018-06-01',
      { hashpriceUsdPerHsDay: 0.5e-3, priceUsd: 120 },
      (r) => r / 100,
    );
    const note = c.notes.find((n) => n.label === 'Start difficulty')!.note!;
    expect(note).toMatch(
      /^from the given hashprice at 120 USD, \d+\.\d{1,5} XMR a block plus \d+\.\d{1,5} XMR of fees$/,
    );
  });
});
