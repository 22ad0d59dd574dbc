// The index's words for a batch's runs that failed (a bug): each with its error's first line and
// its earlier folders in --out, listed apart from the tables and from the unrelated other outputs.
import { describe, expect, it } from 'vitest';
import { batchMessages } from '../../src/messages/batch.js';
import { failedRuns, firstLine, unrelatedOthers } from '../../src/report/batch-failed.js';
import { batchIndexHtml, batchIndexMarkdown } from '../../src/report/batch-index.js';
import type { OtherOutput } from '../../src/report/batch-others.js';
import type { BatchEntry } from '../../src/study/batch.js';
import { FIXTURE_SUMMARY } from '../fixtures/summary.js';

const other = (folder: string): OtherOutput => ({
  folder,
  scenarioFile: `${folder}.yaml`,
  finishedAt: '2026-01-01T00:00:00.000Z',
  command: 'minesim batch',
  report: true,
});

const ENTRIES: BatchEntry[] = [
  {
    status: 'ok',
    file: 'good.yaml',
    folder: 'good',
    backtestFolder: null,
    run: FIXTURE_SUMMARY,
    backtest: null,
    seconds: 1,
  },
  {
    status: 'failed',
    file: 'boom.yaml',
    message: 'boom.yaml: the Monte Carlo run failed: <oops>\n    at kernel (engine.js:1:1)',
    error: new Error('<oops>'),
    folder: 'boom',
    backtestFolder: 'boom-backtest',
  },
];
const OTHERS = [other('boom'), other('old')];
const META = { minesimVersion: '0.1.0', finishedAt: '2026-01-05T09:00:00.000Z', others: OTHERS };

describe('failedRuns()', () => {
  it('failedRuns() gives each failed run its error’s first line and its own earlier folders only', () => {
    expect(failedRuns(ENTRIES, OTHERS)).toEqual([
      { file: 'boom.yaml', error: 'boom.yaml: the Monte Carlo run failed: <oops>', earlier: [other('boom')] },
    ]);
    expect(firstLine('one')).toBe('one');
  });

  it('unrelatedOthers() leaves out a failed run’s earlier folders', () => {
    expect(unrelatedOthers(ENTRIES, OTHERS)).toEqual([other('old')]);
  });
});

describe('the index of a batch with a failed run', () => {
  const md = batchIndexMarkdown(ENTRIES, META, new Set());
  const html = batchIndexHtml(ENTRIES, META, new Map());

  it('batchIndexMarkdown() names the failed run first, its earlier folder linked, the unrelated one apart at the end', () => {
    const failed = md.split(`## ${batchMessages.failedTitle}`)[1].split('\n## ')[0];
    expect(failed).toContain('- boom.yaml\n  - boom.yaml: the Monte Carlo run failed: \\<oops\\>\n');
    expect(failed).not.toContain('at kernel');
    expect(failed).toContain(batchMessages.earlierFolders(['boom']));
    expect(failed).toContain(
      `[boom/](boom/report.html): ${batchMessages.earlierFolder('minesim batch', '2026-01-01T00:00:00.000Z')}`,
    );
    expect(md.indexOf(batchMessages.failedTitle)).toBeLessThan(md.indexOf('## Scenarios'));
    const others = md.split(`## ${batchMessages.othersTitle}`)[1];
    expect(others).toContain('[old/](old/report.html)');
    expect(others).not.toContain('boom/');
    expect(md).toContain(batchMessages.failedIntro(1));
    expect(md).toContain(batchMessages.othersIntro(1));
    expect(md).not.toContain('Files that did not run');
  });

  it('batchIndexHtml() says the same, escaped, with no script', () => {
    expect(html).toContain(`<h2>${batchMessages.failedTitle}</h2>`);
    expect(html).toContain('<pre>boom.yaml: the Monte Carlo run failed: &lt;oops&gt;</pre>');
    expect(html).not.toContain('at kernel');
    expect(html).toContain('<a href="boom/report.html">boom/</a>');
    expect(html).not.toContain('<script');
  });
});
