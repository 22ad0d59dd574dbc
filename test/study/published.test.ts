import { describe, expect, it } from 'vitest';
import { loadHistory } from '../../src/data/history.js';
import { loadPublishedForecasts } from '../../src/data/published-forecasts.js';
import { historicalHashprice } from '../../src/model/hashprice.js';
import { actualOf, scorePublished } from '../../src/study/published.js';
import { STUDY_MODELS } from '../../src/study/study-models.js';
import { startStudyPool } from '../../src/study/study-pool.js';

describe('published forecasts', () => {
  const forecasts = loadPublishedForecasts();

  it('loadPublishedForecasts() reads every shipped row with its source: CoinShares end-2024 says 765 EH/s', () => {
    expect(forecasts.map((f) => f.id)).toEqual([
      'coinshares-hashrate-end-2024',
      'coinshares-hashrate-1zh-july-2025',
      'luxor-hashprice-after-halving-2024',
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

  it('actualOf() is the 7-day mean hashrate in EH/s ending on the target day, or the day hashprice per PH/s', () => {
    const history = loadHistory('bitcoin');
    const i = history.indexOf('2024-12-31');
    const week = Array.from({ length: 7 }, (_, k) => history.hashrateHs[i - k]);
    expect(actualOf(forecasts[0])).toBeCloseTo(week.reduce((a, b) => a + b, 0) / 7 / 1e18, 9);
    const h = historicalHashprice(loadHistory('bitcoin'), '2024-08-05', 'PH');
    if ('error' in h) throw new Error(h.message);
    expect(actualOf(forecasts[2])).toBe(h.hashpriceUsd);
    // About 35-45 USD/PH/day in the week of the post-halving low (published 37.70).
    expect(h.hashpriceUsd).toBeGreaterThan(30);
    expect(h.hashpriceUsd).toBeLessThan(50);
    expect(actualOf({ ...forecasts[0], target: '2026-12-31' })).toBeUndefined();
  });

  it('scorePublished() forecasts from the day each was made and scores the published figure by its absolute error', async () => {
    const pool = startStudyPool(1);
    const scores = await scorePublished(pool, STUDY_MODELS[1], 16, 'published', [forecasts[2]]);
    await pool.close();
    expect(scores).toHaveLength(1);
    const [s] = scores;
    expect(s.errorPublished).toBeCloseTo(Math.abs(47.75 - s.actual), 12);
    expect(s.minesim.p5!).toBeLessThanOrEqual(s.minesim.p95!);
    expect(s.pitActual).toBeGreaterThanOrEqual(0);
    expect(s.crpsMinesim).toBeGreaterThan(0);
  });
});
