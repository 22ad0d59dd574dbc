// The study's starts and horizons (src/study/walk-forward.ts).
import { describe, expect, it } from 'vitest';
import { horizonsAt } from '../../src/study/walk-forward.js';

describe('horizonsAt() and a change of proof of work', () => {
  it("horizonsAt() keeps a Monero start's horizons that end before RandomX (2019-11-30), its CPU's rating holding", () => {
    // 2018-12-01 + 364 days is 2019-11-30, RandomX's first day: the CryptoNight CPU's rating no
    // longer holds on it. 2018-11-01's year ends 2019-10-31.
    expect(horizonsAt('monero', '2018-12-01', [90, 180, 365])).toEqual([90, 180]);
    expect(horizonsAt('monero', '2018-11-01', [90, 180, 365])).toEqual([90, 180, 365]);
    expect(horizonsAt('monero', '2019-09-01', [90])).toEqual([90]);
    expect(horizonsAt('monero', '2019-09-02', [90])).toEqual([]);
  });
});
