// minesim against published forecasts, for the calibration study's page (coverage.md) and its
// files: each published point forecast beside minesim's forecast from the same day (published.csv),
// and the published interval forecast, the 2012-13 weekly hashrate band, scored week by week
// against minesim's (published-band.csv). Pure: the scores in, text out.

import { calibrationMessages as m } from '../messages/calibration.js';
import { quantileIntervalRanks } from '../stats/quantile-interval.js';
import type { PublishedScore } from '../study/published.js';
import type { PublishedBandScore } from '../study/published-band.js';
import { formatPaths } from './format.js';
import { escapeMarkdown, markdownTableLines } from './table-render.js';
import { toCsv } from './tables.js';

const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');
const pctOf = (x: number) => `${Number((100 * x).toFixed(2))} %`;

/**
 * The sentence on the Monte Carlo error of the ends of a central band of `paths` independent paths
 * (the study draws no antithetic pairs), its low end the `low` quantile: where the 95 % interval of
 * that quantile runs, in shares of the paths (the high end's mirrors it).
 */
export function bandEndsError(paths: number, low: number): string {
  const ranks = quantileIntervalRanks(paths, low, false);
  const share = (rank: number) => `${((100 * rank) / paths).toFixed(2)} %`;
  let needed = 1;
  if (ranks === null) while (quantileIntervalRanks(needed, low, false) === null) needed++;
  return m.bandEndsError(
    formatPaths(paths),
    `${pctOf(low).replace(' %', '')}–${pctOf(1 - low)}`,
    pctOf(low),
    pctOf(1 - low),
    ranks === null ? null : { low: share(ranks[0]), high: share(ranks[1]) },
    formatPaths(needed),
  );
}

/** The paths of the forecasts of a table: one count, as the study draws every forecast alike. */
function pathsOf(counts: readonly number[]): number | null {
  const distinct = [...new Set(counts)];
  if (distinct.length > 1) throw new Error(`forecasts of ${distinct.join(', ')} paths in one table`);
  return distinct[0] ?? null;
}
const unitValue = (x: number | null) => (x === null ? '–' : x >= 100 ? x.toFixed(0) : x.toFixed(1));

/** The days a published forecast is about: its target, or the window of its mean; a target set from the outcome says so. */
export function publishedTarget(f: PublishedScore['forecast']): string {
  const days = f.meanFrom === null ? f.target : `mean ${f.meanFrom}..${f.target}`;
  return f.targetSet === 'after' ? `${days} (set from the outcome: no test)` : days;
}

export function publishedLines(published: readonly PublishedScore[]): string[] {
  const header = ['forecast', 'made', 'for', 'said', 'minesim median (5–95 %)', 'actual'];
  header.push('actual in minesim (PIT)', 'published in minesim (PIT)', 'minesim CRPS', 'published error');
  const rows = published.map((p) => [
    escapeMarkdown(`${p.forecast.publisher}: ${p.forecast.quantity}`),
    p.forecast.made,
    publishedTarget(p.forecast),
    // The published figure as published (47.75, not 47.8): its error is taken from it.
    `${p.forecast.value} ${p.forecast.unit}`,
    `${unitValue(p.minesim.p50)} (${unitValue(p.minesim.p5)}–${unitValue(p.minesim.p95)})`,
    unitValue(p.actual),
    f2(p.pitActual),
    f2(p.pitPublished),
    unitValue(p.crpsMinesim),
    unitValue(p.errorPublished),
  ]);
  const paths = pathsOf(published.map((p) => p.paths));
  return [
    ...markdownTableLines(header, (i) => (i < 3 ? 'left' : 'right'), rows),
    ...(paths === null ? [] : ['', bandEndsError(paths, 0.05)]),
  ];
}

const pct1 = (x: number | null) => (x === null ? '–' : `${x.toFixed(1)} %`);

