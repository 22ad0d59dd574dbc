// The inputs of a sensitivity study: `--input key.path=LOW..HIGH` (or a key alone, moved by --by),
// or, when none is given, the default key inputs the scenario has. Each input's base value is read
// from the validated scenario in the unit the schema converts it to; a market model's input (its
// record's `sensitivity`: a price drift or volatility, a network growth rate) that the scenario
// calibrates is read from the compiled market, so the input moves around exactly the value the
// run uses.

import { compilePlan } from '../engine/compile/compile.js';
import type { CompileInputs } from '../engine/compile/inputs.js';
import { compileMarket, type MarketPlan } from '../engine/compile/market-plan.js';
import type { SimulationPlan } from '../engine/compile/plan.js';
import { sensitivityMessages as m } from '../messages/sensitivity.js';
import { networkModel } from '../model/market/network/registry.js';
import { priceModel } from '../model/market/price/registry.js';
import { ungrouped } from '../scenario/axes.js';
import { mostUptime } from '../scenario/contract-rules.js';
import type { Scenario } from '../scenario/normalize.js';
import { formatPath, type PathKey, type Problem } from '../scenario/problem.js';
import { LIMITS } from '../scenario/schema/limits.js';
import { parseVaries, type SweepAxis } from './vary.js';

export interface InputSpec {
  key: string;
  path: PathKey[];
  /** The --input argument as given; null for a default input. */
  argument: string | null;
  /** LOW and HIGH as written (ascending, in the written unit); null to move the base by --by. */
  range: SweepAxis | null;
  /** The most the input can take (a share of the time cannot pass 1); --by stops there. */
  max?: number;
  /** The least the input can take (an uptime of at least 1 %); --by stops there. */
  min?: number;
  /** A whole number (a cohort's count): --by rounds its ends to whole numbers. */
  integer?: boolean;
}

export interface SkippedInput {
  key: string;
  reason: string;
}

export type InputsResult = { ok: true; specs: InputSpec[] } | { ok: false; problems: Problem[] };

/** Where a base value comes from: the scenario (as written or defaulted), a calibration, or the history on the start date. */
export type BaseSource = 'scenario' | 'calibrated' | 'history';

/** `--input` arguments; every problem at once, each naming its argument. */
export function parseInputs(texts: readonly string[]): InputsResult {
  const specs: InputSpec[] = [];
  const problems: Problem[] = [];
  for (const text of texts) {
    const fail = (message: string) =>
      problems.push({ file: '--input', line: 0, col: 0, path: text, message });
    const eq = text.indexOf('=');
    // An end may be written in thousands (`1,600 USD`), as minesim prints it: a range has no list.
    const ends =
      eq < 0
        ? null
        : text
            .slice(eq + 1)
            .split('..')
            .map(ungrouped);
    if (ends && (ends.length !== 2 || ends.some((e) => e.trim() === '' || e.includes(',')))) {
      fail(m.noRange());
      continue;
    }
    if (ends && ends[0].trim() === ends[1].trim()) {
      fail(m.sameEnds());
      continue;
    }
    // The sweep's reader checks the key and reads the values with their unit; a placeholder value
    // stands in for a key alone. A range becomes the two-value list LOW,HIGH.
    const key = (eq < 0 ? text : text.slice(0, eq)).trim();
    const parsed = parseVaries([`${key}=${ends ? ends.join(',') : '0'}`]);
    if (!parsed.ok) {
      for (const p of parsed.problems) fail(p.message);
      continue;
    }
    const axis = parsed.axes[0];
    if (specs.some((s) => s.key === axis.key)) {
      fail(m.duplicateInput(axis.key));
      continue;
    }
    specs.push({ key: axis.key, path: axis.path, argument: text, range: ends ? { ...axis, text } : null });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, specs };
}

