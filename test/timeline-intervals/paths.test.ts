// timeline.csv's low and high against the paths themselves: a run whose sample paths are all its
// paths gives every path's weekly net position, price and difficulty, so each week's exact interval
// (the paths' order statistics at the headline's ranks) can be read and compared with the one read
// from the week's histogram, which must hold it and reach past it by no more than the bins do.
// Before, timeline.csv had no interval at all (date,metric,quantile,value,unit).
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { timelineCsv } from '../../src/report/tables.js';
import { quantileIntervalRanks } from '../../src/stats/quantile-interval.js';
import { QUANTILE_KEYS, QUANTILES, type RunSummary } from '../../src/stats/summary.js';
import { loadScenario } from '../fixtures/scenarios.js';

const PATHS = 400;

async function everyPathRun(antithetic: boolean) {
  const s = await loadScenario('north-korea-2017-s9', (d) => {
    d.outputs = { ...(d.outputs ?? {}), samplePaths: PATHS };
  });
  return runMonteCarlo(s, { paths: PATHS, workers: 1, antithetic });
}

const SAMPLED = { netUsd: 'net', priceUsd: 'price', difficulty: 'difficulty' } as const;

/** timeline.csv's rows as [date, metric, quantile, value, unit, low, high] cells. */
function csvRows(text: string): string[][] {
  return text
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
}

describe.each([false, true])('timeline.csv’s low and high (antithetic pairs: %s)', (antithetic) => {
  it('hold each week’s exact interval of the paths’ own values, widened to the bins only; the horizon’s are the headline’s', async () => {
    const result = await everyPathRun(antithetic);
    const summary: RunSummary = result.summary;
    expect(summary.samplePaths.length).toBe(PATHS);
    const rows = csvRows(timelineCsv(summary, result.timelineIntervals));
    const at = new Map(rows.map((r) => [`${r[0]} ${r[1]} ${r[2]}`, r]));
    const { dates } = summary.timeline;
    let exactWidth = 0;
    let statedWidth = 0;
    for (const [metric, field] of Object.entries(SAMPLED)) {
      for (let w = 0; w < dates.length; w++) {
        const week = summary.samplePaths.map((p) => p[field][w]).sort((a, b) => a - b);
        QUANTILES.forEach((q) => {
          const ranks = quantileIntervalRanks(PATHS, q, antithetic);
          const row = at.get(`${dates[w]} ${metric} ${q}`)!;
          if (ranks === null) {
            expect([row[5], row[6]]).toEqual(['', '']);
            return;
          }
          const low = Number(row[5]);
          const high = Number(row[6]);
          const [exactLow, exactHigh] = [week[ranks[0] - 1], week[ranks[1] - 1]];
          expect(low, `${metric} ${dates[w]} ${q}`).toBeLessThanOrEqual(exactLow);
          expect(high, `${metric} ${dates[w]} ${q}`).toBeGreaterThanOrEqual(exactHigh);
          expect(low).toBeLessThanOrEqual(Number(row[3]));
          expect(high).toBeGreaterThanOrEqual(Number(row[3]));
          exactWidth += exactHigh - exactLow;
          statedWidth += high - low;
        });
      }
    }
    // Widened to whole bins (a 1,024th of a week's range), not more: within 5 % over every week.
    expect(statedWidth / exactWidth).toBeGreaterThanOrEqual(1);
    expect(statedWidth / exactWidth).toBeLessThan(1.05);
    // The last week's net position is the paths' own quantile, and its interval the headline's.
    const last = dates.length - 1;
    const intervals = summary.headline.netAtHorizonUsd.intervals!;
    QUANTILE_KEYS.forEach((key, i) => {
      const row = at.get(`${dates[last]} netUsd ${QUANTILES[i]}`)!;
      const interval = intervals[key];
      expect([row[5], row[6]]).toEqual(
        interval === null ? ['', ''] : [String(interval.low), String(interval.high)],
      );
    });
  }, 60_000);
});
