// The market models the walk-forward study tests, and the naive baselines it scores them against.
// Each tested model comes from its record's `study` entry (calibrated only on history strictly
// before the start); the baselines are written here, as a user could write them.
import type { z } from 'zod';
import type { Coin } from '../model/coins/index.js';
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
  /**
   * The first start per coin, when later than the coin's first start: a mixture weighted by score
   * re-runs its models as of starts up to 2 years earlier, and before these dates some of them
   * could not be calibrated there (MIXTURE_MODELS).
   */
  firstStart?: Partial<Record<Coin, string>>;
  /** Written in full for every start: no record's `study.atStart` rewrites it (mixtures). */
  asWritten?: true;
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

/** The pairs of single models under test, each calibrated only on history strictly before the start. */
const PAIR_MODELS: readonly StudyModel[] = STUDY_PAIRS.map(([priceType, networkType]) => {
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
 * The default pair's stochastic network read net of block luck (network/block-luck.ts): its
 * volatility the walk's own, without the Poisson luck of the blocks found a day; then also with
 * each path's growth rate drawn once around the drift, by the drift's own standard error. The
 * price is the default pair's bootstrap, as its study entry writes it, so the three differ by
 * their networks only.
 */
const bootstrapStudyPrice = () => studyEntry(priceModel('bootstrap')).input as StudyModel['price'];
export const NET_OF_LUCK_MODELS: readonly StudyModel[] = [
  {
    id: 'bootstrap-stochastic-net',
    label: 'bootstrap price + stochastic network net of block luck',
    price: bootstrapStudyPrice(),
    network: { type: 'stochastic', calibrate: '1 year', blockLuck: 'removed' },
  },
  {
    id: 'bootstrap-stochastic-se',
    label:
      "bootstrap price + stochastic network net of block luck, growth drawn per path by the drift's standard error",
    price: bootstrapStudyPrice(),
    network: { type: 'stochastic', calibrate: '1 year', blockLuck: 'removed', driftSpread: 'standard-error' },
  },
];

// The mixtures the study tests beside the single models: each weighted by score (`weights:
// by-score`, computed at each start from forecasts made as of earlier starts, history strictly
// before the start only), so the study measures the weighting rule itself, not weights chosen by
// looking at the study. Written as a user would write them; every component allows a partial
// window, as the single models' study entries do near the history's first day.

/** The block bootstrap of the study's single model (4 years before the start), as a window. */
const BOOTSTRAP = { type: 'bootstrap', window: '4 years', partial: 'allowed' } as const;

/**
 * The first starts: the first day at which every model of the mixture can be calibrated as of its
 * earliest scored start (2 years before): the endogenous fit needs 449 days of history, the
 * GARCH-t fit 181. The study's starts are the firsts of months, so a mixture's first study start
 * is the month after; a scenario naming no price model runs the price mixture from its first day
 * (scenario/default-price.ts), and the published forecasts are scored the same way.
 * test/study/mixture-models.test.ts checks that the scenario validates there and not a day before.
 */
export const MIXTURE_MODELS: readonly StudyModel[] = [
  {
    id: 'bootstrap-mixnet',
    label: 'bootstrap price + stochastic/endogenous network mixture by score',
    price: BOOTSTRAP,
    network: {
      type: 'mixture',
      weights: 'by-score',
      of: [
        { model: { type: 'stochastic', calibrate: '1 year', partial: 'allowed' } },
        { model: { type: 'endogenous', partial: 'allowed' } },
      ],
    },
    firstStart: { bitcoin: '2013-09-11', monero: '2017-07-14' },
    asWritten: true,
  },
  {
    id: 'mixprice-stochastic',
    label: 'bootstrap/GARCH-t price mixture by score + stochastic network',
    price: {
      type: 'mixture',
      weights: 'by-score',
      of: [{ model: BOOTSTRAP }, { model: { type: 'garch-t', calibrate: '2 years', partial: 'allowed' } }],
    },
    network: { type: 'stochastic', calibrate: '1 year' },
    firstStart: { bitcoin: '2013-01-14', monero: '2016-11-16' },
    asWritten: true,
  },
];

/** The market models under test: the pairs, the default's network net of block luck, then the mixtures weighted by score. */
export const STUDY_MODELS: readonly StudyModel[] = [...PAIR_MODELS, ...NET_OF_LUCK_MODELS, ...MIXTURE_MODELS];

/** True when the study runs `model` from `start` of `coin` (not before its first start). */
export const runsAt = (model: StudyModel, coin: Coin, start: string) =>
  start >= (model.firstStart?.[coin] ?? '');

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

/** True for a naive baseline's id: a point forecast, without bands to cover anything. */
export const isBaseline = (id: string) => BASELINE_MODELS.some((b) => b.id === id);

/** Paths of a baseline forecast: enough to average the fleet's random failures, which are all that varies. */
export const BASELINE_PATHS = 32;

/** Every model of the study: the tested ones, then the baselines. */
export const ALL_STUDY_MODELS: readonly StudyModel[] = [...STUDY_MODELS, ...BASELINE_MODELS];

/** The label of a model id, for tables and charts. */
export function modelLabel(id: string): string {
  return ALL_STUDY_MODELS.find((m) => m.id === id)?.label ?? id;
}
