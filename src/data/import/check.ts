// Checks a daily CSV against the history it is to extend and, when every rule holds, derives the
// days it adds. Pure: text in, days or problems out. The rules, each reported at its line and
// column, all at once: a known format; dates that are real, ascending, without duplicates or
// gaps; positive finite values (fees may be 0) and whole block counts; heights consistent with
// the blocks and with the history; a first day no later than the day after the history ends;
// agreement with the history where they overlap (TOLERANCE in overlap.ts). Rows before the history
// begins are only date-checked: Coin Metrics files start in 2009, before any price.

import { dataMessages as m } from '../../messages/data.js';
import type { Coin } from '../../model/coins/index.js';
import type { Problem } from '../../scenario/problem.js';
import type { History } from '../daily-history.js';
import { addDays, dayNumber, formatDay } from '../dates.js';
import { COIN_METRICS_FILE_SOURCE, type DataSource } from '../sources.js';
import { type CsvRow, type CsvTable, readCsvTable } from './csv-table.js';
import { type Day, hashrateFromDifficulty, protocolIssuance } from './derive.js';
import { type DailyField, type DailyFormat, detectFormat } from './formats.js';
import { checkAgainstHistory, checkHeightChain } from './overlap.js';
import { cellText, columnOf, type ReadDay, type RowReader, readDay } from './read-days.js';
import { checkDifficultySteps, checkPriceSteps } from './steps.js';

/** Beyond this many, problems are summarised in one line: a wrong file would otherwise print thousands. */
export const MAX_PROBLEMS = 100;

export interface CheckInput {
  text: string;
  /** The file as named to the user (a path, or the API's label). */
  file: string;
  /** --coin; formats that name their coin check it against this. */
  coin?: Coin;
  /** Returns the history the file must join: the one in use for that coin. */
  base: (coin: Coin) => History;
  /** --source and --licence: each given is every added day's, in place of its own or the format's. */
  source?: Partial<DataSource>;
  /** Source and licence when the format does not imply one (a simple or shipped-format file). */
  fallbackSource: DataSource;
  /**
   * Whether a day to add on a last line without its line break is refused (a file given to
   * import, which may be cut short); minesim's own store is checked without it.
   */
  lineEnded?: boolean;
}

export interface CheckedFile {
  ok: true;
  coin: Coin;
  format: DailyFormat;
  /** Days past the end of the history, derived in full, in date order. */
  added: Day[];
  /** Days also in the history, all of which agreed with it. */
  overlapDays: number;
  overlapFirst: string | null;
  overlapLast: string | null;
  /** Rows before the history's first day (dates checked only). */
  ignoredBefore: number;
  /** Trailing Coin Metrics days dropped because their block data was not yet published. */
  droppedTrailing: string[];
}

export type CheckResult = CheckedFile | { ok: false; problems: Problem[] };

/** yyyy-mm-dd, or a Coin Metrics timestamp at midnight UTC (2025-11-14T00:00:00.000000000Z). */
function dateOf(text: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})(T00:00:00(\.0+)?Z)?$/.exec(text);
  return match ? match[1] : text;
}

/** A Coin Metrics row that lacks a value every day needs. */
function incomplete(r: RowReader, row: CsvRow): boolean {
  const empty = (field: DailyField) => (cellText(r, row, field) ?? '') === '';
  return empty('priceUsd') || empty('blocks') || empty('fees') || (empty('difficulty') && empty('hashrate'));
}

/** In file order, then capped: beyond MAX_PROBLEMS one line says how many more. */
function capped(unsorted: Problem[]): Problem[] {
  const problems = [...unsorted].sort((a, b) => a.line - b.line || a.col - b.col);
  if (problems.length <= MAX_PROBLEMS) return problems;
  const last = problems[MAX_PROBLEMS - 1];
  const more = {
    file: last.file,
    line: 0,
    col: 0,
    path: '',
    message: m.moreProblems(problems.length - MAX_PROBLEMS),
  };
  return [...problems.slice(0, MAX_PROBLEMS), more];
}

export function checkDailyFile(input: CheckInput): CheckResult {
  const table = readCsvTable(input.text);
  const result = checkTable(input, table);
  if (result.ok) return result;
  // The rules find a cell by its number in the row; the file is read at its character column.
  const column = (line: number, cell: number) => table.starts.get(line)?.[cell - 1] ?? cell;
  return {
    ok: false,
    problems: result.problems.map((p) =>
      p.line > 0 && p.col > 0 ? { ...p, col: column(p.line, p.col) } : p,
    ),
  };
}

