// The calibration study's tables: calibration.csv (one row per start x model x horizon, full
// precision), coverage.csv (one row per model x horizon) and coverage.md, which states the design,
// the coverage table and how to read it. Pure: rows in, text out.

import { QUANTILE_KEYS } from '../stats/summary.js';
import type { CalibrationRow, CoverageRow } from '../study/calibration.js';
import {
  availableMonth,
  FLEET_UNITS,
  RELEASE_LAG_MONTHS,
  REVENUE_DAYS_PER_UNIT_PRICE,
  STEP_MONTHS,
  STUDY_MODELS,
  standInMachine,
  TARIFF_USD_PER_KWH,
} from '../study/walk-forward.js';
import { escapeMarkdown, markdownTableLines } from './table-render.js';
import { toCsv } from './tables.js';

/** The label of a model id, for tables and charts. */
export function modelLabel(id: string): string {
  return STUDY_MODELS.find((m) => m.id === id)?.label ?? id;
}

/** 365 -> "1 year", 730 -> "2 years"; other horizons in days. */
export function horizonLabel(days: number): string {
  if (days === 365) return '1 year';
  if (days % 365 === 0) return `${days / 365} years`;
  return `${days} days`;
}

export function calibrationCsv(rows: readonly CalibrationRow[]): string {
  const header = [
    'start',
    'model',
    'horizon_days',
    'machine',
    'capex_usd',
    'realised_usd',
    ...QUANTILE_KEYS,
    'pit',
    'in50',
    'in90',
  ];
  return toCsv(
    header,
    rows.map((r) => [
      r.start,
      r.model,
      r.horizonDays,
      r.machine,
      r.capexUsd,
      r.realisedUsd,
      ...QUANTILE_KEYS.map((k) => r.quantiles[k]),
      r.pit,
      r.in50 ? 1 : 0,
      r.in90 ? 1 : 0,
    ]),
  );
}

export function coverageCsv(coverage: readonly CoverageRow[]): string {
  const header = ['model', 'horizon_days', 'starts', 'effective_starts'];
  for (const b of ['50', '90'])
    header.push(`in${b}_share`, `in${b}_low`, `in${b}_high`, `in${b}_low_overlap`, `in${b}_high_overlap`);
  header.push('mean_pit', 'ks_distance', 'ks_critical_5pct');
  return toCsv(
    header,
    coverage.map((c) => [
      c.model,
      c.horizonDays,
      c.starts,
      c.effectiveStarts,
      ...[c.band50, c.band90].flatMap((b) => [b.share, ...b.interval, ...b.intervalEffective]),
      c.meanPit,
      c.ks,
      c.ksCritical5,
    ]),
  );
}

const share = (x: number) => x.toFixed(2);
const interval = ([low, high]: [number, number]) => `${share(low)}–${share(high)}`;

/** "too narrow" / "too wide" when the 95 % interval excludes the nominal coverage; "!" when even the overlap-adjusted one does. */
function verdict(b: CoverageRow['band50']): string {
  const [low, high] = b.interval;
  const sure = b.intervalEffective[1] < b.nominal || b.intervalEffective[0] > b.nominal ? '!' : '';
  if (high < b.nominal) return ` (too narrow${sure})`;
  if (low > b.nominal) return ` (too wide${sure})`;
  return '';
}

export interface StudyRecord {
  paths: number;
  seed: string | number;
  firstStart: string;
  lastStart: string;
}

export function coverageMarkdown(coverage: readonly CoverageRow[], record: StudyRecord): string {
  const header = [
    'model',
    'horizon',
    'starts',
    'in 50 % band',
    '95 % interval',
    'overlap-adjusted',
    'in 90 % band',
    '95 % interval',
    'overlap-adjusted',
    'mean PIT',
    'KS distance',
    'KS 5 % critical',
  ];
  const rows = coverage.map((c) => [
    escapeMarkdown(modelLabel(c.model)),
    horizonLabel(c.horizonDays),
    String(c.starts),
    `${share(c.band50.share)}${verdict(c.band50)}`,
    interval(c.band50.interval),
    interval(c.band50.intervalEffective),
    `${share(c.band90.share)}${verdict(c.band90)}`,
    interval(c.band90.interval),
    interval(c.band90.intervalEffective),
    share(c.meanPit),
    c.ks.toFixed(3),
    c.ksCritical5.toFixed(3),
  ]);
  const standIn = standInMachine();
  const effective = [...new Map(coverage.map((c) => [c.horizonDays, c])).values()]
    .map((c) => `${c.effectiveStarts.toFixed(1)} at ${horizonLabel(c.horizonDays)}`)
    .join(', ');
  const table = markdownTableLines(header, (i) => (i < 2 ? 'left' : 'right'), rows);
  return `${[
    '# How well calibrated are minesim’s forecasts?',
    `A walk-forward study on Bitcoin. Every quarter from ${record.firstStart} to ${record.lastStart}, ` +
      `${FLEET_UNITS} units of the then-current machine are bought and run at ${TARIFF_USD_PER_KWH} USD/kWh, ` +
      'always on, coins sold daily. Each market model is calibrated only on history strictly before the start, ' +
      `and its Monte Carlo forecast (${record.paths} paths, seed ${record.seed}) of the cumulative net ` +
      'position after 1 and 2 years is compared with the back-test on the actual history.',
    [
      '- **Machine**: the most efficient Bitcoin ASIC in the catalog released at least ' +
        `${RELEASE_LAG_MONTHS} months before the start's month. Before ${availableMonth(standIn)} none ` +
        `qualifies and the earliest, the ${standIn.model} (released ${standIn.releaseMonth}), stands in: ` +
        'a hypothetical fleet, but forecast and outcome use the same one.',
      '- **Unit price**: the catalog launch price, or ' +
        `${REVENUE_DAYS_PER_UNIT_PRICE} days of the machine's revenue at the start day's hashprice. Capex is ` +
        'a constant taken off every path and off the outcome alike, so it moves no PIT.',
      '- **PIT**: the share of paths below the outcome (ties count half). A calibrated model gives PITs ' +
        'spread evenly over 0–1: mean 0.5, 50 % of outcomes inside the central 50 % band (25–75 % of paths), ' +
        '90 % inside the 90 % band (5–95 %).',
      '- **95 % interval**: Wilson, treating the starts as independent. They are not: windows starting ' +
        `${STEP_MONTHS} months apart share most of their history, so the overlap-adjusted interval counts only ` +
        `starts x ${STEP_MONTHS} months / horizon independent forecasts (${effective}). ` +
        'The same caution applies to the KS critical value.',
      '- "too narrow" / "too wide": the nominal coverage lies outside the 95 % interval; with "!", outside ' +
        'the overlap-adjusted one too.',
    ].join('\n'),
    ['## Coverage by model and horizon', '', ...table].join('\n'),
    'Files: calibration.csv (one row per start, model and horizon), coverage.csv (this table at full ' +
      'precision), charts/ (PIT histograms, coverage against the nominal levels, outcomes against the ' +
      'forecast bands), each as .vl.json, .svg and .png.',
  ].join('\n\n')}\n`;
}
