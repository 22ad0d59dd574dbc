// summary.md: the run's headline numbers and claim verdicts as GitHub-flavoured Markdown, to read
// in a repository, paste into a memo, or convert with pandoc. User text (names, descriptions,
// assumptions, claims) is escaped so it cannot break a table or inject HTML.

import type { RunSummary } from '../stats/summary.js';
import { bandsErrorTable } from './bands-error-table.js';
import type { ChartEntry } from './charts/index.js';
import { headlineTables } from './headline.js';
import { columnAlign, type ReportTable } from './report-table.js';
import { assumptionsTable, runTable } from './run-table.js';
import { escapeMarkdown, markdownTableLines } from './table-render.js';

function markdownTable(table: ReportTable): string {
  const user = new Set(table.userColumns);
  const userRows = new Set(table.userRows);
  const cell = (text: string, column: number, row: number) =>
    user.has(column) || userRows.has(row) ? escapeMarkdown(text) : text;
  const header = table.header.map((h) => (table.userHeader ? escapeMarkdown(h) : h) || ' ');
  const lines = markdownTableLines(
    header,
    (i) => columnAlign(table, i),
    table.rows.map((row, r) => row.map((text, c) => cell(text, c, r))),
  );
  return [`## ${table.title}`, '', table.note, '', ...lines].join('\n');
}

export function summaryMarkdown(summary: RunSummary, charts: readonly ChartEntry[] = []): string {
  const { scenario } = summary;
  const sections = [
    `# ${escapeMarkdown(scenario.name)}`,
    escapeMarkdown(scenario.description),
    markdownTable(runTable(summary)),
    ...headlineTables(summary).map(markdownTable),
  ];
  const bands = bandsErrorTable(summary);
  if (bands !== null)
    sections.push(
      bands.rows.length > 0 ? markdownTable(bands) : [`## ${bands.title}`, '', bands.note].join('\n'),
    );
  // The inputs come before the charts, so a reader knows what was assumed before reading a curve.
  if (scenario.assumptions.length > 0) sections.push(markdownTable(assumptionsTable(summary)));
  if (charts.length > 0) {
    const list = charts.map((c) => `- [${c.name}](charts/${c.name}.svg): ${c.caption}`);
    sections.push(
      ['## Charts', '', 'Each as SVG, PNG and its Vega-Lite spec (.vl.json) in charts/.', '', ...list].join(
        '\n',
      ),
    );
  }
  return `${sections.join('\n\n')}\n`;
}
