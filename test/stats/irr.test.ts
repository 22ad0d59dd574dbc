import { describe, expect, it } from 'vitest';
import {
  IRR_CEILING,
  IRR_FLOOR,
  internalRateOfReturn,
  netPresentValue,
  presentValueAndRate,
} from '../../src/model/finance/irr.js';

function daily(days: number, entries: [number, number][]): Float64Array {
  const flows = new Float64Array(days);
  for (const [day, usd] of entries) flows[day] += usd;
  return flows;
}

describe('internalRateOfReturn', () => {
  it('internalRateOfReturn() of -100 on day 0 and +110 on day 365 is 10 % per 365 days, 1.1^(365.25/365) - 1 a year', () => {
    expect(
      internalRateOfReturn(
        daily(366, [
          [0, -100],
          [365, 110],
        ]),
        366,
      ),
    ).toBeCloseTo(1.1 ** (365.25 / 365) - 1, 10);
  });

  it('internalRateOfReturn() of yearly flows -100, +110 with periodsPerYear 1 is 10 %', () => {
    expect(internalRateOfReturn(Float64Array.of(-100, 110), 2, 1)).toBeCloseTo(0.1, 12);
  });

  it('internalRateOfReturn() of -100 then +60, +60 yearly solves 100 = 60/(1+r) + 60/(1+r)^2', () => {
    // 100 x^2... with v = 1/(1+r): 60 v^2 + 60 v - 100 = 0 -> v = (-60 + sqrt(3600 + 24000)) / 120.
    const v = (-60 + Math.sqrt(3600 + 24_000)) / 120;
    expect(internalRateOfReturn(Float64Array.of(-100, 60, 60), 3, 1)).toBeCloseTo(1 / v - 1, 12);
  });

  it('internalRateOfReturn() is negative when less comes back than went in', () => {
    expect(
      internalRateOfReturn(
        daily(366, [
          [0, -100],
          [365, 50],
        ]),
        366,
      ),
    ).toBeCloseTo(0.5 ** (365.25 / 365) - 1, 10);
  });

  it('internalRateOfReturn() is NaN when the flows never change sign and nothing is put in', () => {
    expect(
      internalRateOfReturn(
        daily(10, [
          [0, 100],
          [5, 10],
        ]),
        10,
      ),
    ).toBeNaN();
    expect(internalRateOfReturn(new Float64Array(10), 10)).toBeNaN();
  });

  it('internalRateOfReturn() is -1 (-100 %) for a total loss: money put in and none returned', () => {
    // By hand: 100 in on day 0 and 10 more on day 5, nothing back. The present value at a rate r
    // is -100 - 10 / (1 + r)^(5/365.25), below zero for every r > -1: no rate zeroes it, and the
    // loss of all that was put in is the limit r -> -1, stated as -100 % (as a written-off
    // investment's IRR is).
    expect(
      internalRateOfReturn(
        daily(10, [
          [0, -100],
          [5, -10],
        ]),
        10,
      ),
    ).toBe(-1);
    // A defaulted equity: its stake on day 0, then nothing (the lender has the machines).
    expect(internalRateOfReturn(daily(400, [[0, -490_000]]), 400)).toBe(-1);
    const out = new Float64Array(2);
    presentValueAndRate(daily(30, [[0, -50]]), 30, 0.999, 365.25, out);
    expect(out[1]).toBe(-1);
  });

  it('internalRateOfReturn() only reads the first `length` flows', () => {
    const flows = daily(400, [
      [0, -100],
      [365, 110],
      [399, -1e9],
    ]);
    expect(internalRateOfReturn(flows, 366)).toBeCloseTo(1.1 ** (365.25 / 365) - 1, 10);
  });

  it('internalRateOfReturn() zeroes the present value of daily mining-like flows', () => {
    const flows = new Float64Array(1825).fill(3);
    flows[0] = -2000;
    const annual = internalRateOfReturn(flows, flows.length);
    expect(netPresentValue(flows, flows.length, (1 + annual) ** (-1 / 365.25))).toBeCloseTo(0, 6);
  });
});

