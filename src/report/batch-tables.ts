// The batch index's tables, in index order (index.md and index.html both render these): the
// Scenarios table (batch-scenarios-table.ts), the Financing and tax table of the scenarios with
// `finance` (batch-finance-table.ts) and the Claims table (batch-claims-table.ts), of the cells in
// batch-cells.ts; and the files that did not run or could not be written.

import { formatProblem } from '../scenario/problem.js';
import type { BatchEntry } from '../study/batch.js';
import { type IndexTable, okEntries } from './batch-cells.js';
import { claimsTable } from './batch-claims-table.js';
import { batchFinanceTable } from './batch-finance-table.js';
import { scenariosTable } from './batch-scenarios-table.js';

/** The tables, in index order; a table with no rows is left out. */
export function indexTables(entries: readonly BatchEntry[]): IndexTable[] {
  const ok = okEntries(entries);
  return [scenariosTable(ok), batchFinanceTable(ok), claimsTable(ok)].filter((t) => t.rows.length > 0);
}

/**
 * Each file that did not run, with its problems (bad input), or that ran but could not be written,
 * with why. A run that failed (a bug) is listed apart (batch-failed.ts).
 */
export function failureLines(entries: readonly BatchEntry[]): { file: string; lines: string[] }[] {
  return entries.flatMap((e) =>
    e.status === 'invalid'
      ? [{ file: e.file, lines: e.problems.map(formatProblem) }]
      : e.status === 'unwritten'
        ? [{ file: e.file, lines: [e.message] }]
        : [],
  );
}
