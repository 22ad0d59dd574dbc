// Simulated market paths against each model's theory, beyond what test/engine/market.test.ts and
// garch-t.test.ts check: GARCH-t's variance term structure from its start variance and its t
// tails, the bootstrap's block restarts, the stochastic network's mean reversion and its exact
// price coupling at correlation +-1, and the share-of-subsidy fees with spikes. Every tolerance is
// 4 Monte Carlo standard errors, from the spread of independent paths (or a binomial count).
import { describe, expect, it } from 'vitest';
import { readDailyCsv, rowsBefore } from '../../fixtures/daily-csv.js';
import { compileMarketDraft, eachMarketPath, meanSe } from '../../fixtures/market.js';

const YEAR = 365.25;

/** Mean, variance and the SE of each over independent values. */
function moments(x: number[]) {
  const n = x.length;
  const { mean, se } = meanSe(x);
  const variance = x.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1);
  const m4 = x.reduce((a, v) => a + (v - mean) ** 4, 0) / n;
  return { mean, meanSe: se, variance, varianceSe: Math.sqrt((m4 - variance * variance) / n) };
}

/** ln Gamma(z), z > 0: Stirling's series after shifting z above 10 (|error| < 1e-12 here). */
function lnGamma(z: number): number {
  let shift = 0;
  while (z < 10) {
    shift -= Math.log(z);
    z += 1;
  }
  return (
    shift +
    (z - 0.5) * Math.log(z) -
    z +
    0.5 * Math.log(2 * Math.PI) +
    1 / (12 * z) -
    1 / (360 * z ** 3) +
    1 / (1260 * z ** 5)
  );
}

/** P(|T| > x) for a t(nu) scaled to variance 1, by Simpson's rule on its density from 0 to x. */
function tTail(nu: number, x: number): number {
  const s = Math.sqrt((nu - 2) / nu);
  const c = Math.exp(lnGamma((nu + 1) / 2) - lnGamma(nu / 2)) / Math.sqrt(nu * Math.PI);
  const density = (z: number) => (c / s) * (1 + (z / s) ** 2 / nu) ** (-(nu + 1) / 2);
  const steps = 20_000;
  const h = x / steps;
  let sum = density(0) + density(x);
  for (let i = 1; i < steps; i++) sum += (i % 2 === 1 ? 4 : 2) * density(i * h);
  return 1 - 2 * (h / 3) * sum;
}

/** The 730 daily log returns of the 731 days before 2018-01-01, their mean and variance (n). */
function window2017() {
  const rows = readDailyCsv('bitcoin');
  const w = rowsBefore(rows, '2018-01-01', 731);
  const r: number[] = [];
  for (let i = w.from; i + 1 < w.to; i++) r.push(Math.log(rows.price[i + 1] / rows.price[i]));
  const mu = r.reduce((a, b) => a + b, 0) / r.length;
  const v = r.reduce((a, b) => a + (b - mu) ** 2, 0) / r.length;
  return { r, mu, v };
}

