// minesim against a published interval forecast (data/published-forecasts.ts,
// PUBLISHED_HASHRATE_BAND): the weekly hashrate regression of 2012-13, ±15.1 % at 95 % one week
// ahead. At each weekly start, from only the days before it (walk-forward), minesim's 95 % interval
// of the week's mean hashrate (one and four weeks ahead) with the study's default model, against
// the realised 7-day mean: its width and its coverage, beside the published band's coverage on the
// same weeks. The band is read as centred on the last observed 7-day mean (the days before the
// start), as the regression's weekly points were not published with it.
import { addDays, daysBetween } from '../data/dates.js';
import { type History, loadHistory } from '../data/history.js';
import { PUBLISHED_HASHRATE_BAND, type PublishedBand } from '../data/published-forecasts.js';
import { quantileSorted } from '../stats/quantiles.js';
import { type SerialShare, serialShare } from '../stats/serial-share.js';
import type { DayWindow } from './forecast-task.js';
import { runsAt, type StudyModel } from './study-models.js';
import type { StudyPool } from './study-pool.js';

/** Weeks ahead scored: the published band's one week, and four (minesim alone: no band was published for it). */
export const BAND_WEEKS = [1, 4] as const;
const WEEK = 7;

/** One weekly start at one horizon. Hashrates in EH/s (7-day means). */
export interface BandWeek {
  /** The weekly start: the forecast knows only the days before it; the one-week target is its week. */
  start: string;
  /** The study model that forecast it (the default's early model before the default runs). */
  model: string;
  weeks: number;
  /** The mean hashrate of the 7 days before the start: the published band's centre. */
  lastWeekEhs: number;
  /** The realised mean hashrate of the target week (days start + 7 (weeks - 1) .. + 6). */
  realisedEhs: number;
  publishedInside: boolean;
  /** minesim's 2.5 %, 50 % and 97.5 % quantiles of the target week's mean hashrate. */
  minesimLowEhs: number;
  minesimMedianEhs: number;
  minesimHighEhs: number;
  minesimInside: boolean;
  /** Half the width of minesim's 95 % interval, in % of its median. */
  minesimHalfWidthPct: number;
}

/** A summary of the weeks of one horizon and period. */
export interface BandRow {
  weeks: number;
  period: string;
  count: number;
  minesimMedianHalfWidthPct: number;
  minesimCoverage: number;
  /**
   * The coverage's 95 % interval under serial dependence (stats/serial-share.ts): consecutive
   * weeks' hits are not independent (a model off in one regime misses week after week), and the
   * forecasts of `weeks` > 1 share all but one of their weeks with the next start's.
   */
  minesimInterval: [number, number];
  /** null where no band was published (four weeks ahead). */
  publishedHalfWidthPct: number | null;
  publishedCoverage: number | null;
  publishedInterval: [number, number] | null;
}

export interface PublishedBandScore {
  band: PublishedBand;
  model: string;
  /** The paths of each week's forecast (their 2.5 % and 97.5 % quantiles carry Monte Carlo error). */
  paths: number;
  weeks: BandWeek[];
  rows: BandRow[];
}

/** The weekly starts of the band's period. */
export function bandStarts(band: PublishedBand = PUBLISHED_HASHRATE_BAND): string[] {
  const n = Math.floor(daysBetween(band.firstStart, band.lastStart) / WEEK);
  return Array.from({ length: n + 1 }, (_, i) => addDays(band.firstStart, i * WEEK));
}

/** Mean hashrate in EH/s of the `days` days from `from` (history index). */
function meanEhs(history: History, from: number, days: number): number {
  let sum = 0;
  for (let d = from; d < from + days; d++) sum += history.hashrateHs[d];
  return sum / days / 1e18;
}

/** What the history says about one start: the last observed 7-day mean and the target week's. */
export function observedBandWeek(
  start: string,
  weeks: number,
  history: History = loadHistory('bitcoin'),
): { lastWeekEhs: number; realisedEhs: number } {
  const i = history.indexOf(start);
  const end = i + WEEK * weeks - 1;
  if (i < WEEK || end >= history.days)
    throw new Error(`the history does not cover the week before ${start} and ${weeks} week(s) after it`);
  return {
    lastWeekEhs: meanEhs(history, i - WEEK, WEEK),
    realisedEhs: meanEhs(history, end - WEEK + 1, WEEK),
  };
}

