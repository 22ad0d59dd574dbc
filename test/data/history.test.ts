import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate, parseIsoDate } from '../../src/data/dates.js';
import { type History, loadHistory } from '../../src/data/history.js';
import { subsidyBtc } from '../../src/model/bitcoin.js';
import { generatedAtomicByRule, powChangeHeights, V2_DATE, V2_HEIGHT } from '../../src/model/monero.js';

/** The date whose blocks include `height`. */
function dateOfHeight(history: History, height: number): string | undefined {
  for (let i = 0; i < history.days; i++) {
    if (history.height[i] <= height && height < history.height[i] + history.blocks[i])
      return history.dateAt(i);
  }
  return undefined;
}

const relative = (actual: number, expected: number): number => Math.abs(actual / expected - 1);

describe('dates', () => {
  it('addDays() and daysBetween() count UTC calendar days across leap years', () => {
    expect(addDays('2016-02-28', 1)).toBe('2016-02-29');
    expect(addDays('2016-02-28', 2)).toBe('2016-03-01');
    expect(addDays('2017-05-17', -365)).toBe('2016-05-17');
    expect(daysBetween('2017-05-17', '2018-05-17')).toBe(365);
    expect(daysBetween('2018-05-17', '2017-05-17')).toBe(-365);
  });

  it('parseIsoDate() rejects impossible days and other formats, printing the value', () => {
    expect(isIsoDate('2017-02-29')).toBe(false);
    expect(isIsoDate('2017-5-17')).toBe(false);
    expect(() => parseIsoDate('17/05/2017')).toThrow(/"17\/05\/2017"/);
  });
});

