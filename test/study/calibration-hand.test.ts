// The study's figures recomputed by hand from data/btc-daily.csv (and xmr-daily.csv), read here with a reader of its
// own: the naive baselines exactly (their forecasts are points), the GBM price against the
// closed form of a lognormal whose drift and volatility are fitted on the CSV's prices before the
// start only. A calibration window that took in the start day or a later one would move the
// exact figures at once.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../src/stats/crps.js';
import { type CalibrationRow, runCalibrationStudy } from '../../src/study/calibration.js';
import { BASELINE_MODELS, STUDY_MODELS } from '../../src/study/study-models.js';
import { summarizeScores } from '../../src/study/study-scores.js';

/** A daily CSV's dates, prices (USD) and network hashrates (H/s), by day. */
function readCsv(file: string, hashrateColumn: string, toHs: number) {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const cols = header.split(',');
  const [date, price, hashrate] = ['date', 'price_usd', hashrateColumn].map((c) => cols.indexOf(c));
  const days = lines.map((l) => l.split(','));
  const index = new Map(days.map((d, i) => [d[date], i]));
  return {
    at: (start: string) => {
      const i = index.get(start);
      if (i === undefined) throw new Error(`${start} is not in ${file}`);
      return i;
    },
    price: days.map((d) => Number(d[price])),
    hashrateHs: days.map((d) => Number(d[hashrate]) * toHs),
  };
}
const CSV = {
  bitcoin: readCsv('data/btc-daily.csv', 'hashrate_ths', 1e12),
  // Monero's network hashrate is its difficulty over the 120-s block (the hashrate_hs_cm column rounds it).
  monero: readCsv('data/xmr-daily.csv', 'difficulty_mean', 1 / 120),
};
const csv = CSV.bitcoin;

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Least-squares slope of ln(x) on the day over the `n` days before index `s`. */
function logSlope(x: readonly number[], s: number, n: number): number {
  const days = Array.from({ length: n }, (_, k) => k);
  const logs = days.map((k) => Math.log(x[s - n + k]));
  const [md, ml] = [mean(days), mean(logs)];
  const num = days.reduce((a, k) => a + (k - md) * (logs[k] - ml), 0);
  return num / days.reduce((a, k) => a + (k - md) ** 2, 0);
}

const find = (
  rows: readonly CalibrationRow[],
  model: string,
  quantity: string,
  start: string,
  h: number,
  coin = 'bitcoin',
) => {
  const row = rows.find(
    (r) =>
      r.coin === coin &&
      r.model === model &&
      r.quantity === quantity &&
      r.start === start &&
      r.horizonDays === h,
  );
  if (!row) throw new Error(`no row ${model} ${quantity} ${start} ${h}`);
  return row;
};

