// The figures a refusal offers for a network model given instead of calibrated (the default network
// that cannot run): the coin's own, read from its last year of shipped history of one unit of hash
// and rounded, so that an example copied as-is is this coin's recent hashrate, not another's.

import { addDays } from '../data/dates.js';
import type { History } from '../data/history.js';
import type { Coin } from '../model/coins/index.js';
import { coinProtocol } from '../model/coins/index.js';
import { calibrationWindow, estimateDiffusion, smoothedLogReturns } from '../model/market/calibrate.js';
import { hashUnitChangeWithin } from './machine-algorithm.js';

/** A network's drift and volatility (a year, as fractions, rounded) and the days they were read on. */
export interface NetworkExample {
  coin: Coin;
  drift: number;
  volatility: number;
  from: string;
  to: string;
  /** The change of proof of work the year ends before, where one lies in the history's last year. */
  before?: string;
}

/** The step the figures are rounded to: 5 % a year. */
const STEP = 0.05;
const round = (x: number) => Math.round(x / STEP) * STEP;

/**
 * The last 365 days of `h` of one unit of hash: the year to the history's last day, or, where a
 * change of proof of work to another family lies in it, the year to the day before that change.
 */
export function networkExample(coin: Coin, h: History): NetworkExample {
  const protocol = coinProtocol(coin);
  let end = addDays(h.lastDate, 1);
  let before: string | undefined;
  for (;;) {
    const w = calibrationWindow(h, end, 365);
    const change = hashUnitChangeWithin(protocol, addDays(w.firstDate, 1), w.lastDate);
    if (change === undefined || change.date <= h.firstDate) {
      const d = estimateDiffusion(smoothedLogReturns(h.hashrateHs, w));
      // -0 rounded reads "-0 %": written as 0.
      return {
        coin,
        drift: round(d.drift) + 0,
        volatility: round(d.volatility) + 0,
        from: w.firstDate,
        to: w.lastDate,
        ...(before === undefined ? {} : { before }),
      };
    }
    end = change.date;
    before = `${change.name} (${change.date})`;
  }
}