export function publishedBandIntro(b: PublishedBandScore): string[] {
  return [
    `An interval forecast: ${b.band.publisher}, ±${(b.band.halfWidth * 100).toFixed(1)} % at ` +
      `${(b.band.level * 100).toFixed(0)} % one week ahead (${b.band.source}). At each weekly start ` +
      `(${b.band.firstStart} to ${b.band.lastStart}), from only the days before it, minesim's ` +
      `${(b.band.level * 100).toFixed(0)} % interval of the week's mean hashrate (2.5–97.5 % of its paths' 7-day means; ` +
      'half-width in % of its median) against the realised 7-day mean; the published band is read as centred on ' +
      'the last observed 7-day mean (the regression’s weekly points were not published with it). No band was ' +
      'published for four weeks (–). Week by week: published-band.csv.',
  ];
}

/** The interval forecast's table: minesim's 95 % interval and the published band, on the same weekly starts. */
export function publishedBandLines(b: PublishedBandScore): string[] {
  const header = ['interval forecast', 'weeks ahead', 'starts', 'weeks', 'minesim 95 % half-width (median)'];
  header.push('minesim coverage (95 %)', 'published half-width', 'published coverage (95 %)');
  const rows = b.rows.map((r) => [
    escapeMarkdown(`${b.band.publisher}: ${b.band.quantity}`),
    String(r.weeks),
    r.period,
    String(r.count),
    pct1(r.minesimMedianHalfWidthPct),
    coverageCell(r.minesimCoverage, r.minesimInterval),
    pct1(r.publishedHalfWidthPct),
    r.publishedCoverage === null || r.publishedInterval === null
      ? '–'
      : coverageCell(r.publishedCoverage, r.publishedInterval),
  ]);
  return [
    ...markdownTableLines(header, (i) => (i < 3 ? 'left' : 'right'), rows),
    '',
    bandEndsError(b.paths, (1 - b.band.level) / 2),
    m.bandCoverageError(),
  ];
}

/** A share of weekly forecasts with its 95 % interval under serial dependence (study/published-band.ts). */
function coverageCell(share: number, [low, high]: [number, number]): string {
  return `${f2(share)} (${f2(low)}–${f2(high)})`;
}

/** The interval forecast week by week: what each band said and where the week's mean hashrate fell (EH/s). */
export function publishedBandCsv(b: PublishedBandScore): string {
  const header = [
    'id',
    'model',
    'start',
    'weeks_ahead',
    'last_week_ehs',
    'realised_ehs',
    'published_low_ehs',
  ];
  header.push(
    'published_high_ehs',
    'published_inside',
    'minesim_p2_5_ehs',
    'minesim_p50_ehs',
    'minesim_p97_5_ehs',
  );
  header.push('minesim_inside', 'minesim_half_width_pct');
  const published = (w: PublishedBandScore['weeks'][number], sign: number) =>
    w.weeks * 7 === b.band.horizonDays ? w.lastWeekEhs * (1 + sign * b.band.halfWidth) : '';
  return toCsv(
    header,
    b.weeks.map((w) => [
      b.band.id,
      w.model,
      w.start,
      w.weeks,
      w.lastWeekEhs,
      w.realisedEhs,
      published(w, -1),
      published(w, 1),
      w.weeks * 7 === b.band.horizonDays ? Number(w.publishedInside) : '',
      w.minesimLowEhs,
      w.minesimMedianEhs,
      w.minesimHighEhs,
      Number(w.minesimInside),
      w.minesimHalfWidthPct,
    ]),
  );
}

export function publishedCsv(published: readonly PublishedScore[]): string {
  const header = [
    'id',
    'made',
    'target',
    'mean_from',
    'target_set',
    'quantity',
    'unit',
    'published',
    'model',
  ];
  header.push('actual', 'minesim_p5');
  header.push('minesim_p50', 'minesim_p95', 'pit_actual', 'pit_published', 'crps_minesim', 'error_published');
  return toCsv(
    header,
    published.map((p) => [
      p.forecast.id,
      p.forecast.made,
      p.forecast.target,
      p.forecast.meanFrom ?? '',
      p.forecast.targetSet,
      p.forecast.quantity,
      p.forecast.unit,
      p.forecast.value,
      p.model,
      p.actual,
      p.minesim.p5,
      p.minesim.p50,
      p.minesim.p95,
      p.pitActual,
      p.pitPublished,
      p.crpsMinesim,
      p.errorPublished,
    ]),
  );
}
