import { describe, expect, it } from 'vitest';
import {
  Rng,
  runKey,
  STREAM_BOOTSTRAP,
  STREAM_FEES,
  STREAM_FLEET,
  STREAM_NETWORK,
  STREAM_PRICE,
} from '../../src/engine/random/rng.js';

const KEY = runKey(2017);
const N = 200_000;

function words(key: ReturnType<typeof runKey>, path: number, stream: number, count = 64): number[] {
  const rng = new Rng();
  rng.reset(key, path, stream);
  return Array.from({ length: count }, () => rng.next());
}

function draws(count: number, draw: (rng: Rng) => number, path = 0, stream = STREAM_PRICE): Float64Array {
  const rng = new Rng();
  rng.reset(KEY, path, stream);
  return Float64Array.from({ length: count }, () => draw(rng));
}

/** Sample mean and central moments 2..4 (divided by n). */
function moments(x: Float64Array): { mean: number; m2: number; m3: number; m4: number } {
  const n = x.length;
  let mean = 0;
  for (const v of x) mean += v;
  mean /= n;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (const v of x) {
    const d = v - mean;
    m2 += d * d;
    m3 += d * d * d;
    m4 += d * d * d * d;
  }
  return { mean, m2: m2 / n, m3: m3 / n, m4: m4 / n };
}

describe('Rng.reset streams', () => {
  it('Rng.reset() with the same (key, path, stream) replays the same words, whatever was drawn before', () => {
    const first = words(KEY, 7, STREAM_PRICE);
    const rng = new Rng();
    rng.reset(KEY, 3, STREAM_NETWORK);
    for (let i = 0; i < 1000; i++) rng.normal();
    rng.reset(KEY, 7, STREAM_PRICE);
    expect(Array.from({ length: 64 }, () => rng.next())).toEqual(first);
    expect(words(KEY, 7, STREAM_PRICE)).toEqual(first);
  });

  it('Rng.reset() drops a normal spare left over from the previous stream', () => {
    const rng = new Rng();
    rng.reset(KEY, 1, STREAM_PRICE);
    const fresh = [rng.normal(), rng.normal()];
    rng.reset(KEY, 0, STREAM_PRICE);
    rng.normal(); // leaves the second value of a pair as spare
    rng.reset(KEY, 1, STREAM_PRICE);
    expect([rng.normal(), rng.normal()]).toEqual(fresh);
  });

  it('Rng.reset() gives different sequences across paths, streams and seeds', () => {
    const streams = [STREAM_PRICE, STREAM_NETWORK, STREAM_FEES, STREAM_FLEET, STREAM_BOOTSTRAP];
    const seen = new Set<string>();
    const add = (ws: number[]) => seen.add(ws.join(','));
    let count = 0;
    for (const key of [KEY, runKey(1), runKey(2)])
      for (let path = 0; path < 20; path++)
        for (const stream of streams) {
          add(words(key, path, stream, 8));
          count++;
        }
    // Paths beyond 2^32 differ from the path with the same low word.
    add(words(KEY, 2 ** 32 + 5, STREAM_PRICE, 8));
    add(words(KEY, 2 * 2 ** 32 + 5, STREAM_PRICE, 8));
    count += 2;
    expect(seen.size).toBe(count);
  });

  it('Rng.reset() streams of neighbouring paths are uncorrelated (|r| < 4 / sqrt(n))', () => {
    // Under independence the sample correlation has sd ~ 1 / sqrt(n).
    const n = 20_000;
    const a = draws(n, (r) => r.uniform(), 0);
    const b = draws(n, (r) => r.uniform(), 1);
    const c = draws(n, (r) => r.uniform(), 0, STREAM_NETWORK);
    const corr = (x: Float64Array, y: Float64Array) => {
      const mx = moments(x);
      const my = moments(y);
      let s = 0;
      for (let i = 0; i < n; i++) s += (x[i] - mx.mean) * (y[i] - my.mean);
      return s / n / Math.sqrt(mx.m2 * my.m2);
    };
    expect(Math.abs(corr(a, b))).toBeLessThan(4 / Math.sqrt(n));
    expect(Math.abs(corr(a, c))).toBeLessThan(4 / Math.sqrt(n));
  });
});

