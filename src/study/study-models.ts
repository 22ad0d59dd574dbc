// The market models the walk-forward study tests, and the naive baselines it scores them against.
// Each tested model comes from its record's `study` entry (calibrated only on history strictly
// before the start); the baselines are written here, as a user could write them.
import type { z } from 'zod';
import type { StudyEntry } from '../model/market/model.js';
import { networkModel } from '../model/market/network/registry.js';
import { priceModel } from '../model/market/price/registry.js';
import type { ScenarioInput } from '../scenario/schema/scenario.js';

export interface StudyModel {
  id: string;
  label: string;
  price: NonNullable<NonNullable<ScenarioInput['price']>['model']>;
  network: NonNullable<NonNullable<ScenarioInput['network']>['model']>;
  /** A naive point forecast the tested models are scored against (no bands, no choice). */
  baseline?: true;
}

/**
 * The pairs of price and network models under test. Each model's record says how the study writes
 * it (its `study` entry: calibrated only on history strictly before the start).
 */
const STUDY_PAIRS = [
  ['gbm', 'growth'],
  ['bootstrap', 'growth'],
  ['jump-diffusion', 'stochastic'],
  ['gbm', 'price-coupled'],
  // The best-calibrated price model of the first study with a network that moves at random too.
  ['bootstrap', 'stochastic'],
  // Volatility clustering with an honest drift, and a network that answers miners' margins.
  ['garch-t', 'growth'],
  ['garch-t', 'stochastic'],
  ['bootstrap', 'endogenous'],
  ['garch-t', 'endogenous'],
] as const;

/** A model's study entry; a pair naming a model without one is a bug in the list above. */
function studyEntry(record: { type: string; study?: StudyEntry<z.ZodType> }): StudyEntry<z.ZodType> {
  if (!record.study) throw new Error(`internal: the ${record.type} model has no study entry`);
  return record.study;
}

/** The market models under test, each calibrated only on history strictly before the start. */
export const STUDY_MODELS: readonly StudyModel[] = STUDY_PAIRS.map(([priceType, networkType]) => {
  const price = studyEntry(priceModel(priceType));
  const network = studyEntry(networkModel(networkType));
  // The entries' inputs are their own models' written forms, so they fit the scenario's.
  return {
    id: `${price.id}-${network.id}`,
    label: `${price.label} + ${network.label}`,
    price: price.input as StudyModel['price'],
    network: network.input as StudyModel['network'],
  };
});

/**
 * Naive baselines for skill scores: deterministic forecasts (every path the same but for fleet
 * failures), so their CRPS is about the absolute error of a point forecast.
 * - no change: the start day's price and hashrate held for the whole horizon;
 * - last year's growth: price and hashrate keep growing at the log rate of the year before the start.
 */
export const BASELINE_MODELS: readonly StudyModel[] = [
  {
    id: 'no-change',
    label: 'no change (baseline)',
    price: { type: 'fixed' },
    network: { type: 'growth', rate: '0 %' },
    baseline: true,
  },
  {
    id: 'last-year',
    label: "last year's growth (baseline)",
    price: { type: 'gbm', calibrate: '1 year', volatility: '0 %' },
    network: { type: 'growth', calibrate: '1 year' },
    baseline: true,
  },
];

/** Paths of a baseline forecast: enough to average the fleet's random failures, which are all that varies. */
export const BASELINE_PATHS = 32;

/** Every model of the study: the tested ones, then the baselines. */
export const ALL_STUDY_MODELS: readonly StudyModel[] = [...STUDY_MODELS, ...BASELINE_MODELS];

/** The label of a model id, for tables and charts. */
export function modelLabel(id: string): string {
  return ALL_STUDY_MODELS.find((m) => m.id === id)?.label ?? id;
}
