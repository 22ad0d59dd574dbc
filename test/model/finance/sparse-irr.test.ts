import { describe, expect, it } from 'vitest';
import { DAYS_PER_YEAR } from '../../../src/model/calendar.js';
import { createFlowBlocks, fillBlocks } from '../../../src/model/finance/flow-moments.js';
import {
  IRR_CEILING,
  IRR_FLOOR,
  netPresentValue,
  presentValueAndRate,
} from '../../../src/model/finance/irr.js';
import {
  type SparseFlows,
  signChanges,
  sparsePresentValueAndRate,
  writeSparseFlows,
} from '../../../src/model/finance/sparse-irr.js';
import { discountFactors, NO_FACTORS, sparseSignChanges } from '../../../src/model/finance/sparse-scan.js';
import { seededUniform } from '../../fixtures/uniform.js';

/** A seeded uniform on [0, 1), so every case is the same on every run. */
const uniform = seededUniform;

const DISCOUNT = 0.9997;

/** The flows of `s` measured both ways: the sparse IRR and irr.ts over the flows written out. */
function both(s: SparseFlows) {
  const written = new Float64Array(s.length);
  writeSparseFlows(s, written);
  const dense = new Float64Array(2);
  presentValueAndRate(written, s.length, DISCOUNT, DAYS_PER_YEAR, dense);
  const sparse = new Float64Array(2);
  sparsePresentValueAndRate(s, DISCOUNT, DAYS_PER_YEAR, sparse);
  return { dense, sparse };
}

function sparseOf(base: Float64Array, days: number[], values: number[]): SparseFlows {
  const length = base.length;
  const blocks = createFlowBlocks(length);
  fillBlocks(base, length, blocks);
  return {
    base,
    blocks,
    baseNpv: netPresentValue(base, length, DISCOUNT),
    baseChanges: signChanges(base, length),
    days: Int32Array.from(days),
    values: Float64Array.from(values),
    count: days.length,
    length,
    factors: NO_FACTORS,
    factorsDiscount: Number.NaN,
  };
}

/**
 * A project's daily flows of many shapes (capex, then a margin that drifts, with noise, idle
 * stretches and a terminal value), and a financing's days on it (a drawdown, monthly payments, a
 * margin call, yearly tax), as the books make them.
 */
function randomCase(random: () => number): SparseFlows {
  const length = 200 + Math.floor(random() * 1700);
  const base = new Float64Array(length);
  const capex = 1000 + random() * 50_000;
  const shape = Math.floor(random() * 6);
  const margin = capex * (shape === 4 ? 0.5 : 0.0002 + random() * 0.004);
  const drift = (random() - 0.6) * 3 * margin;
  const noise = random() < 0.5 ? 0 : margin * random() * 2;
  const idleFrom = random() < 0.3 ? Math.floor(random() * length) : length;
  for (let t = 0; t < length; t++) {
    if (t >= idleFrom) continue;
    let f = margin + (drift * t) / length + noise * (random() - 0.5);
    if (shape === 1) f = -Math.abs(f) * 0.2; // held coins: costs daily, value at the end
    if (shape === 2) f = Math.min(f, 0); // never a positive day: a total loss
    base[t] = f;
  }
  base[0] -= capex;
  if (shape === 1) base[length - 1] += capex * random() * 3;
  if (shape === 3) base[length - 1] += capex * random();
  if (shape === 5) base[0] = 0; // nothing put in on day 0: starts later
  if (shape === 5) base[Math.min(length - 1, 20)] -= capex;
  const days: number[] = [];
  const values: number[] = [];
  const replace = (t: number, value: number) => {
    if (t < 0 || t >= length || (days.length > 0 && t <= days[days.length - 1])) return;
    days.push(t);
    values.push(value);
  };
  const principal = capex * random() * 0.9;
  const payment = (principal / 24) * (1 + random() * 0.3);
  replace(0, base[0] + principal * 0.99);
  for (let t = 30; t < length; t += 30 + Math.floor(random() * 2)) {
    if (random() < 0.02) replace(t - 5, base[t - 5] - principal * random()); // a margin call
    if (t <= 731) replace(t, base[t] - payment);
    if (t % 365 < 31 && random() < 0.7) replace(t + 1, base[t + 1] - capex * random() * 0.1); // tax
    if (random() < 0.02) replace(t + 2, 0);
  }
  replace(length - 1, base[length - 1] - principal * random() * 0.3);
  return sparseOf(base, days, values);
}

