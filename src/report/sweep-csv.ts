// sweep.csv: one row per grid point, each axis value, then the measures at full precision (with
// `finance`, the books' too), then each claim's share and verdict.

import type { MedianInterval, SweepBooks } from '../study/sweep-books.js';
import { claimShareAt } from '../study/sweep-crossings.js';
import type { SweepResult } from '../study/sweep-result.js';
import { axisColumn } from './sweep-axis-column.js';
import { toCsv } from './tables.js';

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
