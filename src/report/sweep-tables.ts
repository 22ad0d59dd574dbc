// A sweep's results as files and as the table printed on stdout.
//
//   sweep.csv      one row per grid point: each axis value, then the measures (full precision)
//   sweep.json     the same with the axes, the claims and the boundary; `version` field
//   charts/        <chart>.vl.json, .svg, .png (see charts/sweep.ts; with `finance`, also
//                  charts/sweep-books.ts)
//   manifest.json  how the sweep was made
//
// Assembly is pure; the command renders the charts and writes the folder atomically.

import { sweepMessages } from '../messages/sweep.js';
import { IRR_FLOOR } from '../model/finance/irr-bounds.js';
import {
  BOUNDARY,
  type BoundaryCrossing,
  claimBoundaries,
  claimShareAt,
  gridRows,
  type SweepPointResult,
  type SweepResult,
  withBooks,
} from '../study/sweep.js';
import type { MedianInterval, SweepBooks } from '../study/sweep-books.js';
import { axisUnit, formatAxisQuantity, type SweepAxis } from '../study/vary.js';
import type { ChartEntry } from './charts/index.js';
import { IRR_FLOOR_WHY, irrFormat, TOTAL_LOSS_WHY } from './coverage.js';
import { formatInteger, formatSignificant, formatUsd, NONE } from './format.js';
import type { Manifest } from './manifest.js';
import { medianCell, medianPaybackText, shareCell } from './point-figures.js';
import type { RenderedChart } from './render.js';
import { textTableLines } from './table-render.js';
import { toCsv } from './tables.js';
import { addChartFiles, formatJson } from './write.js';

export const SWEEP_VERSION = 1;

/** `power.price (USD/kWh)`: a column named by its key and the unit its values are in. */
function axisColumn(axis: SweepAxis): string {
  const unit = axisUnit(axis);
  return unit === null ? axis.key : `${axis.key} (${unit})`;
}

/** The books' columns of sweep.csv (scenario `finance`): estimates with their standard errors, medians. */
const BOOKS_CSV_COLUMNS = [
  'p_margin_call',
  'se_margin_call',
  'p_default',
  'se_default',
  'p_equity_no_payback',
  'se_equity_no_payback',
  'median_equity_npv_usd',
  'median_equity_npv_usd_low',
  'median_equity_npv_usd_high',
  'median_equity_irr',
  'median_equity_irr_bound',
  'median_equity_irr_low',
  'median_equity_irr_high',
  'median_after_tax_npv_usd',
  'median_after_tax_npv_usd_low',
  'median_after_tax_npv_usd_high',
  'median_hedge_net_usd',
  'median_hedge_net_usd_low',
  'median_hedge_net_usd_high',
];

/** A median's 95 % interval as two cells, low and high (empty where the run gives none). */
const intervalCells = (i: MedianInterval | undefined) => [i?.low ?? null, i?.high ?? null];

function booksCsvCells(b: SweepBooks): (number | string | null)[] {
  return [
    b.marginCall?.p ?? null,
    b.marginCall?.se ?? null,
    b.default?.p ?? null,
    b.default?.se ?? null,
    b.equityNoPayback.p,
    b.equityNoPayback.se,
    b.medianEquityNpvUsd,
    ...intervalCells(b.medianEquityNpvUsdInterval),
    b.medianEquityIrr,
    b.medianEquityIrrBound ?? '',
    ...intervalCells(b.medianEquityIrrInterval),
    b.medianAfterTaxNpvUsd,
    ...intervalCells(b.medianAfterTaxNpvUsdInterval),
    b.medianHedgeNetUsd,
    ...intervalCells(b.medianHedgeNetUsdInterval),
  ];
}

