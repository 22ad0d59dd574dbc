// minesim against the published weekly hashrate band of 2012-13 (±15.1 % at 95 % one week ahead):
// the weeks, the band's coverage and minesim's interval recomputed by hand from data/btc-daily.csv.
import { describe, expect, it } from 'vitest';
import { DEFAULT_STUDY_MODEL, EARLY_STUDY_MODEL } from '../../src/model/market/defaults.js';
import { quantileSorted } from '../../src/stats/quantiles.js';
import { runWindowMeans } from '../../src/study/forecast-task.js';
import {
  bandStarts,
  bandWindow,
  observedBandWeek,
  scorePublishedBand,
} from '../../src/study/published-band.js';
import { STUDY_MODELS } from '../../src/study/study-models.js';
import { startStudyPool } from '../../src/study/study-pool.js';

const shipped = STUDY_MODELS.find((m) => m.id === DEFAULT_STUDY_MODEL)!;
const early = STUDY_MODELS.find((m) => m.id === EARLY_STUDY_MODEL)!;

describe('published interval forecast: the weekly hashrate band of 2012-13', () => {
  it('bandStarts() are the 105 Sundays from 2012-01-01 to 2013-12-29', () => {
    const starts = bandStarts();
    expect(starts).toHaveLength(105);
    expect(starts[0]).toBe('2012-01-01');
    expect(starts[1]).toBe('2012-01-08');
    expect(starts[104]).toBe('2013-12-29');
  });

  it('observedBandWeek() is the mean of the 7 days before the start and of the target week, by hand', () => {
    // By hand from data/btc-daily.csv (hashrate_ths / 1e6 = EH/s): 2011-12-25..31 average
    // 8.902092377e-6 EH/s, 2012-01-01..07 9.176242082e-6 (+3.08 %: inside ±15.1 %), the fourth
    // week 2012-01-22..28 9.438192144e-6. 2013-07-28..08-03: 2.860499173e-4; 2013-08-04..10:
    // 3.595458964e-4, +25.69 %: outside the band as the ASICs came in.
    const a = observedBandWeek('2012-01-01', 1);
    expect(a.lastWeekEhs).toBeCloseTo(8.902092377e-6, 14);
    expect(a.realisedEhs).toBeCloseTo(9.176242082e-6, 14);
    expect(observedBandWeek('2012-01-01', 4).realisedEhs).toBeCloseTo(9.438192144e-6, 14);
    const b = observedBandWeek('2013-08-04', 1);
    expect(b.lastWeekEhs).toBeCloseTo(2.860499173e-4, 12);
    expect(b.realisedEhs / b.lastWeekEhs - 1).toBeCloseTo(0.2569, 4);
    expect(bandWindow(1)).toEqual({ quantity: 'hashrate', fromDay: 1, toDay: 7 });
    expect(bandWindow(4)).toEqual({ quantity: 'hashrate', fromDay: 22, toDay: 28 });
  });

  it("runWindowMeans() gives minesim's 95 % interval of the week of 2013-08-04 as a hand simulation of the stochastic network does", async () => {
    // The run starts on 2013-08-03 (the day before the week: no day of the week is known). By
    // hand: the 1-year window 2012-08-03..2013-08-02 of 7-day-mean log returns (357 returns) has a
    // mean of 8.1037e-3 a day (2.9599 a year) and a standard deviation of 0.017885 a day (0.3418 a
    // year); from the start's 2.860499e-4 EH/s (the mean of the 7 days to 2013-08-03, as a run
    // starts: the day alone is 2.900707e-4), a log random walk with these steps, averaged over days
    // 1..7, has (200,000 paths in Python, from the day's figure, scaled by 0.986139) 2.5 %, 50 % and
    // 97.5 % quantiles of 2.784910e-4, 2.955283e-4 and 3.137631e-4 EH/s. With 4,000 paths the quantiles' Monte Carlo standard error
    // is about 0.15 % of the level; the test allows 0.8 %.
    const [means] = await runWindowMeans(
      { coin: 'bitcoin', start: '2013-08-03', model: shipped, paths: 4000, seed: 'band' },
      [bandWindow(1)],
    );
    const sorted = Float64Array.from(means, (v) => v / 1e18).sort();
    expect(Math.abs(quantileSorted(sorted, 0.025) / 2.78491e-4 - 1)).toBeLessThan(0.008);
    expect(Math.abs(quantileSorted(sorted, 0.5) / 2.955283e-4 - 1)).toBeLessThan(0.008);
    expect(Math.abs(quantileSorted(sorted, 0.975) / 3.137631e-4 - 1)).toBeLessThan(0.008);
  });

  it("scorePublishedBand() counts the published band's coverage as by hand: 53 of 53 weeks of 2012, 32 of 52 of 2013", async () => {
    // By hand (the realised 7-day mean within ±15.1 % of the 7 days before): every week of 2012,
    // 32 of the 52 of 2013, 85 of 105 in all (0.810). minesim's coverage is the share of weeks whose
    // realised mean lies in its 2.5-97.5 % interval, its width the median half-width in % of its median.
    const pool = startStudyPool(1);
    const score = await scorePublishedBand(pool, shipped, 100, 'band', undefined, early);
    await pool.close();
    const one = score.rows.filter((r) => r.weeks === 1);
    expect(one.map((r) => [r.period, r.count, r.publishedHalfWidthPct])).toEqual([
      ['2012', 53, 15.1],
      ['2013', 52, 15.1],
      ['2012-13', 105, 15.1],
    ]);
    expect(one.map((r) => r.publishedCoverage)).toEqual([1, 32 / 52, 85 / 105]);
    const four = score.rows.filter((r) => r.weeks === 4);
    expect(four.map((r) => r.publishedCoverage)).toEqual([null, null, null]);
    const week = score.weeks.find((w) => w.start === '2013-08-04' && w.weeks === 1)!;
    expect(week.publishedInside).toBe(false);
    expect(week.minesimInside).toBe(
      week.minesimLowEhs <= week.realisedEhs && week.realisedEhs <= week.minesimHighEhs,
    );
    // The default as a scenario runs it: its early pair before the price mixture's first day.
    expect(score.weeks.find((w) => w.start === '2013-01-13')!.model).toBe(EARLY_STUDY_MODEL);
    expect(score.weeks.find((w) => w.start === '2013-01-20')!.model).toBe(DEFAULT_STUDY_MODEL);
    const all = score.weeks.filter((w) => w.weeks === 1);
    expect(one[2].minesimCoverage).toBe(all.filter((w) => w.minesimInside).length / 105);
  });
});
