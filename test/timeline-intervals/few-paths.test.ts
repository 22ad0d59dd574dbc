// A run of too few paths states no weekly interval rather than a false one: one path writes its path
// (no quantile, no interval columns), two or five paths leave low and high empty and summary.json
// without timeline.widestIntervals, and summary.md says there is none and why; six give the median
// its interval (the least to the greatest value), and no other band one.
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { summaryMarkdown } from '../../src/report/markdown.js';
import { timelineCsv } from '../../src/report/tables.js';
import { loadScenario } from '../fixtures/scenarios.js';

async function run(paths: number, antithetic = false) {
  return runMonteCarlo(await loadScenario('north-korea-2017-s9'), { paths, workers: 1, antithetic });
}

const rowsOf = (csv: string) =>
  csv
    .trimEnd()
    .split('\n')
    .map((l) => l.split(','));

describe('the weekly intervals of a run of few paths', () => {
  it('one path: timeline.csv writes the path, with no interval columns; no widest interval, no table', async () => {
    const result = await run(1);
    expect(result.timelineIntervals).toBeNull();
    const [header] = rowsOf(timelineCsv(result.summary, result.timelineIntervals));
    expect(header).toEqual(['date', 'metric', 'path', 'value', 'unit']);
    expect(result.summary.timeline.widestIntervals).toBeUndefined();
    expect(summaryMarkdown(result.summary)).not.toContain('Weekly bands’ Monte Carlo error');
  }, 60_000);

  it.each([
    [2, false],
    [5, false],
    [10, true],
  ])(
    '%i paths (antithetic pairs: %s): low and high empty every week, and summary.md says none',
    async (paths, antithetic) => {
      const result = await run(paths, antithetic);
      const [header, ...rows] = rowsOf(timelineCsv(result.summary, result.timelineIntervals));
      expect(header).toEqual(['date', 'metric', 'quantile', 'value', 'unit', 'low', 'high']);
      expect(rows.filter((r) => r[5] !== '' || r[6] !== '')).toEqual([]);
      expect(result.summary.timeline.widestIntervals).toBeUndefined();
      const md = summaryMarkdown(result.summary).replace(/\s+/g, ' ');
      expect(md).toContain(
        `## Weekly bands’ Monte Carlo error None: at ${paths} paths no band has a 95 % interval (the median needs ${antithetic ? '12 paths in antithetic pairs' : '6 paths'}`,
      );
    },
    60_000,
  );

  it('6 paths: the median has an interval every week (the least to the greatest value), no other band one', async () => {
    const result = await run(6);
    const [, ...rows] = rowsOf(timelineCsv(result.summary, result.timelineIntervals));
    for (const [, , q, value, , low, high] of rows) {
      if (q !== '0.5') {
        expect([low, high]).toEqual(['', '']);
        continue;
      }
      expect(Number(low)).toBeLessThanOrEqual(Number(value));
      expect(Number(high)).toBeGreaterThanOrEqual(Number(value));
    }
    const widest = result.summary.timeline.widestIntervals?.netUsd;
    expect(widest?.quantile).toBe(0.5);
    expect(summaryMarkdown(result.summary)).toContain('| netUsd |');
  }, 60_000);
});