export function sweepCsv(result: SweepResult): string {
  const claims = result.points[0]?.claims.map((c) => c.text) ?? [];
  const books = result.points[0]?.books !== undefined;
  // Where some point's replay stopped at the end of the history: the day, empty for points that ran their horizon.
  const cut = result.points.some((p) => p.cutAt !== undefined);
  // Where some point's random network was held at the fleet: its paths and path-days so held, 0 at the others.
  const atFleet = result.points.some((p) => p.networkAtFleet !== undefined);
  const header = [
    ...result.axes.map(axisColumn),
    ...(cut ? ['cut_at'] : []),
    ...(atFleet ? ['network_at_fleet_paths', 'network_at_fleet_path_days'] : []),
    'p_payback_1y',
    'se_payback_1y',
    'p_payback_2y',
    'se_payback_2y',
    'p_no_payback',
    'se_no_payback',
    'median_payback_days',
    'median_payback_days_low',
    'median_payback_days_high',
    'median_npv_usd',
    'median_npv_usd_low',
    'median_npv_usd_high',
    ...(books ? BOOKS_CSV_COLUMNS : []),
    ...claims.flatMap((text) => [`share: ${text}`, `verdict: ${text}`]),
  ];
  const rows = result.points.map((p) => [
    ...p.values,
    ...(cut ? [p.cutAt ?? null] : []),
    ...(atFleet ? [p.networkAtFleet?.paths ?? 0, p.networkAtFleet?.days ?? 0] : []),
    p.paybackWithin1y.p,
    p.paybackWithin1y.se,
    p.paybackWithin2y.p,
    p.paybackWithin2y.se,
    p.noPayback.p,
    p.noPayback.se,
    p.medianPaybackDays,
    ...intervalCells(p.medianPaybackDaysInterval),
    p.medianNpvUsd,
    ...intervalCells(p.medianNpvUsdInterval),
    ...(books ? booksCsvCells(p.books!) : []),
    // A share the run does not know (claimShareAt: cut before the claim's payback time, or over
    // no path) is empty, not the 0 of the paths it was over; the verdict says what is known.
    ...p.claims.flatMap((c, i) => [Number.isNaN(claimShareAt(p, i)) ? null : c.share, c.verdict]),
  ]);
  return toCsv(header, rows);
}

/** sweep.json: every number of sweep.csv, keyed by axis, with what a reader needs to interpret it. */
export function sweepJson(result: SweepResult) {
  const keyed = (values: readonly number[]) =>
    Object.fromEntries(result.axes.map((axis, i) => [axis.key, values[i]]));
  return {
    version: SWEEP_VERSION,
    kind: 'sweep',
    scenario: result.scenario,
    // Whether the paths were drawn in antithetic pairs: the medians' intervals and the shares' errors
    // are then over the pairs, not the paths (stats/quantile-interval.ts).
    run: {
      paths: result.paths,
      seed: result.seed,
      points: result.points.length,
      commonRandomNumbers: true,
      antithetic: result.points.some((p) => p.antithetic === true),
    },
    axes: result.axes.map((axis) => ({
      key: axis.key,
      argument: axis.text,
      unit: axisUnit(axis),
      values: axis.values,
    })),
    boundary: {
      measure: BOUNDARY.measure,
      threshold: BOUNDARY.threshold,
      along: result.axes[0]?.key ?? null,
      crossings: result.boundary.map((c) => ({ ...keyed(c.values), ordinal: c.ordinal })),
    },
    // Each claim's own boundary: the 2-year line above is only `payback > 2 years`'s.
    claimBoundaries: claimBoundaries(result).map((b) => ({
      claim: b.text,
      threshold: b.threshold,
      along: result.axes[0]?.key ?? null,
      crossings: b.crossings.map((c) => ({ ...keyed(c.values), ordinal: c.ordinal })),
    })),
    points: result.points.map((p) => ({
      values: keyed(p.values),
      paybackWithin1y: p.paybackWithin1y,
      paybackWithin2y: p.paybackWithin2y,
      noPayback: p.noPayback,
      medianPaybackDays: p.medianPaybackDays,
      medianNpvUsd: p.medianNpvUsd,
      ...(p.medianPaybackDaysInterval === undefined
        ? {}
        : { medianPaybackDaysInterval: p.medianPaybackDaysInterval }),
      ...(p.medianNpvUsdInterval === undefined ? {} : { medianNpvUsdInterval: p.medianNpvUsdInterval }),
      ...withBooks(p.books),
      claims: p.claims,
      ...(p.cutAt === undefined ? {} : { cutAt: p.cutAt }),
      ...(p.networkAtFleet === undefined ? {} : { networkAtFleet: p.networkAtFleet }),
      ...(p.oneOutcome === undefined ? {} : { oneOutcome: true }),
    })),
  };
}

