// The run's series as tidy CSV: one row per observation (date x metric x quantile, or path x date
// x metric), so pandas, R or a spreadsheet pivot reads them without reshaping. Values keep full
// precision (JavaScript's shortest round-trip form); an undefined value is an empty field.

import { SERIES } from '../engine/kernel/checkpoints.js';
import { backtestMessages } from '../messages/backtest.js';
import { outputMessages } from '../messages/output.js';
import { coinProtocol } from '../model/coins/index.js';
import { shareInterval } from '../stats/shares.js';
import { QUANTILE_KEYS, QUANTILES, type RunSummary } from '../stats/summary.js';
import type { TimelineIntervals } from '../stats/timeline-intervals.js';
import { lastPurchaseAfterCut } from './staged-fleet.js';

type Cell = string | number | null | undefined;

/** A number as a CSV cell holds it: `-12.5`, `+3`, `1e-7` (a cell minesim wrote as text from a number). */
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Text that Excel, LibreOffice and Google Sheets read as a formula (OWASP's CSV injection): it starts
 * with `=`, `+`, `-`, `@`, a tab or a carriage return. Such text is written after a single quote,
 * which the spreadsheet shows as text; a number (a negative one too) stays a number.
 */
function formulaSafe(text: string): string {
  // The first character by its code: a regular expression a cell cost the run's CSVs about 5 ms.
  const c = text.charCodeAt(0);
  const formula = c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13; // = + - @ \t \r
  return formula && !NUMBER_TEXT.test(text) ? `'${text}` : text;
}

/**
 * Quotes a field only when it must be (RFC 4180): it holds a comma, a quote or a line break; text a
 * spreadsheet would run as a formula is written as text (formulaSafe).
 */
function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = formulaSafe(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV document: header line, rows, '\n' line ends, a final newline. */
export function toCsv(header: readonly string[], rows: Iterable<readonly Cell[]>): string {
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) lines.push(row.map(csvField).join(','));
  return `${lines.join('\n')}\n`;
}

/**
 * The unit of each timeline metric's values, as timeline.csv states it: the hashprice is in the
 * coin's own unit (USD/PH/s/day for Bitcoin, USD/kH/s/day for Monero), which its name does not say,
 * and the difficulty counts hashes as the coin does (× 2³² hashes for Bitcoin).
 */
export function timelineUnits(summary: RunSummary): Record<(typeof SERIES)[number], string> {
  const protocol = coinProtocol(summary.scenario.coin);
  const ticker = protocol.ticker;
  return {
    netUsd: 'USD',
    // Flows over the days since the previous date (kernel/checkpoint-write.ts), beside the day's
    // own hashprice, price and difficulty.
    revenueUsdPerDay: outputMessages.timelineMeanUnit('USD/day'),
    powerCostUsdPerDay: outputMessages.timelineMeanUnit('USD/day'),
    hashpriceUsd: protocol.hashpriceUnit.name,
    priceUsd: `USD/${ticker}`,
    // What one unit of difficulty is worth in hashes, as the market chart's axis says.
    difficulty: protocol.difficultyHashes,
    shutdownShare: outputMessages.timelineMeanUnit('share of fleet capacity 0-1'),
    equityNetUsd: 'USD',
  };
}

/** The back-test's path, as paths.csv and timeline.csv name it. */
const ACTUAL_PATH = 'actual';

/**
 * timeline.csv: date,metric,quantile,value,unit,low,high with quantile as a probability (0.05 ...
 * 0.95) and `low`, `high` the value's 95 % interval (stats/timeline-intervals.ts: read from the
 * week's histogram, its ends bin edges; empty where too few paths give one); the metrics in the
 * order of the timeline's one layout (SERIES), named as in summary.json. A back-test's is its one
 * path, the history: date,metric,path,value,unit with path `actual` (as in paths.csv), one row a
 * week and metric, not seven equal quantiles of it; a Monte Carlo run of one path's likewise, with
 * path `0`, its sample path in paths.csv: one path has no interval to state.
 */
export function timelineCsv(summary: RunSummary, intervals?: TimelineIntervals | null): string {
  const { timeline } = summary;
  const units = timelineUnits(summary);
  const backtest = summary.kind === 'backtest';
  const onePath = backtest || summary.run.paths === 1;
  const pathName = backtest ? ACTUAL_PATH : '0';
  function* rows(): Generator<Cell[]> {
    for (let i = 0; i < timeline.dates.length; i++) {
      for (const metric of SERIES) {
        // The equity's series is there only when the scenario has financing or tax.
        const bands = timeline[metric];
        if (bands === undefined) continue;
        if (onePath) {
          yield [timeline.dates[i], metric, pathName, bands.p50[i], units[metric]];
          continue;
        }
        // Without the intervals (a summary read back, not run: they come from the histograms,
        // which summary.json does not hold), the columns are empty: no interval stated.
        const error = intervals?.[metric];
        for (let q = 0; q < QUANTILE_KEYS.length; q++) {
          const key = QUANTILE_KEYS[q];
          yield [
            timeline.dates[i],
            metric,
            QUANTILES[q],
            bands[key][i],
            units[metric],
            error?.low[key][i],
            error?.high[key][i],
          ];
        }
      }
    }
  }
  const header = onePath
    ? ['date', 'metric', 'path', 'value', 'unit']
    : ['date', 'metric', 'quantile', 'value', 'unit', 'low', 'high'];
  return toCsv(header, rows());
}

/**
 * payback.csv: paths paying back in each bin of days [day_from, day_to] (both inclusive), the
 * share paid back by day_to (`cdf`), that share's Monte Carlo standard error (`cdf_se`,
 * summary.json's payback.cdf se: as the P(...) of the headline, pairs and all) and its 95 %
 * interval (`cdf_low`, `cdf_high`: Wilson's, as the tables give a share's, stats/quantiles.ts
 * shareInterval: at a share of 0 or 1, whose standard error is 0, from the paths or pairs, so a
 * share of 0 is not read as certain); the three empty for one path, which has no error to state.
 * A last `never` row counts the paths with no payback in the horizon, `not by <date>` on a run cut
 * where the history ends (they may pay back after it), `not decidable by <date> (last purchase
 * <date> after it)` where a staged fleet's last purchase falls after that cut. Paths with nothing
 * at stake (never below zero: headline.nothingAtStake) count as paid back on day 0: day 0 then has
 * a row of its own (its share and error headline.nothingAtStake's), and the first bin starts on
 * day 1.
 */
export function paybackCsv(summary: RunSummary): string {
  const { binDays, counts, cdf, never } = summary.payback;
  const { days, cutAt } = summary.scenario;
  const { paths, antithetic } = summary.run;
  const unstaked = summary.headline.nothingAtStake;
  const atStart = unstaked === undefined ? 0 : Math.round(unstaked.p * paths);
  /** A share's standard error and 95 % interval; empty for one path (summary.json leaves `se` out). */
  const error = (p: number | undefined, se: number | undefined): Cell[] => {
    if (paths <= 1 || p === undefined || se === undefined) return ['', '', ''];
    const [low, high] = shareInterval({ p, se }, paths, antithetic);
    return [se, low, high];
  };
  const rows: Cell[][] = counts.flatMap((count, i) => {
    const from = i * binDays;
    const to = Math.min((i + 1) * binDays, days) - 1;
    return i > 0 || atStart === 0 || to === 0
      ? [[from, to, count, cdf[i]?.p, ...error(cdf[i]?.p, cdf[i]?.se)]]
      : [
          [0, 0, atStart, atStart / paths, ...error(unstaked?.p, unstaked?.se)],
          [1, to, count - atStart, cdf[i]?.p, ...error(cdf[i]?.p, cdf[i]?.se)],
        ];
  });
  // Cut before a staged fleet's last purchase, the paths not paid back are undecided, not unpaid.
  const after = lastPurchaseAfterCut(summary);
  const label =
    cutAt === undefined
      ? 'never'
      : after === null
        ? backtestMessages.noPaybackByCutRow(cutAt)
        : backtestMessages.undecidedByCutRow(cutAt, after.date);
  rows.push([label, '', never, '', '', '', '']);
  return toCsv(['day_from', 'day_to', 'count', 'cdf', 'cdf_se', 'cdf_low', 'cdf_high'], rows);
}

/**
 * paths.csv: path,date,metric,value for each sample path, and the back-test as path `actual`. A
 * back-test's one sample path is the history itself: written once, as `actual`.
 */
export function pathsCsv(summary: RunSummary): string {
  const { dates } = summary.timeline;
  const series = ['net', 'price', 'difficulty'] as const;
  const names = { net: 'netUsd', price: 'priceUsd', difficulty: 'difficulty' } as const;
  const samples = summary.kind === 'backtest' && summary.actual ? [] : summary.samplePaths;
  function* rows(): Generator<Cell[]> {
    for (const path of samples) {
      for (let i = 0; i < dates.length; i++) {
        for (const key of series) yield [path.index, dates[i], names[key], path[key][i]];
      }
    }
    const actual = summary.actual;
    if (actual) {
      for (let i = 0; i < actual.dates.length; i++) {
        yield [ACTUAL_PATH, actual.dates[i], 'netUsd', actual.netUsd[i]];
        yield [ACTUAL_PATH, actual.dates[i], 'priceUsd', actual.priceUsd[i]];
        yield [ACTUAL_PATH, actual.dates[i], 'difficulty', actual.difficulty[i]];
      }
    }
  }
  return toCsv(['path', 'date', 'metric', 'value'], rows());
}