describe('loadHistory("bitcoin")', () => {
  const btc = loadHistory('bitcoin');

  it('loadHistory() covers 2010-07-18 to 2025-11-14 day by day and is cached', () => {
    expect([btc.firstDate, btc.lastDate, btc.days]).toEqual(['2010-07-18', '2025-11-14', 5_599]);
    expect(daysBetween(btc.firstDate, btc.lastDate)).toBe(btc.days - 1);
    expect(btc.dateAt(2495)).toBe(addDays(btc.firstDate, 2495));
    expect(loadHistory('bitcoin')).toBe(btc);
  });

  it('indexOf() is -1 outside the data and for text that is not a date', () => {
    expect(btc.indexOf('2010-07-18')).toBe(0);
    expect(btc.indexOf('2025-11-14')).toBe(btc.days - 1);
    expect(btc.indexOf('2010-07-17')).toBe(-1);
    expect(btc.indexOf('2025-11-15')).toBe(-1);
    expect(btc.indexOf('May 17')).toBe(-1);
  });

  it('loadHistory() matches the sanity rows of data/README.md', () => {
    const i = btc.indexOf('2017-05-17');
    expect(btc.priceUsd[i].toFixed(2)).toBe('1808.75');
    expect(relative(btc.difficulty[i], 5.6e11)).toBeLessThan(0.001);
    expect(relative(btc.hashrateHs[i], 4.31e18)).toBeLessThan(0.002);
    expect([btc.blocks[i], btc.issuance[i], btc.fees[i].toFixed(2)]).toEqual([155, 1937.5, '478.87']);
    const dec = btc.indexOf('2017-12-17');
    expect(btc.priceUsd[dec].toFixed(2)).toBe('19250.47');
    expect(relative(btc.difficulty[dec], 1.591e12)).toBeLessThan(0.001);
    const bottom = btc.indexOf('2018-12-15');
    expect(btc.priceUsd[bottom].toFixed(2)).toBe('3185.07');
    expect(relative(btc.difficulty[bottom], 5.646e12)).toBeLessThan(0.001);
  });

  it('height puts blocks 420,000 / 630,000 / 840,000 on 2016-07-09 / 2020-05-11 / 2024-04-19', () => {
    expect(dateOfHeight(btc, 210_000)).toBe('2012-11-28');
    expect(dateOfHeight(btc, 420_000)).toBe('2016-07-09');
    expect(dateOfHeight(btc, 630_000)).toBe('2020-05-11');
    // Coin Metrics books block 840,000 (mined 2024-04-20 00:09 UTC) on 2024-04-19; see data/README.md note 2.
    expect(dateOfHeight(btc, 840_000)).toBe('2024-04-19');
  });

  it("height makes every day's issuance equal the subsidies of that day's blocks", () => {
    let mismatches = 0;
    for (let i = 0; i < btc.days; i++) {
      let expected = 0;
      for (let h = btc.height[i]; h < btc.height[i] + btc.blocks[i]; h++) expected += subsidyBtc(h);
      if (expected !== btc.issuance[i]) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('supply is the sum of subsidies before the day (16,334,287.5 BTC on 2017-05-17)', () => {
    const i = btc.indexOf('2017-05-17');
    expect(btc.height[i]).toBe(466_743);
    expect(btc.supply[i]).toBe(210_000 * 50 + 210_000 * 25 + (466_743 - 420_000) * 12.5);
    expect(btc.supply[i]).toBe(16_334_287.5);
  });
});

describe('loadHistory("monero")', () => {
  const xmr = loadHistory('monero');

  it('loadHistory() covers 2014-05-20 to 2020-02-09 and matches the README sanity rows', () => {
    expect([xmr.firstDate, xmr.lastDate, xmr.days]).toEqual(['2014-05-20', '2020-02-09', 2_092]);
    const i = xmr.indexOf('2017-05-17');
    expect(xmr.priceUsd[i].toFixed(2)).toBe('26.82');
    expect(relative(xmr.difficulty[i], 7.56e9)).toBeLessThan(0.001);
    expect(xmr.blocks[i]).toBe(749);
    expect(Math.round(xmr.issuance[i])).toBe(5_673);
    expect(xmr.priceUsd[xmr.indexOf('2017-12-17')].toFixed(2)).toBe('348.45');
    expect(relative(xmr.difficulty[xmr.indexOf('2018-12-15')], 4.59e10)).toBeLessThan(0.001);
  });

  it('hashrateHs is difficulty / block time, so twice Coin Metrics before 2016-03-23', () => {
    const early = xmr.indexOf('2015-06-01');
    expect(xmr.hashrateHs[early]).toBe(xmr.difficulty[early] / 60);
    const late = xmr.indexOf('2017-05-17');
    expect(xmr.hashrateHs[late]).toBe(xmr.difficulty[late] / 120);
  });

  it('height puts the v2 fork and every proof-of-work change on the day it happened', () => {
    expect(dateOfHeight(xmr, V2_HEIGHT)).toBe(V2_DATE);
    for (const change of powChangeHeights) expect(dateOfHeight(xmr, change.height)).toBe(change.date);
    expect(xmr.height[xmr.indexOf('2017-05-17')]).toBe(1_311_710);
  });

  it('supply on 2018-12-20 brackets the published 16,659,407 XMR', () => {
    // Cointelegraph, 2018-12-20, citing Monero Blocks: "a total of 16,659,407 XMR is available".
    const i = xmr.indexOf('2018-12-20');
    expect(xmr.supply[i]).toBeLessThan(16_659_407);
    expect(xmr.supply[i + 1]).toBeGreaterThan(16_659_407);
  });

  it("supply follows Coin Metrics' SplyCur plus the genesis reward (2017-08-15: 14,940,564.567989 XMR)", () => {
    // SplyCur at the end of 2017-08-15 in Coin Metrics' older xmr.csv, which leaves out genesis.
    const i = xmr.indexOf('2017-08-16');
    expect(xmr.supply[i] - 17.592186044415).toBeCloseTo(14_940_564.567989, 4);
  });

  it('supply on 2017-05-17 is 14.47 million XMR, 0.1 % below the pure emission rule', () => {
    const i = xmr.indexOf('2017-05-17');
    expect(xmr.supply[i]).toBeCloseTo(14_472_383.12, 2);
    const [byRule] = generatedAtomicByRule([xmr.height[i]]);
    const gap = Number(byRule) / 1e12 - xmr.supply[i];
    expect(gap).toBeGreaterThan(15_000);
    expect(gap).toBeLessThan(15_300);
  });
});
