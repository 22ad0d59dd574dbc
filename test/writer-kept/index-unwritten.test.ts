// The batch index of a batch one of whose runs could not be written: that scenario ran, so the
// index says so rather than counting it among the files that did not run.
import { describe, expect, it } from 'vitest';
import { batchIndexHtml, batchIndexMarkdown } from '../../src/report/batch-index.js';
import type { BatchEntry } from '../../src/study/batch.js';
import { FIXTURE_SUMMARY } from '../fixtures/summary.js';

const ENTRIES: BatchEntry[] = [
  {
    status: 'ok',
    file: 'a.yaml',
    folder: 'a',
    backtestFolder: null,
    run: FIXTURE_SUMMARY,
    backtest: null,
    seconds: 1,
  },
  { status: 'unwritten', file: 'b.yaml', message: 'cannot write out/b: no space left on device (ENOSPC)' },
];
const META = { minesimVersion: '0.1.0', finishedAt: '2026-01-05T09:00:00.000Z' };

describe('the index of a batch with a run it could not write', () => {
  it('counts it as ran but not written, under a heading that says so', () => {
    const md = batchIndexMarkdown(ENTRIES, META, new Set());
    expect(md).toContain('1 of 2 scenario files ran; 1 more ran but could not be written');
    expect(md).toContain('## Files that did not run or could not be written');
    expect(md).toContain('cannot write out/b: no space left on device (ENOSPC)');
    const html = batchIndexHtml(ENTRIES, META, new Map());
    expect(html).toContain('1 more ran but could not be written');
    expect(html).toContain('<h2>Files that did not run or could not be written</h2>');
  });
});
