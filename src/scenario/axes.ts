// Sweep axes as `minesim sweep --vary key.path=SPEC` and a scenario's `sweep.vary` write them. SPEC
// is a range `a..b:n` (n evenly spaced values, both ends included) or a list `a,b,c`. A value is a
// number, optionally with a unit written as in a scenario (`0.05 USD/kWh`); a unit written once
// applies to the axis's bare values, so `0.02..0.12 USD/kWh:6` and `1000,2000,4000 USD` read as
// meant. A list takes no thousands separators (the comma separates its values), but one value in
// thousands (`10,000`) is one value; a range's ends may have them (`1,000 USD..2,500 USD:4`), as
// minesim prints figures. A whole-number field (a cohort's `count`) reads them as the schema does,
// and a range of it must step by whole numbers. Nothing here converts a
// unit: each value reaches the scenario as a `--set` override would, and the schema checks and
// converts it. The scenario schema and the sweep command both read axes here (one validator), so
// `minesim validate` refuses the sweep.vary entries `minesim sweep` refuses.

import { overrideMessages } from '../messages/overrides.js';
import { schemaMessages } from '../messages/schema.js';
import { plainFigure } from '../messages/shown.js';
import { sweepMessages as m } from '../messages/sweep.js';
import { leastAt, wholeAt } from './field-least.js';
import { TIME_ABBREVIATIONS } from './mathjs-units.js';
import { outOfRange } from './number-range.js';
import { parseOverrides } from './overrides.js';
import { formatPath, type PathKey, type Problem } from './problem.js';
import { DECIMAL, numberFormProblem } from './typed-number.js';

export interface SweepAxis {
  /** The argument as given, for messages and the manifest: `power.price=0.02..0.12:6`. */
  text: string;
  /** The key path, formatted: `fleet[0].unitPrice`. */
  key: string;
  path: PathKey[];
  /** Ascending, in `unit` when one was written, else in the unit the field reads a bare number in. */
  values: number[];
  /** The unit written on the command line, or null for bare numbers. */
  unit: string | null;
  /** Values minesim worked out itself (a sensitivity's ends from --by): see Override.canonical. */
  canonical?: true;
}

export type VaryResult = { ok: true; axes: SweepAxis[] } | { ok: false; problems: Problem[] };

/** Most values one range may ask for; the grid as a whole has its own limit. */
export const MAX_RANGE_VALUES = 1000;
/** Most grid points one sweep runs: a guard against `:1000` on two axes, not a performance limit. */
export const MAX_GRID_POINTS = 1000;

// A decimal number, then whatever follows (the unit).
const VALUE = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*(.*)$/s;
/** A number in thousands at the start of a range's end (`1,000` of `1,000 USD`), groups of three digits. */
const GROUPED = /^([+-]?\d{1,3}(?:,\d{3})+)(?![\d,])/;
/**
 * One value in thousands, its unit after it, whose every group after a comma starts with 0
 * (`10,000`, `1,000,000`, `2,050 USD`): as a list it would hold `000` or `050`, which no list value
 * is written as; `100,200` and `1,500` stay lists.
 */
const GROUPED_VALUE = /^[+-]?\d{1,3}(?:,0\d\d)+(?:\.\d+)?(?:\s*[^\d\s,.][^,]*)?$/;

/**
 * `end`, a range's end, with the thousands separators of its number taken out (`1,000 USD` ->
 * `1000 USD`): in a range no comma separates values, so `1,000` can only be a thousand.
 */
export function ungrouped(end: string): string {
  const trimmed = end.trim();
  return trimmed.replace(GROUPED, (digits) => digits.replaceAll(',', ''));
}
/** How a unit begins: a letter (USD, kW, months, the micro sign), or %, per mille or degree (escaped: the bundles stay ASCII). */
const UNIT_START = /^[\p{L}%\u2030\u00b0]/u;
/** A calendar date, as a start or a purchase is written. */
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Sections the sweep controls itself, or that change no number of a run. */
const NOT_AXES = new Set(['monteCarlo', 'outputs']);

export function parseVaries(texts: readonly string[]): VaryResult {
  const axes: SweepAxis[] = [];
  const problems: Problem[] = [];
  for (const text of texts) {
    const result = parseVary(text);
    if (typeof result === 'string')
      problems.push({ file: '--vary', line: 0, col: 0, path: text, message: result });
    else axes.push(result);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, axes };
}

