// Path k's numbers depend only on (seed, k): the first N paths of a run of M > N paths are the N
// paths of a run of N, on 1, 2 or 3 workers, with antithetic pairs and an odd N (whose last path
// has no mirror in the smaller run and is the even half of a pair in the larger), across the
// 256-path pilot, every outcome (payback day, IRR, the books' and the break-evens) to the bit.
// Worker runs load dist/engine/run/worker.js (`npm run build` first).
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import type { Outcomes } from '../../src/stats/outcomes.js';
import { loadScenario } from '../fixtures/scenarios.js';

/** Every per-path column's first `n` values, NaN kept (toEqual tells NaN apart by Object.is). */
function first(o: Outcomes, n: number): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const [name, column] of Object.entries(o))
    if (ArrayBuffer.isView(column)) out[name] = Array.from((column as Float64Array).subarray(0, n));
  return out;
}

describe('runMonteCarlo() path prefixes', () => {
  it.each([
    ['north-korea-2017-s9', 101, 1, 300, 3],
    ['north-korea-2017-s9', 257, 3, 301, 2],
    ['top-of-market-2021-11-10-loan', 61, 2, 263, 3],
  ])(
    'runMonteCarlo(%s, antithetic) gives its first %i paths (%i workers) as a run of %i paths (%i workers)',
    async (name, n, workersN, m, workersM) => {
      const s = await loadScenario(name, (d) => {
        d.horizon = '2 years';
        d.claims = [];
      });
      const options = { antithetic: true, withBacktest: false } as const;
      const few = await runMonteCarlo(s, { ...options, paths: n, workers: workersN });
      const many = await runMonteCarlo(s, { ...options, paths: m, workers: workersM });
      const a = first(few.outcomes, n);
      expect(first(many.outcomes, n)).toEqual(a);
      // The columns compared hold payback days and IRRs, and with the loan the equity's.
      expect(a.paybackDay.filter(Number.isFinite).length).toBeGreaterThan(0);
      expect(a.irr.filter(Number.isFinite).length).toBeGreaterThan(0);
      if (name.includes('loan')) expect(a.equityIrr.filter(Number.isFinite).length).toBeGreaterThan(0);
      // Break-evens are searched on the first 200 paths of either run.
      expect(a.breakEvenTariffUsdPerKwh.slice(0, Math.min(n, 200)).some(Number.isFinite)).toBe(true);
    },
  );
});
