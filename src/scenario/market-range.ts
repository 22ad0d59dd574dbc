// How far the market models can carry the coin price and the network hashrate over the horizon.
// Every bound of the schema is wide on its own, but a drift compounds with the horizon: 1000 % a
// year is a plausible calibration on Bitcoin's first year and harmless over a year, yet over a
// century it multiplies the price by e^1000, past the largest double. So each model's range is
// measured as a factor on the natural-log scale: the drift's whole move plus six standard
// deviations of the random part (jumps included), with the parameters the run will use, given or
// calibrated on the same window of history. A range beyond LIMITS.marketRangeLog (a factor of
// 1e100 either way) is refused: see limits.ts for why that keeps every output finite.

import { loadCatalog } from '../data/catalog.js';
import { addDays } from '../data/dates.js';
import type { History } from '../data/history.js';
import { loadHistory } from '../data/history.js';
import { schemaMessages as m } from '../messages/schema.js';
import { chainState } from '../model/chain-state.js';
import { coinProtocol } from '../model/coins/index.js';
import {
  calibrationWindow,
  estimateDiffusion,
  estimateGrowth,
  estimateJumpDiffusion,
  logReturns,
} from '../model/market/calibrate.js';
import { resolveDrift } from '../model/market/drift.js';
import { startFeesPerBlock } from '../model/market/fees/fee-level.js';
import { MIN_FIT_RETURNS, MIN_ORIGIN_FIT_RETURNS } from '../model/market/garch-fit.js';
import { componentViews } from '../model/market/mixture.js';
import { entryLogGrowth, SHUTDOWN_MAX_LOG } from '../model/market/network/endogenous-path.js';
import { endogenousResponse, resolveEndogenous } from '../model/market/network/endogenous-resolve.js';
import { stochasticParameters } from '../model/market/network/stochastic.js';
import { garchParameters, maxDailyVariance } from '../model/market/price/garch-t.js';
import { missingStartState } from '../model/start-carry.js';
import { startHashpriceUsdPerHsDay } from '../model/start-hashprice.js';
import { givenStartState } from './given-state.js';
import type { RuleProblem, Scenario } from './normalize.js';
import { LIMITS } from './schema/limits.js';
import { DAYS_PER_YEAR } from './units.js';

const K = LIMITS.marketRangeSigmas;

/** The price model's range over the horizon, natural log; 0 for a fixed or replayed price. */
export function priceLogRange(s: Scenario, history: History = loadHistory(s.coin)): number {
  // A mixture's range is its widest component's.
  if (s.price.model.type === 'mixture')
    return Math.max(...componentViews(s, 'price').map((v) => priceLogRange(v.s, history)));
  const p = s.price.model;
  const days = s.days;
  const years = days / DAYS_PER_YEAR;
  // The windows the market models (model/market/) calibrate on: the days before the start,
  // clipped to the history.
  const returns = (window: number | undefined) =>
    window === undefined
      ? new Float64Array(0)
      : logReturns(history.priceUsd, calibrationWindow(history, s.start, window));
  if (p.type === 'gbm') {
    const r = returns(p.calibrate);
    const e = estimateDiffusion(r);
    const drift = p.drift === undefined ? e.drift : resolveDrift(p.drift, r, () => '', 'window-mean').perYear;
    return Math.abs(drift) * years + K * (p.volatility ?? e.volatility) * Math.sqrt(years);
  }
  if (p.type === 'jump-diffusion') {
    const r = returns(p.calibrate);
    const e = estimateJumpDiffusion(r);
    const volatility = p.volatility ?? e.volatility;
    const jumps = p.jumpsPerYear ?? e.jumpsPerYear;
    const mean = p.jumpMean ?? e.jumpMean;
    const written = p.drift;
    const drift =
      typeof written === 'object'
        ? resolveDrift(written, r, () => '', 'window-mean').perYear - jumps * mean
        : (written ?? e.drift);
    const spread = p.jumpVolatility ?? e.jumpVolatility;
    const variance = volatility ** 2 + jumps * (mean ** 2 + spread ** 2);
    return (Math.abs(drift) + jumps * Math.abs(mean)) * years + K * Math.sqrt(variance * years);
  }
  if (p.type === 'garch-t') {
    // Bounded by the path's largest daily variance (its cap), not the expected one: t tails and
    // clustering make the expected variance a poor bound of a path's.
    const least = s.scoredOrigin ? MIN_ORIGIN_FIT_RETURNS : MIN_FIT_RETURNS;
    const g = garchParameters(p, returns(p.calibrate), () => '', 1, least);
    if (g === null) return 0;
    return Math.abs(g.drift.perYear) * years + K * Math.sqrt(maxDailyVariance(g.variance) * days);
  }
  if (p.type === 'bootstrap') {
    const from = p.from !== undefined ? history.indexOf(p.from) : -1;
    const to = p.to !== undefined ? history.indexOf(p.to) : -1;
    const window =
      p.from === undefined
        ? calibrationWindow(history, s.start, p.window)
        : from >= 0 && to > from
          ? { from, to: to + 1 }
          : null;
    if (!window) return 0;
    // Resampled blocks of daily returns: their mean compounds, their spread grows as sqrt(days).
    const e = estimateDiffusion(logReturns(history.priceUsd, window));
    const drift = p.demean ? 0 : e.drift;
    return (Math.abs(drift) * days) / DAYS_PER_YEAR + K * e.volatility * Math.sqrt(years);
  }
  return 0;
}

