// serialShare() (src/stats/serial-share.ts): a share of hits in time order whose neighbours are
// not independent, with a 95 % interval that says so. Simulated with a seeded stream: an
// autocorrelated 0/1 series (a two-state Markov chain, lag-1 correlation 0.5, 105 hits: the
// study's weekly interval forecasts of 2012-13) is covered at 95 % within the Monte Carlo
// tolerance, where the binomial interval covers about 0.73; an independent series gets the
// binomial interval, a few per cent wider.
import { describe, expect, it } from 'vitest';
import { Rng, runKey } from '../../src/engine/random/rng.js';
import { initialPositiveInflation, markovInflation, serialShare } from '../../src/stats/serial-share.js';
import { wilson } from '../../src/stats/shares.js';
import { studentTCdf, studentTQuantile } from '../../src/stats/student-t.js';

/** `n` hits of a stationary two-state Markov chain with P(hit) = p and lag-1 correlation rho. */
function markovHits(rng: Rng, n: number, p: number, rho: number): Uint8Array {
  const afterHit = p + rho * (1 - p);
  const afterMiss = p * (1 - rho);
  const x = new Uint8Array(n);
  x[0] = rng.uniform() < p ? 1 : 0;
  for (let i = 1; i < n; i++) x[i] = rng.uniform() < (x[i - 1] === 1 ? afterHit : afterMiss) ? 1 : 0;
  return x;
}

/** `n` indicators that sums of `overlap` consecutive normals lie in their central `level` band. */
function overlappingHits(rng: Rng, n: number, overlap: number, zBand: number): Uint8Array {
  const e = Float64Array.from({ length: n + overlap - 1 }, () => rng.normal());
  return Uint8Array.from({ length: n }, (_, i) => {
    let s = 0;
    for (let k = 0; k < overlap; k++) s += e[i + k];
    return Math.abs(s / Math.sqrt(overlap)) <= zBand ? 1 : 0;
  });
}

const REPS = 2000;
/** The Monte Carlo tolerance of a coverage of 0.95 over REPS series: 3 standard errors. */
const TOLERANCE = 3 * Math.sqrt((0.95 * 0.05) / REPS);

function coverage(draw: (rng: Rng) => Uint8Array, truth: number, design = 1, seed = 'serial-share') {
  const rng = new Rng();
  let serial = 0;
  let binomial = 0;
  const widthRatios: number[] = [];
  for (let r = 0; r < REPS; r++) {
    rng.reset(runKey(seed), r, 1);
    const x = draw(rng);
    const s = serialShare(x, design);
    const b = wilson(s.share, x.length);
    if (s.interval[0] <= truth && truth <= s.interval[1]) serial++;
    if (b[0] <= truth && truth <= b[1]) binomial++;
    widthRatios.push((s.interval[1] - s.interval[0]) / (b[1] - b[0]));
  }
  widthRatios.sort((a, b) => a - b);
  return { serial: serial / REPS, binomial: binomial / REPS, medianWidthRatio: widthRatios[REPS >> 1] };
}

describe('serialShare() in simulation', () => {
  it('covers an autocorrelated 0/1 series (Markov chain, lag-1 correlation 0.5, 105 hits) at 95 %', () => {
    const c = coverage((rng) => markovHits(rng, 105, 0.5, 0.5), 0.5);
    expect(Math.abs(c.serial - 0.95)).toBeLessThan(TOLERANCE);
    // The binomial interval, as if the hits were independent, covers far less.
    expect(c.binomial).toBeLessThan(0.8);
  });

  it('covers a Markov chain of 90 % hits, lag-1 correlation 0.5, 105 hits, at 95 %', () => {
    const c = coverage((rng) => markovHits(rng, 105, 0.9, 0.5), 0.9, 1, 'serial-share-90');
    expect(Math.abs(c.serial - 0.95)).toBeLessThan(TOLERANCE);
  });

  it('gives an independent series the binomial interval: as often right, at most 12 % wider', () => {
    for (const [p, n] of [
      [0.5, 105],
      [0.9, 105],
      [0.75, 53],
    ] as const) {
      const c = coverage((rng) => Uint8Array.from({ length: n }, () => (rng.uniform() < p ? 1 : 0)), p);
      expect(c.medianWidthRatio).toBeGreaterThanOrEqual(1);
      expect(c.medianWidthRatio).toBeLessThan(1.12);
      expect(c.serial).toBeGreaterThanOrEqual(c.binomial);
      expect(c.serial - c.binomial).toBeLessThan(0.04);
    }
  });

  it("keeps at least the design's count for windows that overlap (12 months of 59 one-year forecasts): at least 95 %", () => {
    // The central 90 % band of a sum of 12 normals: 1.6449 standard deviations.
    const c = coverage((rng) => overlappingHits(rng, 59, 12, 1.6449), 0.9, 12, 'serial-share-overlap');
    expect(c.serial).toBeGreaterThan(0.95 - TOLERANCE);
    expect(c.binomial).toBeLessThan(0.7);
  });
});