/**
 * The run behind the forecast made at `start`: it starts the day before (its start value and its
 * calibration window, which ends the day before its start, are all days before `start`), so the
 * target week of `weeks` is the run's days 7 (weeks - 1) + 1 .. 7 weeks.
 */
export function bandWindow(weeks: number): DayWindow {
  return { quantity: 'hashrate', fromDay: WEEK * (weeks - 1) + 1, toDay: WEEK * weeks };
}

/** The share of weekly hits in start order, with the forecasts of `weeks` ahead overlapping by design. */
const coverageOf = (xs: readonly boolean[], weeks: number): SerialShare => serialShare(xs, weeks);

function median(xs: readonly number[]): number {
  return quantileSorted(
    [...xs].sort((a, b) => a - b),
    0.5,
  );
}

/** The summary rows: per horizon, each year of the period and the whole. */
export function bandRows(
  weeks: readonly BandWeek[],
  band: PublishedBand = PUBLISHED_HASHRATE_BAND,
): BandRow[] {
  const years = [...new Set(weeks.map((w) => w.start.slice(0, 4)))].sort();
  const periods = [...years.map((y) => ({ period: y, holds: (w: BandWeek) => w.start.startsWith(y) }))];
  periods.push({ period: `${years[0]}-${years[years.length - 1].slice(2)}`, holds: () => true });
  return BAND_WEEKS.flatMap((n) =>
    periods.map(({ period, holds }) => {
      const sel = weeks
        .filter((w) => w.weeks === n && holds(w))
        .sort((a, b) => a.start.localeCompare(b.start));
      const published = n * WEEK === band.horizonDays;
      const minesim = coverageOf(
        sel.map((w) => w.minesimInside),
        n,
      );
      const theirs = published
        ? coverageOf(
            sel.map((w) => w.publishedInside),
            n,
          )
        : null;
      return {
        weeks: n,
        period,
        count: sel.length,
        minesimMedianHalfWidthPct: median(sel.map((w) => w.minesimHalfWidthPct)),
        minesimCoverage: minesim.share,
        minesimInterval: minesim.interval,
        publishedHalfWidthPct: published ? band.halfWidth * 100 : null,
        publishedCoverage: theirs === null ? null : theirs.share,
        publishedInterval: theirs === null ? null : theirs.interval,
      };
    }),
  );
}

/** Scores the published band and minesim's intervals on every weekly start of the band's period. */
export async function scorePublishedBand(
  pool: StudyPool,
  model: StudyModel,
  paths: number,
  seed: string,
  band: PublishedBand = PUBLISHED_HASHRATE_BAND,
  early?: StudyModel,
): Promise<PublishedBandScore> {
  const history = loadHistory('bitcoin');
  const starts = bandStarts(band);
  // Where `model` cannot run (a mixture before its first start), `early` forecasts, as a scenario
  // naming no model runs it (scenario/default-price.ts).
  const modelAt = (start: string) =>
    early !== undefined && !runsAt(model, 'bitcoin', start) ? early : model;
  const windows = BAND_WEEKS.map(bandWindow);
  const longest = windows[windows.length - 1].toDay;
  const samples = (await pool.runAll(
    starts.map((start) => ({
      kind: 'windows' as const,
      task: {
        coin: 'bitcoin' as const,
        start: addDays(start, -1),
        model: modelAt(addDays(start, -1)),
        horizons: [longest + 1],
        paths,
        seed,
      },
      windows,
    })),
  )) as Float64Array[][];
  const tail = (1 - band.level) / 2;
  const weeks = starts.flatMap((start, i) =>
    BAND_WEEKS.map((n, j): BandWeek => {
      const { lastWeekEhs, realisedEhs } = observedBandWeek(start, n, history);
      const sorted = Float64Array.from(samples[i][j], (v) => v / 1e18).sort();
      const low = quantileSorted(sorted, tail);
      const mid = quantileSorted(sorted, 0.5);
      const high = quantileSorted(sorted, 1 - tail);
      return {
        start,
        model: modelAt(addDays(start, -1)).id,
        weeks: n,
        lastWeekEhs,
        realisedEhs,
        publishedInside: Math.abs(realisedEhs / lastWeekEhs - 1) <= band.halfWidth,
        minesimLowEhs: low,
        minesimMedianEhs: mid,
        minesimHighEhs: high,
        minesimInside: low <= realisedEhs && realisedEhs <= high,
        minesimHalfWidthPct: ((high - low) / 2 / mid) * 100,
      };
    }),
  );
  return { band, model: model.id, paths, weeks, rows: bandRows(weeks, band) };
}