/** The network model's range over the horizon, natural log; 0 for a replayed network. */
export function networkLogRange(s: Scenario, history: History = loadHistory(s.coin)): number {
  if (s.network.model.type === 'mixture')
    return Math.max(...componentViews(s, 'network').map((v) => networkLogRange(v.s, history)));
  const n = s.network.model;
  const days = s.days;
  const years = days / DAYS_PER_YEAR;
  const window = (length: number | undefined) =>
    length === undefined ? undefined : calibrationWindow(history, s.start, length);
  if (n.type === 'growth') {
    if (n.rate !== undefined) {
      const periods = n.per === 'epoch' ? days / 14 : years;
      return Math.abs(Math.log1p(n.rate)) * periods;
    }
    const w = window(n.calibrate);
    return w ? Math.abs(Math.log1p(estimateGrowth(history.hashrateHs, w))) * years : 0;
  }
  if (n.type === 'stochastic') {
    const { drift, volatility, driftSpread } = stochasticParameters(n, history, s.start);
    // Mean reversion k bounds the variance at volatility^2 / 2k. A path's own growth rate moves
    // the whole path (and its trend) by its spread times the years.
    const k = n.meanReversion;
    const spreadYears = k > 0 ? Math.min(years, -Math.expm1(-2 * k * years) / (2 * k)) : years;
    return (Math.abs(drift) + K * driftSpread) * years + K * volatility * Math.sqrt(spreadYears);
  }
  if (n.type === 'price-coupled') {
    // The hashrate follows price x (subsidy + fees) to the power `elasticity`, and the hardware's
    // efficiency. Fees at their start level in coins or as a share of the subsidy move revenue per
    // block at most as the subsidy does; a spike raises it by at most its multiplier. (Replayed
    // fees stay inside the history, where they paid at most a few times the subsidy.)
    const subsidy = coinProtocol(s.coin).rewardLogRange(days);
    const f = s.fees.model;
    const spikes = f.type === 'historical' ? undefined : f.spikes;
    const feeRise = spikes === undefined ? 0 : Math.log(spikes.multiplier);
    const efficiency = -Math.log1p(-n.efficiencyGain) * years;
    return (
      n.elasticity * (priceLogRange(s, history) + subsidy + feeRise) +
      efficiency +
      K * n.volatility * Math.sqrt(years)
    );
  }
  if (n.type === 'endogenous') {
    // Hashrate follows hashprice over the frontier's cost: price, reward and the frontier's gain,
    // plus the share that can switch off and the noise. That bounds the hashrate near its
    // balance, not on its way there: the installed capacity grows by entry, under the model's own
    // rules, by up to the whole margin the start stands above the entry margin, plus the margin's
    // own rise, plus the orders still on their way when the margin falls (entryLogGrowth). A
    // frontier far cheaper than the hashprice makes that margin as large as it likes.
    const r = resolveEndogenous(n, s, history, loadCatalog());
    const gain = n.efficiencyGain ?? r.frontier.gain;
    const sigma = n.volatility ?? (r.fit?.volPerSqrtDay ?? 0) * Math.sqrt(DAYS_PER_YEAR);
    const protocol = coinProtocol(s.coin);
    const noise = SHUTDOWN_MAX_LOG + K * sigma * Math.sqrt(years);
    const marginRise =
      priceLogRange(s, history) + protocol.rewardLogRange(days) - Math.log1p(-gain) * years + noise;
    // Bitcoin's difficulty lags the hashrate: while the margin it leaves stands y above u*, the
    // hashrate is at least e^y times the difficulty's, so an epoch lasts at most 14 e^-y days and
    // its retarget lowers y by ln 4 or to 0; the entry meanwhile is at most 14 kappa (the most of
    // y e^-y, plus 1 / ln 4), about 15.3 kappa: counted as two epochs at a unit margin. Monero's
    // difficulty follows within the day.
    const settleDays = (2 * protocol.retargetBlocks * protocol.blockIntervalS) / 86_400;
    // The days before the start past the history are taken at the start day's hashprice, as the run takes them.
    const given = givenStartState(s);
    let startHashprice = Number.NaN;
    if (missingStartState(history, s.start, given).length === 0) {
      const c = chainState(
        s.coin,
        history,
        s.start,
        given,
        startFeesPerBlock(s.fees.model, s.start, history),
      );
      startHashprice = startHashpriceUsdPerHsDay(s.coin, c, c.feesPerBlock);
    }
    const response = endogenousResponse(n, s, history, r, startHashprice);
    const entry = entryLogGrowth(response, marginRise, days, settleDays);
    return Math.max(marginRise, entry + noise);
  }
  return 0;
}

