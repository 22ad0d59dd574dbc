// The market models a scenario gets when it names none: the calibration study's choice (`minesim
// calibrate`, src/study/choose.ts), made on starts up to 2019 only and tested on the starts from
// 2020 (output/calibration/coverage.md). The rule picks the mixture of the block bootstrap and the
// GARCH-t price weighted by score, with the stochastic network. A mixture weighted by score runs
// each of its models as of starts up to 2 years before the scenario's, so it cannot run on a start
// too early in the history (before 2013-01-14 for Bitcoin, 2016-11-16 for Monero on the shipped
// history), nor beside a network mixture weighted by score (whose forecasts a scored price cannot drive),
// nor on a start so far past the history that its GARCH-t has too few days to calibrate on:
// there the price is the study's choice among the models that run on every start, the block
// bootstrap (scenario/default-price.ts decides, and the assumptions table says which and why).
// Partial calibration windows are allowed, so a start near either end of the history still runs
// (the assumptions table says how many days). A fixed price is no forecast, so it is never the
// default; a scenario that wants one says `price: { model: { type: fixed } }`.

/** The price model of a scenario that names none, in the scenario's written form. */
export const DEFAULT_PRICE_MODEL = {
  type: 'mixture',
  weights: 'by-score',
  of: [
    { model: { type: 'bootstrap', window: '4 years', partial: 'allowed' } },
    { model: { type: 'garch-t', calibrate: '2 years', partial: 'allowed' } },
  ],
} as const;
/** The price model of a scenario that names none where DEFAULT_PRICE_MODEL cannot run. */
export const EARLY_PRICE_MODEL = { type: 'bootstrap', partial: 'allowed' } as const;
/** The network model of a scenario that names none, in the scenario's written form. */
export const DEFAULT_NETWORK_MODEL = { type: 'stochastic', calibrate: '1 year', partial: 'allowed' } as const;
/**
 * The study's ids and labels of the pairs (study/study-models.ts); a test keeps them in step with
 * the models above. The study scores the default as shipped: the first pair where it runs, the
 * second before (study/choose.ts, shippedDefaultScores).
 */
export const DEFAULT_STUDY_MODEL = 'mixprice-stochastic';
export const DEFAULT_MODEL_LABEL = 'bootstrap/GARCH-t price mixture by score + stochastic network';
export const EARLY_STUDY_MODEL = 'bootstrap-stochastic';
export const EARLY_MODEL_LABEL = 'bootstrap price + stochastic network';
/** Each family's default alone, for a scenario that names the other's model. */
export const DEFAULT_PRICE_LABEL = 'bootstrap/GARCH-t price mixture by score';
export const EARLY_PRICE_LABEL = 'bootstrap price';
export const DEFAULT_NETWORK_LABEL = 'stochastic network, calibrated on 1 year';

export type MarketFamily = 'price' | 'network';

/** Why a scenario naming no price model runs the bootstrap instead of the mixture. */
export type EarlyPrice =
  /** The start is too early in the history; `from` is the first start the mixture runs on, if any. */
  (
    | { reason: 'early'; from: string | null }
    /** A network mixture weighted by score is driven by the price, which cannot be scored too. */
    | { reason: 'scored-network' }
    /**
     * The mixture's GARCH-t cannot calibrate on the 2 years before the start: a start so far past the
     * history's last day (`last`) that too few of them are history, or imported days whose price
     * never moves; the bootstrap's 4 years can.
     */
    | { reason: 'window'; last: string }
  ) & {
    /**
     * On a start past the history's end, the window the bootstrap resamples instead of the 4 years
     * before the start: the 4 years to the history's last day (`to`), `daysBefore` days before it; `fourYears`
     * false where the history holds fewer (then all of it, `days` days).
     */
    pastEnd?: { from: string; to: string; days: number; fourYears: boolean; daysBefore: number };
  };

/** The families whose model the written scenario leaves out (so the defaults above apply). */
export function defaultedFamilies(written: unknown): MarketFamily[] {
  const at = (family: MarketFamily) => {
    const section = (written as Record<string, unknown> | null)?.[family];
    return (
      section === null ||
      typeof section !== 'object' ||
      (section as Record<string, unknown>).model === undefined
    );
  };
  return (['price', 'network'] as const).filter(at);
}

/**
 * The model a defaulted family runs, in the scenario's written form: what a parameter of it is
 * written with (`minesim sensitivity`, the explorer), since the parameter alone is a model without
 * a type. The price is the bootstrap where the mixture cannot run (`early` set).
 */
export function defaultModelAsWritten(family: MarketFamily, early: EarlyPrice | undefined) {
  if (family === 'network') return DEFAULT_NETWORK_MODEL;
  if (early?.pastEnd !== undefined)
    return { ...EARLY_PRICE_MODEL, from: early.pastEnd.from, to: early.pastEnd.to };
  return early === undefined ? DEFAULT_PRICE_MODEL : EARLY_PRICE_MODEL;
}
