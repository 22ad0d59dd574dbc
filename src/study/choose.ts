// The study's choice of the default market model, as a rule in code so that it is reproducible:
// on the tuning starts only (up to TUNING_LAST_START, every coin), among the tested models whose
// 90 % band holds 85-95 % of the net positions at 1 and at 2 years, the one with the lowest mean
// CRPS of the net position over those two horizons. When no model qualifies, the one whose 90 %
// coverage is nearest the band (largest miss over the two horizons smallest), then lowest CRPS.
// The CRPS is compared on the forecasts every model has: a mixture starts later than its coin, and
// the early starts it lacks are the hardest, so its mean over its own starts looked sharper than a
// single model's over all of them when on the same forecasts it was not.
import type { CalibrationRow } from './calibration-row.js';
import { runsAt, STUDY_MODELS } from './study-models.js';

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
  /** Mean CRPS over the forecasts every candidate has (Choice.shared): what the rule compares. */
  crpsShared: number;
  /** How far the coverage falls outside the band at its worst horizon (0 inside it). */
  miss: number;
}

export interface Choice {
  model: string;
  /** True when no candidate met the coverage condition and the nearest was taken. */
  fallback: boolean;
  /** The forecasts (coin, start and horizon) every candidate has, on which their CRPS is compared. */
  shared: number;
  candidates: Candidate[];
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const forecastKey = (r: CalibrationRow) => `${r.coin}|${r.start}|${r.horizonDays}`;

/** Applies the rule to the study's rows (held-out rows are ignored here by construction). */
export function chooseDefaultModel(
  rows: readonly CalibrationRow[],
  models: readonly string[] = STUDY_MODELS.map((m) => m.id),
): Choice {
  const [low, high] = CHOICE_RULE.band90;
  const owned = models
    .map((model) => ({
      model,
      own: rows.filter(
        (r) =>
          r.split === 'tuning' &&
          r.model === model &&
          r.quantity === CHOICE_RULE.quantity &&
          (CHOICE_RULE.horizonsDays as readonly number[]).includes(r.horizonDays),
      ),
    }))
    .filter(({ own }) => own.length > 0);
  if (owned.length === 0) throw new Error('internal: the choice rule found no tuning rows');
  const keySets = owned.map(({ own }) => new Set(own.map(forecastKey)));
  const shared = new Set([...keySets[0]].filter((k) => keySets.every((s) => s.has(k))));
  const candidates = owned.map(({ model, own }): Candidate => {
    const coverage90 = CHOICE_RULE.horizonsDays.map((h) => {
      const at = own.filter((r) => r.horizonDays === h);
      return at.length > 0 ? at.filter((r) => r.in90).length / at.length : Number.NaN;
    });
    // A model without forecasts at a choice horizon cannot meet the condition: it ranks last.
    const miss = coverage90.some(Number.isNaN)
      ? Number.POSITIVE_INFINITY
      : Math.max(...coverage90.map((c) => Math.max(low - c, c - high, 0)));
    const common = own.filter((r) => shared.has(forecastKey(r))).map((r) => r.crps);
    return {
      model,
      starts: own.length,
      coverage90,
      crps: mean(own.map((r) => r.crps)),
      crpsShared: common.length > 0 ? mean(common) : Number.NaN,
      miss,
    };
  });
  if (shared.size === 0) throw new Error('internal: the tested models share no tuning forecast to compare');
  const eligible = candidates.filter((c) => c.miss === 0);
  const pool = eligible.length > 0 ? eligible : candidates;
  const best = [...pool].sort(
    (a, b) => (eligible.length > 0 || a.miss === b.miss ? 0 : a.miss - b.miss) || a.crpsShared - b.crpsShared,
  )[0];
  return { model: best.model, fallback: eligible.length === 0, shared: shared.size, candidates };
}

/** The default as shipped, scored on the tuning forecasts at the choice horizons. */
export interface ShippedScores {
  forecasts: number;
  /** 90 % band coverage at each of CHOICE_RULE.horizonsDays. */
  coverage90: number[];
  crps: number;
}

/**
 * The default minesim ships, scored on every tuning start: the study's forecast of `shipped` where
 * it runs (a mixture weighted by score, from its first start: study-models.ts runsAt), of `early`
 * before it, as a scenario naming no model runs them (scenario/default-price.ts). Its forecasts
 * are those models' own, so no forecast is run twice. Null when the rows have neither model's.
 */
export function shippedDefaultScores(
  rows: readonly CalibrationRow[],
  shipped: string,
  early: string,
): ShippedScores | null {
  const model = STUDY_MODELS.find((m) => m.id === shipped);
  if (model === undefined) throw new Error(`internal: the shipped default ${shipped} is not a tested model`);
  const own = rows.filter(
    (r) =>
      r.split === 'tuning' &&
      r.quantity === CHOICE_RULE.quantity &&
      (CHOICE_RULE.horizonsDays as readonly number[]).includes(r.horizonDays) &&
      r.model === (runsAt(model, r.coin, r.start) ? shipped : early),
  );
  // A study of other models (a test's) has none.
  if (own.length === 0) return null;
  return {
    forecasts: own.length,
    coverage90: CHOICE_RULE.horizonsDays.map((h) => {
      const at = own.filter((r) => r.horizonDays === h);
      return at.length > 0 ? at.filter((r) => r.in90).length / at.length : Number.NaN;
    }),
    crps: mean(own.map((r) => r.crps)),
  };
}