/** Bounds of fields a study may move that are not among the default inputs, in their bare units. */
const OTHER_BOUNDS: Record<string, { max?: number; min?: number }> = {
  horizon: { max: LIMITS.durationDays },
  'money.discountRate': { max: LIMITS.discountRatePerYear },
};

/**
 * An input named by its key alone, with the bounds --by stops at: those of the same default input
 * (defaultInputs()), or of the field, and a cohort's count kept whole (at least 1, at most
 * LIMITS.unitsPerCohort), and a cohort's deployment delay whole days. An input given a range, or that already has its bounds, is returned as it is.
 */
export function withFieldBounds(s: Scenario, spec: InputSpec): InputSpec {
  if (spec.range !== null || spec.max !== undefined || spec.min !== undefined) return spec;
  if (/^fleet\[\d+\]\.count$/.test(spec.key))
    return { ...spec, min: 1, max: LIMITS.unitsPerCohort, integer: true };
  // A cohort starts hashing at the start of a day: its delay is whole days, never rounded.
  if (/^fleet\[\d+\]\.deploymentDelay$/.test(spec.key)) return { ...spec, integer: true };
  const known = defaultInputs(s).specs.find((d) => d.key === spec.key) ?? OTHER_BOUNDS[spec.key];
  if (known === undefined) return spec;
  return {
    ...spec,
    ...(known.max === undefined ? {} : { max: known.max }),
    ...(known.min === undefined ? {} : { min: known.min }),
  };
}

/** The scenario, and its compiled market when a base value needs it (compiled once, on first use). */
export interface BaseContext {
  scenario: Scenario;
  /** What compiling the scenario reads (compile/inputs.ts), read at the edge. */
  inputs: CompileInputs;
  compiled?: { plan: SimulationPlan; market: MarketPlan };
}

function compiled(ctx: BaseContext) {
  if (!ctx.compiled) {
    const plan = compilePlan(ctx.scenario, ctx.inputs);
    ctx.compiled = { plan, market: compileMarket(ctx.scenario, plan, ctx.inputs) };
  }
  return ctx.compiled;
}

/** Normalization renames a cohort's fields to carry their unit. */
const COHORT_FIELDS: Record<string, string> = {
  unitPrice: 'unitPriceUsd',
  setupCost: 'setupCostUsd',
  deploymentDelay: 'deploymentDelayDays',
  hashrate: 'hashrateHs',
  power: 'powerW',
};

/** The validated scenario's value at a written key path. */
export function scenarioValueAt(s: Scenario, path: readonly PathKey[]): unknown {
  let node: unknown = s;
  for (const [i, key] of path.entries()) {
    if (node === null || typeof node !== 'object') return undefined;
    const name =
      i === 2 && path[0] === 'fleet' && typeof key === 'string' ? (COHORT_FIELDS[key] ?? key) : key;
    node = (node as Record<string | number, unknown>)[name];
  }
  return node;
}

/**
 * Values the run takes from elsewhere when the scenario leaves them out: the start-day history,
 * and the sensitivity inputs of the price and network models (each model's record says which it
 * offers and reads its value from the resolved plan, given or calibrated).
 */
const DERIVED: Record<string, (ctx: BaseContext) => { value: number; source: BaseSource } | undefined> = {
  'price.start': (ctx) => ({ value: compiled(ctx).plan.initial.priceUsd, source: 'history' }),
};

function modelInput(ctx: BaseContext, path: string): { value: number; source: BaseSource } | undefined {
  const [family, model, key, ...rest] = path.split('.');
  if (model !== 'model' || rest.length > 0) return undefined;
  if (family === 'price') {
    const input = priceModel(ctx.scenario.price.model.type).sensitivity?.find((i) => i.key === key);
    return input && { value: input.base(compiled(ctx).market.price), source: 'calibrated' };
  }
  if (family === 'network') {
    const input = networkModel(ctx.scenario.network.model.type).sensitivity?.find((i) => i.key === key);
    return input && { value: input.base(compiled(ctx).market.hashrate), source: networkSource(ctx.scenario) };
  }
  return undefined;
}

