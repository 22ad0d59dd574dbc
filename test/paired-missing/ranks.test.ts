// The ranks of a quantile's interval over antithetic pairs with paths left out
// (quantile-interval.ts keptPairsRanks), at the rule's two ends and between them, and where the
// summary makes them: every measure that leaves out paths without a value.
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { binomialRanks, keptPairsRanks } from '../../src/stats/quantile-interval.js';
import { distribution, keptPairs } from '../../src/stats/quantiles.js';
import { loadScenario } from '../fixtures/scenarios.js';

const QS = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95];

describe('keptPairsRanks()', () => {
  it('keptPairsRanks() with every pair keeping both values: the pair rule, ranks 2 l - 1 and 2 u of the pairs’ binomial ranks', () => {
    for (const pairs of [6, 36, 100, 501, 5000])
      for (const q of QS) {
        const r = binomialRanks(pairs, q);
        expect(keptPairsRanks({ singles: 0, doubles: pairs }, q)).toEqual(
          r === null ? null : [2 * r[0] - 1, 2 * r[1]],
        );
      }
  });

  it('keptPairsRanks() with every pair keeping one value: the independent paths’ binomial ranks', () => {
    for (const n of [5, 6, 36, 100, 1000, 9999])
      for (const q of QS) expect(keptPairsRanks({ singles: n, doubles: 0 }, q)).toEqual(binomialRanks(n, q));
  });

  it('keptPairsRanks() of 400 pairs of one and 300 of two: the median’s ranks between the independent rule’s and the half-as-many-pairs rule’s', () => {
    const n = 1000;
    const [l, u] = keptPairsRanks({ singles: 400, doubles: 300 }, 0.5) as [number, number];
    const independent = binomialRanks(n, 0.5) as [number, number];
    const halves = binomialRanks(n / 2, 0.5) as [number, number];
    expect(l).toBeLessThan(independent[0]);
    expect(u).toBeGreaterThan(independent[1]);
    expect(l).toBeGreaterThan(2 * halves[0] - 1);
    expect(u).toBeLessThan(2 * halves[1]);
  });

  it('distribution() in pairs: the NaN paths are counted pair by pair in the values’ order, the last path of an odd count alone', () => {
    const values = Float64Array.from([1, Number.NaN, Number.NaN, Number.NaN, 3, 4, 5]);
    expect(keptPairs(values)).toEqual({ singles: 2, doubles: 1 });
    // 60 pairs, each keeping its first path only: 60 independent values, not 30 pairs.
    const one = new Float64Array(120).map((_, k) => (k % 2 === 0 ? k : Number.NaN));
    const d = distribution(one, undefined, true);
    const [l, u] = binomialRanks(60, 0.5) as [number, number];
    expect(d.intervals?.p50).toEqual({ low: 2 * (l - 1), high: 2 * (u - 1) });
  });
});

describe('the run’s summary over antithetic pairs with paths left out', () => {
  it('runMonteCarlo() of the ASIC CryptoNight scenario, 1,000 paths in pairs (seed 11): its 90 break-even tariffs, one a pair, have the median interval of 90 independent values (3.26 to 4.87 USD/kWh with the fee share over the rule’s coins; read as 45 pairs it was 2.68 to 6.20)', async () => {
    const s = await loadScenario('cryptonight-asic-2018-x3', (d) => {
      delete d.sweep;
    });
    const r = await runMonteCarlo(s, {
      paths: 1000,
      seed: 11,
      antithetic: true,
      workers: 1,
      withBacktest: false,
    });
    const interval = r.summary.headline.breakEvenTariffUsdPerKwh.intervals?.p50;
    expect(interval?.low).toBeCloseTo(3.2589, 4);
    expect(interval?.high).toBeCloseTo(4.8742, 4);
    const values = r.outcomes.breakEvenTariffUsdPerKwh;
    expect(keptPairs(values)).toEqual({ singles: 90, doubles: 0 });
    const kept = values.filter((v) => !Number.isNaN(v)).sort();
    const [l, u] = binomialRanks(90, 0.5) as [number, number];
    expect(interval).toEqual({ low: kept[l - 1], high: kept[u - 1] });
  }, 60_000);

  it('runMonteCarlo() of the flagship at 0.14 USD/kWh, 400 paths in pairs: each measure with paths left out reads its interval at the ranks of its kept pairs', async () => {
    const s = await loadScenario('north-korea-2017-s9', (d) => {
      d.power.price = '0.14 USD/kWh';
      delete d.sweep;
    });
    const r = await runMonteCarlo(s, {
      paths: 400,
      seed: 7,
      antithetic: true,
      workers: 1,
      withBacktest: false,
    });
    const h = r.summary.headline;
    let checked = 0;
    for (const name of ['irr', 'breakEvenTariffUsdPerKwh', 'breakEvenPriceUsd', 'costPerCoinUsd'] as const) {
      const values = r.outcomes[name];
      const kept = values.filter((v) => !Number.isNaN(v)).sort();
      if (kept.length === values.length) continue;
      const pairs = keptPairs(values);
      for (const [key, q] of [
        ['p10', 0.1],
        ['p50', 0.5],
        ['p90', 0.9],
      ] as const) {
        const ranks = keptPairsRanks(pairs, q);
        if (ranks === null) continue;
        // Widened to the ranks the quantile is interpolated between, as quantileIntervalRanks does.
        const lo = Math.floor((kept.length - 1) * q);
        const low = kept[Math.min(ranks[0], lo + 1) - 1];
        const high = kept[Math.max(ranks[1], Math.min(kept.length, lo + 2)) - 1];
        expect(h[name].intervals?.[key]).toEqual({ low, high });
        checked++;
      }
    }
    // The IRR has no value on some paths of this run, one path of a pair.
    expect(h.irr.paths).toBeLessThan(400);
    expect(checked).toBeGreaterThan(0);
  }, 60_000);
});