/** Every file of the sweep's folder, by path relative to it. */
export function sweepFiles(
  result: SweepResult,
  charts: readonly (ChartEntry & RenderedChart)[],
  manifest: Manifest,
): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  files.set('sweep.csv', sweepCsv(result));
  files.set('sweep.json', formatJson(sweepJson(result)));
  addChartFiles(files, charts);
  files.set('manifest.json', formatJson(manifest));
  return files;
}

const percent = (ratio: number | null) => (ratio === null ? NONE : `${formatSignificant(ratio * 100, 3)} %`);
const irrPercent = irrFormat(percent);

/** The books' columns of the printed table; the hedges' net only when the scenario has hedges. */
function booksTextHeader(hedged: boolean): string[] {
  return [
    'P(margin call)',
    'P(default)',
    'median equity NPV (95 % interval)',
    'median equity IRR (95 % interval)',
    ...(hedged ? ['median hedges net (95 % interval)'] : []),
  ];
}

function booksTextCells(b: SweepBooks, hedged: boolean, paths: number, p: SweepPointResult): string[] {
  const bound = b.medianEquityIrrBound === null ? '' : `${b.medianEquityIrrBound} `;
  const irr = irrPercent(b.medianEquityIrr);
  return [
    b.marginCall === null ? NONE : shareCell(b.marginCall, paths, p),
    b.default === null ? NONE : shareCell(b.default, paths, p),
    medianCell(formatUsd(b.medianEquityNpvUsd), b.medianEquityNpvUsdInterval, formatUsd, p),
    medianCell(/^[≤≥]/.test(irr) ? irr : `${bound}${irr}`, b.medianEquityIrrInterval, irrPercent, p),
    ...(hedged
      ? [medianCell(formatUsd(b.medianHedgeNetUsd), b.medianHedgeNetUsdInterval, formatUsd, p)]
      : []),
  ];
}

/**
 * The notes under the table on what a median equity IRR it prints means: IRR_FLOOR_WHY where some
 * point's median or interval end is ≤ -99.99 % (at the floor, or bounded by it), TOTAL_LOSS_WHY
 * where one is -100 %, as a run's tables say them; none otherwise.
 */
export function sweepIrrNotes(result: Pick<SweepResult, 'points'>): string[] {
  const figures = result.points.flatMap((p) => {
    const b = p.books;
    if (b === undefined) return [];
    return [
      b.medianEquityIrr,
      b.medianEquityIrrInterval?.low ?? null,
      b.medianEquityIrrInterval?.high ?? null,
    ];
  });
  const floor =
    figures.includes(IRR_FLOOR) || result.points.some((p) => p.books?.medianEquityIrrBound === '≤');
  return [...(floor ? [IRR_FLOOR_WHY] : []), ...(figures.includes(-1) ? [TOTAL_LOSS_WHY] : [])];
}

/** The compact table for stdout: a line per grid point, columns padded to their widest cell. */
export function sweepTextTable(result: SweepResult): string {
  const claims = result.points[0]?.claims.map((c) => c.text) ?? [];
  const books = result.points[0]?.books !== undefined;
  const hedged = books && result.points[0].books!.medianHedgeNetUsd !== null;
  const booksColumns = books ? booksTextHeader(hedged) : [];
  const header = [
    ...result.axes.map(axisColumn),
    'P(<=1y)',
    'P(<=2y)',
    'P(never)',
    'median payback (95 % interval)',
    'median NPV (95 % interval)',
    ...booksColumns,
    ...claims,
  ];
  const days = (v: number) => `${formatInteger(v)} d`;
  const rows = result.points.map((p) => [
    ...p.values.map(String),
    shareCell(p.paybackWithin1y, result.paths, p),
    shareCell(p.paybackWithin2y, result.paths, p, [BOUNDARY.threshold]),
    shareCell(p.noPayback, result.paths, p),
    medianCell(medianPaybackText(p.medianPaybackDays), p.medianPaybackDaysInterval, days, p),
    medianCell(formatUsd(p.medianNpvUsd), p.medianNpvUsdInterval, formatUsd, p),
    ...(books ? booksTextCells(p.books!, hedged, result.paths, p) : []),
    ...p.claims.map((c) => c.verdict),
  ]);
  // Axis values and verdicts read left to right; numbers line up on the right.
  const numbers = 5 + booksColumns.length;
  const numeric = (i: number) => i >= result.axes.length && i < result.axes.length + numbers;
  return textTableLines([header, ...rows], (i) => (numeric(i) ? 'right' : 'left')).join('\n');
}

