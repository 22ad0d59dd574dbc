// A one-at-a-time sensitivity study: each key input moved to a low and a high value while every
// other input stays at the scenario's base, and three headline measures read at each
// (sensitivity-measures.ts). The variants are sweep points (study/sweep.ts): --set-style overrides
// of the written scenario, all validated before anything runs, and all run with the base's seed and
// paths, so path k sees the same market at every point (common random numbers) and a bar's length
// is the input's doing, not noise.
// One at a time ignores how inputs interact; a two-axis sweep shows that. Here: the study's plan and
// result, the run and the notes its table and charts carry; the plan is made by sensitivity-plan.ts.

import { sensitivityMessages as m } from '../messages/sensitivity.js';
import { formatPercent } from '../report/format.js';
import type { Scenario } from '../scenario/normalize.js';
import type { PathKey } from '../scenario/problem.js';
import type { BaseSource, SkippedInput } from './sensitivity-inputs.js';
import { type GridPoint, runSweep, type SweepOptions } from './sweep.js';
import type { StudyScenario, SweepPointResult } from './sweep-result.js';

export const SIDES = ['low', 'base', 'high'] as const;
export type Side = (typeof SIDES)[number];

/** The default --by: each input 20 % below and above its base value. */
export const DEFAULT_BY = 0.2;

export interface SensitivityInput {
  key: string;
  path: PathKey[];
  /** The --input argument as given; null for a default input. */
  argument: string | null;
  /**
   * What base, low and high are in: the unit the range was written in, else the unit the field reads
   * a bare number in (`USD/kWh`, `fraction`), or null.
   */
  unit: string | null;
  baseSource: BaseSource;
  base: number;
  low: number;
  high: number;
  /**
   * Each end --by would have moved past the input's bounds (an uptime of 90 % moved up 20 % is 108 %),
   * and was cut to the bound: the value it would have been, in `unit`; absent where none was cut.
   */
  cuts?: {
    side: 'low' | 'high';
    wanted: number;
    /** Why the scenario refuses `wanted` where no bound of the field does: the end stays at the base. */
    refused?: string;
  }[];
}

export interface SensitivityPlan {
  base: Scenario;
  by: number;
  inputs: SensitivityInput[];
  skipped: SkippedInput[];
  /** The base first, then each input's low and high variant. */
  points: GridPoint[];
}

export interface SensitivityRow {
  input: SensitivityInput;
  low: SweepPointResult;
  high: SweepPointResult;
}

export interface SensitivityResult {
  scenario: StudyScenario & { days: number };
  paths: number;
  seed: string | number;
  by: number;
  base: SweepPointResult;
  /** In input order: the --input order, or the default order. */
  rows: SensitivityRow[];
  skipped: SkippedInput[];
}

/** `±20 %`: how far --by moves an input. */
export function formatBy(by: number): string {
  return `±${Number((by * 100).toPrecision(6))} %`;
}

/** Runs the base and every variant on the same paths and seed, and pairs each input with its results. */
export async function runSensitivity(
  plan: SensitivityPlan,
  options: SweepOptions,
): Promise<SensitivityResult> {
  const { base } = plan;
  const grid = { base, axes: [], points: plan.points };
  const sweep = await runSweep(grid, options);
  return {
    scenario: sweep.scenario,
    paths: sweep.paths,
    seed: sweep.seed,
    by: plan.by,
    base: sweep.points[0],
    rows: plan.inputs.map((input, i) => ({
      input,
      low: sweep.points[1 + 2 * i],
      high: sweep.points[2 + 2 * i],
    })),
    skipped: plan.skipped,
  };
}

/** Every point of a study named as its notes name it: the base, then each input's low and high. */
function namedPoints(result: Pick<SensitivityResult, 'base' | 'rows'>): [string, SweepPointResult][] {
  return [
    ['the base', result.base],
    ...result.rows.flatMap((row): [string, SweepPointResult][] => [
      [`${row.input.key} low`, row.low],
      [`${row.input.key} high`, row.high],
    ]),
  ];
}

/**
 * The note a study's table and charts carry when some point's run replays the history and stops
 * where it ends, before its horizon, as `minesim run` says of such a run; null when none does.
 */
export function sensitivityCutNote(result: Pick<SensitivityResult, 'base' | 'rows'>): string | null {
  const points = namedPoints(result);
  const cut = points.filter(([, p]) => p.cutAt !== undefined);
  if (cut.length === 0) return null;
  const which = cut.length === points.length ? null : cut.map(([name]) => name).join(', ');
  return m.cutNote(cut[0][1].cutAt!, which);
}

/**
 * The note a study's table and charts carry when some point's random network fell below the fleet
 * and was held at it on some paths (a fleet's count moved up, a network's drift moved down), as
 * `minesim run` says of such a run, with the most paths and the largest share of path-days any of
 * them had so held; null when no point did.
 */
export function sensitivityFleetNote(
  result: Pick<SensitivityResult, 'base' | 'rows' | 'paths'>,
): string | null {
  const points = namedPoints(result);
  const held = points.filter(([, p]) => p.networkAtFleet !== undefined);
  if (held.length === 0) return null;
  const which = held.length === points.length ? null : held.map(([name]) => name).join(', ');
  const paths = Math.max(...held.map(([, p]) => p.networkAtFleet!.paths));
  const daysShare = Math.max(...held.map(([, p]) => p.networkAtFleet!.days / (result.paths * p.days)));
  return m.fleetNote(which, formatPercent(paths / result.paths), formatPercent(daysShare));
}
