// An IRR's quantiles where total losses (-1: money put in, no day's net flow above zero) and paths
// carried at the floor (-0.9999: a rate below -99.99 %, or none, as for a path that got some money
// back yet lost more than it put in) are both present. The IRR cannot say which of them did worse:
// 1,000 USD in and nothing back lost 1,000; 1,000 in, 10 a day back for 100 days, then 5 a day out
// for 600 days lost 3,000 and ranked above it. So they are counted together at the floor, and
// every quantile among them reads "≤ -99.99 %": no figure interpolated between -100 % and the
// floor (it printed -99.991 %), no "≤" lost or doubled by the total losses shifting the ranks.
import { describe, expect, it } from 'vitest';
import { createFlowBlocks, fillBlocks } from '../../src/model/finance/flow-moments.js';
import { internalRateOfReturn, netPresentValue } from '../../src/model/finance/irr.js';
import { IRR_CEILING, IRR_FLOOR } from '../../src/model/finance/irr-bounds.js';
import { signChanges, sparsePresentValueAndRate } from '../../src/model/finance/sparse-irr.js';
import { NO_FACTORS } from '../../src/model/finance/sparse-scan.js';
import { boundMark, irrFormat } from '../../src/report/coverage.js';
import { formatPercent } from '../../src/report/format.js';
import { censoredDistribution } from '../../src/stats/quantiles.js';
import type { Distribution } from '../../src/stats/summary.js';
import { QUANTILE_KEYS } from '../../src/stats/summary.js';

const flows = (parts: [number, number][]) => Float64Array.from(parts.flatMap(([v, n]) => Array(n).fill(v)));
const irr = (f: Float64Array) => internalRateOfReturn(f, f.length);

// Nothing back: -1000 over 701 days.
const totalLoss = irr(
  flows([
    [-1000, 1],
    [0, 700],
  ]),
);
// Some back, then more lost: -1000 + 1000 - 3000 = -3000; no rate (its present value is below zero at every rate).
const lostMore = irr(
  flows([
    [-1000, 1],
    [10, 100],
    [-5, 600],
  ]),
);
// 1,000 in, 1,100 back 365 days later: (1.1)^(365.25 / 365) - 1 a year, 10.0075 %.
const tenPercent = irr(
  flows([
    [-1000, 1],
    [0, 364],
    [1100, 1],
  ]),
);

/** Each quantile as the tables print it: its bound mark, then the IRR formatter's text. */
const printed = (d: Distribution) =>
  QUANTILE_KEYS.map((k) => `${boundMark(d, k)}${irrFormat(formatPercent)(d.quantiles[k])}`);

