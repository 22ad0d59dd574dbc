// The report's Question/Answer tables (report.html, summary.md): the answers are figures, a share
// with its error (`0.106 ± 0.003`), a date, or a word where there is no figure (`— (past the
// horizon)`, `yes`); they were set left, so the digits of one row did not stand under the digits
// of the next. Now right-aligned, as every other column of figures in the report (the payback
// time's days, years and intervals, the distributions' quantiles), with the question at the left.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headlineTables } from '../../src/report/headline.js';
import { summaryMarkdown } from '../../src/report/markdown.js';
import { columnAlign } from '../../src/report/report-table.js';
import type { RunSummary } from '../../src/stats/summary.js';

const committed = (folder: string) =>
  JSON.parse(
    readFileSync(new URL(`../../output/${folder}/summary.json`, import.meta.url), 'utf8'),
  ) as RunSummary;

describe('the report’s Answer columns', () => {
  it('headlineTables() sets every Answer column right, its Question left, in a run and a back-test with financing', () => {
    for (const folder of ['top-of-market-2021-11-10-loan', 'top-of-market-2021-11-10-loan-backtest']) {
      const answered = headlineTables(committed(folder)).filter((t) => t.header[1] === 'Answer');
      expect(answered.length, folder).toBeGreaterThan(0);
      for (const t of answered) {
        expect([columnAlign(t, 0), columnAlign(t, 1)], `${folder}: ${t.title}`).toEqual(['left', 'right']);
      }
    }
  });

  it('summaryMarkdown() writes the Answer column’s rule as right-aligned', () => {
    const md = summaryMarkdown(committed('top-of-market-2021-11-10-loan'));
    expect(md).toContain('| Question | Answer |\n| :--- | ---: |');
    expect(md).not.toContain('| Question | Answer |\n| :--- | :--- |');
  });
});
