// Price-coupled network hashrate: miners chase revenue per hash. The equilibrium hashrate moves
// with price x (subsidy + fees) per block (to the power `elasticity`), the revenue per hash the
// kernel's hashprice counts (network-day.ts), and with the efficiency of new hardware; the network
// closes the gap to it at rate 1/lag a day, plus noise. The start hashrate is taken as the
// equilibrium of the start price and the revenue per block at the fee model's start level (a
// spike the path draws on its first day does not move the anchor); replayed fees are anchored on
// the history's mean fees per block over the 90 days before the start, not on the start day alone
// (2024-04-20, the halving day, paid 9.28 BTC of fees a block, 25 times the 90 days' 0.363).
import { z } from 'zod';
import type { History } from '../../../data/history.js';
import type { Rng } from '../../../engine/random/rng.js';
import { counted } from '../../../messages/shown.js';
import { LIMITS } from '../../../scenario/schema/limits.js';
import { quantity } from '../../../scenario/schema/quantity.js';
import { DAYS_PER_YEAR } from '../../calendar.js';
import { coinProtocol } from '../../coins/index.js';
import { copyScratch, expInScratch, expScratch } from '../../wasm/exp-simd.js';
import { calibrationWindow } from '../calibrate.js';
import { DEFAULT_FEE_DAYS } from '../fees/fee-level.js';
import { type MarketModel, type MarketScenario, pct } from '../model.js';
import { volatility } from '../schema-parts.js';

export interface CoupledNetworkPlan {
  type: 'price-coupled';
  startHs: number;
  volPerSqrtDay: number;
  elasticity: number;
  lagDays: number;
  efficiencyLogPerDay: number;
  /** Fees a block the start hashrate is taken to be in balance with, coins (coupledAnchorFees). */
  startFeesPerBlock: number;
}

const schema = z.strictObject({
  type: z.literal('price-coupled').meta({
    description:
      "Hashrate follows the mining margin: miners join when revenue per hash (the previous day's price x the subsidy plus fees a block) rises and leave when it falls, with a lag, while new hardware grows more efficient. The start hashrate is taken to be in balance with the start price and the fee model's start level (replayed fees: the mean fees a block of the 90 days before the start). Kept for existing scenarios: its parameters are not fitted and the walk-forward study found its bands far too narrow; `endogenous` is the recommended stochastic network.",
  }),
  elasticity: z
    .number()
    .min(0)
    .max(10)
    .default(1)
    .meta({ description: 'Long-run % change in hashrate per % change in revenue per hash.' }),
  lag: quantity('duration', {
    description: 'How long the network takes to respond (time constant).',
    min: 1,
    max: LIMITS.durationDays,
    shownMin: '1 day',
    shownMax: LIMITS.shownDuration,
  }).prefault('120 days'),
  efficiencyGain: quantity('rate-per-year', {
    description:
      'Yearly fall in the energy per hash of new hardware, which lets hashrate grow at a constant margin; a fall per month compounds.',
    perYear: 'share',
    min: 0,
    max: 0.9,
    shownMin: '0 %',
    shownMax: '90 %',
  }).prefault('20 %'),
  volatility: volatility().prefault('20 %'),
});

export const priceCoupledNetwork: MarketModel<typeof schema, CoupledNetworkPlan> = {
  type: 'price-coupled',
  schema,
  resolve(m, { s, history, plan }, out) {
    const anchor = coupledAnchorFees(s, history, plan.start.feesPerBlock);
    const startFeesPerBlock = anchor.perBlock;
    if (!(startFeesPerBlock >= 0))
      throw new Error(
        `internal: a price-coupled network without the start's fee level (got ${startFeesPerBlock})`,
      );
    out.push({
      label: 'Network model',
      value: `price-coupled: elasticity ${m.elasticity}, lag ${counted(Math.round(m.lag), 'day')}, hardware efficiency +${pct(m.efficiencyGain)} a year`,
      ...(anchor.note === undefined ? {} : { note: anchor.note }),
    });
    return {
      type: 'price-coupled',
      startHs: plan.initial.networkHashrateHs,
      volPerSqrtDay: m.volatility / Math.sqrt(DAYS_PER_YEAR),
      elasticity: m.elasticity,
      lagDays: Math.max(1, m.lag),
      efficiencyLogPerDay: -Math.log(1 - m.efficiencyGain) / DAYS_PER_YEAR,
      startFeesPerBlock,
    };
  },
  calm: (plan) => ({ ...plan, volPerSqrtDay: 0 }),
  // It reads the path's price, so it is filled on every path even without noise.
  fixed: () => false,
  stochastic: (plan) => plan.volPerSqrtDay > 0,
  followsPrice: () => true,
  fill(h, at, w, source) {
    const rng = source as Rng;
    const out = w.path.networkHashrateHs;
    const start = Math.log(h.startHs);
    out[0] = h.startHs;
    let logH = start;
    const price = w.path.priceUsd;
    const subsidy = at.subsidy;
    // Fees a block of each day, in coins (a share of the subsidy filled as that share of the
    // calendar subsidy): the fee model fills them before the network (engine/kernel/market-path.ts).
    const fees = w.path.feesPerBlock;
    const ref = Math.log(price[0] * (subsidy[0] + h.startFeesPerBlock));
    const normals = w.networkNormals;
    rng.fillNormals(normals, 1, at.days);
    // The log hashrates, then their exps in one pass (exp-simd.ts: Math.exp's bits).
    const scratch = expScratch(at.days);
    for (let d = 1; d < at.days; d++) {
      const target =
        start +
        h.elasticity * (Math.log(price[d - 1] * (subsidy[d] + fees[d])) - ref) +
        h.efficiencyLogPerDay * d;
      logH += (target - logH) / h.lagDays + h.volPerSqrtDay * normals[d];
      scratch[d] = logH;
    }
    expInScratch(1, at.days);
    copyScratch(out, 1, at.days);
  },
  study: { id: 'coupled', label: 'price-coupled network', input: { type: 'price-coupled' } },
};

/** Days of replayed fees the anchor averages (as a calibrated share of subsidy by default). */
const ANCHOR_FEE_DAYS = DEFAULT_FEE_DAYS;
/** Fewest days of history before the start the anchor averages (as a partial calibration window). */
const ANCHOR_MIN_DAYS = 30;

/**
 * The fees a block the start hashrate is taken to be in balance with: the fee model's start level
 * (`startLevel`, without spikes), except for replayed fees, whose start day alone may be a spike:
 * then the history's mean fees per block over the 90 days before the start (the start day's where
 * the history holds fewer than 30 of them), with a note for the assumptions table.
 */
export function coupledAnchorFees(
  s: MarketScenario,
  history: History,
  startLevel: number,
): { perBlock: number; note?: string } {
  if (s.fees?.model.type !== 'historical') return { perBlock: startLevel };
  const w = calibrationWindow(history, s.start, ANCHOR_FEE_DAYS);
  let fees = 0;
  let blocks = 0;
  for (let i = w.from; i < w.to; i++) {
    fees += history.fees[i];
    blocks += history.blocks[i];
  }
  if (w.coveredDays < ANCHOR_MIN_DAYS || !(blocks > 0)) return { perBlock: startLevel };
  const perBlock = fees / blocks;
  const ticker = coinProtocol(s.coin).ticker;
  return {
    perBlock,
    note: `in balance at the start with fees of ${perBlock.toPrecision(4)} ${ticker} a block, the mean of the ${w.coveredDays} days before the start (the start day paid ${startLevel.toPrecision(4)})`,
  };
}
