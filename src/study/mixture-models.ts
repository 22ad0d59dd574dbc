// The mixtures the walk-forward study tests beside the single models: each weighted by score
// (`weights: by-score`, computed at each start from forecasts made as of earlier starts, history
// strictly before the start only), so the study measures the weighting rule itself, not weights
// chosen by looking at the study. Written as a user would write them; every component allows a
// partial window, as the single models' study entries do near the history's first day.
import type { StudyModel } from './study-models.js';

/** The block bootstrap of the study's single model (4 years before the start), as a window. */
const BOOTSTRAP = { type: 'bootstrap', window: '4 years', partial: 'allowed' } as const;

/**
 * The first starts: the first month at which every model of the mixture can be calibrated as of
 * its earliest scored start (2 years before): the endogenous fit needs 449 days of history, the
 * GARCH-t fit 181. test/study/mixture-models.test.ts checks that the scenario validates there
 * and not a month before.
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
    firstStart: { bitcoin: '2013-10-01', monero: '2017-08-01' },
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
    firstStart: { bitcoin: '2013-02-01', monero: '2016-12-01' },
    asWritten: true,
  },
];
