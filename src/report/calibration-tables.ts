// The calibration study's CSV tables: calibration.csv (one row per coin x start x model x horizon
// x quantity, full precision) and scores.csv (one row per coin x split x quantity x model x
// horizon). Pure: rows in, text out. The reader's page is calibration-markdown.ts.

import { QUANTILE_KEYS } from '../stats/summary.js';
import type { CalibrationRow } from '../study/calibration-row.js';
import { BASELINE_MODELS, modelLabel } from '../study/study-models.js';
import type { ScoreRow } from '../study/study-scores.js';
import { toCsv } from './tables.js';

export { modelLabel };

/**
 * 365 -> "1 year"; every other horizon in days. Each reads back in minesim as the days the study ran
 * (a horizon is whole days, rounded): a year is 365.25 days, so `1 year` is 365 but `2 years` 731,
 * and the study's 730-day horizon is "730 days", not "2 years".
 */
export function horizonLabel(days: number): string {
  if (days === 365) return '1 year';
  return `${days} days`;
}

export function calibrationCsv(rows: readonly CalibrationRow[]): string {
  const header = [
    'coin',
    'start',
    'split',
    'model',
    'horizon_days',
    'quantity',
    'machine',
    'capex_usd',
    'scale',
    'realised',
    ...QUANTILE_KEYS,
    'pit',
    'in50',
    'in90',
    'crps_scaled',
    'interval50_scaled',
    'interval90_scaled',
  ];
  return toCsv(
    header,
    rows.map((r) => [
      r.coin,
      r.start,
      r.split,
      r.model,
      r.horizonDays,
      r.quantity,
      r.machine,
      r.capexUsd,
      r.scale,
      r.realised,
      ...QUANTILE_KEYS.map((k) => r.quantiles[k]),
      r.pit,
      r.in50 ? 1 : 0,
      r.in90 ? 1 : 0,
      r.crps,
      r.is50,
      r.is90,
    ]),
  );
}

export function scoresCsv(scores: readonly ScoreRow[]): string {
  const header = ['coin', 'split', 'quantity', 'model', 'horizon_days', 'starts', 'effective_starts'];
  for (const b of ['50', '90'])
    header.push(
      `in${b}_share`,
      `in${b}_low`,
      `in${b}_high`,
      `in${b}_low_serial`,
      `in${b}_high_serial`,
      `in${b}_effective`,
    );
  header.push(
    'mean_pit',
    'ks_distance',
    'ks_critical_5pct',
    'ks_effective',
    'ks_critical_5pct_serial',
    'crps_scaled',
  );
  header.push('interval50_scaled');
  header.push('interval90_scaled', ...BASELINE_MODELS.map((b) => `crps_skill_vs_${b.id}`));
  return toCsv(
    header,
    scores.map((c) => [
      c.coin,
      c.split,
      c.quantity,
      c.model,
      c.horizonDays,
      c.starts,
      c.effectiveStarts,
      ...[c.band50, c.band90].flatMap((b) => [b.share, ...b.interval, ...b.intervalEffective, b.effective]),
      c.meanPit,
      c.ks,
      c.ksCritical5,
      c.ksEffective,
      c.ksCritical5Effective,
      c.crps,
      c.is50,
      c.is90,
      ...BASELINE_MODELS.map((b) => c.skill[b.id] ?? null),
    ]),
  );
}
