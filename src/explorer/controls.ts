// The explorer's controls, derived from the scenario: the sensitivity study's default inputs
// (tariff, unit price, import premium, failure rate, uptime, pool fee, the price and network
// models' own parameters), the fleet's counts and the discount rate as sliders, each with its unit
// and a range; the scenario's enumerated choices (operation, treasury) as menus; and every other
// number written in the scenario (hedges, loans, whatever a scenario states) as a text field, so a
// new schema branch gets controls without a line here. Pure: the page draws them (app.ts).

import type { CompileInputs } from '../engine/compile/inputs.js';
import type { Scenario } from '../scenario/normalize.js';
import { formatPath, type PathKey } from '../scenario/problem.js';
import { LIMITS } from '../scenario/schema/limits.js';
import { scenarioJsonSchema } from '../scenario/validate.js';
import { DEFAULT_BY } from '../study/sensitivity.js';
import { type BaseContext, baseValue, defaultInputs } from '../study/sensitivity-inputs.js';
import { axisUnit, isFractionUnit, PER_YEAR_FRACTION, parseVaries, readsPerYearUnit } from '../study/vary.js';
import { isDecimalNumber, isUnheldNumber, NumberText } from './yaml-edit.js';

export interface SliderControl {
  kind: 'slider';
  key: string;
  path: PathKey[];
  /** The unit shown beside the value: `USD/kWh`, `%`, `USD`, or '' for a count. */
  unit: string;
  /** Shown value = canonical value × scale (100 for a share shown in %). */
  scale: number;
  /** Canonical values. */
  value: number;
  min: number;
  max: number;
  integer: boolean;
  /** Where the value comes from when the scenario does not write it (a calibration, the history). */
  source: string;
}

export interface ChoiceControl {
  kind: 'choice';
  key: string;
  path: PathKey[];
  value: string;
  choices: string[];
}

export interface TextControl {
  kind: 'text';
  key: string;
  path: PathKey[];
  /** As written in the scenario: `8 %`, `10000 USD`. */
  value: string;
}

export type Control = SliderControl | ChoiceControl | TextControl;

/** How far a slider reaches either side of its base, as a multiple of the sensitivity study's --by. */
const REACH = 3;
/** Keys of the scenario that hold no economic input: never offered as controls. */
const NOT_INPUTS = new Set([
  'name',
  'description',
  'coin',
  'start',
  'horizon',
  'monteCarlo',
  'claims',
  'sweep',
  'outputs',
  'catalog',
]);
const CHOICE_KEYS: PathKey[][] = [['operation'], ['treasury'], ['money', 'salvage', 'model']];

/** The value written into the scenario for a slider at `value` (canonical units). */
export function writtenValue(c: SliderControl, value: number): number | string {
  const shown = Number((value * c.scale).toPrecision(6));
  if (c.unit === '' || c.unit === 'number') return shown;
  return `${shown} ${c.unit}`;
}

/**
 * A slider's value as its box shows it, in the control's unit: to the 6 digits a slider writes, so
 * the box shows the value the run uses (11925 USD, not 11930).
 */
export function shownValue(c: SliderControl, value: number): string {
  return String(Number((value * c.scale).toPrecision(6)));
}

/**
 * The value a slider's box shows when the page opens: the value the scenario holds, to every digit
 * it has (a unit price of 2000.1234 USD showed 2000.12, the slider's 6 digits, while the run used
 * 2000.1234), in the control's unit without a product's last-place noise (0.07 x 100 is 7.000000000000001).
 */
export function heldText(c: SliderControl): string {
  return c.scale === 1 ? String(c.value) : String(Number((c.value * c.scale).toPrecision(15)));
}

/**
 * The number a control's box holds, or null when it holds no plain decimal number (`0x10` is not
 * 16 here), or one a double does not hold: `1e-400` reads as 0 and `1e309` as Infinity, so either
 * goes to the schema as typed, which refuses it as it refuses it in a file or in `--set`.
 */
export function typedNumber(text: string): number | null {
  return isDecimalNumber(text) && !isUnheldNumber(text) ? Number(text) : null;
}

/**
 * The value written into the scenario for a number typed in the control's unit, as typed (its text,
 * or a number): `1e20 USD`, not `100000000000000000000 USD`; `12.34567 %`, not the slider's 12.3457.
 */
export function typedValue(c: SliderControl, typed: number | string): number | string | NumberText {
  if (c.unit === '' || c.unit === 'number') return typeof typed === 'string' ? new NumberText(typed) : typed;
  return `${typed} ${c.unit}`;
}

