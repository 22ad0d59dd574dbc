// Resolves the price and network-hashrate models of a scenario into MarketPlan parameters: each
// value as given, or calibrated on history strictly before the start date, with a line for the
// assumptions table saying which.
import type { History } from '../data/history.js';
import { coinProtocol } from '../model/coins/index.js';
import {
  type CalibrationWindow,
  calibrationWindow,
  estimateDiffusion,
  estimateGrowth,
  estimateJumpDiffusion,
  logReturns,
  smoothedLogReturns,
} from '../model/market/calibrate.js';
import type { Scenario } from '../scenario/normalize.js';
import {
  type Assumption,
  HASHRATE_COUPLED,
  HASHRATE_GROWTH,
  HASHRATE_HISTORICAL,
  HASHRATE_STOCHASTIC,
  type MarketPlan,
  PRICE_BOOTSTRAP,
  PRICE_FIXED,
  PRICE_GBM,
  PRICE_HISTORICAL,
  PRICE_JUMP,
  pct,
} from './market-types.js';
import type { SimulationPlan } from './plan.js';

/** `731 days before the start`, or `412 of 731 days ...` for a partial window. */
function daysBefore(window: CalibrationWindow | undefined): string {
  if (window === undefined) throw new Error('internal: a calibrated value without a calibration window');
  const { coveredDays, requestedDays } = window;
  return coveredDays < requestedDays
    ? `${coveredDays} of ${requestedDays} days before the start (partial window allowed)`
    : `${requestedDays} days before the start`;
}

const calibratedOn = (window: CalibrationWindow | undefined) => `calibrated on ${daysBefore(window)}`;

export function resolvePrice(
  s: Scenario,
  history: History,
  plan: SimulationPlan,
  out: Assumption[],
): MarketPlan['price'] {
  const m = s.price.model;
  const base: MarketPlan['price'] = {
    kind: PRICE_FIXED,
    startUsd: plan.initial.priceUsd,
    driftPerDay: 0,
    volPerSqrtDay: 0,
    jumpsPerDay: 0,
    jumpMean: 0,
    jumpVol: 0,
    returns: new Float64Array(0),
    restartProb: 1,
    series: null,
  };
  out.push({
    label: 'Start price',
    value: `${plan.initial.priceUsd.toFixed(2)} USD`,
    note: plan.start.priceSource,
  });
  if (m.type === 'fixed') {
    out.push({ label: 'Price model', value: 'fixed at the start price' });
    return base;
  }
  if (m.type === 'historical') {
    out.push({ label: 'Price model', value: 'historical replay' });
    return { ...base, kind: PRICE_HISTORICAL };
  }
  if (m.type === 'bootstrap') {
    const w =
      m.from !== undefined && m.to !== undefined
        ? { from: history.indexOf(m.from), to: history.indexOf(m.to) + 1 }
        : calibrationWindow(history, s.start, m.window);
    const returns = logReturns(history.priceUsd, w);
    out.push({
      label: 'Price model',
      value: `stationary block bootstrap, mean block ${Math.round(m.blockLength)} days`,
      note: `daily log returns ${history.dateAt(w.from)} to ${history.dateAt(Math.max(w.from, w.to - 1))}`,
    });
    return { ...base, kind: PRICE_BOOTSTRAP, returns, restartProb: 1 / m.blockLength };
  }
  const window = m.calibrate !== undefined ? calibrationWindow(history, s.start, m.calibrate) : undefined;
  const returns = window ? logReturns(history.priceUsd, window) : new Float64Array(0);
  const source = (given: number | undefined) => (given === undefined ? calibratedOn(window) : 'given');
  if (m.type === 'gbm') {
    const e = estimateDiffusion(returns);
    const drift = m.drift ?? e.drift;
    const volatility = m.volatility ?? e.volatility;
    out.push({ label: 'Price model', value: 'geometric Brownian motion' });
    out.push({ label: 'Price drift', value: `${pct(drift)} / year (log)`, note: source(m.drift) });
    out.push({ label: 'Price volatility', value: `${pct(volatility)} / year`, note: source(m.volatility) });
    return { ...base, kind: PRICE_GBM, driftPerDay: drift / 365, volPerSqrtDay: volatility / Math.sqrt(365) };
  }
  const e = estimateJumpDiffusion(returns);
  const drift = m.drift ?? e.drift;
  const volatility = m.volatility ?? e.volatility;
  const jumpsPerYear = m.jumpsPerYear ?? e.jumpsPerYear;
  const jumpMean = m.jumpMean ?? e.jumpMean;
  const jumpVol = m.jumpVolatility ?? e.jumpVolatility;
  out.push({ label: 'Price model', value: 'Merton jump-diffusion' });
  out.push({
    label: 'Price drift / volatility',
    value: `${pct(drift)} / ${pct(volatility)} per year`,
    note: source(m.drift),
  });
  out.push({
    label: 'Price jumps',
    value: `${jumpsPerYear.toFixed(1)} / year, log size ${pct(jumpMean)} ± ${pct(jumpVol)}`,
    note: source(m.jumpsPerYear),
  });
  return {
    ...base,
    kind: PRICE_JUMP,
    driftPerDay: drift / 365,
    volPerSqrtDay: volatility / Math.sqrt(365),
    jumpsPerDay: jumpsPerYear / 365,
    jumpMean,
    jumpVol,
  };
}

