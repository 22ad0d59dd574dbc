// The cells of one daily row read as numbers in minesim's units, each bad cell reported at its
// line and column. A row with any bad required value is left out of the rules that follow, so
// one typo gives one problem rather than a cascade.

import { dataMessages as m } from '../../messages/data.js';
import type { Coin } from '../../model/coins/index.js';
import { outOfRange } from '../../scenario/number-range.js';
import type { Problem } from '../../scenario/problem.js';
import { outOfBounds } from './bounds.js';
import type { CsvRow } from './csv-table.js';
import { difficultyFromHashrate } from './derive.js';
import type { DailyField, DailyFormat } from './formats.js';

/** A row whose values passed: what the file says, nothing derived yet but a missing difficulty. */
export interface ReadDay {
  line: number;
  /** Day number (days since 1970-01-01). */
  n: number;
  date: string;
  priceUsd: number;
  difficulty: number;
  /** True when difficulty came from Coin Metrics' HashRate. */
  difficultyDerived: boolean;
  hashrateHs?: number;
  blocks: number;
  issuance?: number;
  fees?: number;
  feesPerBlock?: number;
  height?: number;
  source?: string;
  licence?: string;
}

type Rule = 'positive' | 'count' | 'nonNegative' | 'height';

/**
 * A decimal number as spreadsheets and Coin Metrics write it. Number() alone also takes 0x10,
 * 0b1 and 0o7, which no daily file means: a price written 0x10 would be read as 16 USD.
 */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export interface RowReader {
  format: DailyFormat;
  header: readonly string[];
  coin: Coin;
  file: string;
  problems: Problem[];
}

/** Column number (1-based) and name of a field, for a problem's position. */
export function columnOf(r: RowReader, field: DailyField): { col: number; path: string } {
  const index = r.format.columns[field] ?? -1;
  return { col: index + 1, path: index >= 0 ? r.header[index] : '' };
}

export function cellText(r: RowReader, row: CsvRow, field: DailyField): string | undefined {
  const index = r.format.columns[field];
  return index === undefined ? undefined : (row.cells[index] ?? '');
}

/**
 * A numeric cell: undefined when the format lacks the column or (when `optional`) the cell is
 * empty; null after reporting a problem.
 */
function readNumber(
  r: RowReader,
  row: CsvRow,
  field: DailyField,
  rule: Rule,
  optional: boolean,
): number | null | undefined {
  const text = cellText(r, row, field);
  if (text === undefined) return undefined;
  const report = (message: string) => {
    r.problems.push({ file: r.file, line: row.line, ...columnOf(r, field), message });
    return null;
  };
  if (text === '') return optional ? undefined : report(m.emptyCell());
  const value = DECIMAL.test(text) ? Number(text) : Number.NaN;
  // A number a double does not hold (1e-400 reads as 0, 1e400 as Infinity): refused as written.
  const range = DECIMAL.test(text) ? outOfRange(text, value) : null;
  if (range !== null) return report(m.notHeld(range === 'too-small', text));
  if (!Number.isFinite(value)) return report(m.notANumber(text));
  if (rule === 'positive' && !(value > 0)) return report(m.notPositive(text));
  if (rule === 'nonNegative' && !(value >= 0)) return report(m.negative(text));
  if (rule === 'count' && !(Number.isInteger(value) && value >= 1)) return report(m.notCount(text));
  if (rule === 'height' && !(Number.isInteger(value) && value >= 0)) return report(m.notHeight(text));
  return value;
}

/** Reads one dated row; null when a required value is missing or wrong (already reported). */
export function readDay(r: RowReader, row: CsvRow, n: number, date: string): ReadDay | null {
  const { format } = r;
  const lenient = format.id === 'coinmetrics';
  const priceUsd = readNumber(r, row, 'priceUsd', 'positive', false);
  const blocks = readNumber(r, row, 'blocks', 'count', false);
  // Coin Metrics rows may carry DiffMean, HashRate or both; either gives the difficulty.
  const difficulty = readNumber(r, row, 'difficulty', 'positive', lenient);
  const hashrate = readNumber(r, row, 'hashrate', 'positive', true);
  const issuance = readNumber(r, row, 'issuance', 'positive', lenient);
  const fees = readNumber(r, row, 'fees', 'nonNegative', false);
  const feesPerBlock = readNumber(r, row, 'feesPerBlock', 'nonNegative', false);
  const height = readNumber(r, row, 'height', 'height', true);
  if (lenient && difficulty === undefined && hashrate === undefined) {
    const at = columnOf(r, format.columns.difficulty !== undefined ? 'difficulty' : 'hashrate');
    r.problems.push({ file: r.file, line: row.line, ...at, message: m.noDifficulty() });
    return null;
  }
  const values = [priceUsd, blocks, difficulty, hashrate, issuance, fees, feesPerBlock, height];
  if (values.includes(null) || priceUsd == null || blocks == null) return null;
  const hashrateHs = hashrate == null ? undefined : hashrate * format.hashrateToHs;
  const outside = outOfBounds(r.coin, {
    priceUsd,
    blocks,
    difficulty: difficulty ?? undefined,
    hashrate: hashrate ?? undefined,
    hashrateToHs: format.hashrateToHs,
    issuance: issuance ?? undefined,
    fees: fees ?? undefined,
    feesPerBlock: feesPerBlock ?? undefined,
  });
  for (const { field, message } of outside)
    r.problems.push({ file: r.file, line: row.line, ...columnOf(r, field), message });
  if (outside.length > 0) return null;
  const derived = difficulty == null;
  return {
    line: row.line,
    n,
    date,
    priceUsd,
    difficulty: difficulty ?? difficultyFromHashrate(r.coin, hashrateHs as number, blocks),
    difficultyDerived: derived,
    hashrateHs,
    blocks,
    issuance: issuance ?? undefined,
    fees: fees ?? undefined,
    feesPerBlock: feesPerBlock ?? undefined,
    height: height ?? undefined,
    source: cellText(r, row, 'source') || undefined,
    licence: cellText(r, row, 'licence') || undefined,
  };
}
