// Planning a one-at-a-time sensitivity study (sensitivity.ts): each input's base read from the
// scenario, its low and high from --by within its field's bounds or from the range given, and every
// variant validated as a sweep point before anything runs; every problem of every input at once.

import { loadCompileInputs } from '../engine/compile/inputs.js';
import { sensitivityMessages as m } from '../messages/sensitivity.js';
import type { CatalogOption } from '../scenario/catalog-input.js';
import type { Scenario } from '../scenario/normalize.js';
import type { Override } from '../scenario/overrides.js';
import { formatPath, type Problem } from '../scenario/problem.js';
import { validateScenarioText } from '../scenario/validate.js';
import { formatBy, type SensitivityInput, type SensitivityPlan } from './sensitivity.js';
import {
  type BaseContext,
  baseValue,
  defaultInputs,
  type InputSpec,
  scenarioValueAt,
  withFieldBounds,
} from './sensitivity-inputs.js';
import { moveInward } from './sensitivity-inward.js';
import { bareScale, byEnds, byRange, sameNumber, schemaBounds } from './sensitivity-range.js';
import { buildSweepGrid, type GridPoint } from './sweep.js';
import { horizonProblem, replayCutProblem } from './sweep-grid.js';
import { axisUnit, type SweepAxis } from './vary.js';

export type PlanResult = { ok: true; plan: SensitivityPlan } | { ok: false; problems: Problem[] };

/**
 * A value shown in the unit it was written in, without the conversion's last-digit noise (`95 %`
 * is held as 0.9500000000000001, `60 USD/PH/day` read back as 59.99999999999999).
 */
function asWritten(value: number): number {
  return Number(value.toPrecision(12));
}