/** A network model with neither a rate nor `calibrate` does not grow: its 0 is the scenario's. */
function networkSource(s: Scenario): BaseSource {
  return 'calibrate' in s.network.model && s.network.model.calibrate !== undefined
    ? 'calibrated'
    : 'scenario';
}

/** The base value an input moves from, or what stands there instead of a number. */
export function baseValue(
  ctx: BaseContext,
  path: readonly PathKey[],
): { value: number; source: BaseSource } | { got: unknown } {
  const written = scenarioValueAt(ctx.scenario, path);
  if (typeof written === 'number') return { value: written, source: 'scenario' };
  const key = formatPath(path);
  const derived = written === undefined ? (DERIVED[key]?.(ctx) ?? modelInput(ctx, key)) : undefined;
  return derived ?? { got: written };
}

/**
 * The default inputs, whichever the scenario has: the electricity price when constant (an all-in
 * hosting rate, which pays for the power, in its place), each
 * cohort's unit price, import premium, failure rate and uptime, the pool fee, the price model's
 * drift and volatility, the network's growth rate. Those it cannot take are skipped with a reason;
 * inputs at 0 are skipped later, where --by is known.
 */
export function defaultInputs(s: Scenario): { specs: InputSpec[]; skipped: SkippedInput[] } {
  const specs: InputSpec[] = [];
  const skipped: SkippedInput[] = [];
  // The schema's bounds of each field, so that --by stops at them rather than step past and refuse
  // the study (a pool fee of 45 % moved up 20 % is 54 %, past the 50 % a pool fee may be).
  const add = (path: PathKey[], max?: number, min?: number) =>
    specs.push({
      key: formatPath(path),
      path,
      argument: null,
      range: null,
      ...(max === undefined ? {} : { max }),
      ...(min === undefined ? {} : { min }),
    });
  const price = s.power.price;
  const hosting = s.power.hosting;
  // An all-in rate pays for the power (power.price is 0, and must stay 0): it is the power's price.
  if (typeof hosting !== 'number' && hosting.basis === 'all-in')
    add(['power', 'hosting', 'rate'], LIMITS.tariffUsdPerKwh);
  else if (typeof price === 'number') add(['power', 'price'], LIMITS.tariffUsdPerKwh);
  else
    skipped.push({
      key: 'power.price',
      reason: m.notConstantTariff('schedule' in price ? 'a dated schedule' : 'an expression of time'),
    });
  for (const i of s.fleet.keys()) {
    add(['fleet', i, 'unitPrice'], LIMITS.moneyUsd);
    add(['fleet', i, 'importPremium'], LIMITS.maxImportPremium);
    add(['fleet', i, 'failureRate'], 1);
    // Up to the curtailment budget's bound, which the rule refuses past (earlier builds moved it to 1).
    add(['fleet', i, 'uptime'], mostUptime(s), LIMITS.minUptime);
  }
  add(['costs', 'poolFee'], LIMITS.maxPoolFee);
  const priceInputs = priceModel(s.price.model.type).sensitivity ?? [];
  for (const input of priceInputs) add(['price', 'model', input.key], input.max, input.min);
  if (priceInputs.length === 0)
    skipped.push({ key: 'price.model', reason: m.noPriceParameters(s.price.model.type) });
  const networkInputs = networkModel(s.network.model.type).sensitivity ?? [];
  const n = s.network.model;
  // A drift spread read as the calibrated drift's standard error has none once the drift is given.
  for (const input of networkInputs)
    if (input.key === 'drift' && 'driftSpread' in n && n.driftSpread === 'standard-error')
      skipped.push({ key: 'network.model.drift', reason: m.driftWithStandardError() });
    else add(['network', 'model', input.key], input.max, input.min);
  if (networkInputs.length === 0)
    skipped.push({ key: 'network.model', reason: m.noGrowthRate(s.network.model.type) });
  return { specs, skipped };
}
