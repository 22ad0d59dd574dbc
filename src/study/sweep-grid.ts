// The grid of a parameter sweep: the scenario validated at every point of its axes (each point is
// the written scenario with the axis values applied as `--set` overrides). Apart from the runs
// (sweep.ts), so that `minesim validate` can check a scenario's sweep block without loading the
// engine.
import { loadHistory } from '../data/history.js';
import { shown } from '../messages/shown.js';
import { sweepMessages as m } from '../messages/sweep.js';
import { DAYS_PER_YEAR } from '../model/calendar.js';
import { defaultModelAsWritten } from '../model/market/defaults.js';
import { gridProblem } from '../scenario/axes.js';
import { type ParsedDocument, parseScenarioText } from '../scenario/document.js';
import type { Scenario } from '../scenario/normalize.js';
import type { Override } from '../scenario/overrides.js';
import { paybackSeenDays } from '../scenario/payback-horizon.js';
import { formatPath, formatProblem, type PathKey, type Problem } from '../scenario/problem.js';
import { simulatedDays } from '../scenario/simulated-days.js';
import { type ValidateOptions, validateParsedScenario } from '../scenario/validate.js';
import { axisOverrideValue, axisUnit, formatAxisValue, isFractionUnit, type SweepAxis } from './vary.js';

export interface GridPoint {
  /** One value per axis, in axis order. */
  values: number[];
  scenario: Scenario;
}

export interface SweepGrid {
  base: Scenario;
  axes: SweepAxis[];
  /** The first axis varies slowest, the last fastest. */
  points: GridPoint[];
}

export type GridResult = { ok: true; grid: SweepGrid } | { ok: false; problems: Problem[] };

/** The study's words for a point that cannot judge P(payback <= 2 years): a sweep's, or a sensitivity's. */
export interface StudyWords {
  horizonTooShort: (days: number) => string;
  replayCutTooShort: (days: number, lastDate: string) => string;
}

export interface GridOptions extends ValidateOptions {
  /** Whose words a point too short to judge 2 years is refused in (default: the sweep's). */
  words?: StudyWords;
}

/** Validates the scenario at every grid point; every problem of every point, each stated once. */
export async function buildSweepGrid(
  text: Uint8Array | string,
  file: string,
  written: readonly SweepAxis[],
  sets: readonly Override[] = [],
  { words = m, ...options }: GridOptions = {},
): Promise<GridResult> {
  const fail = (path: string, message: string): GridResult => ({
    ok: false,
    problems: [{ file: '--vary', line: 0, col: 0, path, message }],
  });
  let axes = written;
  const grid = gridProblem(axes, new Set(sets.map((o) => formatPath(o.path))));
  if (grid) return fail(grid.axes.map((a) => a.text).join(' '), grid.message);
  const parsed = parseScenarioText(text, file);
  if (!parsed.ok) return parsed;
  // The file with the other overrides but no axis may lack a value an axis gives (a covenant given
  // by --vary alone): then the points alone are judged, and the first stands for the base.
  const base = await validateParsedScenario(parsed.doc, text, file, sets, options);
  // A bare axis on a key whose unit depends on the variant the scenario holds (an all-in rate per
  // kWh, a per-kW fee per kW a month) names that unit, so its tables and charts say it.
  if (base.ok) axes = axes.map((axis) => withHeldUnit(axis, base.scenario));

  const points: GridPoint[] = [];
  const problems = new Map<string, Problem>();
  // Without the horizon among the axes every point has the base's: its problem is said once.
  const horizonVaried = axes.some((a) => a.key === 'horizon');
  // The start decides where a replay is cut: with the start among the axes, each point says it.
  const startVaried = axes.some((a) => a.key === 'start');
  if (!horizonVaried && !startVaried && base.ok)
    for (const p of sweepRules(base.scenario, parsed.doc, file, sets, words))
      problems.set(formatProblem(p), p);
  // An axis on a parameter of a market model the scenario leaves to its default moves it on that
  // default model, written out first (as `minesim sensitivity` and the explorer do): the parameter
  // alone would be a model without a type.
  const defaults = base.ok ? axes.flatMap((axis) => defaultModelSet(base.scenario, axis.path)) : [];
  for (const values of gridValues(axes)) {
    const overrides = [
      ...defaults,
      ...axes.map((axis, i) => ({
        text: axis.text,
        path: axis.path,
        value: axisOverrideValue(axis, values[i]),
        ...(axis.canonical === true ? { canonical: true as const } : {}),
      })),
    ];
    const v = await validateParsedScenario(parsed.doc, text, file, [...sets, ...overrides], options);
    const own = !v.ok
      ? v.problems
      : horizonVaried || startVaried || !base.ok
        ? sweepRules(v.scenario, parsed.doc, file, [...sets, ...overrides], words)
        : [];
    if (v.ok && own.length === 0) {
      points.push({ values, scenario: v.scenario });
      continue;
    }
    for (const p of own) {
      const located = locate(p, axes, values);
      problems.set(formatProblem(located), located);
    }
  }
  if (problems.size > 0) return { ok: false, problems: alike([...problems.values()]) };
  const baseScenario = base.ok ? base.scenario : points[0].scenario;
  return { ok: true, grid: { base: baseScenario, axes: [...axes], points } };
}