/** Validates the base and every variant; every problem of every input, each naming its --input. */
export async function planSensitivity(
  text: Uint8Array | string,
  file: string,
  options: { inputs: readonly InputSpec[]; by: number; sets?: readonly Override[]; catalog?: CatalogOption },
): Promise<PlanResult> {
  const sets = options.sets ?? [];
  const validated = await validateScenarioText(text, file, sets, { catalog: options.catalog });
  if (!validated.ok) return validated;
  const short = horizonProblem(validated.scenario, validated.doc, file, sets, m.horizonTooShort);
  if (short) return { ok: false, problems: [short] };
  const cut = replayCutProblem(validated.scenario, validated.doc, file, sets, m.replayCutTooShort);
  if (cut) return { ok: false, problems: [cut] };
  const ctx: BaseContext = {
    scenario: validated.scenario,
    inputs: await loadCompileInputs(validated.scenario),
  };
  const defaults = options.inputs.length === 0 ? defaultInputs(ctx.scenario) : null;
  const skipped = defaults?.skipped ?? [];
  const problems: Problem[] = [];
  const inputs: SensitivityInput[] = [];
  const points: GridPoint[] = [{ values: [], scenario: ctx.scenario }];
  for (const given of defaults?.specs ?? options.inputs) {
    // An input named by its key alone stops at its field's bounds as a default input does.
    const spec = withFieldBounds(ctx.scenario, given);
    const fail = (message: string) =>
      problems.push({ file: '--input', line: 0, col: 0, path: spec.argument ?? spec.key, message });
    const base = baseValue(ctx, spec.path);
    if ('got' in base) {
      if (spec.argument === null) skipped.push({ key: spec.key, reason: m.noBase(spec.key, base.got) });
      else fail(m.noBase(spec.key, base.got));
      continue;
    }
    // The unit the field reads a bare number in, and its canonical value (costs.fixed: USD/month,
    // 1 of which is 0.0329 USD/day): a range from --by is written in it.
    const bare = axisUnit(
      { text: spec.key, key: spec.key, path: spec.path, values: [], unit: null },
      ctx.scenario,
    );
    const scale = bareScale(bare);
    // A field no default input bounds stops at the bounds its schema states.
    const bounded =
      spec.range === null && spec.max === undefined && spec.min === undefined
        ? { ...spec, ...schemaBounds(spec.path, bare) }
        : spec;
    const moves = spec.range ?? byRange(bounded, base.value / scale, options.by);
    if (moves === null) {
      const reason =
        base.value === 0
          ? m.zeroBase(spec.key, formatBy(options.by))
          : m.noMove(spec.key, formatBy(options.by));
      if (spec.argument === null) skipped.push({ key: spec.key, reason });
      else fail(reason);
      continue;
    }
    let range: SweepAxis = moves;
    // The input's own value replaces any --set of the same key; sweep.ts refuses both at once.
    const own = sets.filter((o) => formatPath(o.path) !== spec.key);
    const build = (axis: SweepAxis) =>
      buildSweepGrid(text, file, [axis], [...own, ...companionSets(ctx.scenario, spec)], {
        catalog: options.catalog,
        words: m,
      });
    let built = await build(range);
    let refused: { side: 0 | 1; reason: string } | undefined;
    if (!built.ok) {
      // A range from --by is written bare: a field whose schema names no unit for a bare number
      // (a hedge's price) refuses it, quoting a canonical value the user never wrote.
      if (spec.range === null && bare === null) {
        const reason = m.byNeedsUnit(spec.key);
        if (spec.argument === null) skipped.push({ key: spec.key, reason });
        else fail(reason);
        continue;
      }
      // An end --by moved to that the scenario's rules refuse (a margin call's restoreTo above its
      // covenant) stays at the base: the input moves inward only, said in a note. Both refused: the
      // study cannot move it by --by, and says which range to give.
      if (spec.range === null) {
        const tried = await moveInward(spec.key, range, base.value / scale, bare, build);
        if (tried.kind === 'inward') {
          refused = tried.refused;
          range = tried.range;
          built = tried.built;
        } else if (tried.kind === 'refused') {
          const reason = m.byRefused(spec.key, formatBy(options.by), tried.low, tried.high, tried.reasons);
          if (spec.argument === null) skipped.push({ key: spec.key, reason });
          else fail(reason);
          continue;
        }
      }
    }
    if (!built.ok) {
      problems.push(...built.problems.map((p) => asInputProblem(p, range)));
      continue;
    }
    const [low, high] = built.grid.points;
    // Read back from the validated variants: the schema has converted whatever unit was written.
    const read = [low, high].map((p) => scenarioValueAt(p.scenario, spec.path) as number);
    // A range from --by is written bare; a field that reads a bare number in a unit the schema
    // does not name (a lease's payment: USD/month, held in USD/day) would move by that ratio.
    if (spec.range === null && read.some((v, k) => !sameNumber(v, range.values[k] * scale))) {
      const reason = m.byNeedsUnit(spec.key);
      if (spec.argument === null) skipped.push({ key: spec.key, reason });
      else fail(reason);
      continue;
    }
    // Shown in the unit the field reads a bare number in; when the schema names none, as the range
    // was written (`30 USD/PH/day`, or a lease's `0..800`), not as the canonical value unnamed.
    const side = read[0] !== 0 ? 0 : 1;
    const shown =
      bare === null
        ? {
            unit: range.unit ?? (spec.key === 'price.start' ? 'USD' : null),
            per: read[side] / range.values[side],
          }
        : { unit: bare, per: scale };
    points.push(low, high);
    // An end --by moved past a bound stands at the bound: the value it would have been.
    const wanted =
      spec.range === null ? byEnds(base.value / scale, options.by, bounded.integer === true) : null;
    const cutSides =
      wanted === null ? [] : ([0, 1] as const).filter((k) => !sameNumber(wanted[k], range.values[k]));
    inputs.push({
      key: spec.key,
      path: spec.path,
      argument: spec.argument,
      unit: shown.unit,
      baseSource: base.source,
      base: asWritten(base.value / shown.per),
      low: asWritten(read[0] / shown.per),
      high: asWritten(read[1] / shown.per),
      ...(cutSides.length === 0 || wanted === null
        ? {}
        : {
            cuts: cutSides.map((k) => ({
              side: k === 0 ? ('low' as const) : ('high' as const),
              // A range from --by is in the unit the values are shown in (see `shown`).
              wanted: asWritten(wanted[k]),
              ...(refused?.side === k ? { refused: refused.reason } : {}),
            })),
          }),
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  if (inputs.length === 0)
    return { ok: false, problems: [{ file: '--input', line: 0, col: 0, path: '', message: m.noInputs() }] };
  return { ok: true, plan: { base: ctx.scenario, by: options.by, inputs, skipped, points } };
}

/**
 * Overrides an input needs besides its own value: a calibrated growth rate is yearly, so a scenario
 * that counts growth per epoch is told the moved rate is per year.
 */
function companionSets(s: Scenario, spec: InputSpec): Override[] {
  const model = s.network.model;
  if (spec.key !== 'network.model.rate' || model.type !== 'growth') return [];
  if (model.rate !== undefined || model.per === 'year') return [];
  return [{ text: 'network.model.per=year', path: ['network', 'model', 'per'], value: 'year' }];
}

/** sweep.ts files a variant's problem under `--vary <argument>`; here it belongs to `--input`. */
function asInputProblem(p: Problem, range: SweepAxis): Problem {
  return p.file === `--vary ${range.text}` ? { ...p, file: `--input ${range.text}` } : p;
}
