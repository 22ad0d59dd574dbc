// What a market model is: one record per model (price, network hashrate or fees), each with its
// schema branch, its resolution into typed plan parameters with assumption lines, its calm
// (zero-noise) form and its per-path fill. The family registries (price/registry.ts,
// network/registry.ts, fees/registry.ts) are lists of these records; everything else derives from them.
import type { z } from 'zod';
import { daysBetween } from '../../data/dates.js';
import type { HardwareModel } from '../../data/hardware-model.js';
import type { History } from '../../data/history.js';
import type { MarketPath, SimulationPlan } from '../../engine/compile/plan.js';
import type { Rng, RunKey } from '../../engine/random/rng.js';
import type { RuleProblem } from '../../scenario/problem.js';
import type { Coin } from '../coins/index.js';
import type { CalibrationWindow } from './calibrate.js';

export interface Assumption {
  label: string;
  value: string;
  note?: string;
}

/**
 * A fraction as a percentage for the assumptions table, to one decimal (60.0 %, -11.2 %); under
 * 0.1 % to two significant figures, where one decimal would print a given -0.04 % as -0.0 %.
 */
export const pct = (x: number) =>
  x !== 0 && Math.abs(x * 100) < 0.1 ? `${Number((x * 100).toPrecision(2))} %` : `${(x * 100).toFixed(1)} %`;

/** A small share as a percentage to three significant figures (0.75 %, 0.747 %, 12.1 %): fee shares, where one decimal would print a given 0.75 % as 0.8 %. */
export const pctFigures = (x: number) => `${Number((x * 100).toPrecision(3))} %`;

/**
 * What a market model reads of the scenario: its coin and start date. A normalized scenario is
 * one; the records need no more of it, so they do not depend on the scenario's whole type (which is
 * built from their own schemas).
 */
export interface MarketScenario {
  coin: Coin;
  start: string;
  /** The written fee model (its type): a network that follows the fees reads whether they replay the history. */
  fees?: { model: { type: string } };
  /**
   * Set on the view of a start a mixture weighted by score runs its models from (price/score.ts,
   * network/score.ts, scenario/coverage-scored.ts): a fit there may take fewer days than the run's
   * own (garch-fit.ts, MIN_ORIGIN_FIT_RETURNS), its forecast being scored.
   */
  scoredOrigin?: true;
}

/** What a model resolves against: the scenario, the history and the compiled plan. */
/**
 * Seeded streams a model may draw from while it resolves (by-score weights score the models on
 * paths of their own): made by the engine (engine/random/rng.ts), handed in, so a model runs none
 * of the engine's code.
 */
export interface ResolveStreams {
  create(): Rng;
  key(label: string): RunKey;
}

/** What a model's rules may read besides the scenario: the shipped data, read only when asked. */
export interface RuleData {
  history(): History;
  catalog(): readonly HardwareModel[];
}

export interface ResolveContext {
  s: MarketScenario;
  history: History;
  /** The shipped hardware catalog (engine/compile/inputs.ts reads it at the edge). */
  catalog: readonly HardwareModel[];
  streams: ResolveStreams;
  plan: SimulationPlan;
  /** Expected subsidy per block on each day (calendar heights: one block per target interval). */
  subsidy: Float64Array;
  /** The history's `days` days from the start date, or null when the start is outside the history. */
  slice(series: Float64Array): Float64Array | null;
}

/** The arrays a fill writes: the path, and the scratch shared between the families. */
export interface FillTarget {
  path: MarketPath;
  /** The price's standard-normal shock of each day, reused for correlated hashrate shocks. */
  priceShock: Float64Array;
  /** Scratch: the network stream's normals of the path. */
  networkNormals: Float64Array;
  /** Scratch of a path's length for a network model's own daily series. */
  networkScratch: Float64Array;
  /** Scratch: a network state (engine/network.ts) for a model that steps the chain itself. */
  networkState: Float64Array;
  /**
   * The natural log of the lowest network hashrate of the path (H/s), when the network model
   * notes it as it fills (one comparison a day on a value it holds); -Infinity when it does not.
   * The engine holds a network at the fleet (engine/kernel/market-path.ts) only on paths that
   * may fall to it, so a model that notes it spares most paths that pass over their days.
   */
  networkLowestLog: number;
}