describe('sparsePresentValueAndRate()', () => {
  it('sparseSignChanges() counts the sign changes of the flows written out, on 3,000 random financed projects', () => {
    const random = uniform(7);
    for (let i = 0; i < 3000; i++) {
      const s = randomCase(random);
      const written = new Float64Array(s.length);
      writeSparseFlows(s, written);
      expect(sparseSignChanges(s)).toBe(signChanges(written, s.length));
    }
  });

  it('sparsePresentValueAndRate() with discountFactors() made once gives the NPV and IRR it gives taking each exp itself, to the bit, on 1,000 random financed projects; factors of another discount are not read', () => {
    const random = uniform(11);
    const factors = discountFactors(DISCOUNT, 2000);
    for (let i = 0; i < 1000; i++) {
      const s = randomCase(random);
      const plain = new Float64Array(2);
      sparsePresentValueAndRate(s, DISCOUNT, DAYS_PER_YEAR, plain);
      const made = new Float64Array(2);
      sparsePresentValueAndRate({ ...s, factors, factorsDiscount: DISCOUNT }, DISCOUNT, DAYS_PER_YEAR, made);
      expect(Array.from(made)).toEqual(Array.from(plain));
      // Factors of 1 for every day, said to be of another discount: the scan takes its own exp.
      const other = new Float64Array(2);
      const ones = new Float64Array(2000).fill(1);
      sparsePresentValueAndRate(
        { ...s, factors: ones, factorsDiscount: 0.5 },
        DISCOUNT,
        DAYS_PER_YEAR,
        other,
      );
      expect(Array.from(other)).toEqual(Array.from(plain));
      // The same factors said to be of this discount are read: the replaced days go undiscounted.
      if (s.count > 0 && s.days[s.count - 1] > 0 && s.values[s.count - 1] !== s.base[s.days[s.count - 1]]) {
        sparsePresentValueAndRate(
          { ...s, factors: ones, factorsDiscount: DISCOUNT },
          DISCOUNT,
          DAYS_PER_YEAR,
          other,
        );
        expect(other[0]).not.toBe(plain[0]);
      }
    }
  });

  it('sparsePresentValueAndRate() of flows with no day replaced is irr.ts presentValueAndRate(): the NPV to the bit, the IRR within 1e-10', () => {
    const base = new Float64Array(1000).fill(30);
    base[0] = -20_000;
    const { dense, sparse } = both(sparseOf(base, [], []));
    expect(sparse[0]).toBe(dense[0]);
    expect(Math.abs(sparse[1] - dense[1])).toBeLessThanOrEqual(1e-10 * Math.abs(dense[1]));
  });

  it('sparsePresentValueAndRate() agrees with irr.ts over the flows written out on 3,000 random financed projects: same NaN, total-loss and censored answers, rates within 1e-9', () => {
    const random = uniform(18);
    let worst = 0;
    const kinds = new Map<string, number>();
    for (let i = 0; i < 3000; i++) {
      const s = randomCase(random);
      const { dense, sparse } = both(s);
      const kind = Number.isNaN(dense[1])
        ? 'NaN'
        : dense[1] === -1
          ? 'loss'
          : dense[1] === IRR_FLOOR || dense[1] === IRR_CEILING
            ? 'censored'
            : 'rate';
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      expect(Math.abs(sparse[0] - dense[0])).toBeLessThanOrEqual(
        1e-12 * Math.max(1, Math.abs(dense[0])) * 10,
      );
      if (kind !== 'rate') {
        expect(sparse[1]).toBe(dense[1]);
        continue;
      }
      const error = Math.abs(sparse[1] - dense[1]) / Math.max(Math.abs(dense[1]), 1e-6);
      worst = Math.max(worst, error);
      expect(error).toBeLessThanOrEqual(1e-9);
    }
    // Every kind of answer was met.
    expect(kinds.get('rate')).toBeGreaterThan(1000);
    expect(kinds.get('NaN') ?? 0).toBeGreaterThan(0);
    expect(kinds.get('loss') ?? 0).toBeGreaterThan(0);
    expect(kinds.get('censored') ?? 0).toBeGreaterThan(0);
    console.log('sparse IRR vs dense: worst relative error', worst, Object.fromEntries(kinds));
  });
});

describe('sparsePresentValueAndRate when money comes back before any is put in', () => {
  it('sparsePresentValueAndRate() takes the stake from the first day the position is below zero, as irr.ts over the flows written out: a lease in arrears, a free machine, a loan of the whole price', () => {
    // Earnings of 2.6 a day; the first flow of each case is > 0 once the days are replaced.
    const base = new Float64Array(731).fill(2.6);
    base[0] -= 2000;
    const monthly = Array.from({ length: 12 }, (_, k) => Math.round(((k + 1) * 365.25) / 12));
    const cases = [
      // A lease: the lessor's 2,000 back on day 0, 150 a month in arrears.
      sparseOf(base, [0, ...monthly], [2.6, ...monthly.map(() => 2.6 - 150)]),
      // The machine free, nothing at stake ever: NaN.
      sparseOf(base, [0], [2.6]),
      // A loan of the whole price, 178 a month: at stake from the first payment on.
      sparseOf(base, [0, ...monthly], [2.6, ...monthly.map(() => 2.6 - 178)]),
    ];
    const rates = cases.map((s) => {
      const { dense, sparse } = both(s);
      expect(Math.abs(sparse[0] - dense[0])).toBeLessThanOrEqual(1e-12 * Math.abs(dense[0]));
      // Solved over the flows written out, as irr.ts: the same bits.
      expect(Object.is(sparse[1], dense[1])).toBe(true);
      return sparse[1];
    });
    expect(rates[0]).toBeGreaterThan(0);
    expect(rates[1]).toBeNaN();
    expect(rates[2]).toBeLessThan(0);
  });
});