/** One axis, or the message saying what is wrong with it. */
export function parseVary(text: string): SweepAxis | string {
  const eq = text.indexOf('=');
  if (eq <= 0) return m.noEquals();
  // The key path grammar is the one --set uses; a placeholder value keeps the value out of it.
  const parsedKey = parseOverrides([`${text.slice(0, eq)}=0`]);
  if (!parsedKey.ok) return parsedKey.problems[0]?.message ?? overrideMessages.badPath();
  const path = parsedKey.overrides[0].path;
  const key = formatPath(path);
  if (NOT_AXES.has(String(path[0]))) return m.notAnAxis(key);
  const spec = text.slice(eq + 1).trim();
  const range = splitRange(spec);
  // Read as 0: where the field refuses 0, its least is the figure to give.
  const least = () => leastAt(path);
  // A whole-number field reads its values as the schema does (schema/whole-number.ts). Asked only
  // where the answer matters (a comma in a range's end, a range's value that is no whole number):
  // the schema it reads is built on first use, which a run with a plain sweep need not pay for.
  const whole = () => wholeAt(path);
  const written = range ? readRange(range, least, whole) : readList(spec, least);
  if (typeof written === 'string') return written;
  if (range !== null && !written.values.every(Number.isInteger) && whole()) {
    const problem = wholeStepsProblem(key, spec, written.values);
    if (problem !== null) return problem;
  }
  const units = written.units.filter((u): u is string => u !== null);
  // `1 year..3 years` is one unit, written singular and plural: the last written names the axis.
  if (new Set(units.map(unitKey)).size > 1) return m.mixedUnits([...new Set(units)]);
  const values = written.values.slice().sort((a, b) => a - b);
  const twice = values.find((v, i) => i > 0 && v === values[i - 1]);
  if (twice !== undefined) return m.duplicateValue(twice);
  return { text, key, path, values, unit: units.at(-1) ?? null };
}

/** A unit as an axis compares it: a time unit's plural or short form is its singular (`years` and `y` are `year`). */
function unitKey(unit: string): string {
  return unit
    .replace(/[A-Za-z_]+/g, (token) => TIME_ABBREVIATIONS.get(token) ?? token)
    .replace(/\b(year|month|week|day|hour|minute|second)s\b/gi, '$1');
}

interface Written {
  values: number[];
  units: (string | null)[];
}

function readValue(
  item: string,
  least: () => string | undefined,
): { value: number; unit: string | null } | string {
  const trimmed = item.trim();
  if (DATE.test(trimmed)) return m.dateNotSwept(trimmed);
  // `0x10` would read as 0 in a unit "x10" (typed-number.ts).
  const form = numberFormProblem(trimmed);
  if (form !== undefined) return form;
  const match = VALUE.exec(trimmed);
  if (!match) return trimmed === '' ? m.emptyValue() : m.notANumber(trimmed);
  const unit = match[2].trim();
  // What follows the number is a unit only if it starts as one: `2023-06-01` is no 2023 of "-06-01".
  if (unit !== '' && !UNIT_START.test(unit)) return m.notANumber(trimmed);
  const value = Number(match[1]);
  // 1e-400 would be swept as 0, 1e400 as Infinity (number-range.ts).
  const out = outOfRange(match[1], value);
  if (out !== null)
    return m.outOfRange(trimmed, out === 'too-small', out === 'too-small' ? least() : undefined);
  return { value, unit: unit === '' ? null : unit };
}

/**
 * The problem of a range over a whole-number field between whole ends that steps by a fraction
 * (`1000..2000:4`), with the numbers of values near the one asked for that step by whole numbers;
 * null otherwise (a value that is no whole number, in a list or at an end, the schema refuses
 * under the field, as it does in a file).
 */
function wholeStepsProblem(key: string, spec: string, values: readonly number[]): string | null {
  const from = values[0];
  const to = values[values.length - 1];
  if (!Number.isInteger(from) || !Number.isInteger(to) || values.every(Number.isInteger)) return null;
  const span = to - from;
  const asked = values.length;
  const counts = Array.from({ length: Math.min(span, MAX_RANGE_VALUES - 1) }, (_, i) => i + 2)
    .filter((n) => span % (n - 1) === 0)
    .sort((a, b) => Math.abs(a - asked) - Math.abs(b - asked) || b - a)
    .slice(0, 3)
    .sort((a, b) => a - b);
  const step = Number((span / (asked - 1)).toFixed(2)).toLocaleString('en-US');
  return m.notWholeSteps(key, spec, step, counts);
}

function readList(spec: string, least: () => string | undefined): Written | string {
  const out: Written = { values: [], units: [] };
  // One number in thousands (`10,000`, `1,000 USD`) is one value: no list has a value of three
  // digits with a leading 0 after one ending in a digit (below), so its commas group thousands.
  if (GROUPED_VALUE.test(spec.trim())) {
    const v = readValue(ungrouped(spec), least);
    return typeof v === 'string' ? v : { values: [v.value], units: [v.unit] };
  }
  const items = spec.split(',');
  // `1,000,2,000`: a value of three digits with a leading 0 after one ending in a digit is a
  // thousand cut at its separator, not a list value (`100,200` is a list; `1,000` cannot be).
  if (items.some((item, i) => i > 0 && /^0\d\d(?!\d)/.test(item.trim()) && /\d$/.test(items[i - 1].trim())))
    return m.listThousands(spec);
  for (const item of items) {
    const v = readValue(item, least);
    if (typeof v === 'string') return v;
    out.values.push(v.value);
    out.units.push(v.unit);
  }
  return out;
}

