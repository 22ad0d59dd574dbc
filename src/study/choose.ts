// The study's choice of the default market model, as a rule in code so that it is reproducible:
// on the tuning starts only (up to TUNING_LAST_START, every coin), among the tested models whose
// 90 % band holds 85-95 % of the net positions at 1 and at 2 years, the one with the lowest mean
// CRPS of the net position over those two horizons. When no model qualifies, the one whose 90 %
// coverage is nearest the band (largest miss over the two horizons smallest), then lowest CRPS.
import type { CalibrationRow } from './calibration-row.js';
import { STUDY_MODELS } from './study-models.js';

export const CHOICE_RULE = {
  quantity: 'net',
  horizonsDays: [365, 730],
  /** The 90 % band's coverage a model must reach on the tuning starts at every choice horizon. */
  band90: [0.85, 0.95],
} as const;

export interface Candidate {
  model: string;
  starts: number;
  /** 90 % band coverage at each of CHOICE_RULE.horizonsDays. */
  coverage90: number[];
  /** Mean CRPS (per unit of capex) over the choice horizons' forecasts. */
  crps: number;
  /** How far the coverage falls outside the band at its worst horizon (0 inside it). */
  miss: number;
}

export interface Choice {
  model: string;
  /** True when no candidate met the coverage condition and the nearest was taken. */
  fallback: boolean;
  candidates: Candidate[];
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Applies the rule to the study's rows (held-out rows are ignored here by construction). */
export function chooseDefaultModel(
  rows: readonly CalibrationRow[],
  models: readonly string[] = STUDY_MODELS.map((m) => m.id),
): Choice {
  const [low, high] = CHOICE_RULE.band90;
  const candidates = models
    .map((model): Candidate | null => {
      const own = rows.filter(
        (r) =>
          r.split === 'tuning' &&
          r.model === model &&
          r.quantity === CHOICE_RULE.quantity &&
          (CHOICE_RULE.horizonsDays as readonly number[]).includes(r.horizonDays),
      );
      if (own.length === 0) return null;
      const coverage90 = CHOICE_RULE.horizonsDays.map((h) => {
        const at = own.filter((r) => r.horizonDays === h);
        return at.filter((r) => r.in90).length / at.length;
      });
      const miss = Math.max(...coverage90.map((c) => Math.max(low - c, c - high, 0)));
      return { model, starts: own.length, coverage90, crps: mean(own.map((r) => r.crps)), miss };
    })
    .filter((c): c is Candidate => c !== null);
  if (candidates.length === 0) throw new Error('internal: the choice rule found no tuning rows');
  const eligible = candidates.filter((c) => c.miss === 0);
  const pool = eligible.length > 0 ? eligible : candidates;
  const best = [...pool].sort((a, b) => (eligible.length > 0 ? 0 : a.miss - b.miss) || a.crps - b.crps)[0];
  return { model: best.model, fallback: eligible.length === 0, candidates };
}
