// The study's scores by group: per coin, split (tuning / held-out), quantity, model and horizon,
// the coverage of the 50 % and 90 % bands (calibration-stats.ts), the mean CRPS and interval
// scores, and the CRPS skill against each naive baseline of the same group.
import type { Coin } from '../model/coins/index.js';
import type { CalibrationRow, Split } from './calibration-row.js';
import { type CoverageStats, coverageStats } from './calibration-stats.js';
import type { Quantity } from './forecast-task.js';
import { BASELINE_MODELS } from './study-models.js';
import { STEP_MONTHS } from './walk-forward.js';

export interface ScoreRow extends CoverageStats {
  coin: Coin;
  split: Split;
  quantity: Quantity;
  model: string;
  horizonDays: number;
  /** Mean CRPS and interval scores, each forecast's divided by its scale (calibration-row.ts). */
  crps: number;
  is50: number;
  is90: number;
  /**
   * 1 - crps / the baseline's mean crps over the same starts, by baseline id: above 0 beats it.
   * Absent for a baseline not scored at every start of the group.
   */
  skill: Record<string, number>;
}

const mean = (xs: readonly number[]) =>
  xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN;

/** Distinct values in the order they first appear. */
const distinct = <T>(xs: readonly T[]) => [...new Set(xs)];

/** Every group's scores, in the order groups first appear (coins, splits, quantities, models, horizons). */
export function summarizeScores(rows: readonly CalibrationRow[], stepMonths = STEP_MONTHS): ScoreRow[] {
  const stepDays = (stepMonths * 365.25) / 12;
  const groups = new Map<string, CalibrationRow[]>();
  for (const r of rows) {
    const key = [r.coin, r.split, r.quantity, r.model, r.horizonDays].join('|');
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  // A baseline's mean CRPS over exactly the starts of `group`: a model that starts later than the
  // coin (a mixture) is compared on its own starts, not on the baseline's earlier, harder ones.
  // NaN when the baseline lacks one of them, so no skill is given rather than one on other starts.
  const baselineCrps = (group: readonly CalibrationRow[], model: string) => {
    const r = group[0];
    const byStart = new Map(
      (groups.get([r.coin, r.split, r.quantity, model, r.horizonDays].join('|')) ?? []).map((x) => [
        x.start,
        x.crps,
      ]),
    );
    const matched = group.map((x) => byStart.get(x.start));
    return matched.every((c) => c !== undefined) ? mean(matched as number[]) : Number.NaN;
  };
  const out: ScoreRow[] = [];
  for (const coin of distinct(rows.map((r) => r.coin)))
    for (const split of distinct(rows.map((r) => r.split)))
      for (const quantity of distinct(rows.map((r) => r.quantity)))
        for (const model of distinct(rows.map((r) => r.model)))
          for (const horizonDays of distinct(rows.map((r) => r.horizonDays))) {
            const group = groups.get([coin, split, quantity, model, horizonDays].join('|'));
            if (!group) continue;
            const crps = mean(group.map((r) => r.crps));
            const skill: Record<string, number> = {};
            for (const b of BASELINE_MODELS) {
              const baseline = baselineCrps(group, b.id);
              if (!Number.isNaN(baseline)) skill[b.id] = 1 - crps / baseline;
            }
            out.push({
              coin,
              split,
              quantity,
              model,
              horizonDays,
              // In start order: a band's interval reads the dependence of consecutive starts' hits.
              ...coverageStats(
                [...group].sort((a, b) => a.start.localeCompare(b.start)),
                stepDays,
                horizonDays,
              ),
              crps,
              is50: mean(group.map((r) => r.is50)),
              is90: mean(group.map((r) => r.is90)),
              skill,
            });
          }
  return out;
}

/** The group of `model` for a coin, split, quantity and horizon, or undefined. */
export function scoreOf(
  scores: readonly ScoreRow[],
  q: Pick<ScoreRow, 'coin' | 'split' | 'quantity' | 'model' | 'horizonDays'>,
): ScoreRow | undefined {
  return scores.find(
    (s) =>
      s.coin === q.coin &&
      s.split === q.split &&
      s.quantity === q.quantity &&
      s.model === q.model &&
      s.horizonDays === q.horizonDays,
  );
}