describe('internalRateOfReturn with several sign changes', () => {
  // A fleet: capex on day 0, two years of profit, then a loss-making third year, which adds sign
  // changes to the flows.
  function paysBackThenLoses(lossPerDay: number): Float64Array {
    const flows = new Float64Array(3 * 365);
    flows[0] = -2000;
    for (let d = 1; d < 730; d++) flows[d] = 5;
    for (let d = 730; d < flows.length; d++) flows[d] = -lossPerDay;
    return flows;
  }

  it('internalRateOfReturn() of flows whose cumulative position turns positive once is the one positive rate (Norstrom)', () => {
    const flows = paysBackThenLoses(1);
    // Cumulative: -2000, rising to +1645 at day 729, then falling by 1 a day to +1280: one sign change.
    const annual = internalRateOfReturn(flows, flows.length);
    expect(annual).toBeGreaterThan(0);
    expect(netPresentValue(flows, flows.length, (1 + annual) ** (-1 / 365.25))).toBeCloseTo(0, 6);
  });

  it('internalRateOfReturn() of flows that never pay back is the one negative rate (Norstrom read backwards)', () => {
    const flows = paysBackThenLoses(1);
    for (let d = 1; d < 730; d++) flows[d] = 1;
    flows[flows.length - 1] += 500;
    // Cumulative never turns positive (-2000 + 729 - 364 + 500 < 0); the sums from each day to the end
    // go from negative (day 0) to positive (days 1 to 729, then the last day's 500) once.
    const annual = internalRateOfReturn(flows, flows.length);
    expect(annual).toBeLessThan(0);
    expect(annual).toBeGreaterThan(-1);
    expect(netPresentValue(flows, flows.length, (1 + annual) ** (-1 / 365.25))).toBeCloseTo(0, 6);
  });

  it('internalRateOfReturn() is NaN when a late flow is NaN or infinite, however small its discount', () => {
    // The present value at the top of the search range stops once the rest of the flows cannot
    // change it; the last flow, far past that point, must still count when it is not finite.
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const flows = paysBackThenLoses(1);
      flows[flows.length - 1] = bad;
      expect(internalRateOfReturn(flows, flows.length)).toBeNaN();
    }
  });

  it('internalRateOfReturn() with two rates (-100, +230, -132 yearly: 10 % and 20 %) is NaN: no single IRR', () => {
    // (1 + r)^2 x -100 + (1 + r) x 230 - 132 = 0 at r = 10 % and at r = 20 %.
    expect(internalRateOfReturn(Float64Array.of(-100, 230, -132), 3, 1)).toBeNaN();
  });

  it('internalRateOfReturn() of a stake 95 % lost within 30 days is censored at the floor, -0.9999 exactly', () => {
    // -100 on day 0, +5 on day 30: (1 + r)^(30 / 365.25) = 0.05, r = 0.05^12.175 - 1 = -1 + 1.5e-16,
    // far below -99.99 % a year: the one rate lies below the range searched.
    expect(
      internalRateOfReturn(
        daily(31, [
          [0, -100],
          [30, 5],
        ]),
        31,
      ),
    ).toBe(IRR_FLOOR);
    // The same through presentValueAndRate, as the kernel calls it.
    const out = new Float64Array(2);
    presentValueAndRate(
      daily(31, [
        [0, -100],
        [30, 5],
      ]),
      31,
      1,
      365.25,
      out,
    );
    expect(out[1]).toBe(IRR_FLOOR);
  });

  it('internalRateOfReturn() of a stake multiplied 1,000 times within 3 days is censored at the ceiling, 1e6 exactly', () => {
    // -1 on day 0, +1,000 on day 3: r = 1000^(365.25 / 3) - 1 = 10^365 (overflows), above 1e6 a year.
    expect(
      internalRateOfReturn(
        daily(4, [
          [0, -1],
          [3, 1000],
        ]),
        4,
      ),
    ).toBe(IRR_CEILING);
  });

  it('internalRateOfReturn() of a stake halved or doubled within 30 days is in range: 0.5^12.175 - 1, 2^12.175 - 1', () => {
    // -100 on day 0, +50 on day 30: r = 0.5^(365.25 / 30) - 1 = -0.999785, inside the range.
    const halved = internalRateOfReturn(
      daily(31, [
        [0, -100],
        [30, 50],
      ]),
      31,
    );
    expect(halved).toBeCloseTo(0.5 ** (365.25 / 30) - 1, 12);
    expect(halved).toBeGreaterThan(IRR_FLOOR);
    const doubled = internalRateOfReturn(
      daily(31, [
        [0, -100],
        [30, 200],
      ]),
      31,
    );
    expect(doubled / (2 ** (365.25 / 30) - 1) - 1).toBeLessThan(1e-12);
  });

  it('internalRateOfReturn() censors the one rate of Norstrom flows beyond the range: a default after a top-up, a quick win then a cost', () => {
    // -100, +4 on days 1-5, a -2 top-up on day 6, +3 on day 30: three sign changes; the cumulative
    // position never turns positive and the sums from each day to the end change sign once (day 0:
    // -79, then positive): one negative rate, about 0.21^12 - 1 a year, below -99.99 %.
    const lost = daily(31, [
      [0, -100],
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
      [5, 4],
      [6, -2],
      [30, 3],
    ]);
    expect(internalRateOfReturn(lost, 31)).toBe(IRR_FLOOR);
    // -1, +1,000 on day 2, -10 on day 3: the cumulative position turns positive once: one positive
    // rate, about 1000^182 a year, above 1e6.
    expect(
      internalRateOfReturn(
        daily(4, [
          [0, -1],
          [2, 1000],
          [3, -10],
        ]),
        4,
      ),
    ).toBe(IRR_CEILING);
  });

  it('internalRateOfReturn() of a default after debt service, ending on a payment, is censored at the floor', () => {
    // -1,000 on day 0, +10 a day on days 1-60, -100 of debt service on days 30 and 60, -5 on day 61
    // (the default): never paid back (sum -605), and the last flow is a payment, so no Norstrom
    // case applies. Its present value is negative at every rate from -99.99 % a year up: at the
    // floor (e^(0.02522 t) on day t) about -1,000 + 1,400 - 213 - 453 - 23 = -290, at 0 -605.
    const flows = new Float64Array(62);
    flows[0] = -1000;
    for (let d = 1; d <= 60; d++) flows[d] = 10;
    flows[30] -= 100;
    flows[60] -= 100;
    flows[61] = -5;
    for (const annual of [IRR_FLOOR, -0.999, -0.9, 0, 1, 1e6])
      expect(netPresentValue(flows, 62, (1 + annual) ** (-1 / 365.25))).toBeLessThan(0);
    expect(internalRateOfReturn(flows, 62)).toBe(IRR_FLOOR);
  });

  it('internalRateOfReturn() of a never-paid-back stake with two negative rates stays NaN, not censored', () => {
    // -100, +30, -2 yearly: never paid back (sum -72), but with v = 1 / (1 + r), -100 + 30 v - 2 v^2
    // is zero at v = 5 and 10: rates of -80 % and -90 %, both in range. The present value is positive
    // between them, so the loss is not proved at every rate and no bound is reported.
    expect(internalRateOfReturn(Float64Array.of(-100, 30, -2), 3, 1)).toBeNaN();
  });

  it('internalRateOfReturn() with three rates returns one root of the bracketed search', () => {
    // Roots at 10 %, 20 % and 30 % a year: (1 + r - 1.1)(1 + r - 1.2)(1 + r - 1.3) x -100 in 1 + r.
    const flows = Float64Array.of(-100, 360, -431, 171.6);
    const r = internalRateOfReturn(flows, 4, 1);
    expect([0.1, 0.2, 0.3].some((root) => Math.abs(r - root) < 1e-9)).toBe(true);
  });
});

