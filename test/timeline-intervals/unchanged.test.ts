// The weekly intervals are added, nothing else moves: the flagship's summary.json, run as
// `minesim run` runs it, is the committed one byte for byte once timeline.widestIntervals is taken
// out, and its timeline.csv's first five columns are the committed file's, row for row.
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
  it('runMonteCarlo() of the flagship: summary.json without timeline.widestIntervals and timeline.csv’s first five columns are the committed ones', async () => {
    const result = await runMonteCarlo(await loadScenario('north-korea-2017-s9'), { chartEvents });
    const { widestIntervals, ...timeline } = result.summary.timeline;
    expect(widestIntervals).toBeDefined();
    const before = formatJson({ ...result.summary, timeline });
    expect(before === read('output/north-korea-2017-s9/summary.json')).toBe(true);
    const committed = read('output/north-korea-2017-s9/timeline.csv').trimEnd().split('\n');
    const now = timelineCsv(result.summary, result.timelineIntervals).trimEnd().split('\n');
    expect(now[0]).toBe(`${committed[0]},low,high`);
    expect(now.length).toBe(committed.length);
    const moved = now.filter((line, i) => line.split(',').slice(0, 5).join(',') !== committed[i]);
    expect(moved).toEqual([]);
  }, 120_000);
});
