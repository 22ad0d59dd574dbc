import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHistory } from '../../src/data/history.js';
import { loadPublishedForecasts } from '../../src/data/published-forecasts.js';
import { historicalHashprice } from '../../src/model/hashprice.js';
import { publishedTarget } from '../../src/report/calibration-published.js';
import { QUANTITIES, runForecast, runWindowMeans } from '../../src/study/forecast-task.js';
import { actualOf, publishedWindow, scorePublished } from '../../src/study/published.js';
import { STUDY_MODELS } from '../../src/study/study-models.js';
import { startStudyPool } from '../../src/study/study-pool.js';

describe('published forecasts', () => {
  const forecasts = loadPublishedForecasts();

  it('loadPublishedForecasts() reads every shipped row with its source: CoinShares end-2024 says 765 EH/s', () => {
    expect(forecasts.map((f) => f.id)).toEqual([
      'coinshares-hashrate-end-2024',
      'coinshares-hashrate-1zh-july-2025',
      'luxor-hashprice-after-halving-2024',
      'luxor-hashprice-after-halving-2024-low',
    ]);
    expect(forecasts[0]).toMatchObject({
      target: '2024-12-31',
      quantity: 'hashrate',
      value: 765,
      unit: 'EH/s',
    });
    for (const f of forecasts) expect(f.source.length).toBeGreaterThan(20);
  });

  it('the 1 ZH/s row names the first day the shipped 7-day mean hashrate reached 1,000 EH/s: 2025-08-30', () => {
    // By hand from data/btc-daily.csv: the mean of hashrate_ths over 2025-08-24..30 is
    // 1,001.19 EH/s, the first 7-day mean at or above 1,000 (2025-08-29: 995.66; 2025-08-31:
    // 971.71; 2025-09-02: 1,002.11, the date the row said before).
    const history = loadHistory('bitcoin');
    let first = '';
    for (let i = 6; i < history.days && first === ''; i++) {
      let sum = 0;
      for (let d = i - 6; d <= i; d++) sum += history.hashrateHs[d];
      if (sum / 7 >= 1e21) first = history.dateAt(i);
    }
    expect(first).toBe('2025-08-30');
    const row = forecasts.find((f) => f.id === 'coinshares-hashrate-1zh-july-2025')!;
    expect(row.whatHappened).toContain('first reached 1 ZH/s on 2025-08-30');
  });

  it("the end-2024 row's what_happened gives the shipped 7-day mean it is scored on: 796 EH/s on 2024-12-31", () => {
    // By hand from data/btc-daily.csv: hashrate_ths of 2024-12-25..31 averages 795.74 EH/s, of
    // 2024-12-28..2025-01-03 806.69; the row said only 'about 787 EH/s on 2025-01-03' (another count).
    const row = forecasts.find((f) => f.id === 'coinshares-hashrate-end-2024')!;
    expect(actualOf(row)).toBeCloseTo(795.738, 3);
    expect(row.whatHappened).toContain('796 EH/s on 2024-12-31');
    expect(actualOf({ ...row, target: '2025-01-03' })).toBeCloseTo(806.69, 2);
  });

  it('actualOf() is the 7-day mean hashrate in EH/s ending on the target day, or the day hashprice per PH/s', () => {
    const history = loadHistory('bitcoin');
    const i = history.indexOf('2024-12-31');
    const week = Array.from({ length: 7 }, (_, k) => history.hashrateHs[i - k]);
    expect(actualOf(forecasts[0])).toBeCloseTo(week.reduce((a, b) => a + b, 0) / 7 / 1e18, 9);
    const h = historicalHashprice(loadHistory('bitcoin'), '2024-08-05', 'PH');
    if ('error' in h) throw new Error(h.message);
    expect(actualOf(forecasts[3])).toBe(h.hashpriceUsd);
    // About 35-45 USD/PH/day in the week of the post-halving low (published 37.70).
    expect(h.hashpriceUsd).toBeGreaterThan(30);
    expect(h.hashpriceUsd).toBeLessThan(50);
    expect(actualOf({ ...forecasts[0], target: '2026-12-31' })).toBeUndefined();
  });

  it('scorePublished() forecasts from the day each was made and scores the published figure by its absolute error', async () => {
    const pool = startStudyPool(1);
    const scores = await scorePublished(pool, STUDY_MODELS[1], 16, 'published', [forecasts[3]]);
    await pool.close();
    expect(scores).toHaveLength(1);
    const [s] = scores;
    expect(s.errorPublished).toBeCloseTo(Math.abs(47.75 - s.actual), 12);
    expect(s.minesim.p5!).toBeLessThanOrEqual(s.minesim.p95!);
    expect(s.pitActual).toBeGreaterThanOrEqual(0);
    expect(s.crpsMinesim).toBeGreaterThan(0);
  });

  it('the Luxor projection is scored on a target fixed without the outcome: the mean hashprice of May-August 2024, 50.06 USD/PH/day', () => {
    // By hand from data/btc-daily.csv, hashprice = 1e15 x 86,400 x (issuance + fees) / blocks x
    // price / (difficulty x 2^32) per day: the mean over the 123 days 2024-05-01..2024-08-31 is
    // 50.0626 USD/PH/day; the low of 2024-08-05 (38.414) is kept as a second row whose target was
    // set from the outcome.
    const fair = forecasts.find((f) => f.id === 'luxor-hashprice-after-halving-2024')!;
    expect(fair).toMatchObject({
      made: '2024-05-01',
      meanFrom: '2024-05-01',
      target: '2024-08-31',
      targetSet: 'ahead',
    });
    expect(actualOf(fair)).toBeCloseTo(50.0626, 3);
    const low = forecasts.find((f) => f.id === 'luxor-hashprice-after-halving-2024-low')!;
    expect(low).toMatchObject({ target: '2024-08-05', meanFrom: null, targetSet: 'after' });
    expect(actualOf(low)).toBeCloseTo(38.4142, 3);
    expect(publishedTarget(fair)).toBe('mean 2024-05-01..2024-08-31');
    expect(publishedTarget(low)).toBe('2024-08-05 (set from the outcome: no test)');
  });

  it("runWindowMeans() is each path's mean of its daily values over the window, the paths runForecast() draws", async () => {
    // The same seed and start: runForecast reads hashprice and hashrate on days 10..13 (horizons
    // 11..14); the window mean of path k is the mean of path k's four days, not a mean of medians.
    const task = {
      coin: 'bitcoin' as const,
      start: '2024-05-01',
      model: STUDY_MODELS[1],
      paths: 12,
      seed: 'w',
    };
    const sample = await runForecast({ ...task, horizons: [11, 12, 13, 14] });
    const [hp, hr, hpDay] = await runWindowMeans(task, [
      { quantity: 'hashprice', fromDay: 10, toDay: 13 },
      { quantity: 'hashrate', fromDay: 10, toDay: 13 },
      { quantity: 'hashprice', fromDay: 13, toDay: 13 },
    ]);
    const hpq = QUANTITIES.indexOf('hashprice');
    const hrq = QUANTITIES.indexOf('hashrate');
    for (let k = 0; k < task.paths; k++) {
      const mean = (q: number) => [0, 1, 2, 3].reduce((a, h) => a + sample.values[q][h][k], 0) / 4;
      expect(hp[k]).toBeCloseTo(mean(hpq), 9);
      expect(hr[k] / mean(hrq)).toBeCloseTo(1, 12);
      expect(hpDay[k]).toBe(sample.values[hpq][3][k]);
    }
  });

  it('publishedWindow() forecasts a hashrate as the 7-day mean ending on the target, as actualOf() reads it', () => {
    // 2024-08-01 to 2024-12-31 is 152 days: the run's days 146..152 are 2024-12-25..31, the week
    // actualOf averages (796 EH/s); minesim's forecast was the path's value on day 152 alone.
    expect(publishedWindow(forecasts[0])).toEqual({ quantity: 'hashrate', fromDay: 146, toDay: 152 });
    // 2024-05-01..08-31: days 0..122 (123 days); the low row, day 96 (2024-08-05) alone.
    expect(publishedWindow(forecasts[2])).toEqual({ quantity: 'hashprice', fromDay: 0, toDay: 122 });
    expect(publishedWindow(forecasts[3])).toEqual({ quantity: 'hashprice', fromDay: 96, toDay: 96 });
  });

  it('loadPublishedForecasts() refuses a hashrate row whose 7-day mean would begin before the day it was made', () => {
    const dir = mkdtempSync(join(tmpdir(), 'minesim-published-'));
    const path = join(dir, 'published.csv');
    const header =
      'id,made,target,mean_from,target_set,quantity,value,unit,publisher,what_happened,source,confidence';
    writeFileSync(path, `${header}\nx,2024-01-01,2024-01-04,,ahead,hashrate,500,EH/s,P,w,s,low\n`);
    expect(() => loadPublishedForecasts(path)).toThrow(/published.csv:2: a published forecast needs/);
    writeFileSync(path, `${header}\nx,2024-01-01,2024-01-07,,ahead,hashrate,500,EH/s,P,w,s,low\n`);
    expect(loadPublishedForecasts(path)).toHaveLength(1);
  });
});