/** `n` hits under a hidden regime: an AR(1) of coefficient `phi` plus as much noise, below its p quantile. */
function regimeHits(rng: Rng, n: number, phi: number, zP: number): Uint8Array {
  let u = rng.normal();
  return Uint8Array.from({ length: n }, (_, i) => {
    if (i > 0) u = phi * u + Math.sqrt(1 - phi * phi) * rng.normal();
    return (u + rng.normal()) / Math.SQRT2 <= zP ? 1 : 0;
  });
}

describe("serialShare()'s stated limit", () => {
  it("under-states a dependence longer than a Markov chain's (a hidden AR(1) regime, 0.9): about 0.84, as the module says", () => {
    // P(hit) 0.6: the regime's 0.6 quantile, 0.2533 standard deviations.
    const c = coverage((rng) => regimeHits(rng, 105, 0.9, 0.2533), 0.6, 1, 'serial-share-regime');
    expect(Math.abs(c.serial - 0.84)).toBeLessThan(0.04);
    expect(c.binomial).toBeLessThan(0.6);
  });
});

describe('serialShare() by hand', () => {
  it('reads independent-looking hits as independent: the binomial interval at Student t', () => {
    // Alternating hits: lag-1 correlation -1, clamped to none; no positive autocorrelation.
    const x = Array.from({ length: 40 }, (_, i) => i % 2);
    expect(initialPositiveInflation(x)).toBe(1);
    // Markov: P(hit | hit) = 0.5 / 1, P(hit | miss) = 19.5 / 21: rho below 0, 0 + 1 / 40 after the bias.
    const rho = 1 / 40;
    expect(markovInflation(x)).toBeCloseTo((1 + rho) / (1 - rho), 12);
    const s = serialShare(x);
    expect(s.effective).toBeCloseTo(40 / ((1 + rho) / (1 - rho)), 12);
    expect(s.z).toBeCloseTo(studentTQuantile(0.975, s.effective - 1), 12);
    expect(s.interval).toEqual(wilson(0.5, s.effective, s.z));
  });

  it("takes the design's inflation, at 1.96, where it is the largest", () => {
    const x = Array.from({ length: 60 }, (_, i) => i % 2);
    const s = serialShare(x, 12);
    expect(s.inflation).toBe(12);
    expect(s.effective).toBe(5);
    expect(s.interval).toEqual(wilson(0.5, 5));
  });

  it('reads a run of hits without a miss as about half persistent, not as independent', () => {
    const s = serialShare(new Array(53).fill(true));
    // P(hit | hit) = 52.5 / 53, P(hit | miss) = 0.5 / 1.
    const raw = 52.5 / 53 - 0.5;
    const rho = raw + (1 + 3 * raw) / 53;
    expect(s.inflation).toBeCloseTo((1 + rho) / (1 - rho), 12);
    expect(s.share).toBe(1);
    expect(s.interval[1]).toBe(1);
    expect(s.interval[0]).toBeLessThan(wilson(1, 53)[0] - 0.1);
  });

  it('initialPositiveInflation() by hand: 1, 1, 0, 0', () => {
    // About the mean 0.5, autocovariances over 4: 0.25, 0.0625, -0.125, -0.0625. The first pair
    // (lags 0 and 1) is positive, the next is not: -0.25 + 2 (0.3125) = 0.375, over 0.25.
    expect(initialPositiveInflation([1, 1, 0, 0])).toBeCloseTo(1.5, 14);
  });

  it('no hits to count: no share, the whole interval', () => {
    expect(serialShare([])).toMatchObject({ n: 0, effective: 0, interval: [0, 1] });
    expect(serialShare([]).share).toBeNaN();
  });
});

describe('studentTQuantile()', () => {
  it('matches the tables (scipy.stats.t.ppf(0.975, df))', () => {
    const table: [number, number][] = [
      [1, 12.706204736174694],
      [2, 4.302652729749462],
      [3.5, 2.9400886379827282],
      [10, 2.228138851986274],
      [104, 1.9830375264837259],
      [1e6, 1.959966356814107],
    ];
    for (const [df, t] of table) expect(studentTQuantile(0.975, df)).toBeCloseTo(t, 8);
    expect(studentTCdf(0, 5)).toBe(0.5);
    expect(studentTQuantile(0.025, 10)).toBeCloseTo(-2.228138851986274, 8);
  });
});

describe("serialShare()'s counts at their ends", () => {
  it("keeps the design's count below one forecast (18 monthly starts of 730 days: 0.75), never narrower than it", () => {
    const x = Array.from({ length: 18 }, (_, i) => i % 2 === 0);
    const design = 730 / 30.4375;
    const s = serialShare(x, design);
    expect(s.effective).toBeCloseTo(18 / design, 12);
    expect(s.interval).toEqual(wilson(0.5, 18 / design));
  });

  it('a single forecast counts as one, however dependent its reading', () => {
    const s = serialShare([true]);
    expect(s.effective).toBe(1);
    expect(s.interval[0]).toBeLessThan(0.01);
  });
});
