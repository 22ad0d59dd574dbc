// Rules that span several fields or need the shipped history. Each is a small function that adds
// problems; checkRules runs them all, so a user sees every problem at once.

import { loadCatalog } from '../data/catalog.js';
import { addDays, daysBetween } from '../data/dates.js';
import { loadHistory } from '../data/history.js';
import { claimMessages } from '../messages/claims.js';
import { schemaMessages as m } from '../messages/schema.js';
import { fleetCapexUsd } from '../model/finance/capex.js';
import { IRR_CEILING, IRR_FLOOR } from '../model/finance/irr-bounds.js';
import { feesModel } from '../model/market/fees/registry.js';
import { networkModel } from '../model/market/network/registry.js';
import { correlationNeedsPriceShocks } from '../model/market/network/stochastic.js';
import { priceModel } from '../model/market/price/registry.js';
import { claimFinanceRules } from './claim-finance-rules.js';
import { contractRules } from './contract-rules.js';
import { checkCoverage } from './coverage.js';
import {
  compileExpression,
  DAILY_VARIABLES,
  ExpressionEvaluationError,
  tabulateDaily,
} from './expression.js';
import { financeRules } from './finance-rules.js';
import { fleetWithinNetwork } from './fleet-share.js';
import { hedgeRules } from './hedge-rules.js';
import { historyValues } from './history-values.js';
import { marketRange } from './market-range.js';
import type { RuleProblem, Scenario } from './normalize.js';
import { paybackClaimDay, paybackClaimJudged, paybackSeenDays } from './payback-horizon.js';
import { LIMITS } from './schema/limits.js';
import { simulatedDays } from './simulated-days.js';

type Rule = (s: Scenario, out: RuleProblem[]) => void;

const scheduleInOrder: Rule = (s, out) => {
  const price = s.power.price;
  if (typeof price !== 'object' || !('schedule' in price)) return;
  const entries = price.schedule;
  for (let i = 1; i < entries.length; i++) {
    const gap = daysBetween(entries[i - 1].from, entries[i].from);
    if (gap < 0) out.push({ path: ['power', 'price', 'schedule', i, 'from'], message: m.scheduleUnsorted() });
    else if (gap === 0)
      out.push({
        path: ['power', 'price', 'schedule', i, 'from'],
        message: m.scheduleSameDay(entries[i].from, i - 1),
      });
  }
  if (daysBetween(entries[0].from, s.start) < 0)
    out.push({ path: ['power', 'price', 'schedule', 0, 'from'], message: m.scheduleStartsLate(s.start) });
};

/** Each market model's own required-parameter rules (its record's `rules`), price, network, fees. */
const modelParameters: Rule = (s, out) => {
  // The shipped data, read only by a model whose rule asks for it (the endogenous network's fit).
  const data = { history: () => loadHistory(s.coin), catalog: loadCatalog };
  priceModel(s.price.model.type).rules?.(s.price.model, s, out, data);
  networkModel(s.network.model.type).rules?.(s.network.model, s, out, data);
  feesModel(s.fees.model.type).rules?.(s.fees.model, s, out, data);
};

/**
 * A resampling window holds at least LIMITS.minCalibrationDays days, as a calibration window does
 * (coverage-price.ts checks its dates; the schema bounds `window`), and a block is no longer than its
 * daily returns (one fewer than its days): a longer block replays them in their order, round and round.
 */
const bootstrapWindow: Rule = (s, out) => {
  const p = s.price.model;
  if (p.type !== 'bootstrap') return;
  const explicit = p.from !== undefined && p.to !== undefined;
  const days = explicit ? daysBetween(p.from as string, p.to as string) + 1 : p.window;
  if (explicit && days < LIMITS.minCalibrationDays) {
    out.push({
      path: ['price', 'model', 'to'],
      message:
        days < 1
          ? m.windowReversed(p.from as string, p.to as string, LIMITS.minCalibrationDays)
          : m.windowTooShort(days, LIMITS.minCalibrationDays),
    });
    return;
  }
  // The blocks are of returns, and a window of n days holds n - 1 of them.
  const returns = Math.round(days) - 1;
  if (p.blockLength > returns)
    out.push({ path: ['price', 'model', 'blockLength'], message: m.blockLongerThanWindow(days, returns) });
};

/** An expression tariff must give a finite price on every simulated day, within a constant one's bounds. */
const expressionTariff: Rule = (s, out) => {
  const price = s.power.price;
  if (typeof price !== 'object' || !('expression' in price)) return;
  const compiled = compileExpression(price.expression, DAILY_VARIABLES);
  if (!compiled.ok) return;
  try {
    const table = tabulateDaily(compiled, s.days, s.start);
    const negative = table.findIndex((v) => v < 0);
    const high = table.findIndex((v) => v > LIMITS.tariffUsdPerKwh);
    if (negative >= 0)
      out.push({
        path: ['power', 'price', 'expression'],
        message: m.negativeTariff(negative, addDays(s.start, negative), table[negative]),
      });
    else if (high >= 0)
      out.push({
        path: ['power', 'price', 'expression'],
        message: m.tariffTooHigh(high, addDays(s.start, high), table[high], LIMITS.shownTariff),
      });
  } catch (error) {
    if (!(error instanceof ExpressionEvaluationError)) throw error;
    out.push({ path: ['power', 'price', 'expression'], message: error.message });
  }
};

/**
 * A machine from a catalog (a user's above all, whose rows are only checked to be positive) meets
 * the bounds a cohort's own hashrate and power meet.
 */
