// The published forecasts the calibration study scores minesim against (data/published-forecasts.csv):
// who said what, when, about which day, with the source of each row. A problem in the shipped file
// is a bug, so it throws.
import { readFileSync } from 'node:fs';
import { readCsvText } from './csv.js';
import { daysBetween } from './dates.js';
import { dataPath } from './paths.js';

export interface PublishedForecast {
  id: string;
  /** The day the forecast was made public (yyyy-mm-dd), the start of minesim's ex-ante forecast. */
  made: string;
  /** The day the forecast is about, or the last day of the window whose mean it is about. */
  target: string;
  /**
   * The first day of the window whose mean daily value the forecast is about (made <= meanFrom <
   * target), or null for the target day alone (hashrate: the 7-day mean ending on it).
   */
  meanFrom: string | null;
  /**
   * 'ahead': the target was fixed without the outcome (the forecast's own date, or its horizon as
   * published); 'after': it was chosen from the outcome (the day of a low), which favours the
   * forecast nearest that extreme, so the row is shown beside a fair one and is no test.
   */
  targetSet: 'ahead' | 'after';
  quantity: 'hashrate' | 'hashprice';
  /** The published figure, in `unit`. */
  value: number;
  unit: 'EH/s' | 'USD/PH/day';
  publisher: string;
  whatHappened: string;
  source: string;
  confidence: string;
}

const COLUMNS =
  'id,made,target,mean_from,target_set,quantity,value,unit,publisher,what_happened,source,confidence';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function loadPublishedForecasts(path = dataPath('published-forecasts.csv')): PublishedForecast[] {
  const { header, rows } = readCsvText(readFileSync(path, 'utf8'));
  if (header?.cells.map((c) => c.text).join(',') !== COLUMNS)
    throw new Error(`${path}: expected the columns ${COLUMNS}`);
  return rows.map((row) => {
    const [
      id,
      made,
      target,
      meanFrom,
      targetSet,
      quantity,
      value,
      unit,
      publisher,
      whatHappened,
      source,
      confidence,
    ] = row.cells.map((c) => c.text.trim());
    const ok =
      row.cells.length === 12 &&
      DATE.test(made) &&
      DATE.test(target) &&
      made < target &&
      // A hashrate is the 7-day mean ending on the target: its days must not begin before `made`.
      (quantity !== 'hashrate' || meanFrom !== '' || daysBetween(made, target) >= 6) &&
      (meanFrom === '' || (DATE.test(meanFrom) && made <= meanFrom && meanFrom < target)) &&
      (targetSet === 'ahead' || targetSet === 'after') &&
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
      meanFrom: meanFrom === '' ? null : meanFrom,
      targetSet,
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

/**
 * A published interval forecast, scored week by week: a band of ± `halfWidth` around the point
 * forecast, at `level`, `horizonDays` ahead, for every weekly start from `firstStart` to
 * `lastStart`. The regression's own weekly points were not published with the band; minesim reads
 * the point as the last observed 7-day mean hashrate (no change), the band's centre.
 */
export interface PublishedBand {
  id: string;
  publisher: string;
  quantity: 'hashrate';
  halfWidth: number;
  level: number;
  horizonDays: number;
  firstStart: string;
  lastStart: string;
  whatHappened: string;
  source: string;
  confidence: string;
}

export const PUBLISHED_HASHRATE_BAND: PublishedBand = {
  id: 'organofcorti-weekly-hashrate-2012-13',
  publisher: 'organofcorti (weekly hashrate regression)',
  quantity: 'hashrate',
  halfWidth: 0.151,
  level: 0.95,
  horizonDays: 7,
  // The Sundays of 2012 and 2013 (2012-01-01 was one).
  firstStart: '2012-01-01',
  lastStart: '2013-12-29',
  whatHappened: 'realised errors of 2-20 % at 1-4 weeks; the regression broke when ASICs arrived in 2013',
  source:
    "organofcorti's weekly network hashrate regression of 2012-13 (organofcorti.blogspot.com), as summarised in the project's domain notes",
  confidence: 'low',
};
