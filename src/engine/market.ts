// The market path generator: fills one path's price, network hashrate and fees from a compiled
// MarketPlan and the path's own random streams. Allocation-free: every array lives in a
// MarketWorkspace made once per worker.
import {
  FEES_HISTORICAL,
  FEES_PER_BLOCK,
  HASHRATE_COUPLED,
  HASHRATE_GROWTH,
  HASHRATE_HISTORICAL,
  HASHRATE_STOCHASTIC,
  type MarketPlan,
  PRICE_BOOTSTRAP,
  PRICE_FIXED,
  PRICE_GBM,
  PRICE_HISTORICAL,
} from './market-plan.js';
import type { MarketPath } from './plan.js';
import type { Rng } from './rng.js';

export interface MarketWorkspace {
  path: MarketPath;
  /** The price's standard-normal shock of each day, reused for correlated hashrate shocks. */
  priceShock: Float64Array;
  /** Scratch: the network stream's normals of the path. */
  networkNormals: Float64Array;
  /** Series that draw no random numbers are the same on every path: filled once, then kept. */
  priceFixed: boolean;
  hashrateFixed: boolean;
  feesFixed: boolean;
}

export function createMarketWorkspace(m: MarketPlan): MarketWorkspace {
  const days = m.days;
  const path: MarketPath = {
    priceUsd: new Float64Array(days),
    networkHashrateHs: new Float64Array(days),
    feesPerBlock: new Float64Array(days),
  };
  if (m.hashrate.kind === HASHRATE_HISTORICAL) {
    path.difficulty = m.hashrate.difficulty ?? undefined;
    path.blocks = m.hashrate.blocks ?? undefined;
  }
  const w: MarketWorkspace = {
    path,
    priceShock: new Float64Array(days),
    networkNormals: new Float64Array(days),
    priceFixed: m.price.kind === PRICE_FIXED || m.price.kind === PRICE_HISTORICAL,
    hashrateFixed: m.hashrate.kind === HASHRATE_GROWTH || m.hashrate.kind === HASHRATE_HISTORICAL,
    feesFixed: m.fees.spikeProbPerDay === 0,
  };
  // Fill the fixed series now; a path generator that reads the price (price-coupled hashrate)
  // is never fixed, so the order of the fills does not matter here.
  if (w.priceFixed) fillPrice(m, w, null);
  if (w.hashrateFixed) fillHashrate(m, w, null);
  if (w.feesFixed) fillFees(m, path.feesPerBlock, null);
  return w;
}

/** Fills `w.path` for one path. Streams: `price`, `network` and `fees`, each at its path's start. */
export function fillMarketPath(m: MarketPlan, w: MarketWorkspace, price: Rng, network: Rng, fees: Rng): void {
  if (!w.priceFixed) fillPrice(m, w, price);
  if (!w.hashrateFixed) fillHashrate(m, w, network);
  if (!w.feesFixed) fillFees(m, w.path.feesPerBlock, fees);
}

function fillPrice(m: MarketPlan, w: MarketWorkspace, source: Rng | null): void {
  // Only the random branches read the source; fixed series are filled with none.
  const rng = source as Rng;
  const p = m.price;
  const out = w.path.priceUsd;
  const shock = w.priceShock;
  const days = m.days;
  if (p.kind === PRICE_HISTORICAL && p.series) {
    out.set(p.series.subarray(0, days));
    shock.fill(0);
    return;
  }
  out[0] = p.startUsd;
  shock[0] = 0;
  if (p.kind === PRICE_FIXED) {
    out.fill(p.startUsd);
    shock.fill(0);
    return;
  }
  let logPrice = Math.log(p.startUsd);
  if (p.kind === PRICE_BOOTSTRAP) {
    // Politis-Romano stationary bootstrap: each day either continues the current block of
    // historical returns or, with probability 1/blockLength, jumps to a random new block.
    const returns = p.returns;
    const n = returns.length;
    let at = rng.below(n);
    for (let d = 1; d < days; d++) {
      if (rng.uniform() < p.restartProb) at = rng.below(n);
      else at = at + 1 === n ? 0 : at + 1;
      logPrice += returns[at];
      out[d] = Math.exp(logPrice);
      shock[d] = 0;
    }
    return;
  }
  const drift = p.driftPerDay;
  const vol = p.volPerSqrtDay;
  const jumps = p.kind === PRICE_GBM ? 0 : p.jumpsPerDay;
  if (!(jumps > 0)) {
    // No jumps: one normal a day, drawn in one fill, then the walk as a product of daily growth
    // factors. exp of a day's small log return is about twice as fast as exp of the log price,
    // and the product drifts from exp(sum) by rounding only (about 1e-14 over five years).
    rng.fillNormals(shock, 1, days);
    let price = p.startUsd;
    for (let d = 1; d < days; d++) {
      price *= Math.exp(drift + vol * shock[d]);
      out[d] = price;
    }
    return;
  }
  for (let d = 1; d < days; d++) {
    const z = rng.normal();
    shock[d] = z;
    logPrice += drift + vol * z;
    if (jumps > 0) {
      const k = rng.poisson(jumps);
      for (let j = 0; j < k; j++) logPrice += p.jumpMean + p.jumpVol * rng.normal();
    }
    out[d] = Math.exp(logPrice);
  }
}

