// The market models a scenario gets when it names none: the calibration study's choice when the
// default was set (`minesim calibrate`, src/study/choose.ts), made on starts up to 2019 only and
// tested on the starts from 2020 (output/calibration/coverage.md). A run of the study whose rule
// picks another model says so and keeps this default: it changes when the rule's choice holds
// across seeds and every start this default runs can run under it (README, "How well calibrated
// are minesim's forecasts?": the price mixture the rule now picks cannot run before 2013). Partial calibration
// windows are allowed, so a start near either end of the history still runs (the assumptions
// table says how many days). A fixed price is no forecast, so it is never the default; a scenario
// that wants one says `price: { model: { type: fixed } }`.

/** The price model of a scenario that names none, in the scenario's written form. */
export const DEFAULT_PRICE_MODEL = { type: 'bootstrap', partial: 'allowed' } as const;
/** The network model of a scenario that names none, in the scenario's written form. */
export const DEFAULT_NETWORK_MODEL = { type: 'stochastic', calibrate: '1 year', partial: 'allowed' } as const;
/** The study's id and label of the pair (study/study-models.ts); a test keeps them in step with the models above. */
export const DEFAULT_STUDY_MODEL = 'bootstrap-stochastic';
export const DEFAULT_MODEL_LABEL = 'bootstrap price + stochastic network';

export type MarketFamily = 'price' | 'network';

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
