// The batch index's small fan charts are links to each scenario's report: an image's text
// alternative is the link's name, so it says what the chart shows and where the link goes, not
// only "north-korea-2017-s9: fan chart".
import { describe, expect, it } from 'vitest';
import { batchIndexHtml } from '../../src/report/batch-index.js';
import type { BatchEntry } from '../../src/study/batch.js';
import { FIXTURE_SUMMARY } from '../fixtures/summary.js';

const ENTRY: BatchEntry = {
  status: 'ok',
  file: 'scenarios/s9.yaml',
  folder: 'north-korea-2017-s9',
  backtestFolder: null,
  run: FIXTURE_SUMMARY,
  backtest: null,
  seconds: 1,
};
const META = { minesimVersion: '0.1.0', finishedAt: '2026-01-05T09:00:00.000Z' };

describe('the batch index’s fan charts for a screen reader', () => {
  it('batchIndexHtml() names each fan chart by what it shows and the report it opens', () => {
    const html = batchIndexHtml([ENTRY], META, new Map([['north-korea-2017-s9', '<svg></svg>']]));
    const alts = [...html.matchAll(/<img alt="([^"]*)"/g)].map((m) => m[1]);
    expect(alts).toHaveLength(1);
    expect(alts[0]).toContain('north-korea-2017-s9');
    expect(alts[0]).toMatch(/net position/i);
    expect(alts[0]).toMatch(/report/);
  });
});