/** `axis`, bare, with the unit of the variant the scenario holds where it is not the schema's first. */
function withHeldUnit(axis: SweepAxis, s: Scenario): SweepAxis {
  if (axis.unit !== null) return axis;
  const held = axisUnit(axis, s);
  if (held === null || held === 'number' || isFractionUnit(held) || held === axisUnit(axis)) return axis;
  return { ...axis, unit: held };
}

/**
 * A replay the history cuts short of judging 2 years, said at the start (which decides where the
 * history ends for the run), where the file or the override that gives it puts it; or undefined.
 * `say(days, lastDate)`: the study's message.
 */
export function replayCutProblem(
  s: Scenario,
  doc: ParsedDocument,
  file: string,
  overrides: readonly Override[],
  say: (days: number, lastDate: string) => string,
): Problem | undefined {
  const days = simulatedDays(s);
  if (days >= s.days || paybackSeenDays(s, days) >= 2 * DAYS_PER_YEAR) return undefined;
  const message = `${say(days, loadHistory(s.coin).lastDate)} (got ${shown(s.start)})`;
  const set = overrides.findLast((o) => formatPath(o.path) === 'start');
  if (set) return { file: `--set ${set.text}`, line: 0, col: 0, path: 'start', message };
  return { file, ...doc.locate(['start']), path: 'start', message };
}

/** What a sweep needs of a valid point: a run long enough to judge P(payback <= 2 years). */
function sweepRules(
  s: Scenario,
  doc: ParsedDocument,
  file: string,
  overrides: readonly Override[],
  words: StudyWords,
): Problem[] {
  const short = horizonProblem(s, doc, file, overrides, words.horizonTooShort);
  if (short) return [short];
  const cut = replayCutProblem(s, doc, file, overrides, words.replayCutTooShort);
  return cut ? [cut] : [];
}

/**
 * A horizon too short to judge 2 years, said where it is given: the override that sets it (an
 * axis's value, a --set), else the file; or undefined. `say(days)`: the study's message.
 */
export function horizonProblem(
  s: Scenario,
  doc: ParsedDocument,
  file: string,
  overrides: readonly Override[],
  say: (days: number) => string,
): Problem | undefined {
  if (paybackSeenDays(s) >= 2 * DAYS_PER_YEAR) return undefined;
  const message = say(s.days);
  const set = overrides.findLast((o) => formatPath(o.path) === 'horizon');
  if (set) return { file: `--set ${set.text}`, line: 0, col: 0, path: 'horizon', message };
  return { file, ...doc.locate(['horizon']), path: 'horizon', message };
}

/**
 * A problem inside an axis's value belongs to its --vary argument. The base scenario is valid, so
 * any other problem comes from a combination of values (a rule across fields): it keeps its place
 * in the file and names the grid point.
 */
function locate(p: Problem, axes: readonly SweepAxis[], values: readonly number[]): Problem {
  const axis = axes.find((a) => p.file === `--set ${a.text}`);
  if (axis) return { ...p, file: `--vary ${axis.text}` };
  const point = values.map((x, i) => formatAxisValue(axes[i], x)).join(', ');
  return { ...p, message: `${p.message} ${m.atPoint(point)}` };
}

/**
 * The problems of an axis that three or more of its values share (a unit its field does not read,
 * a bound they all pass) as one, with how many more values it holds for and the last: a range of
 * a thousand values would otherwise say it a thousand times, differing only in the value quoted.
 */
function alike(problems: readonly Problem[]): Problem[] {
  const GOT = ' (got ';
  const groups = new Map<string, Problem[]>();
  for (const p of problems) {
    const at = p.message.lastIndexOf(GOT);
    const key =
      p.file.startsWith('--vary ') && at >= 0 && p.message.endsWith(')')
        ? `${p.file}\0${p.path}\0${p.message.slice(0, at)}`
        : `\0${groups.size}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups.values()].flatMap((group) => {
    const [first] = group;
    if (group.length < 3) return group;
    const got = (p: Problem) => p.message.slice(p.message.lastIndexOf(GOT) + GOT.length, -1);
    const last = group[group.length - 1];
    return [
      { ...first, message: `${first.message.slice(0, -1)}${m.alikeValues(group.length - 1, got(last))})` },
    ];
  });
}

/** Every combination of axis values, the last axis varying fastest. */
function gridValues(axes: readonly SweepAxis[]): number[][] {
  let combos: number[][] = [[]];
  for (const axis of axes) combos = combos.flatMap((c) => axis.values.map((v) => [...c, v]));
  return combos;
}

/**
 * The default model of the family whose parameter `path` names, written out, where the scenario
 * leaves that family to its default; else none.
 */
function defaultModelSet(s: Scenario, path: readonly PathKey[]): Override[] {
  const [family, model, key] = path;
  if (model !== 'model' || key === undefined || (family !== 'price' && family !== 'network')) return [];
  if (!s.defaultModels?.includes(family)) return [];
  const value = defaultModelAsWritten(family, s.earlyPrice);
  return [
    {
      text: `${family}.model=${JSON.stringify(value)}`,
      path: [family, 'model'],
      value: structuredClone(value),
    },
  ];
}