describe('netPresentValue', () => {
  it('netPresentValue() of -100 now and +110 in a year at 10 % is 0', () => {
    expect(
      netPresentValue(
        daily(366, [
          [0, -100],
          [365, 110],
        ]),
        366,
        1.1 ** (-1 / 365),
      ),
    ).toBeCloseTo(0, 10);
  });

  it('netPresentValue() with a discount factor of 1 is the plain sum', () => {
    expect(netPresentValue(Float64Array.of(-5, 2, 2, 2), 4, 1)).toBe(1);
  });
});

describe('presentValueAndRate', () => {
  it('presentValueAndRate() gives what netPresentValue() and internalRateOfReturn() give apart', () => {
    const flows = new Float64Array(1825).fill(3);
    flows[0] = -2000;
    flows[1000] = -400;
    const discount = 1.1 ** (-1 / 365);
    const out = new Float64Array(2);
    presentValueAndRate(flows, flows.length, discount, 365, out);
    expect(out[0]).toBeCloseTo(netPresentValue(flows, flows.length, discount), 9);
    expect(out[1]).toBe(internalRateOfReturn(flows, flows.length, 365));
  });
});

describe('internalRateOfReturn when money comes back before any is put in', () => {
  it('internalRateOfReturn() of a free machine that earns 10 a day for 100 days and then loses 5 a day for 100 is NaN: nothing is ever at stake (it was -92 %, a borrowing’s rate, on a gain of 500)', () => {
    const flows = new Float64Array(200);
    flows.fill(10, 0, 100);
    flows.fill(-5, 100, 200);
    expect(internalRateOfReturn(flows, 200)).toBeNaN();
  });

  it('internalRateOfReturn() of a free machine that earns 10 a day for 100 days and then loses 20 a day for 100 is -100 %: its stake, from day 150, is all lost (it was +1,158 % on a loss of 1,000)', () => {
    const flows = new Float64Array(200);
    flows.fill(10, 0, 100);
    flows.fill(-20, 100, 200);
    // Cumulative: 1000 on day 99, 0 on day 149, -20 on day 150; every flow after is < 0.
    expect(internalRateOfReturn(flows, 200)).toBe(-1);
  });

  it('internalRateOfReturn() of a lease in arrears (2.6 a day, 150 at the end of each of 12 months, 2 years of profit) is the rate of the stake from day 30, the earnings before summed into it (13.02 %; the flows as they stand gave 13.08 %)', () => {
    const flows = new Float64Array(731).fill(2.6);
    for (let k = 1; k <= 12; k++) flows[Math.round((k * 365.25) / 12)] -= 150;
    let cumulative = 0;
    for (let d = 0; d <= 30; d++) cumulative += flows[d];
    expect(cumulative).toBeCloseTo(31 * 2.6 - 150, 9);
    const stake = flows.slice(30);
    stake[0] = cumulative;
    const rate = internalRateOfReturn(flows, 731);
    expect(rate).toBe(internalRateOfReturn(stake, stake.length));
    // 731 x 2.6 = 1,900.6 back for 1,800 of payments: a gain, a positive rate.
    expect(rate).toBeGreaterThan(0);
    let npv = 0;
    for (let d = 0; d < stake.length; d++) npv += stake[d] * (1 + rate) ** (-d / 365.25);
    expect(Math.abs(npv)).toBeLessThan(1e-7);
  });

  it('presentValueAndRate() of flows that return money first keeps their NPV as they stand', () => {
    const flows = new Float64Array(200);
    flows.fill(10, 0, 100);
    flows.fill(-5, 100, 200);
    const out = new Float64Array(2);
    presentValueAndRate(flows, 200, 0.9997, 365.25, out);
    expect(out[0]).toBe(netPresentValue(flows, 200, 0.9997));
    expect(out[1]).toBeNaN();
  });
});