describe('the study against hand computations from data/btc-daily.csv and data/xmr-daily.csv', () => {
  const starts = { bitcoin: ['2018-03-01', '2021-06-01'], monero: ['2018-03-01'] };
  const horizons = [90, 365];

  it('runCalibrationStudy() scores the naive baselines as points: outcome, scale, forecast, CRPS, interval scores, bands and skill by hand', async () => {
    const [noChange, lastYear] = BASELINE_MODELS;
    const rows = await runCalibrationStudy({
      paths: 8,
      seed: 'hand',
      workers: 1,
      coins: ['bitcoin', 'monero'],
      starts,
      models: [noChange, lastYear],
      horizons,
    });
    expect(rows).toHaveLength(3 * 2 * 2 * 4);
    const crps: Record<string, number[]> = { [noChange.id]: [], [lastYear.id]: [] };
    for (const coin of ['bitcoin', 'monero'] as const)
      for (const start of starts[coin]) {
        const d = CSV[coin];
        const s = d.at(start);
        for (const h of horizons) {
          // The outcome is the CSV's value h - 1 days after the start (the start is day 0).
          const y = { price: d.price[s + h - 1], hashrate: d.hashrateHs[s + h - 1] };
          const x0 = { price: d.price[s], hashrate: d.hashrateHs[s] };
          // A run's start hashrate: Bitcoin's, read from its blocks, the mean of the 7 days to the
          // start; Monero's (its difficulty over 120 s) the day's.
          const week = (from: number) => {
            let sum = 0;
            for (let i = from - 6; i <= from; i++) sum += d.hashrateHs[i];
            return sum / 7;
          };
          const start0 = { price: x0.price, hashrate: coin === 'bitcoin' ? week(s) : x0.hashrate };
          // No change: the start's value. Last year's growth: price at the mean daily log return
          // of the 365 days before the start (the day before it the last), (P[s-1] / P[s-365])^(1/364)
          // a day; hashrate on the least-squares log slope over those 365 days.
          const point = {
            [noChange.id]: start0,
            [lastYear.id]: {
              price: x0.price * (d.price[s - 1] / d.price[s - 365]) ** ((h - 1) / 364),
              hashrate: start0.hashrate * Math.exp(logSlope(d.hashrateHs, s, 365) * (h - 1)),
            },
          };
          for (const model of [noChange.id, lastYear.id])
            for (const quantity of ['price', 'hashrate'] as const) {
              const r = find(rows, model, quantity, start, h, coin);
              const f = point[model][quantity];
              const error = Math.abs(y[quantity] - f) / x0[quantity];
              expect(r.realised).toBe(y[quantity]);
              expect(r.scale).toBe(x0[quantity]);
              expect(r.quantiles.p5! / f).toBeCloseTo(1, 10);
              expect(r.quantiles.p95! / f).toBeCloseTo(1, 10);
              // A point forecast: its CRPS is the absolute error; a band of no width scores 2 / alpha times it.
              expect(r.crps / error).toBeCloseTo(1, 9);
              expect(r.is50 / (4 * error)).toBeCloseTo(1, 9);
              expect(r.is90 / (20 * error)).toBeCloseTo(1, 9);
              expect([r.in50, r.in90, r.pit]).toEqual([false, false, y[quantity] > f ? 1 : 0]);
              if (quantity === 'price' && coin === 'bitcoin') crps[model].push(r.crps);
            }
        }
      }
    // Skill of last year's growth against no change on the price at 1 year, held out (2021-06-01).
    const scores = summarizeScores(rows);
    const group = scores.find(
      (c) =>
        c.model === lastYear.id && c.quantity === 'price' && c.horizonDays === 365 && c.split === 'held-out',
    )!;
    expect(group.band90).toMatchObject({ hits: 0, share: 0 });
    expect(group.skill[noChange.id]).toBeCloseTo(1 - crps[lastYear.id][3] / crps[noChange.id][3], 12);
  });

  it('runCalibrationStudy() GBM price forecasts match the lognormal fitted on the 2 years before each start: quantiles, bands, CRPS, interval score', async () => {
    const paths = 4000;
    const gbm = STUDY_MODELS.find((m) => m.id === 'gbm-growth')!;
    const months = Array.from({ length: 6 }, (_, k) => `2018-${String(2 * k + 1).padStart(2, '0')}-01`);
    const rows = await runCalibrationStudy({
      paths,
      seed: 'hand',
      workers: 1,
      coins: ['bitcoin'],
      starts: { bitcoin: months },
      models: [gbm],
      horizons: [180, 365],
    });
    const z = { p5: -1.6448536269514722, p25: -0.6744897501960817 };
    // A quantile's standard error in log units: sigma sqrt(p (1 - p) / n) / phi(z_p).
    const phi = (x: number) => Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
    const logSe = (p: number, zp: number, sigma: number) =>
      (sigma * Math.sqrt((p * (1 - p)) / paths)) / phi(zp);
    let checked = 0;
    for (const start of months) {
      const s = csv.at(start);
      // '2 years' is 730.5 days, 731 whole days: the prices from s - 731 to s - 1, 730 returns.
      const returns = Array.from({ length: 730 }, (_, k) =>
        Math.log(csv.price[s - 730 + k] / csv.price[s - 731 + k]),
      );
      const mu = mean(returns);
      const variance = returns.reduce((a, r) => a + (r - mu) ** 2, 0) / (returns.length - 1);
      for (const h of [180, 365]) {
        const r = find(rows, gbm.id, 'price', start, h);
        const x0 = csv.price[s];
        const y = csv.price[s + h - 1];
        const m = Math.log(x0) + mu * (h - 1);
        const sigma = Math.sqrt(variance * (h - 1));
        const q = (zp: number) => Math.exp(m + sigma * zp);
        const band = { p5: q(z.p5), p25: q(z.p25), p75: q(-z.p25), p95: q(-z.p5) };
        const tol = { p5: 5 * logSe(0.05, z.p5, sigma), p25: 5 * logSe(0.25, z.p25, sigma) };
        expect(Math.abs(Math.log(r.quantiles.p5! / band.p5))).toBeLessThan(tol.p5);
        expect(Math.abs(Math.log(r.quantiles.p95! / band.p95))).toBeLessThan(tol.p5);
        expect(Math.abs(Math.log(r.quantiles.p25! / band.p25))).toBeLessThan(tol.p25);
        expect(Math.abs(Math.log(r.quantiles.p75! / band.p75))).toBeLessThan(tol.p25);
        // In or out of a band, wherever the outcome is clear of its edges by more than the noise.
        const clear = (edge: number, t: number) => Math.abs(Math.log(y / edge)) > t;
        if (clear(band.p5, tol.p5) && clear(band.p95, tol.p5)) {
          expect(r.in90).toBe(y >= band.p5 && y <= band.p95);
          checked++;
        }
        if (clear(band.p25, tol.p25) && clear(band.p75, tol.p25))
          expect(r.in50).toBe(y >= band.p25 && y <= band.p75);
        // CRPS of a lognormal (Baran and Lerch 2015), per unit of the start price.
        const w = (Math.log(y) - m) / sigma;
        const crps =
          y * (2 * normalCdf(w) - 1) -
          2 * Math.exp(m + (sigma * sigma) / 2) * (normalCdf(w - sigma) + normalCdf(sigma / Math.SQRT2) - 1);
        // The paths' CRPS within Monte Carlo error (about 2 % at 4,000 paths) of the closed form.
        expect(Math.abs(r.crps / (crps / x0) - 1)).toBeLessThan(0.05);
        // The interval score of the paths' own 90 % band: its width plus 20 times the miss.
        const [p5, p95] = [r.quantiles.p5!, r.quantiles.p95!];
        const outside = y < p5 ? p5 - y : y > p95 ? y - p95 : 0;
        expect(r.is90 / ((p95 - p5 + 20 * outside) / x0)).toBeCloseTo(1, 12);
        expect(r.pit).toBeCloseTo(normalCdf(w), 1);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(8);
  });
});
