// The fan's symmetric-log axis has ticks to read its values by: a side that spans fewer than three
// powers of ten gets 1-2-5 steps, and each side a tick inside the linear part around zero.
import { describe, expect, it } from 'vitest';
import { symlogTicks } from '../../src/report/charts/scale-ticks.js';

describe('symlogTicks()', () => {
  // output/north-korea-2017-s9-hold-backtest's fan: domain [-33,750, 920,957], constant 27,000.
  // Before: [-20,000, 0, 100,000]: nothing to read the net position by from 100,000 to the top of
  // the plot, where the actual history runs (its highs near 700,000), and no tick above zero in
  // the linear part where it crosses.
  it('symlogTicks([-33,750, 920,957], 27,000) steps 1-2-5 up the short positive side', () => {
    expect(symlogTicks([-33_750, 920_957], 27_000)).toEqual([-20_000, 0, 20_000, 50_000, 1e5, 2e5, 5e5]);
  });

  // output/top-of-market-2021-11-10-loan's fan: domain [-1,515,630, 87,118,200], constant 1,212,500.
  // Before: [-1,000,000, 0, 10,000,000]: one tick above zero for values up to 87 million.
  it('symlogTicks([-1,515,630, 87,118,200], 1,212,500) reads 1, 2, 5, 10, 20 and 50 million', () => {
    expect(symlogTicks([-1_515_630, 87_118_200], 1_212_500)).toEqual([-1e6, 0, 1e6, 2e6, 5e6, 1e7, 2e7, 5e7]);
  });

  it('symlogTicks() keeps every other power of ten on a side that spans many', () => {
    expect(symlogTicks([-40_000, 3.5e12], 27_000)).toEqual([-20_000, 0, 20_000, 1e6, 1e8, 1e10, 1e12]);
  });
});
