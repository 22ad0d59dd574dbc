// Reads a hardware catalog file into machines, checking every cell and collecting every problem
// with its line and column. The shipped data/asic-models.csv and data/hardware-extra.csv and a
// user's catalog go through the same checks; a user catalog may use either layout.
import { catalogMessages as m } from '../messages/catalog.js';
import { scaleDecimal } from '../scenario/decimal-scale.js';
import { type CsvCell, readCsvText } from './csv.js';
import { type Confidence, HARDWARE_CLASSES, type HardwareModel } from './hardware-model.js';
import { closestNames, looseKey } from './similar.js';

/** Columns of data/asic-models.csv: Bitcoin ASICs, hashrate in TH/s. */
export const ASIC_COLUMNS = [
  'model',
  'manufacturer',
  'release_month',
  'release_note',
  'hashrate_ths',
  'power_w',
  'efficiency_j_per_th',
  'launch_price_usd',
  'price_note',
  'source',
  'confidence',
] as const;

/** Columns of data/hardware-extra.csv: any algorithm, hashrate in H/s. */
export const EXTRA_COLUMNS = [
  'model',
  'manufacturer',
  'release_month',
  'hashrate_hs',
  'power_w',
  'launch_price_usd',
  'hardware_class',
  'algorithm',
  'source',
  'confidence',
] as const;

export type CatalogLayout = 'asic-models' | 'hardware-extra';

export interface CatalogProblem {
  line: number;
  col: number;
  /** The column at fault, or '' when the problem is the whole line. */
  column: string;
  message: string;
  /** The cell as written, for "(got X)". */
  got?: string;
}

export interface CatalogRow {
  model: HardwareModel;
  line: number;
}

export interface ParsedCatalog {
  layout?: CatalogLayout;
  rows: CatalogRow[];
  problems: CatalogProblem[];
}

const PLAIN_NUMBER = /^\d+(\.\d+)?$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const TOKEN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Every machine of a catalog file, or every problem in it (rows with a problem are left out). */
export function parseHardwareCsv(text: string): ParsedCatalog {
  const { header, rows } = readCsvText(text);
  if (!header) return { rows: [], problems: [{ line: 1, col: 1, column: '', message: m.emptyFile() }] };
  const names = header.cells.map((c) => c.text.trim());
  const layout: CatalogLayout | undefined = names.includes('hashrate_ths')
    ? 'asic-models'
    : names.includes('hashrate_hs')
      ? 'hardware-extra'
      : undefined;
  const headerProblem = (message: string): ParsedCatalog => ({
    layout,
    rows: [],
    problems: [{ line: header.line, col: 1, column: '', message }],
  });
  if (!layout) return headerProblem(m.unknownHeader(ASIC_COLUMNS, EXTRA_COLUMNS));
  const expected: readonly string[] = layout === 'asic-models' ? ASIC_COLUMNS : EXTRA_COLUMNS;
  const missing = expected.filter((c) => !names.includes(c));
  const unknown = names.filter((c, i) => !expected.includes(c) || names.indexOf(c) !== i);
  if (missing.length > 0 || unknown.length > 0) return headerProblem(m.badColumns(layout, missing, unknown));
  if (rows.length === 0) return headerProblem(m.noMachines());

  const problems: CatalogProblem[] = [];
  const parsed: CatalogRow[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (row.cells.length !== names.length) {
      problems.push({
        line: row.line,
        col: 1,
        column: '',
        message: m.fieldCount(names.length, row.cells.length),
      });
      continue;
    }
    const before = problems.length;
    const cell = (column: string): CsvCell => row.cells[names.indexOf(column)];
    const value = (column: string) => cell(column).text.trim();
    const fail = (column: string, message: string) =>
      problems.push({ line: row.line, col: cell(column).col, column, message, got: cell(column).text });
    const required = (column: string) => {
      if (value(column) === '')
        problems.push({ line: row.line, col: cell(column).col, column, message: m.required() });
      return value(column);
    };
    const positive = (column: string, example: string, optional = false): number | undefined => {
      const v = value(column);
      if (optional && v === '') return undefined;
      if (!PLAIN_NUMBER.test(v) || !(Number(v) > 0)) {
        fail(column, m.notPositive(example));
        return undefined;
      }
      return Number(v);
    };
    const token = (column: string) => {
      if (!TOKEN.test(value(column))) fail(column, m.notToken());
      return value(column);
    };

    const model = required('model');
    const manufacturer = required('manufacturer');
    const releaseMonth = value('release_month');
    if (!MONTH.test(releaseMonth)) fail('release_month', m.notMonth());
    const hashrate =
      layout === 'asic-models' ? positive('hashrate_ths', '200') : positive('hashrate_hs', '5770');
    const powerW = positive('power_w', '3500');
    if (layout === 'asic-models' && value('efficiency_j_per_th') !== '') {
      const efficiency = positive('efficiency_j_per_th', '17.5');
      if (efficiency !== undefined && hashrate !== undefined && powerW !== undefined) {
        // The column is power / hashrate rounded to 0.1: allow that rounding and no more.
        const exact = powerW / hashrate;
        if (Math.abs(efficiency - exact) > 0.05 + 1e-9)
          fail('efficiency_j_per_th', m.efficiency(Math.round(exact * 10) / 10));
      }
    }
    const launchPriceUsd = positive('launch_price_usd', '2800', true);
    const hardwareClass = layout === 'asic-models' ? 'sha256' : token('hardware_class');
    // A class minesim does not know would be stranded by no change of proof of work: `sha265`
    // or `cryptonight-asci` would let a machine hash on past the fork that ends its class.
    if (layout === 'hardware-extra' && TOKEN.test(hardwareClass) && !HARDWARE_CLASSES.includes(hardwareClass))
      fail(
        'hardware_class',
        m.unknownClass(HARDWARE_CLASSES, closestNames(hardwareClass, HARDWARE_CLASSES, 1)[0]),
      );
    const algorithm = layout === 'asic-models' ? 'sha256' : token('algorithm');
    const source = required('source');
    const confidence = value('confidence');
    if (confidence !== 'high' && confidence !== 'medium' && confidence !== 'low')
      fail('confidence', m.notConfidence());
    if (model !== '') {
      const key = looseKey(model);
      const first = seen.get(key);
      if (first !== undefined) fail('model', m.duplicate(first));
      else seen.set(key, row.line);
    }
    if (problems.length > before || hashrate === undefined || powerW === undefined) continue;
    const machine: HardwareModel = {
      model,
      manufacturer,
      releaseMonth,
      // The decimal point moved: `1.07` TH/s is the 1.07e12 H/s a scenario's `1.07 TH/s` reads as, not 1.07 x 1e12.
      hashrateHs: layout === 'asic-models' ? scaleDecimal(value('hashrate_ths'), hashrate, 1e12) : hashrate,
      powerW,
      hardwareClass,
      algorithm,
      source,
      confidence: confidence as Confidence,
    };
    if (launchPriceUsd !== undefined) machine.launchPriceUsd = launchPriceUsd;
    parsed.push({ model: machine, line: row.line });
  }
  return { layout, rows: parsed, problems };
}