describe('Rng distributions', () => {
  it('Rng.uniform() stays in (0, 1) with mean 1/2 and variance 1/12 within 4 SE', () => {
    const u = draws(N, (r) => r.uniform());
    expect(u.every((v) => v > 0 && v < 1)).toBe(true);
    const m = moments(u);
    // SE of the mean: sqrt(1/12 / n) = 6.5e-4; of the variance: sqrt((mu4 - sigma^4) / n) with
    // mu4 = 1/80, sigma^4 = 1/144, = 1.7e-4.
    expect(Math.abs(m.mean - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / N));
    expect(Math.abs(m.m2 - 1 / 12)).toBeLessThan(4 * Math.sqrt((1 / 80 - 1 / 144) / N));
  });

  it('Rng.uniform() fills ten equal bins evenly (chi-square with 9 df below its 0.999 quantile)', () => {
    const u = draws(N, (r) => r.uniform(), 3);
    const bins = new Array(10).fill(0);
    for (const v of u) bins[Math.floor(v * 10)]++;
    const expected = N / 10;
    const chi2 = bins.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(27.88); // chi-square(9) 0.999 quantile
  });

  it('Rng.normal() has mean 0, variance 1, skewness 0 and kurtosis 3 within 4 SE', () => {
    const z = draws(N, (r) => r.normal());
    const m = moments(z);
    const skew = m.m3 / m.m2 ** 1.5;
    const kurtosis = m.m4 / m.m2 ** 2;
    // Normal-theory SEs: mean 1/sqrt(n) = 0.0022, variance sqrt(2/n) = 0.0032,
    // skewness sqrt(6/n) = 0.0055, kurtosis sqrt(24/n) = 0.011.
    expect(Math.abs(m.mean)).toBeLessThan(4 / Math.sqrt(N));
    expect(Math.abs(m.m2 - 1)).toBeLessThan(4 * Math.sqrt(2 / N));
    expect(Math.abs(skew)).toBeLessThan(4 * Math.sqrt(6 / N));
    expect(Math.abs(kurtosis - 3)).toBeLessThan(4 * Math.sqrt(24 / N));
  });

  it('Rng.normal() puts 95 % of draws within +-1.96 (binomial SE)', () => {
    const z = draws(N, (r) => r.normal(), 5);
    let inside = 0;
    for (const v of z) if (Math.abs(v) < 1.959964) inside++;
    expect(Math.abs(inside / N - 0.95)).toBeLessThan(4 * Math.sqrt((0.95 * 0.05) / N));
  });

  it('Rng.reset(..., antithetic) negates every normal and mirrors every uniform exactly', () => {
    const plain = new Rng();
    const flipped = new Rng();
    plain.reset(KEY, 11, STREAM_PRICE, false);
    flipped.reset(KEY, 11, STREAM_PRICE, true);
    for (let i = 0; i < 1001; i++) {
      // Mixed draws: the spare of a normal pair must be flipped too.
      if (i % 3 === 2) expect(flipped.uniform()).toBe(1 - plain.uniform());
      else expect(flipped.normal()).toBe(-plain.normal());
    }
  });

  it('Rng.poisson() has mean and variance lambda within 4 SE, and 0 for lambda <= 0', () => {
    for (const lambda of [0.02, 0.5, 3]) {
      const n = 100_000;
      const x = draws(n, (r) => r.poisson(lambda), 9);
      const m = moments(x);
      expect(x.every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
      // SE of the mean sqrt(lambda / n); of the variance sqrt((mu4 - sigma^4) / n) with
      // mu4 = lambda (1 + 3 lambda) for a Poisson.
      expect(Math.abs(m.mean - lambda)).toBeLessThan(4 * Math.sqrt(lambda / n));
      expect(Math.abs(m.m2 - lambda)).toBeLessThan(4 * Math.sqrt((lambda + 2 * lambda * lambda) / n));
    }
    const rng = new Rng();
    rng.reset(KEY, 0, STREAM_FEES);
    expect(rng.poisson(0)).toBe(0);
    expect(rng.poisson(-1)).toBe(0);
  });

  it('Rng.below(n) returns whole numbers in [0, n), each about n-th of the time', () => {
    const n = 7;
    const x = draws(70_000, (r) => r.below(n), 2);
    const counts = new Array(n).fill(0);
    for (const v of x) counts[v]++;
    expect(x.every((v) => Number.isInteger(v) && v >= 0 && v < n)).toBe(true);
    // Binomial SE of each count: sqrt(N p (1 - p)).
    const se = Math.sqrt(70_000 * (1 / n) * (1 - 1 / n));
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(4 * se);
  });
});

describe('runKey', () => {
  it('runKey(1) is stable across releases (a changed key would change every published result)', () => {
    expect(runKey(1)).toEqual([1257442982, 89878108, 1517996564, 1599687364]);
  });

  it('runKey() differs between seeds and reads a number seed like its string', () => {
    expect(runKey(1)).not.toEqual(runKey(2));
    expect(runKey('north-korea')).not.toEqual(runKey('north-korea '));
    expect(runKey('1')).toEqual(runKey(1));
    expect(runKey(2017)).toEqual(runKey(2017));
    for (const w of runKey(2017)) expect(w >>> 0).toBe(w);
  });
});

describe('Rng.fillNormals', () => {
  it('Rng.fillNormals() has mean 0, variance 1, skewness 0 and kurtosis 3 within 4 SE, and its tails', () => {
    const rng = new Rng();
    rng.reset(KEY, 3, STREAM_PRICE);
    const x = new Float64Array(N);
    rng.fillNormals(x, 0, N);
    const { mean, m2, m3, m4 } = moments(x);
    expect(Math.abs(mean)).toBeLessThan(4 / Math.sqrt(N));
    expect(Math.abs(m2 - 1)).toBeLessThan(4 * Math.sqrt(2 / N));
    expect(Math.abs(m3 / m2 ** 1.5)).toBeLessThan(4 * Math.sqrt(6 / N));
    expect(Math.abs(m4 / m2 ** 2 - 3)).toBeLessThan(4 * Math.sqrt(24 / N));
    // Beyond the ziggurat's base (3.44) lies 0.058 % of the mass: the tail draws are there.
    const tail = x.filter((v) => Math.abs(v) > 3.442619855899).length / N;
    expect(Math.abs(tail - 5.76e-4)).toBeLessThan(4 * Math.sqrt(5.76e-4 / N));
  });

  it.each([false, true])(
    'Rng.fillNormals() is the same for the same (seed, path, stream), and negated when antithetic (%s)',
    (antithetic) => {
      const fill = (flip: boolean) => {
        const rng = new Rng();
        rng.reset(KEY, 7, STREAM_PRICE, flip);
        const out = new Float64Array(5000);
        rng.fillNormals(out, 1, out.length);
        return out;
      };
      const plain = fill(false);
      expect(fill(false)).toEqual(plain);
      if (antithetic) expect(fill(true)).toEqual(plain.map((v) => (v === 0 ? 0 : -v)));
    },
  );

  it.each([false, true])(
    'Rng.fillNormals() gives exactly the numbers of as many normal() calls, tail draws included (antithetic %s)',
    (antithetic) => {
      const filled = new Rng();
      filled.reset(KEY, 11, STREAM_NETWORK, antithetic);
      const one = new Rng();
      one.reset(KEY, 11, STREAM_NETWORK, antithetic);
      const out = new Float64Array(20_000);
      filled.fillNormals(out, 1, out.length);
      const each = new Float64Array(out.length);
      for (let i = 1; i < each.length; i++) each[i] = one.normal();
      expect(out).toEqual(each);
      // About 1 in 36 draws took the slow path: 555 of them are in there.
      expect(filled.next()).toBe(one.next());
    },
  );

  it('Rng.fillNormals() of the first days of a path is the same whatever the number of days filled (a shorter horizon)', () => {
    // Before, the draws needing the ziggurat's slow path were finished after the whole fill, from
    // words past its end: a path of 730 days and one of 2,190 drew other shocks on the days after
    // the first such draw.
    const fill = (days: number) => {
      const rng = new Rng();
      rng.reset(KEY, 0, STREAM_PRICE);
      const out = new Float64Array(days);
      rng.fillNormals(out, 1, days);
      return out;
    };
    expect(fill(730)).toEqual(fill(2190).subarray(0, 730));
  });
});