function fillHashrate(m: MarketPlan, w: MarketWorkspace, source: Rng | null): void {
  // Only the random branches read the source; fixed series are filled with none.
  const rng = source as Rng;
  const h = m.hashrate;
  const out = w.path.networkHashrateHs;
  const days = m.days;
  if (h.kind === HASHRATE_HISTORICAL && h.series) {
    out.set(h.series.subarray(0, days));
    return;
  }
  const start = Math.log(h.startHs);
  out[0] = h.startHs;
  if (h.kind === HASHRATE_GROWTH) {
    for (let d = 1; d < days; d++) out[d] = Math.exp(start + h.growthLogPerDay * d);
    return;
  }
  let logH = start;
  if (h.kind === HASHRATE_STOCHASTIC) {
    const rho = h.correlation;
    const own = Math.sqrt(1 - rho * rho);
    const shock = w.priceShock;
    const normals = w.networkNormals;
    rng.fillNormals(normals, 1, days);
    for (let d = 1; d < days; d++) {
      const z = rho * shock[d] + own * normals[d];
      const trend = start + h.growthLogPerDay * d;
      logH += h.growthLogPerDay + h.reversionPerDay * (trend - logH) + h.volPerSqrtDay * z;
      out[d] = Math.exp(logH);
    }
    return;
  }
  if (h.kind === HASHRATE_COUPLED) {
    // Miners chase revenue per hash: the equilibrium hashrate moves with price x subsidy (to the
    // power `elasticity`) and with the efficiency of new hardware; the network closes the gap to
    // it at rate 1/lag a day, plus noise.
    const price = w.path.priceUsd;
    const subsidy = m.fees.subsidy;
    const ref = Math.log(price[0] * subsidy[0]);
    const normals = w.networkNormals;
    rng.fillNormals(normals, 1, days);
    for (let d = 1; d < days; d++) {
      const target =
        start + h.elasticity * (Math.log(price[d - 1] * subsidy[d]) - ref) + h.efficiencyLogPerDay * d;
      logH += (target - logH) / h.lagDays + h.volPerSqrtDay * normals[d];
      out[d] = Math.exp(logH);
    }
  }
}

function fillFees(m: MarketPlan, out: Float64Array, source: Rng | null): void {
  // Only the random branches read the source; fixed series are filled with none.
  const rng = source as Rng;
  const f = m.fees;
  const days = m.days;
  if (f.kind === FEES_HISTORICAL && f.series) {
    out.set(f.series.subarray(0, days));
    return;
  }
  let spikeLeft = 0;
  for (let d = 0; d < days; d++) {
    const base = f.kind === FEES_PER_BLOCK ? f.perBlock : f.share * f.subsidy[d];
    if (spikeLeft === 0 && f.spikeProbPerDay > 0 && rng.uniform() < f.spikeProbPerDay)
      spikeLeft = f.spikeDays;
    if (spikeLeft > 0) {
      out[d] = base * f.spikeMultiplier;
      spikeLeft--;
    } else out[d] = base;
  }
}
