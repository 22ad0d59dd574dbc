// The figures a refusal offers for a price model given instead of calibrated (the default price
// that cannot run, or that runs past the history): the coin's own drift and volatility, read from
// its last year of shipped history and rounded, so that an example copied as-is is this coin's
// recent price, not one pair for every coin (network-example.ts does the same for the network).

import { addDays } from '../data/dates.js';
import type { History } from '../data/history.js';
import type { Coin } from '../model/coins/index.js';
import { calibrationWindow, estimateDiffusion, logReturns } from '../model/market/calibrate.js';

/** A price's drift and volatility (a year, as fractions, rounded) and the days they were read on. */
export interface PriceExample {
  coin: Coin;
  drift: number;
  volatility: number;
  from: string;
  to: string;
}

/** The step the figures are rounded to: 5 % a year, as the network's. */
const STEP = 0.05;
// -0 rounded reads "-0 %": written as 0.
const round = (x: number) => Math.round(x / STEP) * STEP + 0;

/** The drift and volatility of `coin`'s price over the last 365 days of its history `h`, rounded. */
export function priceExample(coin: Coin, h: History): PriceExample {
  const w = calibrationWindow(h, addDays(h.lastDate, 1), 365);
  const d = estimateDiffusion(logReturns(h.priceUsd, w));
  return { coin, drift: round(d.drift), volatility: round(d.volatility), from: w.firstDate, to: w.lastDate };
}