/**
 * Where the boundary lies in each row of the grid: its crossings, or the side of it the row stays
 * on; then the same of each of the scenario's claims, against its own threshold.
 */
export function sweepBoundaryLines(result: SweepResult): string[] {
  const first = result.axes[0];
  if (!first) return [];
  const lines = rowLines(
    result,
    result.boundary,
    (p) => p[BOUNDARY.measure].p > BOUNDARY.threshold,
    (at, when, between) => sweepMessages.boundary(at, when, between),
    (above, when) => sweepMessages.noBoundary(first.key, above, when),
  );
  for (const [c, claim] of claimBoundaries(result).entries()) {
    const probability = Number(claim.threshold.slice(claim.threshold.indexOf(' ') + 1));
    const unknown = result.points.filter((p) => Number.isNaN(claimShareAt(p, c))).length;
    if (unknown > 0) {
      // Its share is not known at some points: no side to stay on, and no crossing beside them.
      lines.push(
        sweepMessages.claimUnknown(claim.text, unknown, result.points.length, first.key),
        ...claim.crossings.map((x) =>
          sweepMessages.claimBoundary(
            claim.text,
            probability,
            `${first.key} = ${formatAxisQuantity(first, Number(x.values[0].toPrecision(3)))}`,
            result.axes
              .slice(1)
              .map((axis, i) => `${axis.key} = ${formatAxisQuantity(axis, x.values[i + 1])}`)
              .join(', '),
          ),
        ),
      );
      continue;
    }
    lines.push(
      ...rowLines(
        result,
        claim.crossings,
        (p) => p.claims[c].share > probability,
        (at, when, between) => sweepMessages.claimBoundary(claim.text, probability, at, when, between),
        (above, when) => sweepMessages.claimNoBoundary(claim.text, probability, first.key, above, when),
      ),
    );
  }
  return lines;
}

/** A line per crossing of each row of the grid, or one saying which side the row stays on. */
function rowLines(
  result: SweepResult,
  boundary: readonly BoundaryCrossing[],
  above: (p: SweepPointResult) => boolean,
  crossing: (at: string, when: string, between: { low: string; high: string } | null) => string,
  none: (above: boolean, when: string) => string,
): string[] {
  const [first, ...others] = result.axes;
  const lines: string[] = [];
  for (const row of gridRows(result)) {
    const rest = row[0].values.slice(1);
    const when = others.map((axis, i) => `${axis.key} = ${formatAxisQuantity(axis, rest[i])}`).join(', ');
    const crossings = boundary.filter((c) => c.values.slice(1).every((v, i) => v === rest[i]));
    for (const c of crossings) {
      const at = c.values[0];
      // boundaryCrossings() keeps 6 digits: a crossing on a grid value is within them of it.
      const onGrid = first.values.some((v) => Math.abs(v - at) <= 1e-5 * Math.max(Math.abs(v), Math.abs(at)));
      const low = Math.max(...first.values.filter((v) => v < at));
      const high = Math.min(...first.values.filter((v) => v > at));
      lines.push(
        crossing(
          `${first.key} = ${formatAxisQuantity(first, Number(at.toPrecision(3)))}`,
          when,
          onGrid ? null : { low: formatAxisQuantity(first, low), high: formatAxisQuantity(first, high) },
        ),
      );
    }
    if (crossings.length === 0) lines.push(none(above(row[0]), when));
  }
  return lines;
}