const catalogMachines: Rule = (s, out) => {
  s.fleet.forEach((c, i) => {
    if (c.model === undefined) return;
    const at = ['fleet', i, 'model'];
    const hashrateAllowed = (hs: number) => hs >= LIMITS.minUnitHashrateHs && hs <= LIMITS.unitHashrateHs;
    if (!hashrateAllowed(c.hashrateHs))
      out.push({
        path: at,
        message: m.catalogOutOfBounds('hashrate', c.hashrateHs, '1 H/s to 1 ZH/s', hashrateAllowed),
      });
    const powerAllowed = (w: number) => w > 0 && w <= LIMITS.unitPowerW;
    if (!powerAllowed(c.powerW))
      out.push({
        path: at,
        message: m.catalogOutOfBounds('power', c.powerW, 'more than 0 W, up to 1 GW', powerAllowed),
      });
  });
};

/** ROI divides by what the fleet costs: nothing (then there is no ROI) or at least a cent. */
const fleetCost: Rule = (s, out) => {
  const capex = fleetCapexUsd(s.fleet);
  if (capex > 0 && capex < LIMITS.minCapexUsd)
    out.push({ path: ['fleet'], message: m.capexTooSmall(capex, LIMITS.shownMinCapex, LIMITS.minCapexUsd) });
};

/** Spikes cannot cover more than the whole year. */
const spikesFit: Rule = (s, out) => {
  const f = s.fees.model;
  if (f.type === 'historical' || !f.spikes) return;
  if (f.spikes.perYear * Math.max(1, Math.round(f.spikes.duration)) >= 365)
    out.push({ path: ['fees', 'model', 'spikes'], message: m.spikesOverlap() });
};

/** The sample paths' tables grow with paths x weeks: refused before the run, not when writing them. */
const samplePathsFit: Rule = (s, out) => {
  const weeks = Math.ceil(s.days / 7) + 1;
  const points = s.outputs.samplePaths * weeks;
  if (points <= LIMITS.samplePoints) return;
  const megabytes = Math.round((points * LIMITS.bytesPerSamplePoint) / 1e6);
  const fits = Math.floor(LIMITS.samplePoints / weeks);
  out.push({
    path: ['outputs', 'samplePaths'],
    message: m.samplePathsTooLarge(s.outputs.samplePaths, points, LIMITS.samplePoints, megabytes, fits),
  });
};

/**
 * A claim on a payback time needs the run to see that far (payback-horizon.ts). Also run on a
 * scenario whose other fields the schema refuses, so that it is said with them (claims-early.ts).
 */
export const claimsWithinHorizon: Rule = (s, out) => {
  s.claims.forEach((claim, i) => {
    if (claim.metric !== 'payback' && claim.metric !== 'equity-payback') return;
    if (!paybackClaimJudged(claim, paybackSeenDays(s, s.days, claim.metric === 'equity-payback')))
      out.push({
        path: ['claims', i],
        message: claimMessages.beyondHorizon(claim.value, s.days, paybackClaimDay(claim), {
          days: Math.floor(LIMITS.durationDays),
          shown: LIMITS.shownDuration,
        }),
      });
  });
};

/**
 * A claim on an IRR needs its threshold within the rates searched (model/finance/irr.ts): a path's
 * IRR beyond them is carried at the bound, known only to be at or beyond it, so it cannot be set
 * against a threshold past the bound (`irr > 1e9 %`), nor against the bound itself on the side it
 * cannot tell: `irr > 100000000 %` and `irr <= 100000000 %`, `irr < -99.99 %` and `irr >= -99.99 %`
 * (a path at the floor may have no rate at all: it lost more than it put in). `irr >= 100000000 %`
 * and `irr <= -99.99 %` hold on such a path, and are judged.
 */
const irrClaimsWithinSearch: Rule = (s, out) => {
  s.claims.forEach((claim, i) => {
    if (claim.metric !== 'irr' && claim.metric !== 'equity-irr' && claim.metric !== 'after-tax-irr') return;
    const v = claim.value;
    const beyond =
      v > IRR_CEILING ||
      v < IRR_FLOOR ||
      (v === IRR_CEILING && (claim.op === '>' || claim.op === '<=')) ||
      (v === IRR_FLOOR && (claim.op === '<' || claim.op === '>='));
    if (beyond) out.push({ path: ['claims', i], message: claimMessages.irrBeyondSearch() });
  });
};

/**
 * A run replaying the history stops at its end (simulated-days.ts): a fleet every cohort of which
 * is bought after it would run with no machine (a payback on day 0, a break-even tariff of 0).
 */
const fleetBoughtByCut: Rule = (s, out) => {
  const days = simulatedDays(s);
  // A start outside the history (no day simulated) is refused by its replay's own rule.
  if (days >= s.days || days <= 0) return;
  let first = 0;
  for (let i = 1; i < s.fleet.length; i++) if (s.fleet[i].purchased < s.fleet[first].purchased) first = i;
  if (daysBetween(s.start, s.fleet[first].purchased) < days) return;
  out.push({ path: ['fleet', first, 'purchased'], message: m.boughtAfterCut(addDays(s.start, days - 1)) });
};

const RULES: Rule[] = [
  spikesFit,
  scheduleInOrder,
  modelParameters,
  checkCoverage,
  bootstrapWindow,
  (s, out) => correlationNeedsPriceShocks(s.price.model, s.network.model, out),
  expressionTariff,
  marketRange,
  samplePathsFit,
  fleetCost,
  catalogMachines,
  fleetBoughtByCut,
  (s, out) => fleetWithinNetwork(s, out),
  contractRules,
  financeRules,
  hedgeRules,
  claimFinanceRules,
  claimsWithinHorizon,
  irrClaimsWithinSearch,
  (s, out) => historyValues(s, out),
];

export function checkRules(s: Scenario): RuleProblem[] {
  const out: RuleProblem[] = [];
  for (const rule of RULES) rule(s, out);
  return out;
}
