// A table of the analyst's report as plain rows of formatted text, before any medium renders it
// (markdown.ts, html.ts); headline.ts and distribution-table.ts build them.

export interface ReportTable {
  title: string;
  /** Column alignment; by default the first column (labels) is left and the rest (numbers) right. */
  align?: ('left' | 'right')[];
  /** One sentence under the title: how to read the table. */
  note: string;
  header: string[];
  rows: string[][];
  /** Index of a column holding claim verdicts, which the HTML report draws as coloured badges. */
  verdictColumn?: number;
  /** Columns holding text from the scenario file, which Markdown must escape. */
  userColumns?: number[];
  /** Rows holding text from the scenario file or the command line (`--set`), which Markdown must escape. */
  userRows?: number[];
  /** The header holds text from the scenario file (cohort names), which Markdown must escape. */
  userHeader?: boolean;
}

/** How column `i` of a table aligns. */
export function columnAlign(table: ReportTable, i: number): 'left' | 'right' {
  return table.align?.[i] ?? (i === 0 ? 'left' : 'right');
}