/**
 * The price-coupled network follows price x (subsidy + fees) and needs a subsidy on every day: Bitcoin's
 * ends at height 6,930,000 (on the calendar of one block each 10 minutes, as the model counts).
 * The day it ends, or undefined when it lasts the horizon (or the start state is incomplete,
 * which coverage-start.ts reports).
 */
export function coupledSubsidyEnd(s: Scenario, history: History = loadHistory(s.coin)): string | undefined {
  if (s.network.model.type === 'mixture')
    return componentViews(s, 'network')
      .map((v) => coupledSubsidyEnd(v.s, history))
      .find((end) => end !== undefined);
  if (s.network.model.type !== 'price-coupled') return undefined;
  const end = subsidyEndDay(s, history);
  return end === undefined ? undefined : addDays(s.start, Math.max(0, end));
}

/**
 * Fees as a share of the subsidy are 0 once it ends (Bitcoin's height 6,930,000), and with them
 * everything a block pays: the day it ends, as coupledSubsidyEnd() dates it (null: it ended by the
 * start), or undefined when it lasts the horizon.
 */
export function shareFeesSubsidyEnd(
  s: Scenario,
  history: History = loadHistory(s.coin),
): string | null | undefined {
  if (s.fees.model.type !== 'share-of-subsidy') return undefined;
  const end = subsidyEndDay(s, history);
  return end === undefined ? undefined : end < 0 ? null : addDays(s.start, end);
}

/**
 * The day the block subsidy ends on the calendar of blocks on target, when within the horizon
 * (-1: by the start), or undefined.
 */
function subsidyEndDay(s: Scenario, history: History): number | undefined {
  const protocol = coinProtocol(s.coin);
  const noSubsidyHeight = protocol.noSubsidyHeight;
  if (noSubsidyHeight === null) return undefined;
  const given = givenStartState(s);
  if (missingStartState(history, s.start, given).length > 0) return undefined;
  // The height does not depend on the fee level, which only fixes a difficulty from a hashprice.
  const { height } = chainState(s.coin, history, s.start, given, () => 0);
  // On the calendar of blocks on target, as the model counts.
  const blocksPerDay = 86_400 / protocol.blockIntervalS;
  if (height >= noSubsidyHeight) return -1;
  const lastDay = Math.ceil((noSubsidyHeight - height) / blocksPerDay);
  return lastDay < s.days ? lastDay : undefined;
}

/** The price and the network hashrate stay within a factor of 1e100 of their start over the horizon. */
export function marketRange(s: Scenario, out: RuleProblem[]): void {
  const history = loadHistory(s.coin);
  const subsidyEnd = coupledSubsidyEnd(s, history);
  if (subsidyEnd !== undefined)
    out.push({ path: ['network', 'model'], message: m.coupledSubsidyEnds(subsidyEnd) });
  const feesEnd = shareFeesSubsidyEnd(s, history);
  if (feesEnd !== undefined)
    out.push({
      path: ['fees', 'model', 'type'],
      message: m.shareFeesSubsidyEnds(feesEnd),
    });
  const limit = LIMITS.marketRangeLog;
  const price = priceLogRange(s, history);
  const years = s.days / DAYS_PER_YEAR;
  if (!(price <= limit))
    out.push({ path: ['price', 'model'], message: m.marketRange('price', price, limit, years, K) });
  const network = networkLogRange(s, history);
  if (!(network <= limit))
    out.push({
      path: ['network', 'model'],
      message: m.marketRange('network hashrate', network, limit, years, K),
    });
}