function checkTable(input: CheckInput, table: CsvTable): CheckResult {
  const { file } = input;
  const fail = (message: string, line = 0, col = 0): CheckResult => ({
    ok: false,
    problems: [{ file, line, col, path: '', message }],
  });
  if (table.header.length === 0) return fail(m.emptyFile());
  const detected = detectFormat(table.header, input.coin);
  if (!detected.ok) return fail(detected.message, table.headerLine, detected.col);
  const { coin, format } = detected;
  const base = input.base(coin);
  const r: RowReader = { format, header: table.header, coin, file, problems: [] };

  let rows = table.rows;
  const droppedTrailing: string[] = [];
  // Coin Metrics publishes a day's figures over the following hours (the reference price first,
  // block data later), so the last rows of a download or a fresh csv/btc.csv may be incomplete:
  // they are left out, and said so, rather than refused.
  while (format.id === 'coinmetrics' && rows.length > 0 && incomplete(r, rows[rows.length - 1])) {
    droppedTrailing.unshift(dateOf(cellText(r, rows[rows.length - 1], 'date') ?? ''));
    rows = rows.slice(0, -1);
  }
  if (rows.length === 0) return fail(m.noRows(), table.headerLine, 1);

  const firstN = dayNumber(base.firstDate);
  const days: ReadDay[] = [];
  let previous: number | null = null;
  let ignoredBefore = 0;
  let firstDated: { n: number; line: number; date: string } | null = null;
  for (const row of rows) {
    const written = cellText(r, row, 'date') ?? '';
    const date = dateOf(written);
    const n = dayNumber(date);
    const at = { file, line: row.line, ...columnOf(r, 'date') };
    if (Number.isNaN(n)) {
      r.problems.push({ ...at, message: m.badDate(written) });
      // Taken as the expected day, so the next row is not reported as a gap too.
      if (previous !== null) previous++;
      continue;
    }
    firstDated ??= { n, line: row.line, date };
    const inOrder = previous === null || n > previous;
    if (!inOrder) {
      r.problems.push({
        ...at,
        message: n === previous ? m.duplicateDate(date) : m.outOfOrder(formatDay(previous as number), date),
      });
    } else if (previous !== null && n > previous + 1)
      r.problems.push({
        ...at,
        message: m.gap(formatDay(previous + 1), formatDay(n - 1), n - previous - 1, date),
      });
    if (inOrder) previous = n;
    // Cells past the header's (an unquoted 95,000 splits into two) would shift nothing the
    // columns read, but say the row is not what it seems: it is refused, not read.
    const extra = row.cells.slice(table.header.length).filter((c) => c !== '').length;
    if (extra > 0)
      r.problems.push({
        file,
        line: row.line,
        col: table.header.length + 1,
        path: '',
        message: m.extraCells(table.header.length, table.header.length + extra),
      });
    if (n < firstN) {
      ignoredBefore++;
      continue;
    }
    // A row out of order still has its values checked, but joins no rule across rows.
    const day = extra > 0 ? null : readDay(r, row, n, date);
    if (day && inOrder) days.push(day);
  }

  if (firstDated && firstDated.n > dayNumber(base.lastDate) + 1) {
    r.problems.push({
      file,
      line: firstDated.line,
      ...columnOf(r, 'date'),
      message: m.startsLate(coin, base.lastDate, addDays(base.lastDate, 1), firstDated.date),
    });
  }
  // A file cut short ends inside its last line, whose last value may be cut too (`0.025` read as
  // `0.02`): a day to add there is refused until the line is ended, which says it is whole. A day
  // the history has is checked against it; a Coin Metrics row left out above adds nothing.
  const lastDay = days.at(-1);
  if (
    input.lineEnded === true &&
    droppedTrailing.length === 0 &&
    lastDay !== undefined &&
    lastDay.line === rows[rows.length - 1].line &&
    base.indexOf(lastDay.date) < 0 &&
    !/[\r\n][\t ]*$/.test(input.text)
  )
    r.problems.push({ file, line: lastDay.line, col: 1, path: '', message: m.lastLineCut(lastDay.date) });
  checkHeightChain(r, days);
  checkDifficultySteps(r, days, base);
  checkPriceSteps(r, days, base);
  const overlapDays = checkAgainstHistory(r, days, base);
  if (r.problems.length > 0) return { ok: false, problems: capped(r.problems) };

  const overlapping = days.filter((d) => base.indexOf(d.date) >= 0);
  const defaultSource = format.id === 'coinmetrics' ? COIN_METRICS_FILE_SOURCE : input.fallbackSource;
  return {
    ok: true,
    coin,
    format,
    added: deriveAdded(coin, days, base, defaultSource, input.source ?? {}),
    overlapDays,
    overlapFirst: overlapping[0]?.date ?? null,
    overlapLast: overlapping[overlapping.length - 1]?.date ?? null,
    ignoredBefore,
    droppedTrailing,
  };
}

/** The days after the history, with heights and supply continuing from its last day. */
function deriveAdded(
  coin: Coin,
  days: readonly ReadDay[],
  base: History,
  fallback: DataSource,
  given: Partial<DataSource>,
): Day[] {
  const last = base.days - 1;
  let height = base.height[last] + base.blocks[last];
  let supply = base.supply[last] + base.issuance[last];
  const added: Day[] = [];
  for (const d of days) {
    if (base.indexOf(d.date) >= 0) continue;
    const issuance = d.issuance ?? protocolIssuance(coin, height, d.blocks, supply);
    added.push({
      date: d.date,
      priceUsd: d.priceUsd,
      difficulty: d.difficulty,
      hashrateHs: d.hashrateHs ?? hashrateFromDifficulty(coin, d.difficulty, d.blocks),
      blocks: d.blocks,
      height,
      issuance,
      fees: d.fees ?? (d.feesPerBlock as number) * d.blocks,
      // Each of --source and --licence replaces its own alone: the other stays the row's or the format's.
      source: given.source ?? (d.source || fallback.source),
      licence: given.licence ?? (d.licence || fallback.licence),
    });
    height += d.blocks;
    supply += issuance;
  }
  return added;
}
