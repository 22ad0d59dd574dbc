// The payback held fixed on the fleet's calendar, by hand: outlays on their days, profits from
// their first days, payback the first return to zero after the position was below it.
import { describe, expect, it } from 'vitest';
import {
  heldFixedPaybackDay,
  paybackOnSchedule,
  streamThroughEras,
} from '../../src/model/held-fixed-payback.js';

const FOREVER = Number.POSITIVE_INFINITY;

describe('paybackOnSchedule', () => {
  it('paybackOnSchedule() of 1,000 USD on day 0 and 10 USD a day from day 0 is day 100 (capex / profit)', () => {
    expect(paybackOnSchedule([{ day: 0, usd: 1000 }], [{ fromDay: 0, toDay: FOREVER, usdPerDay: 10 }])).toBe(
      100,
    );
  });

  it('paybackOnSchedule() counts the days before the machines hash: paid on day 0, hashing from day 14, day 114', () => {
    expect(paybackOnSchedule([{ day: 0, usd: 1000 }], [{ fromDay: 14, toDay: FOREVER, usdPerDay: 10 }])).toBe(
      114,
    );
  });

  it('paybackOnSchedule() of two cohorts, the second paid on day 365 and hashing from day 395: -1,210 USD on day 395, then 5 a day, day 637', () => {
    // Cohort A: 1,000 USD on day 0, 2 USD a day from day 0. Cohort B: 1,000 USD on day 365, 3 USD a
    // day from day 395. By day 365 A has earned 730: position -270; B's capex: -1,270; from day 365
    // to 395 at 2 a day: -1,210 on day 395; then 5 a day: 242 days more, day 637.
    expect(
      paybackOnSchedule(
        [
          { day: 0, usd: 1000 },
          { day: 365, usd: 1000 },
        ],
        [
          { fromDay: 0, toDay: FOREVER, usdPerDay: 2 },
          { fromDay: 395, toDay: FOREVER, usdPerDay: 3 },
        ],
      ),
    ).toBeCloseTo(637, 12);
  });

  it('paybackOnSchedule() keeps the first payback, as the run does: back at zero on day 100 before a second cohort paid on day 200', () => {
    expect(
      paybackOnSchedule(
        [
          { day: 0, usd: 1000 },
          { day: 200, usd: 5000 },
        ],
        [{ fromDay: 0, toDay: FOREVER, usdPerDay: 10 }],
      ),
    ).toBe(100);
  });

  it('paybackOnSchedule() takes the fixed costs from day 0, before anything hashes: 1,000 USD, -1 a day from day 0, +11 from day 30, day 30 + 1,030 / 10', () => {
    expect(
      paybackOnSchedule(
        [{ day: 0, usd: 1000 }],
        [
          { fromDay: 0, toDay: FOREVER, usdPerDay: -1 },
          { fromDay: 30, toDay: FOREVER, usdPerDay: 11 },
        ],
      ),
    ).toBeCloseTo(133, 12);
  });

  it('paybackOnSchedule() is never for a loss, and for a free machine is day 0 while it never loses money and never when it does', () => {
    expect(
      paybackOnSchedule([{ day: 0, usd: 1000 }], [{ fromDay: 0, toDay: FOREVER, usdPerDay: -1 }]),
    ).toBeNull();
    expect(
      paybackOnSchedule([{ day: 0, usd: 1000 }], [{ fromDay: 0, toDay: FOREVER, usdPerDay: 0 }]),
    ).toBeNull();
    expect(paybackOnSchedule([{ day: 0, usd: 0 }], [{ fromDay: 0, toDay: FOREVER, usdPerDay: 1 }])).toBe(0);
    expect(
      paybackOnSchedule([{ day: 0, usd: 0 }], [{ fromDay: 0, toDay: FOREVER, usdPerDay: -1 }]),
    ).toBeNull();
    // A free machine that profits until an era in which it loses: below zero on day 150, never back.
    expect(
      paybackOnSchedule(
        [],
        [
          { fromDay: 0, toDay: 100, usdPerDay: 3 },
          { fromDay: 100, toDay: FOREVER, usdPerDay: -6 },
        ],
      ),
    ).toBeNull();
  });

  it('paybackOnSchedule() counts a resale on the sale day, as the run does: 1,000 USD, 10 a day on days 0-49 (-500 at the end of day 49), sold on day 50 for 600: back on day 50; sold for 400: never', () => {
    const run = [{ fromDay: 0, toDay: 50, usdPerDay: 10 }];
    const sold = (usd: number) => [
      { day: 0, usd: 1000 },
      { day: 50, usd: -usd },
    ];
    // The run books the sale in day 50's flows, so the position is back at +100 at day 50's end:
    // 51 days in, printed as day 50 (it printed day 49, when the position was -500 and no machine sold).
    expect(paybackOnSchedule(sold(600), run)).toBe(51);
    expect(heldFixedPaybackDay(paybackOnSchedule(sold(600), run))).toBe(50);
    expect(paybackOnSchedule(sold(400), run)).toBeNull();
    // Paid back before the sale: the first return counts.
    expect(
      paybackOnSchedule(
        [
          { day: 0, usd: 1000 },
          { day: 150, usd: -400 },
        ],
        [{ fromDay: 0, toDay: 150, usdPerDay: 10 }],
      ),
    ).toBe(100);
  });

  it('paybackOnSchedule() refuses a non-finite rate as an internal error rather than a payback of 0', () => {
    expect(() =>
      paybackOnSchedule([{ day: 0, usd: 1000 }], [{ fromDay: 0, toDay: FOREVER, usdPerDay: Number.NaN }]),
    ).toThrow(/internal/);
  });
});

describe('streamThroughEras', () => {
  it('streamThroughEras() of a cohort hashing from day 14 through eras from days 0 and 800 at factors 1 and 0.5: two pieces', () => {
    const eras = [
      { fromDay: 0, factor: 1 },
      { fromDay: 800, factor: 0.5 },
    ];
    expect(streamThroughEras(14, eras, (f) => 10 * f - 3)).toEqual([
      { fromDay: 14, toDay: 800, usdPerDay: 7 },
      { fromDay: 800, toDay: FOREVER, usdPerDay: 2 },
    ]);
    expect(streamThroughEras(900, eras, (f) => 10 * f - 3)).toEqual([
      { fromDay: 900, toDay: FOREVER, usdPerDay: 2 },
    ]);
  });
});
