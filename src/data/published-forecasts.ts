// The published forecasts the calibration study scores minesim against (data/published-forecasts.csv):
// who said what, when, about which day, with the source of each row. A problem in the shipped file
// is a bug, so it throws.
import { readFileSync } from 'node:fs';
import { readCsvText } from './csv.js';
import { dataPath } from './paths.js';

export interface PublishedForecast {
  id: string;
  /** The day the forecast was made public (yyyy-mm-dd), the start of minesim's ex-ante forecast. */
  made: string;
  /** The day the forecast is about. */
  target: string;
  quantity: 'hashrate' | 'hashprice';
  /** The published figure, in `unit`. */
  value: number;
  unit: 'EH/s' | 'USD/PH/day';
  publisher: string;
  whatHappened: string;
  source: string;
  confidence: string;
}

const COLUMNS = 'id,made,target,quantity,value,unit,publisher,what_happened,source,confidence';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function loadPublishedForecasts(path = dataPath('published-forecasts.csv')): PublishedForecast[] {
  const { header, rows } = readCsvText(readFileSync(path, 'utf8'));
  if (header?.cells.map((c) => c.text).join(',') !== COLUMNS)
    throw new Error(`${path}: expected the columns ${COLUMNS}`);
  return rows.map((row) => {
    const [id, made, target, quantity, value, unit, publisher, whatHappened, source, confidence] =
      row.cells.map((c) => c.text.trim());
    const ok =
      row.cells.length === 10 &&
      DATE.test(made) &&
      DATE.test(target) &&
      made < target &&
      ((quantity === 'hashrate' && unit === 'EH/s') || (quantity === 'hashprice' && unit === 'USD/PH/day')) &&
      Number.isFinite(Number(value));
    if (!ok)
      throw new Error(
        `${path}:${row.line}: a published forecast needs ${COLUMNS} (got ${row.cells.length} cells)`,
      );
    return {
      id,
      made,
      target,
      quantity: quantity as PublishedForecast['quantity'],
      value: Number(value),
      unit: unit as PublishedForecast['unit'],
      publisher,
      whatHappened,
      source,
      confidence,
    };
  });
}