/** `a..b:n` as [a, b, n] (n undefined without a colon), or null when `spec` is no range. */
function splitRange(spec: string): [string, string, string | undefined] | null {
  const dots = spec.indexOf('..', 1);
  if (dots < 0 || dots + 2 >= spec.length) return null;
  const rest = spec.slice(dots + 2);
  const colon = rest.indexOf(':', 1);
  return colon < 0
    ? [spec.slice(0, dots), rest, undefined]
    : [spec.slice(0, dots), rest.slice(0, colon), rest.slice(colon + 1)];
}

/**
 * A range's number of values, read as a number option reads it (`--paths 1e3`, `--paths 1,000`;
 * typed-number.ts): `1e3`, `1,000`; NaN where it is no number.
 */
function rangeCount(text: string | undefined): number {
  const trimmed = text?.trim() ?? '';
  return DECIMAL.test(trimmed) ? Number(trimmed.replaceAll(',', '')) : Number.NaN;
}

function readRange(
  [fromText, toText, countText]: [string, string, string | undefined],
  least: () => string | undefined,
  whole: () => boolean,
): Written | string {
  // An end of a whole-number field with commas that group no thousands (`1,00`, `1,5`), refused
  // as the schema refuses it, not as no number.
  if ((fromText.includes(',') || toText.includes(',')) && whole())
    for (const end of [fromText, toText]) {
      const digits = /^[+-]?\d[\d,]*/.exec(end.trim())?.[0] ?? '';
      if (digits.includes(',') && !GROUPED.test(digits))
        return schemaMessages.badGrouping(digits.replaceAll(',', ''));
    }
  const countForm = countText === undefined ? undefined : numberFormProblem(countText);
  if (countForm !== undefined) return countForm;
  const count = rangeCount(countText);
  // `0.02..0.12:6 USD/kWh`: the unit written after the count, where it reads as no number.
  const unitAfter = /^(\d+)\s*([\p{L}%\u2030\u00b0].*)$/su.exec(countText?.trim() ?? '');
  if (Number.isNaN(count) && unitAfter)
    return m.unitAfterCount(
      countText?.trim() ?? '',
      `${fromText.trim()}..${toText.trim()} ${unitAfter[2].trim()}:${unitAfter[1]}`,
    );
  if (!Number.isInteger(count) || count < 2 || count > MAX_RANGE_VALUES)
    return m.rangeCount(countText?.trim() ?? '', MAX_RANGE_VALUES);
  const from = readValue(ungrouped(fromText), least);
  if (typeof from === 'string') return from;
  const to = readValue(ungrouped(toText), least);
  if (typeof to === 'string') return to;
  if (from.value === to.value && unitKey(from.unit ?? to.unit ?? '') === unitKey(to.unit ?? from.unit ?? ''))
    return m.rangeSameEnds(fromText.trim(), count);
  // 12 significant digits drop the float noise of the steps (0.1 + 0.05 * 2 is 0.2, not 0.20000000000000004).
  const values = Array.from({ length: count }, (_, i) =>
    Number((from.value + ((to.value - from.value) * i) / (count - 1)).toPrecision(12)),
  );
  return { values, units: [from.unit, to.unit] };
}

/**
 * What is wrong with a set of axes as a grid (an axis twice, an axis also set with --set, too many
 * points), as the message and the offending axis; undefined when nothing is.
 */
export function gridProblem(
  axes: readonly SweepAxis[],
  setKeys: ReadonlySet<string> = new Set(),
): { message: string; axes: SweepAxis[] } | undefined {
  // The boundaries are looked for along the first axis (study/sweep-crossings.ts): with one value
  // there, every row is one point and no crossing along the others would be found.
  const next = axes.find((a) => a.values.length > 1);
  if (axes[0]?.values.length === 1 && next !== undefined)
    return {
      message: m.firstAxisOneValue(
        axes[0].key,
        `${plainFigure(axes[0].values[0])}${axes[0].unit === null ? '' : ` ${axes[0].unit}`}`,
        next.key,
      ),
      axes: [axes[0]],
    };
  for (const [i, axis] of axes.entries()) {
    if (axes.findIndex((a) => a.key === axis.key) < i)
      return { message: m.duplicateAxis(axis.key), axes: [axis] };
    if (setKeys.has(axis.key)) return { message: m.setAndVaried(axis.key), axes: [axis] };
  }
  const size = axes.reduce((n, a) => n * a.values.length, 1);
  if (size > MAX_GRID_POINTS) return { message: m.tooManyPoints(size, MAX_GRID_POINTS), axes: [...axes] };
  return undefined;
}
