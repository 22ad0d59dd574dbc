// The weekly intervals were added and nothing else moved: the flagship's summary.json, run as
// `minesim run` runs it, is the committed one byte for byte (timeline.widestIntervals included, the
// rest as it was before the intervals), and its timeline.csv is the committed file, whose first five
// columns are the ones it had before, row for row, and whose last two are the intervals.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { chartEvents } from '../../src/report/chart-events.js';
import { timelineCsv } from '../../src/report/tables.js';
import { formatJson } from '../../src/report/write.js';
import { loadScenario } from '../fixtures/scenarios.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

describe('the weekly intervals change no committed figure', () => {
  it('runMonteCarlo() of the flagship: summary.json with timeline.widestIntervals and timeline.csv with its low and high are the committed ones', async () => {
    const result = await runMonteCarlo(await loadScenario('north-korea-2017-s9'), { chartEvents });
    expect(result.summary.timeline.widestIntervals).toBeDefined();
    expect(formatJson(result.summary) === read('output/north-korea-2017-s9/summary.json')).toBe(true);
    const committed = read('output/north-korea-2017-s9/timeline.csv').trimEnd().split('\n');
    const now = timelineCsv(result.summary, result.timelineIntervals).trimEnd().split('\n');
    expect(now[0]).toBe('date,metric,quantile,value,unit,low,high');
    expect(now).toEqual(committed);
  }, 120_000);
});