export function resolveHashrate(
  s: Scenario,
  history: History,
  plan: SimulationPlan,
  out: Assumption[],
): MarketPlan['hashrate'] {
  const m = s.network.model;
  const base: MarketPlan['hashrate'] = {
    kind: HASHRATE_GROWTH,
    startHs: plan.initial.networkHashrateHs,
    growthLogPerDay: 0,
    volPerSqrtDay: 0,
    reversionPerDay: 0,
    correlation: 0,
    elasticity: 0,
    lagDays: 1,
    efficiencyLogPerDay: 0,
    series: null,
    difficulty: null,
    blocks: null,
  };
  const unit = coinProtocol(s.coin).hashrateUnit;
  out.push({
    label: 'Start network hashrate',
    value: `${(plan.initial.networkHashrateHs / unit.hs).toFixed(2)} ${unit.name}`,
    note: plan.start.hashrateSource,
  });
  out.push(...plan.start.notes);
  if (m.type === 'historical') {
    out.push({ label: 'Network model', value: 'historical replay of difficulty and blocks' });
    return { ...base, kind: HASHRATE_HISTORICAL };
  }
  if (m.type === 'growth') {
    const window = m.calibrate !== undefined ? calibrationWindow(history, s.start, m.calibrate) : undefined;
    const rate = m.rate ?? (window ? estimateGrowth(history.hashrateHs, window) : Number.NaN);
    const perDay = m.per === 'epoch' && m.rate !== undefined ? Math.log1p(rate) / 14 : Math.log1p(rate) / 365;
    out.push({
      label: 'Network model',
      value: `hashrate grows ${pct(rate)} per ${m.rate !== undefined ? m.per : 'year'}`,
      note: m.rate === undefined ? `log-linear fit over ${daysBefore(window)}` : 'given',
    });
    return { ...base, growthLogPerDay: perDay };
  }
  if (m.type === 'stochastic') {
    const window = m.calibrate !== undefined ? calibrationWindow(history, s.start, m.calibrate) : undefined;
    const e = estimateDiffusion(
      window ? smoothedLogReturns(history.hashrateHs, window) : new Float64Array(0),
    );
    const drift = m.drift ?? e.drift;
    const volatility = m.volatility ?? e.volatility;
    out.push({
      label: 'Network model',
      value: `stochastic: drift ${pct(drift)}, volatility ${pct(volatility)} per year, reversion ${pct(m.meanReversion)}, price correlation ${m.priceCorrelation}`,
    });
    return {
      ...base,
      kind: HASHRATE_STOCHASTIC,
      growthLogPerDay: drift / 365,
      volPerSqrtDay: volatility / Math.sqrt(365),
      reversionPerDay: m.meanReversion / 365,
      correlation: m.priceCorrelation,
    };
  }
  out.push({
    label: 'Network model',
    value: `price-coupled: elasticity ${m.elasticity}, lag ${Math.round(m.lag)} days, hardware efficiency +${pct(m.efficiencyGain)} / year`,
  });
  return {
    ...base,
    kind: HASHRATE_COUPLED,
    volPerSqrtDay: m.volatility / Math.sqrt(365),
    elasticity: m.elasticity,
    lagDays: Math.max(1, m.lag),
    efficiencyLogPerDay: -Math.log(1 - m.efficiencyGain) / 365,
  };
}

/** Subsidy per block on each day if blocks came exactly on target (used where a model needs it before the network step). */