/** A slider's range: the scenario's own sweep range for the key, else its base ± REACH × --by. */
function range(s: Scenario, key: string, base: number, max: number | undefined): [number, number] {
  const axes = parseVaries(s.sweep?.vary ?? []);
  // A sweep axis in the field's own unit (none written) gives the range as the scenario states it.
  const axis = axes.ok ? axes.axes.find((a) => a.key === key && a.unit === null) : undefined;
  const [lo, hi] = axis ? [axis.values[0], axis.values[axis.values.length - 1]] : [Number.NaN, Number.NaN];
  if (lo <= base && base <= hi) return [lo, hi];
  const reach = Math.max(Math.abs(base) * REACH * DEFAULT_BY, base === 0 ? 0.1 : 0);
  const low = base >= 0 ? Math.max(0, base - reach) : base - reach;
  return [low, Math.min(max ?? Number.POSITIVE_INFINITY, base + reach)];
}

function slider(s: Scenario, ctx: BaseContext, path: PathKey[], max?: number): SliderControl | null {
  const key = formatPath(path);
  const base = baseValue(ctx, path);
  if (!('value' in base)) return null;
  // In the unit of the variant the scenario holds (an all-in rate per kWh, not per kW a month).
  const unit = axisUnit({ key, path, unit: null, values: [], text: '' }, s) ?? '';
  const share = isFractionUnit(unit);
  const integer = key.endsWith('.count');
  const [lo, hi] = range(s, key, base.value, max);
  // A count's slider stops at whole counts of at least 1: a fleet of one reached 0.4 at its end,
  // which rounds to no machine at all.
  const min = integer ? Math.max(1, Math.round(lo)) : lo;
  return {
    kind: 'slider',
    key,
    path,
    // A rate per year says so, in a unit its field reads (`8 %/year`; network growth takes `%`).
    unit:
      unit === PER_YEAR_FRACTION && readsPerYearUnit(path)
        ? '%/year'
        : share
          ? '%'
          : unit === 'number'
            ? ''
            : unit,
    scale: share ? 100 : 1,
    value: base.value,
    min,
    max: integer ? Math.max(Math.round(hi), min + 1) : hi,
    integer,
    source: base.source,
  };
}

function choiceValues(path: PathKey[]): string[] {
  let node = scenarioJsonSchema() as Record<string, unknown>;
  for (const key of path) {
    const properties = node.properties as Record<string, Record<string, unknown>> | undefined;
    node = properties?.[key] ?? {};
  }
  return Array.isArray(node.enum) ? node.enum.map(String) : [];
}

/** Numbers and quantities the scenario writes that no slider or menu covers, as text fields. */
function writtenNumbers(written: unknown, taken: Set<string>): TextControl[] {
  const out: TextControl[] = [];
  const visit = (node: unknown, path: PathKey[]) => {
    if (path.length === 1 && NOT_INPUTS.has(String(path[0]))) return;
    if (Array.isArray(node)) node.forEach((item, i) => void visit(item, [...path, i]));
    else if (node !== null && typeof node === 'object')
      for (const [key, value] of Object.entries(node)) visit(value, [...path, key]);
    else if (
      typeof node === 'number' ||
      (typeof node === 'string' && /^-?[\d.]+(e-?\d+)?\s*[^\d\s]/.test(node))
    ) {
      const key = formatPath(path);
      if (!taken.has(key)) out.push({ kind: 'text', key, path, value: String(node) });
    }
  };
  visit(written, []);
  return out;
}

/**
 * Every control of the scenario, sliders first. `written`: the scenario as parsed from its YAML;
 * `inputs`: what compiling it reads (compile/inputs.ts), for the calibrated parameters' values.
 */
export function scenarioControls(s: Scenario, written: unknown, inputs: CompileInputs): Control[] {
  const ctx: BaseContext = { scenario: s, inputs };
  const paths: { path: PathKey[]; max?: number }[] = defaultInputs(s).specs.map((spec) => ({
    path: spec.path,
    max: spec.max,
  }));
  // Within the schema's bounds, as the inputs' sliders are (a count of 9,000,000 reached 15.3
  // million, past the 10,000,000 a cohort holds, and the page then called the value invalid).
  for (const i of s.fleet.keys()) paths.push({ path: ['fleet', i, 'count'], max: LIMITS.unitsPerCohort });
  paths.push({ path: ['money', 'discountRate'], max: LIMITS.discountRatePerYear });
  const sliders = paths
    .map((p) => slider(s, ctx, p.path, p.max))
    .filter((c): c is SliderControl => c !== null);
  const choices: ChoiceControl[] = CHOICE_KEYS.map((path) => ({
    kind: 'choice' as const,
    key: formatPath(path),
    path,
    value: String(path.reduce<unknown>((node, key) => (node as Record<PathKey, unknown>)?.[key], s)),
    choices: choiceValues(path),
  })).filter((c) => c.choices.length > 1);
  const taken = new Set([...sliders, ...choices].map((c) => c.key));
  return [...sliders, ...choices, ...writtenNumbers(written, taken)];
}
