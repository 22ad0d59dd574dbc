import { describe, expect, it } from 'vitest';
import { Rng, runKey } from '../../../../src/engine/random/rng.js';
import { DAYS_PER_YEAR } from '../../../../src/model/calendar.js';
import { estimateDiffusion, smoothedLogReturns } from '../../../../src/model/market/calibrate.js';
import {
  driftStandardError,
  meanDifferenceWalkVariance,
  netOfLuckVolatility,
} from '../../../../src/model/market/network/block-luck.js';

const BLOCKS = 144;
const DAYS = 365;

/** Poisson(mean) by Knuth's product of uniforms (e^-144 = 3e-63 is a normal double). */
function poisson(rng: Rng, mean: number): number {
  const floor = Math.exp(-mean);
  let n = 0;
  let p = rng.uniform();
  while (p > floor) {
    n++;
    p *= rng.uniform();
  }
  return n;
}

/**
 * A year of block-implied hashrate: the true log hashrate a random walk of `volatility` a year
 * and `drift` a year; the difficulty follows it (a block expected every 10 minutes), so the blocks
 * found a day are Poisson(144) and the implied hashrate is the true one x blocks / 144.
 */
function syntheticYear(rng: Rng, volatility: number, drift: number) {
  const hashrate = new Float64Array(DAYS);
  const logHashrate = new Float64Array(DAYS);
  const blocks = new Float64Array(DAYS);
  let y = Math.log(5e20);
  for (let t = 0; t < DAYS; t++) {
    y += drift / DAYS_PER_YEAR + (volatility / Math.sqrt(DAYS_PER_YEAR)) * rng.normal();
    blocks[t] = poisson(rng, BLOCKS);
    hashrate[t] = Math.exp(y) * (blocks[t] / BLOCKS);
    logHashrate[t] = Math.log(hashrate[t]);
  }
  return { hashrate, logHashrate, blocks };
}

function study(volatility: number, replicates: number, seed: string) {
  const rng = new Rng();
  const key = runKey(seed);
  const variances: number[] = [];
  const sigmas: number[] = [];
  const old: number[] = [];
  const drifts: number[] = [];
  const errors: number[] = [];
  for (let r = 0; r < replicates; r++) {
    rng.reset(key, r, 1);
    const s = syntheticYear(rng, volatility, 0.5);
    const w = { from: 0, to: DAYS };
    const e = netOfLuckVolatility(s.logHashrate, s.blocks, w);
    if (e === null) throw new Error('a year gives the estimator enough days');
    variances.push(e.variancePerDay * DAYS_PER_YEAR);
    sigmas.push(e.volatility);
    const d = estimateDiffusion(smoothedLogReturns(s.hashrate, w));
    old.push(d.volatility);
    drifts.push(d.drift);
    errors.push(driftStandardError(volatility, s.blocks, w, d.samples));
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = (xs: number[]) =>
    Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)) * (xs.length / (xs.length - 1)));
  return { variances, sigmas, old, drifts, errors, mean, sd };
}

describe('meanDifferenceWalkVariance', () => {
  it('gives the week means of the endogenous fit (99/21) and k - (n^2 - 1)/3n', () => {
    // Adjacent week means of a unit walk: (2 x 49 + 1) / 21 = 4.714...
    expect(meanDifferenceWalkVariance(7, 7)).toBe(99 / 21);
    // 56 days apart: 56 - 48/21 = 53.714...
    expect(meanDifferenceWalkVariance(7, 56)).toBeCloseTo(56 - 48 / 21, 12);
    // Daily values (n = 1): the walk's own k.
    expect(meanDifferenceWalkVariance(1, 30)).toBe(30);
  });
});