describe('GARCH-t paths against their theory', () => {
  it('compileMarket() GARCH-t fitted on 2 years before 2018-01-01 starts at the variance its filter gives by hand, one day past the window', async () => {
    const { market } = await compileMarketDraft({
      start: '2018-01-01',
      price: { start: '13000 USD', model: { type: 'garch-t', calibrate: '2 years' } },
    });
    const p = market.price as { startVariance: number; omega: number; alpha: number; beta: number };
    const { r, mu, v } = window2017();
    const q = p.alpha + p.beta;
    // Variance targeting: the long-run variance is the window's sample variance (n).
    expect(Math.abs(p.omega / (1 - q) / v - 1)).toBeLessThan(1e-12);
    // The filter by hand over the demeaned returns, started at v, gives the variance of the start
    // day's own return; the first simulated day's is its expectation one day on.
    let h = v;
    for (const x of r) h = p.omega + p.alpha * (x - mu) ** 2 + p.beta * h;
    expect(Math.abs(p.startVariance / (p.omega + q * h) - 1)).toBeLessThan(1e-12);
    // The end of 2017 was wild: the paths open at well over the long-run variance.
    expect(p.startVariance / v).toBeGreaterThan(2);
  });

  it('compileMarket() GARCH-t on 2 years before 2018-01-01: an independent t likelihood is at its maximum at the fit and equals the one the table prints', async () => {
    const { market } = await compileMarketDraft({
      start: '2018-01-01',
      price: { start: '13000 USD', model: { type: 'garch-t', calibrate: '2 years' } },
    });
    const p = market.price as { alpha: number; beta: number; nu: number };
    const { r, mu, v } = window2017();
    // ln L = sum of ln of the t(nu) density scaled to variance h_t at e_t = r_t - mu, the
    // recursion started at v, omega = v (1 - alpha - beta) (variance targeting).
    const logLik = (alpha: number, beta: number, nu: number) => {
      const omega = v * (1 - alpha - beta);
      const c = lnGamma((nu + 1) / 2) - lnGamma(nu / 2) - 0.5 * Math.log(Math.PI * (nu - 2));
      let h = v;
      let sum = 0;
      for (const x of r) {
        const e = x - mu;
        sum += c - 0.5 * Math.log(h) - ((nu + 1) / 2) * Math.log(1 + (e * e) / ((nu - 2) * h));
        h = omega + alpha * e * e + beta * h;
      }
      return sum;
    };
    const best = logLik(p.alpha, p.beta, p.nu);
    const printed = market.assumptions.find((a) => a.label === 'Price GARCH fit')?.value ?? '';
    expect(printed).toContain(`log-likelihood ${best.toFixed(1)} on 730 daily returns`);
    // Nelder-Mead stops within 1e-4 of the optimum on its unconstrained scale: a 1 % step in any
    // parameter either way (alpha + beta kept below 0.9999) gives no more than 1e-6 above the fit.
    for (const [da, db, dn] of [
      [1.01, 1, 1],
      [0.99, 1, 1],
      [1, 1.001, 1],
      [1, 0.99, 1],
      [1, 1, 1.01],
      [1, 1, 0.99],
    ]) {
      const a = p.alpha * da;
      const b = p.beta * db;
      if (a + b >= 0.9999) continue;
      expect(logLik(a, b, p.nu * dn)).toBeLessThan(best + 1e-6);
    }
  });

  it('compileMarket() GARCH-t on a start 69 days past the history opens at the variance its filter forecasts 69 days on, not 1 (it said 50.8 % a year at the start for 47.8 %)', async () => {
    // The Bitcoin history ends on 2025-11-14; a start on 2026-01-22 with `calibrate: 2 years,
    // partial: allowed` fits on the 731 days before it that the history holds (2024-01-22 to
    // 2025-11-14, 663 days, 662 returns). The filter gives h, the variance of the return from
    // 2025-11-14 to 2025-11-15; the first simulated day's (2026-01-22 to 2026-01-23) is h's
    // expectation 69 days on, v + q^69 (h - v) with q = alpha + beta (about 0.96: q^69 about 0.07).
    // The plan took one day on, as for a start the day after the window, and printed 50.8 % a
    // year at the start against a long-run 47.6 %.
    const start = '2026-01-22';
    const { market } = await compileMarketDraft({
      start,
      network: {
        model: { type: 'growth', rate: '50 %' },
        hashrate: '1000 EH/s',
        difficulty: '140 T',
        height: 930000,
      },
      price: { start: '90000 USD', model: { type: 'garch-t', calibrate: '2 years', partial: 'allowed' } },
    });
    const p = market.price as { startVariance: number; omega: number; alpha: number; beta: number };
    const rows = readDailyCsv('bitcoin');
    const last = rows.dates.length - 1;
    expect(rows.dates[last]).toBe('2025-11-14');
    const startRow = last + 69;
    const r: number[] = [];
    for (let i = startRow - 731; i < last; i++) r.push(Math.log(rows.price[i + 1] / rows.price[i]));
    expect(r.length).toBe(662);
    const mu = r.reduce((a, b) => a + b, 0) / r.length;
    const v = r.reduce((a, b) => a + (b - mu) ** 2, 0) / r.length;
    const q = p.alpha + p.beta;
    expect(Math.abs(p.omega / (1 - q) / v - 1)).toBeLessThan(1e-12);
    let h = v;
    for (const x of r) h = p.omega + p.alpha * (x - mu) ** 2 + p.beta * h;
    // The window's end was wilder than its average: the one-day forecast is well above v.
    expect(h / v).toBeGreaterThan(1.1);
    const expected = v + q ** 69 * (h - v);
    expect(Math.abs(p.startVariance / expected - 1)).toBeLessThan(1e-12);
    const pct = (x: number) => `${(Math.sqrt(x * YEAR) * 100).toFixed(1)} %`;
    expect(market.assumptions.find((a) => a.label === 'Price volatility')?.value).toBe(
      `${pct(v)} a year long-run, ${pct(expected)} at the start`,
    );
  });

  it('compileMarket() GARCH-t on the year before 2013-04-12 says the paths open at the cap, 5 x the long-run volatility, not at the 808.9 % a year they never run', async () => {
    // The return of 2013-04-10 to 04-11 was -66 %: the filter fitted on the year before
    // 2013-04-12 forecasts the start's variance at 54 times the long-run one (808.9 % a year
    // against 109.9 %). A path's variance is held at 25 times the long-run (VARIANCE_CAP,
    // volatility 5 x 109.9 % = 549.5 % a year): the fill opens there, while the table said the
    // paths opened at 808.9 %.
    const { market } = await compileMarketDraft({
      start: '2013-04-12',
      fleet: [{ hashrate: '1 MH/s', power: '100 W', count: 1, unitPrice: '1 USD' }],
      price: { start: '110 USD', model: { type: 'garch-t', calibrate: '1 year' } },
    });
    const p = market.price as { startVariance: number; omega: number; alpha: number; beta: number };
    const v = p.omega / (1 - p.alpha - p.beta);
    expect(p.startVariance / v).toBeGreaterThan(50);
    const pct = (x: number) => `${(Math.sqrt(x * YEAR) * 100).toFixed(1)} %`;
    const line = market.assumptions.find((a) => a.label === 'Price volatility');
    expect(line?.value).toBe(`${pct(v)} a year long-run, ${pct(25 * v)} at the start`);
    expect(line?.note).toContain(
      `the filter's forecast for the start, ${pct(p.startVariance)} a year, held at`,
    );
  });

  it('fillMarketPath() GARCH-t from a turbulent start: E[ln S_t / S_0] = mu t and Var = sum of E[h_k] = t v + (h_1 - v)(1 - q^t)/(1 - q), within 4 SE', async () => {
    // Given alpha, beta and nu with a finite fourth moment (kz alpha^2 + 2 alpha beta + beta^2 =
    // 0.91 < 1, kz = 4 for nu 10), so the sample variance has a standard error; the long-run variance
    // and the start are the window's (a fitted nu of 3.5 has none: its sample variances converge
    // too slowly to test).
    const [alpha, beta, nu] = [0.05, 0.9, 10];
    const { market } = await compileMarketDraft({
      start: '2018-01-01',
      horizon: '120 days',
      price: {
        start: '13000 USD',
        model: { type: 'garch-t', calibrate: '2 years', drift: '20 %', alpha, beta, nu },
      },
    });
    const p = market.price as { startVariance: number; driftPerDay: number };
    const { v } = window2017();
    const q = alpha + beta;
    const t = market.days - 1;
    const expectedVariance = t * v + ((p.startVariance - v) * (1 - q ** t)) / (1 - q);
    const x: number[] = [];
    eachMarketPath(market, 8000, 11, (path) => x.push(Math.log(path.priceUsd[t] / path.priceUsd[0])));
    const m = moments(x);
    expect(Math.abs(m.mean - (0.2 * t) / YEAR)).toBeLessThan(4 * m.meanSe);
    expect(Math.abs(m.variance - expectedVariance)).toBeLessThan(4 * m.varianceSe);
    // The start variance matters: paths started at the long-run variance would give t v.
    expect(Math.abs(expectedVariance - t * v)).toBeGreaterThan(4 * m.varianceSe);
  });

  it('fillMarketPath() GARCH-t with nu 4: the unit-variance shocks exceed 3 and 5 as often as a t(4) does, within 4 SE', async () => {
    const { market } = await compileMarketDraft({
      price: {
        start: '3800 USD',
        model: { type: 'garch-t', drift: '0 %', volatility: '60 %', alpha: 0.05, beta: 0.9, nu: 4 },
      },
    });
    let n = 0;
    let over3 = 0;
    let over5 = 0;
    eachMarketPath(market, 400, 12, (_p, _k, shock) => {
      for (let d = 1; d < market.days; d++) {
        n++;
        if (Math.abs(shock[d]) > 3) over3++;
        if (Math.abs(shock[d]) > 5) over5++;
      }
    });
    // The innovations are i.i.d., so each count is binomial: SE sqrt(p (1 - p) / n).
    for (const [count, x] of [
      [over3, 3],
      [over5, 5],
    ]) {
      const p = tTail(4, x);
      expect(Math.abs(count / n - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
    }
    // A normal's tail beyond 5 (5.7e-7) would give none here; a t(4) gives about 0.2 %.
    expect(tTail(4, 5)).toBeGreaterThan(1e-3);
  });
});

describe('bootstrap paths against their theory', () => {
  it('fillMarketPath() bootstrap restarts a block on 1 / blockLength of days (a new start may land on the next return: x (1 - 1/n)), within 4 SE', async () => {
    for (const blockLength of [5, 30]) {
      const { market } = await compileMarketDraft({
        price: {
          start: '3800 USD',
          model: { type: 'bootstrap', window: '2 years', blockLength: `${blockLength} days` },
        },
      });
      const { returns } = market.price as { returns: Float64Array };
      const n = returns.length;
      // The returns by value, to find a drawn one by binary search; a value held twice is skipped.
      const order = Array.from(returns.keys()).sort((x, y) => returns[x] - returns[y]);
      const indexOf = (r: number): number => {
        let lo = 0;
        let hi = n - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (returns[order[mid]] < r - 1e-12) lo = mid + 1;
          else hi = mid;
        }
        const i = order[lo];
        const unique =
          (lo === 0 || returns[order[lo - 1]] !== returns[i]) &&
          (lo === n - 1 || returns[order[lo + 1]] !== returns[i]);
        return Math.abs(returns[i] - r) < 1e-12 && unique ? i : -1;
      };
      let days = 0;
      let restarts = 0;
      eachMarketPath(market, 100, 13, (p) => {
        let previous = -1;
        for (let d = 1; d < market.days; d++) {
          const r = Math.log(p.priceUsd[d] / p.priceUsd[d - 1]);
          // The drawn return, found by its value (the log of a ratio of products of its exp
          // differs from it by rounding, so to 1e-12).
          const i = indexOf(r);
          if (i >= 0 && previous >= 0) {
            days++;
            if (i !== (previous + 1) % n) restarts++;
          }
          previous = i;
        }
      });
      // Nearly every day is matched (a value the window holds twice is rare).
      expect(days).toBeGreaterThan(0.95 * 100 * (market.days - 2));
      const p = (1 / blockLength) * (1 - 1 / n);
      expect(Math.abs(restarts / days - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / days));
    }
  });
});

describe('stochastic network paths against their theory', () => {
  it('fillMarketPath() stochastic with mean reversion k: the gap to the trend is AR(1), variance sigma^2 (1 - (1-k)^2t) / (1 - (1-k)^2), within 4 SE, up to the bound of 10000 % a year', async () => {
    for (const reversion of ['500 %', '10000 %']) {
      const { market } = await compileMarketDraft({
        price: { start: '3800 USD', model: { type: 'gbm', drift: '0 %', volatility: '80 %' } },
        network: {
          model: {
            type: 'stochastic',
            drift: '40 %',
            volatility: '30 %',
            meanReversion: reversion,
            priceCorrelation: 0.5,
          },
        },
      });
      const h = market.hashrate as {
        growthLogPerDay: number;
        volPerSqrtDay: number;
        reversionPerDay: number;
      };
      const k = Number.parseFloat(reversion) / 100 / YEAR;
      expect(h.reversionPerDay).toBeCloseTo(k, 15);
      const t = market.days - 1;
      const phi = 1 - k;
      const stationary = (h.volPerSqrtDay ** 2 * (1 - phi ** (2 * t))) / (1 - phi * phi);
      const gaps: number[] = [];
      const lagged: number[] = [];
      eachMarketPath(market, 4000, 21, (p) => {
        const gapAt = (d: number) =>
          Math.log(p.networkHashrateHs[d] / p.networkHashrateHs[0]) - h.growthLogPerDay * d;
        gaps.push(gapAt(t));
        // One AR(1) step: gap_t - phi gap_{t-1} is the day's shock, sigma z, of mean 0.
        lagged.push(gapAt(t) - phi * gapAt(t - 1));
      });
      const m = moments(gaps);
      expect(Math.abs(m.mean)).toBeLessThan(4 * m.meanSe);
      expect(Math.abs(m.variance - stationary)).toBeLessThan(4 * m.varianceSe);
      const step = moments(lagged);
      expect(Math.abs(step.variance - h.volPerSqrtDay ** 2)).toBeLessThan(4 * step.varianceSe);
    }
  });

  it('fillMarketPath() stochastic at priceCorrelation +1 and -1 moves by exactly +-sigma x the price shock beside its drift and reversion', async () => {
    for (const rho of [1, -1]) {
      const { market } = await compileMarketDraft({
        price: { start: '3800 USD', model: { type: 'gbm', drift: '0 %', volatility: '80 %' } },
        network: {
          model: {
            type: 'stochastic',
            drift: '40 %',
            volatility: '30 %',
            meanReversion: '200 %',
            priceCorrelation: rho,
          },
        },
      });
      const h = market.hashrate as {
        growthLogPerDay: number;
        volPerSqrtDay: number;
        reversionPerDay: number;
      };
      eachMarketPath(market, 3, 22, (p, _k, shock) => {
        const start = Math.log(p.networkHashrateHs[0]);
        for (let d = 1; d < market.days; d++) {
          const before = Math.log(p.networkHashrateHs[d - 1]);
          // The pull is k times yesterday's gap to yesterday's trend.
          const trend = start + h.growthLogPerDay * (d - 1);
          const expected =
            before +
            h.growthLogPerDay +
            h.reversionPerDay * (trend - before) +
            rho * h.volPerSqrtDay * shock[d];
          expect(Math.abs(Math.log(p.networkHashrateHs[d]) - expected)).toBeLessThan(1e-9);
        }
      });
    }
  });
});

describe('share-of-subsidy fees against their theory', () => {
  it('fillMarketPath() share-of-subsidy with spikes: fees are share x subsidy, x multiplier on runs of `duration` days covering perYear x duration / 365.25 of days, within 4 SE', async () => {
    const { market } = await compileMarketDraft({
      horizon: '3 years',
      fees: {
        model: {
          type: 'share-of-subsidy',
          share: '2 %',
          spikes: { perYear: 6, multiplier: 5, duration: '10 days' },
        },
      },
    });
    const fractions: number[] = [];
    let offLevel = 0;
    let shortRuns = 0;
    eachMarketPath(market, 400, 23, (p) => {
      let spiking = 0;
      let run = 0;
      for (let d = 0; d < market.days; d++) {
        const ratio = p.feesPerBlock[d] / (0.02 * market.subsidy[d]);
        const spike = Math.abs(ratio - 5) < 1e-12;
        if (!spike && Math.abs(ratio - 1) > 1e-12) offLevel++;
        if (spike) {
          spiking++;
          run++;
        } else {
          // A run ends after a multiple of 10 days (a new spike may start the day one ends).
          if (run % 10 !== 0) shortRuns++;
          run = 0;
        }
      }
      fractions.push(spiking / market.days);
    });
    expect(offLevel).toBe(0);
    expect(shortRuns).toBe(0);
    // The expected share of spiking days, exactly, from the chain of days left in a spike: a day
    // outside one starts a spike with the raised chance q = p / (1 - p (D - 1)), p = 6 / 365.25,
    // which makes a cycle of 1/p days and a long-run share p D (the path starts outside a spike).
    const D = 10;
    const pDay = 6 / YEAR;
    const q = pDay / (1 - pDay * (D - 1));
    let left = new Float64Array(D + 1);
    left[0] = 1;
    let expected = 0;
    for (let d = 0; d < market.days; d++) {
      const next = new Float64Array(D + 1);
      next[D - 1] += left[0] * q;
      next[0] += left[0] * (1 - q);
      expected += left[0] * q;
      for (let j = 1; j <= D; j++) {
        next[j - 1] += left[j];
        expected += left[j];
      }
      left = next;
    }
    expected /= market.days;
    expect(Math.abs(expected - pDay * D)).toBeLessThan(0.01);
    const f = meanSe(fractions);
    expect(Math.abs(f.mean - expected)).toBeLessThan(4 * f.se);
  });
});