/** What a fill reads besides its own plan: the horizon and the expected subsidy. */
export interface FillContext {
  days: number;
  subsidy: Float64Array;
  /**
   * The fleet's hashrate before failures each day, H/s (the engine's MarketPlan.fleetFloorHs),
   * the least the network hashes: a model that steps the chain itself holds its network at it as
   * it goes, so the difficulty it answers to is the one the fleet's blocks follow. Absent or null:
   * no floor (a calibration's paths, a network judged at validation).
   */
  fleetFloorHs?: Float64Array | null;
}

/** A default sensitivity input a model offers: the field under `<family>.model` and its run value. */
export interface SensitivityInput<P> {
  key: string;
  /** The value the run uses, from the resolved plan (given or calibrated), in the schema's unit. */
  base(plan: P): number;
  /** The least and most the field may be, in the schema's unit: --by stops at them. */
  min?: number;
  max?: number;
}

/**
 * One market model: `S` is its schema branch, `P` its resolved plan, `F` what its calm form may
 * be (a plan of its family). Methods (not function properties) so that a registry's lookup can
 * hand out any of its records as one type.
 */
export interface MarketModel<
  S extends z.ZodType,
  P extends { type: string },
  F extends { type: string } = P,
> {
  type: P['type'];
  schema: S;
  resolve(m: z.output<S>, ctx: ResolveContext, out: Assumption[]): P;
  /** The plan with every shock at zero (the expected path of the chart events). */
  calm(plan: P): F;
  /** True when the series is the same on every path: filled once, with no random source. */
  fixed(plan: P): boolean;
  /** True when the model draws random numbers. */
  stochastic(plan: P): boolean;
  /**
   * True when the series moves with the path's coin price (a network that follows it): a
   * break-even price search fills it again at each constant price it tries. Absent: it does not.
   */
  followsPrice?(plan: P): boolean;
  /** Sets what the kernel reads besides the series (a replay's own difficulty and blocks); once a workspace. */
  prepare?(plan: P, path: MarketPath): void;
  /** Fills one path; `rng` is null exactly when `fixed(plan)`. */
  fill(plan: P, at: FillContext, w: FillTarget, rng: Rng | null): void;
  /** Required-parameter rules on the written model; problems' paths are under `<family>.model`. */
  rules?(m: z.output<S>, s: MarketScenario, out: RuleProblem[], data: RuleData): void;
  /** The default sensitivity inputs this model offers. */
  sensitivity?: readonly SensitivityInput<P>[];
  /** How the walk-forward study writes this model, when it tests it. */
  study?: StudyEntry<S>;
}

/** A model as the walk-forward study (study/walk-forward.ts) writes it: calibrated ex ante only. */
export interface StudyEntry<S extends z.ZodType> {
  /** Short id in the study's model ids, e.g. `gbm` in `gbm-growth`. */
  id: string;
  /** Its part of the study's label, e.g. `GBM price`. */
  label: string;
  input: z.input<S>;
  /** The model as written for a start (given the history's first day), when that depends on the start. */
  atStart?(input: z.input<S>, start: string, historyFirstDate: string): z.input<S>;
}

/** The schemas of a registry's records, as the tuple zod's discriminated union takes. */
export type Schemas<T extends readonly { schema: unknown }[]> = { -readonly [K in keyof T]: T[K]['schema'] };

/** A registry's record of a type; the schema lets through no other type, so a miss is a bug. */
export function modelOf<T extends { type: string }>(models: readonly T[], type: string): T {
  const found = models.find((m) => m.type === type);
  if (found === undefined) throw new Error(`internal: no market model \`${type}\``);
  return found;
}

/** `731 days before the start`, or `412 of 731 days ...` for a partial window. */
export function daysBefore(window: CalibrationWindow | undefined): string {
  if (window === undefined) throw new Error('internal: a calibrated value without a calibration window');
  const { coveredDays, requestedDays, readToDate, lastDate } = window;
  if (coveredDays >= requestedDays) return `${requestedDays} days before the start`;
  // The history ends before the window: the days read end that long before the start.
  const stale =
    readToDate === undefined
      ? ''
      : `, the last on ${readToDate}, the history's last day, ${daysBetween(readToDate, lastDate) + 1} days before the start`;
  return `${coveredDays} of ${requestedDays} days before the start${stale} (partial window allowed)`;
}

export const calibratedOn = (window: CalibrationWindow | undefined) => `calibrated on ${daysBefore(window)}`;

/** An internal error for a replay whose start lies outside the history (coverage.ts refuses it). */
export function noSeries(model: string): never {
  throw new Error(`internal: a ${model} replay without a history series`);
}