describe('driftStandardError', () => {
  it("gives the spread of the drift a year's daily changes of the 7-day mean read, walk and luck, within 4 SE of the spread", () => {
    // A 15 % walk over 357 days between the first and the last 7-day mean: sqrt(0.0225 x 0.994
    // + (2 / 144 / 7) x 365.25^2 / 357^2) = sqrt(0.0224 + 0.0021) = 0.156 a year.
    for (const volatility of [0.15, 0.4]) {
      const r = study(volatility, 300, `drift-se-${volatility}`);
      const se = r.mean(r.errors);
      const spread = r.sd(r.drifts);
      // The sample sd of 300 normals is off by about 1/sqrt(600) = 4 % of itself.
      expect(Math.abs(spread - se)).toBeLessThan((4 * se) / Math.sqrt(600));
      expect(Math.abs(r.mean(r.drifts) - 0.5)).toBeLessThan((4 * spread) / Math.sqrt(300));
      if (volatility === 0.15) expect(se).toBeCloseTo(0.155, 2);
    }
  });
});

describe('netOfLuckVolatility', () => {
  it('recovers a 15 % walk under Poisson block luck within its standard error, where the daily changes of the 7-day mean read 33 %', () => {
    // 300 synthetic years: the spread of the estimates is the estimator's standard error. The
    // walk variance a year is 0.15^2 = 0.0225. A day's change of a 7-day mean is (x_t - x_(t-7)) / 7,
    // of variance (7 sigma^2 + 2 / 144) / 49 a day: the walk's sigma^2 / 7 and the luck's
    // sqrt(2/144)/7 = 0.0168 a day, 0.322 a year, so the daily changes read
    // sqrt(0.0225 / 7 + 0.322^2) = 0.327 a year: nearly all luck, and the walk at a seventh.
    const r = study(0.15, 300, 'net-of-luck-15');
    const se = r.sd(r.variances);
    // Unbiased for the variance: the mean of 300 within 3 Monte Carlo standard errors.
    expect(Math.abs(r.mean(r.variances) - 0.0225)).toBeLessThan((3 * se) / Math.sqrt(300));
    // The standard error of one year's volatility, about 0.04-0.05: a year says 15 % +- 5 %.
    const seSigma = r.sd(r.sigmas);
    expect(seSigma).toBeGreaterThan(0.02);
    expect(seSigma).toBeLessThan(0.08);
    // 90 % of the single years within 2 standard errors of the truth.
    const within = r.sigmas.filter((s) => Math.abs(s - 0.15) < 2 * seSigma).length / r.sigmas.length;
    expect(within).toBeGreaterThan(0.9);
    expect(r.mean(r.old)).toBeGreaterThan(0.32);
    expect(r.mean(r.old)).toBeLessThan(0.335);
  });

  it('reads a hashrate of pure block luck as no walk (0 within its standard error)', () => {
    const r = study(0, 300, 'net-of-luck-0');
    const se = r.sd(r.variances);
    expect(Math.abs(r.mean(r.variances))).toBeLessThan((3 * se) / Math.sqrt(300));
    // The old estimator reads the luck as 32 % a year.
    expect(r.mean(r.old)).toBeGreaterThan(0.3);
    expect(r.mean(r.old)).toBeLessThan(0.34);
  });

  it('recovers a 40 % walk, where the walk outweighs the luck', () => {
    const r = study(0.4, 300, 'net-of-luck-40');
    const se = r.sd(r.variances);
    expect(Math.abs(r.mean(r.variances) - 0.16)).toBeLessThan((3 * se) / Math.sqrt(300));
  });

  it('netOfLuckVolatility() needs as many differences at the longest span as its days (118 days: 112 means, 56 differences 56 days apart)', () => {
    const days = 7 - 1 + 2 * 56 - 1;
    const x = new Float64Array(days).fill(1);
    const b = new Float64Array(days).fill(144);
    expect(netOfLuckVolatility(x, b, { from: 0, to: days })).toBeNull();
    expect(netOfLuckVolatility(x, b, { from: 0, to: days + 1 })).not.toBeNull();
  });
});