describe('an IRR distribution with total losses and paths at the floor', () => {
  it('the hand-computed paths: -1, the floor, and 10.0075 %', () => {
    expect(totalLoss).toBe(-1);
    expect(lostMore).toBe(IRR_FLOOR);
    expect(tenPercent).toBeCloseTo(1.1 ** (365.25 / 365) - 1, 12);
  });

  it('one total loss and nine paths at the floor: every quantile ≤ -99.99 %, all ten counted there', () => {
    const d = censoredDistribution(
      Float64Array.from([totalLoss, ...Array(9).fill(lostMore)]),
      IRR_FLOOR,
      IRR_CEILING,
    );
    // Was p5 -99.996 % and p10 -99.991 % (between -1 and the floor), p90 and p95 "≤ ≤ -99.99 %".
    expect(printed(d)).toEqual(Array(7).fill('≤ -99.99 %'));
    expect(d.censored).toEqual({ low: 10, high: 0 });
    expect(d.mean).toBeNull();
  });

  it('a quantile between the floor and a rate is marked ≤ wherever the total losses put the floor paths', () => {
    // Sorted: -1, floor, floor, then 7 at 10.0075 %. The 25 % quantile is at rank 2.25 (type 7):
    // a quarter of the way from a path at the floor to a rate, so it only bounds the true one.
    const values = Float64Array.from([totalLoss, lostMore, lostMore, ...Array(7).fill(tenPercent)]);
    const d = censoredDistribution(values, IRR_FLOOR, IRR_CEILING);
    expect(d.censored).toEqual({ low: 3, high: 0, atMost: ['p25'] });
    expect(d.quantiles.p25).toBeCloseTo(0.75 * IRR_FLOOR + 0.25 * tenPercent, 12);
    // Was "-99.996 %", "-99.991 %", then "-72.5 %" with no mark.
    expect(printed(d).slice(0, 3)).toEqual(['≤ -99.99 %', '≤ -99.99 %', '≤ -72.5 %']);
    expect(printed(d).slice(3)).toEqual(Array(4).fill('10 %'));
  });

  it("a 95 % interval's end among them is the floor, not -1", () => {
    const values = Float64Array.from([
      ...Array(30).fill(totalLoss),
      ...Array(30).fill(lostMore),
      ...Array(40).fill(tenPercent),
    ]);
    const d = censoredDistribution(values, IRR_FLOOR, IRR_CEILING);
    expect(d.quantiles.p5).toBe(IRR_FLOOR);
    expect(d.intervals?.p5?.low).toBe(IRR_FLOOR);
    expect(d.intervals?.p25?.low).toBe(IRR_FLOOR);
    expect(d.censored?.low).toBe(60);
  });

  it('with no path at the floor a total loss stays -100 %, ranked below every rate, the mean kept', () => {
    const values = Float64Array.from([totalLoss, ...Array(9).fill(tenPercent)]);
    const d = censoredDistribution(values, IRR_FLOOR, IRR_CEILING);
    expect(d.censored).toBeUndefined();
    expect(d.quantiles.p5).toBeCloseTo(-1 + 0.45 * (tenPercent + 1), 12);
    expect(d.mean).toBeCloseTo((-1 + 9 * tenPercent) / 10, 12);
    const all = censoredDistribution(Float64Array.of(totalLoss, totalLoss), IRR_FLOOR, IRR_CEILING);
    expect(printed(all)).toEqual(Array(7).fill('-100 %'));
  });

  it("an equity's IRR (the project's flows with the books' days replaced) reads the same two ways", () => {
    // The sparse search the books use (sparse-irr.ts): the project's days, some replaced.
    const equityIrr = (base: Float64Array, days: number[], values: number[]) => {
      const blocks = createFlowBlocks(base.length);
      fillBlocks(base, base.length, blocks);
      const out = new Float64Array(2);
      const s = {
        base,
        blocks,
        baseNpv: netPresentValue(base, base.length, 0.9997),
        baseChanges: signChanges(base, base.length),
        days: Int32Array.from(days),
        values: Float64Array.from(values),
        count: days.length,
        length: base.length,
        factors: NO_FACTORS,
        factorsDiscount: Number.NaN,
      };
      sparsePresentValueAndRate(s, 0.9997, 365.25, out);
      return out[1];
    };
    const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
    // 1,000 USD of machines, 500 borrowed: 500 down. The project earns 2 a day for 100 days, then
    // nothing; the loan takes 5 a day from day 101: the equity's flows are -500, +2 x 100, -5 x 600,
    // never back above zero: 3,300 lost on a stake of 500 after some money back, no rate.
    const project = flows([
      [-1000, 1],
      [2, 100],
      [0, 600],
    ]);
    const written = flows([
      [-500, 1],
      [2, 100],
      [-5, 600],
    ]);
    expect(internalRateOfReturn(written, written.length)).toBe(IRR_FLOOR);
    expect(equityIrr(project, [0, ...range(101, 701)], [-500, ...Array(600).fill(-5)])).toBe(IRR_FLOOR);
    // Nothing earned, 200 down and 10 a month of interest: a total loss.
    const idle = flows([
      [-1000, 1],
      [0, 700],
    ]);
    const months = range(1, 24).map((m) => m * 30);
    expect(equityIrr(idle, [0, ...months], [-200, ...months.map(() => -10)])).toBe(-1);
  });
});
