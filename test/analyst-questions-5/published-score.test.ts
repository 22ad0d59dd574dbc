// An analyst's question: how does minesim score a published forecast, and is the score right? The
// row: Luxor's hashprice forward curve after the 2024 halving, 47.75 USD/PH/day, made 2024-05-01,
// read as the mean daily hashprice of 2024-05-01..2024-08-31 (data/published-forecasts.csv). By
// hand from data/btc-daily.csv: each day's hashprice is 1e15 x 86,400 x (issuance + fees) / blocks
// x price / (difficulty x 2^32), and the 123 days average 50.0626 USD/PH/day, so the published
// figure's error (its CRPS, a point's) is 2.3126. minesim's forecast is the study's default model
// run from 2024-05-01 (500 paths, the study's seed 2017), each path's mean over the same 123
// days; its CRPS is, by its definition, E|X - y| - E|X - X'| / 2 over the paths (every pair
// counted, not the sorted formula minesim uses), its PIT the share of paths below 50.06: 3.1006
// and 0.65, as output/calibration/published.csv and the README's table print them (3.1 against the
// projection's 2.3). The same for the 765 EH/s end-2024 hashrate call of CoinShares (the 7-day
// mean to 2024-12-31, 795.74 EH/s; error 30.74).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPublishedForecasts } from '../../src/data/published-forecasts.js';
import { hashpriceUnitHs } from '../../src/engine/compile/plan.js';
import { DEFAULT_STUDY_MODEL, EARLY_STUDY_MODEL } from '../../src/model/market/defaults.js';
import { runWindowMeans } from '../../src/study/forecast-task.js';
import { publishedWindow, scorePublished } from '../../src/study/published.js';
import { ALL_STUDY_MODELS } from '../../src/study/study-models.js';
import { startStudyPool } from '../../src/study/study-pool.js';
import { dateAfter, day } from '../analyst-questions-2/hand.js';

const SEED = '2017';
const PATHS = 500;

/** The day's hashprice in USD per PH/s a day, from the data's columns. */
function hashprice(date: string): number {
  const d = day(date);
  return (1e15 * 86_400 * ((d.issuance + d.fees) / d.blocks) * d.price) / (d.difficulty * 2 ** 32);
}

/** The 7-day mean hashrate to `date` in EH/s, from the data's hashrate_ths column. */
function weekHashrate(date: string): number {
  const [head, ...lines] = readFileSync(new URL('../../data/btc-daily.csv', import.meta.url), 'utf8')
    .trim()
    .split('\n');
  const at = head.split(',').indexOf('hashrate_ths');
  const rows = new Map(lines.map((l) => [l.split(',')[0], Number(l.split(',')[at])]));
  let sum = 0;
  for (let k = 0; k < 7; k++) sum += rows.get(dateAfter(date, -k))!;
  return sum / 7 / 1e6;
}

/** CRPS of a sample against `y` by its definition: the mean |X - y| less half the mean |X - X'| over every pair. */
function crpsByPairs(x: ArrayLike<number>, y: number): number {
  const n = x.length;
  let error = 0;
  let spread = 0;
  for (let i = 0; i < n; i++) {
    error += Math.abs(x[i] - y);
    for (let j = 0; j < n; j++) spread += Math.abs(x[i] - x[j]);
  }
  return error / n - spread / (2 * n * n);
}

/** The committed study's row of a forecast (output/calibration/published.csv). */
function committed(id: string): Record<string, string> {
  const [head, ...lines] = readFileSync(
    new URL('../../output/calibration/published.csv', import.meta.url),
    'utf8',
  )
    .trim()
    .split('\n');
  const names = head.split(',');
  const row = lines.map((l) => l.split(',')).find((c) => c[0] === id)!;
  return Object.fromEntries(names.map((n, i) => [n, row[i]]));
}

describe('a published forecast scored by hand', { timeout: 300_000 }, () => {
  const forecasts = loadPublishedForecasts();
  const shipped = ALL_STUDY_MODELS.find((m) => m.id === DEFAULT_STUDY_MODEL)!;
  const early = ALL_STUDY_MODELS.find((m) => m.id === EARLY_STUDY_MODEL)!;

  it("Luxor's 47.75 USD/PH/day after the 2024 halving: the outcome, the error, minesim's CRPS and PIT", async () => {
    const luxor = forecasts.find((f) => f.id === 'luxor-hashprice-after-halving-2024')!;
    let sum = 0;
    for (let k = 0; k < 123; k++) sum += hashprice(dateAfter('2024-05-01', k));
    const actual = sum / 123;
    expect(actual).toBeCloseTo(50.0626, 4);
    expect(Math.abs(47.75 - actual)).toBeCloseTo(2.3126, 4);
    expect(publishedWindow(luxor)).toEqual({ quantity: 'hashprice', fromDay: 0, toDay: 122 });

    // minesim's forecast: each path's mean hashprice over the window, in the coin's hashprice unit
    // (per PH/s a day for Bitcoin).
    const [sample] = await runWindowMeans(
      { coin: 'bitcoin', start: '2024-05-01', model: shipped, paths: PATHS, seed: SEED },
      [publishedWindow(luxor)],
    );
    const x = Array.from(sample, (v) => (v * 1e15) / hashpriceUnitHs('bitcoin'));
    const crps = crpsByPairs(x, actual);
    const pit = x.filter((v) => v < actual).length / PATHS;
    expect(crps).toBeCloseTo(3.1006, 3);
    expect(pit).toBe(0.65);

    const pool = startStudyPool(1);
    const [score] = await scorePublished(pool, shipped, PATHS, SEED, [luxor], early);
    await pool.close();
    expect(score.actual).toBeCloseTo(actual, 9);
    expect(score.errorPublished).toBeCloseTo(Math.abs(47.75 - actual), 9);
    expect(score.crpsMinesim).toBeCloseTo(crps, 9);
    expect(score.pitActual).toBe(pit);
    expect(score.pitPublished).toBe(x.filter((v) => v < 47.75).length / PATHS);

    const row = committed('luxor-hashprice-after-halving-2024');
    expect(Number(row.crps_minesim)).toBeCloseTo(crps, 9);
    expect(Number(row.error_published)).toBeCloseTo(Math.abs(47.75 - actual), 9);
    expect(Number(row.pit_actual)).toBe(pit);
  });

  it("CoinShares' 765 EH/s for the end of 2024: the 7-day mean it is scored on and the error", () => {
    const cs = forecasts.find((f) => f.id === 'coinshares-hashrate-end-2024')!;
    const actual = weekHashrate('2024-12-31');
    expect(actual).toBeCloseTo(795.738, 3);
    expect(publishedWindow(cs)).toEqual({
      quantity: 'hashrate',
      fromDay: 152 - 6,
      toDay: 152,
    });
    const row = committed('coinshares-hashrate-end-2024');
    expect(Number(row.actual)).toBeCloseTo(actual, 9);
    expect(Number(row.error_published)).toBeCloseTo(Math.abs(765 - actual), 9);
  });
});
