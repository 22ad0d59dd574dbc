// payback.csv's cumulative distribution, P(paid back by day_to) at each 30-day bin's end, was
// printed without its Monte Carlo error, beside headline shares that all carry theirs. Each share
// now has its standard error (summary.json payback.cdf[].se, payback.csv's `cdf_se`), by the same
// formula as every P(...) (stats/quantiles.ts proportion(): binomial over independent paths, the
// pairs' means with antithetic pairs), computed from counts rather than a pass a bin.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { paybackCsv } from '../../src/report/tables.js';
import { cumulativeShareSes, proportion, shareInterval } from '../../src/stats/shares.js';
import { loadScenario } from '../fixtures/scenarios.js';

const NEVER = Number.NaN;

/** proportion()'s error of the share at or below each end, one pass over the paths an end. */
const byProportion = (values: Float64Array, ends: number[], antithetic: boolean) =>
  ends.map(
    (end) =>
      proportion(
        Uint8Array.from(values, (v) => (v <= end ? 1 : 0)),
        antithetic,
      ).se,
  );

describe('the standard error of each share of the payback CDF', () => {
  it('cumulativeShareSes() on six paths equals the hand computation, independent and in pairs', () => {
    const days = Float64Array.of(10, NEVER, 40, 5, NEVER, 70);
    // Independent: 2, 3 and 4 of 6 paid back by days 29, 59 and 89.
    const binomial = (k: number) => Math.sqrt(((k / 6) * (1 - k / 6)) / 6);
    const independent = cumulativeShareSes(days, [29, 59, 89], false);
    [2, 3, 4].forEach((k, i) => {
      expect(independent[i]).toBeCloseTo(binomial(k), 15);
    });
    // Pairs (10, never), (40, 5), (never, 70): their means by day 29 are 1/2, 1/2, 0 (mean 1/3,
    // sum of squares 1/6, variance 1/12: se = sqrt(4 x 3 x 1/12) / 6 = 1/6); by day 59 1/2, 1, 0
    // (mean 1/2, variance 1/4: sqrt(3) / 6); by day 89 1/2, 1, 1/2 (mean 2/3, variance 1/12: 1/6).
    const paired = cumulativeShareSes(days, [29, 59, 89], true);
    expect(paired[0]).toBeCloseTo(1 / 6, 15);
    expect(paired[1]).toBeCloseTo(Math.sqrt(3) / 6, 15);
    expect(paired[2]).toBeCloseTo(1 / 6, 15);
  });

  it('cumulativeShareSes() equals proportion() at every end: odd counts, ties, never, fewer than 4 paths', () => {
    let state = 7;
    const next = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    for (const n of [2, 3, 4, 5, 17, 200, 1001]) {
      const values = Float64Array.from({ length: n }, () =>
        next() < 0.2 ? NEVER : Math.floor(next() * 400),
      );
      const ends = [0, 29, 59, 89, 119, 149, 179, 209, 239, 269, 299, 329, 359, 389];
      for (const antithetic of [false, true]) {
        const fast = cumulativeShareSes(values, ends, antithetic);
        const slow = byProportion(values, ends, antithetic);
        fast.forEach((se, i) => {
          expect(Math.abs(se - slow[i])).toBeLessThanOrEqual(1e-14 * Math.max(1e-300, slow[i]) + 1e-17);
        });
      }
    }
  });

  for (const antithetic of [false, true]) {
    it(`a 41-path run of the flagship${antithetic ? ' in antithetic pairs' : ''}: summary.json's cdf se is proportion()'s over the paths' payback days, and payback.csv prints it`, async () => {
      const s = await loadScenario('north-korea-2017-s9', (d) => {
        delete d.sweep;
      });
      const result = await runMonteCarlo(s, {
        paths: 41,
        workers: 1,
        breakEvenPaths: 0,
        withBacktest: false,
        antithetic,
      });
      const { summary, outcomes } = result;
      const { cdf } = summary.payback;
      const ends = cdf.map((c) => c.day);
      const expected = byProportion(outcomes.paybackDay, ends, antithetic);
      cdf.forEach((c, i) => {
        // The share is the histogram's as before, and the same as the paths' own count.
        const holds = Uint8Array.from(outcomes.paybackDay, (v) => (v <= c.day ? 1 : 0));
        expect(c.p).toBe(proportion(holds, antithetic).p);
        expect(c.se).toBeDefined();
        expect(Math.abs(c.se! - expected[i])).toBeLessThanOrEqual(1e-14 * expected[i] + 1e-17);
      });
      expect(cdf.some((c) => c.se! > 0)).toBe(true);
      const rows = paybackCsv(summary)
        .trim()
        .split('\n')
        .map((line) => line.split(','));
      expect(rows[0]).toEqual(['day_from', 'day_to', 'count', 'cdf', 'cdf_se', 'cdf_low', 'cdf_high']);
      const bins = rows.slice(1, -1).filter((row) => row[0] !== '0' || row[1] !== '0');
      bins.forEach((row, i) => {
        expect(Number(row[1])).toBe(cdf[i].day);
        expect(row[4]).toBe(String(cdf[i].se));
        // Its 95 % interval is Wilson's, as the tables give a share's, from summary.json's p and se.
        const [low, high] = shareInterval({ p: cdf[i].p, se: cdf[i].se! }, 41, antithetic);
        expect([row[5], row[6]]).toEqual([String(low), String(high)]);
        // A share of 0 has a standard error of 0, but not an interval of [0, 0]: 0 of 41 paths
        // (or 21 draws in pairs) is at most about 8.6 % (16 %).
        if (cdf[i].p === 0) expect(high).toBeGreaterThan(antithetic ? 0.15 : 0.08);
      });
      expect(cdf[0].p).toBe(0);
      expect(rows.at(-1)!.at(-1)).toBe('');
    });
  }

  it('a run of one path states no error: summary.json leaves se out, payback.csv leaves the field empty', async () => {
    const s = await loadScenario('north-korea-2017-s9', (d) => {
      delete d.sweep;
    });
    const { summary } = await runMonteCarlo(s, {
      paths: 1,
      workers: 1,
      breakEvenPaths: 0,
      withBacktest: false,
    });
    expect(summary.payback.cdf.every((c) => c.se === undefined)).toBe(true);
    const rows = paybackCsv(summary).trim().split('\n').slice(1);
    for (const row of rows) expect(row.split(',')[4]).toBe('');
  });
});

describe('the README on payback.csv', () => {
  it('names its columns and quotes the bound of a share of 0 as shareInterval() gives it', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain('`day_from,day_to,count,cdf,cdf_se,cdf_low,cdf_high`');
    const high = shareInterval({ p: 0, se: 0 }, 1000)[1];
    expect(readme).toContain(`0 of 1,000 paths is at most ${high.toFixed(4)}`);
  });
});
