// Sweep axes as values and labels: what an axis value becomes in the scenario, and the unit its
// values are in for tables and charts. Reading the axes themselves (`--vary` and sweep.vary) is
// scenario/axes.ts, which the scenario schema shares.

import { plainFigure } from '../messages/shown.js';
import type { SweepAxis } from '../scenario/axes.js';
import type { Override } from '../scenario/overrides.js';
import type { PathKey } from '../scenario/problem.js';
import { BARE_UNIT_KEYWORD, PER_YEAR_KEYWORD } from '../scenario/schema/quantity.js';
import { scenarioJsonSchema } from '../scenario/validate.js';

export {
  MAX_RANGE_VALUES,
  parseVaries,
  type SweepAxis,
  type VaryResult,
} from '../scenario/axes.js';

/** What an axis value becomes in the written scenario: the number, or the number with its unit. */
export function axisOverrideValue(axis: SweepAxis, value: number): number | string {
  return axis.unit === null ? value : `${value} ${axis.unit}`;
}

/** The first grid point's values as overrides: what reads a value only the axes give. */
export function firstPointOverrides(axes: readonly SweepAxis[]): Override[] {
  return axes.map((axis) => ({
    text: axis.text,
    path: axis.path,
    value: axisOverrideValue(axis, axis.values[0]),
  }));
}

/** `power.price=0.05`, `fleet[0].unitPrice=2000 USD`: an axis value as the user would write it. */
export function formatAxisValue(axis: SweepAxis, value: number): string {
  return `${axis.key}=${axis.unit === null ? plainFigure(value) : withUnit(value, axis.unit)}`;
}

// A unit of time, singular or plural: the axis takes the last one written (`1 year..3 years`).
const TIME_UNIT = /^(year|month|week|day|hour|minute|second)s?$/;

/** `value unit`, a unit of time in the number the value takes: `1 year`, `2 years`, `0.5 days`. */
function withUnit(value: number, unit: string): string {
  const time = TIME_UNIT.exec(unit);
  if (!time) return `${plainFigure(value)} ${unit}`;
  return `${plainFigure(value)} ${time[1]}${value === 1 ? '' : 's'}`;
}

/**
 * The unit the axis values are in, for column headers and chart axes: the written unit (`%/year`
 * for a rate per year written in %), else the
 * unit the field's schema description gives a bare number ("A bare number is USD/kWh."), else
 * `number` for plain numbers and `fraction` for fractions written as percentages in the examples;
 * `fraction/year` for a rate per year (a drift, a failure rate: 0.08 is 8 % a year).
 * Null when the schema does not say; the values are then in the field's unnamed default unit.
 * With `scenario` (its values, as validated), a key in a union of objects told apart by a constant
 * (a hosting contract's `basis`: `rate` in USD/kW/month per kW, in USD/kWh all-in) is read in the
 * variant the scenario holds; without it, in the first that has the key.
 */
export function axisUnit(axis: SweepAxis, scenario?: unknown): string | null {
  const node = schemaNodeAt(scenarioJsonSchema(), axis.path, scenario);
  // A rate per year written in % (`drift=20 %..100 %:3`) is in %/year, as its field reads it.
  if (axis.unit !== null)
    return axis.unit === '%' && node && perYear(node, axis.path, scenario) ? '%/year' : axis.unit;
  if (!node) return null;
  const unit = bareUnitOf(node);
  return unit === 'fraction' && perYear(node, axis.path, scenario) ? PER_YEAR_FRACTION : unit;
}

/** The unit a schema node reads a bare number in, as axisUnit names it. */
function bareUnitOf(node: SchemaNode): string | null {
  const description = String(node.description ?? '');
  const bare = /a bare number is (?:an? )?(.+?)[.)]/i.exec(description);
  if (bare) return bare[1];
  // A quantity names the unit of its bare number in the schema (horizon: days; setupCost: USD).
  const keyword = node[BARE_UNIT_KEYWORD];
  if (typeof keyword === 'string') return keyword;
  if (node.type === 'number' || node.type === 'integer') return 'number';
  if (/e\.g\. `-?[\d.]+ %`/.test(description)) return 'fraction';
  return null;
}

/** The unit of a rate per year read as a fraction: 0.08 is 8 % a year. */
export const PER_YEAR_FRACTION = 'fraction/year';

/** Whether `unit`, an axisUnit, is a share or a rate written as a fraction (`0.05` is 5 %). */
export function isFractionUnit(unit: string | null): boolean {
  return unit === 'fraction' || unit === PER_YEAR_FRACTION;
}

/**
 * Whether the field at `path` reads a rate written per year (`8 %/year`): a rate-per-year quantity,
 * not a share whose period another key names (network growth's `rate` takes `200 %` and `per`).
 */
export function readsPerYearUnit(path: readonly PathKey[]): boolean {
  return schemaNodeAt(scenarioJsonSchema(), path)?.[PER_YEAR_KEYWORD] === true;
}

/**
 * Whether the schema node of the value at `path` is a rate per year: its kind says so, or the key
 * that names its period (network growth's `per`) is `year` in `scenario`, or is left at its default.
 */
function perYear(node: SchemaNode, path: readonly PathKey[], scenario?: unknown): boolean {
  const mark = node[PER_YEAR_KEYWORD];
  if (mark === true) return true;
  if (typeof mark !== 'string') return false;
  let parent: unknown = scenario;
  for (const key of path.slice(0, -1))
    parent =
      typeof parent === 'object' && parent !== null ? (parent as Record<PathKey, unknown>)[key] : undefined;
  const period =
    typeof parent === 'object' && parent !== null ? (parent as Record<string, unknown>)[mark] : undefined;
  return period === undefined || period === 'year';
}

/**
 * `0.113 USD/kWh`, a bare `12` when the axis is a plain number or fraction, `0.8 a year` for a rate
 * per year: for prose and labels.
 */
export function formatAxisQuantity(axis: SweepAxis, value: number): string {
  const unit = axisUnit(axis);
  if (unit === PER_YEAR_FRACTION) return `${plainFigure(value)} a year`;
  return unit === null || unit === 'number' || unit === 'fraction'
    ? plainFigure(value)
    : withUnit(value, unit);
}

type SchemaNode = { [key: string]: unknown };

/**
 * The JSON Schema node of a scenario value, descending into every variant of a union, or where
 * `value` (the scenario's value at `node`) is an object some variants hold, into those.
 */
function schemaNodeAt(node: SchemaNode, path: readonly PathKey[], value?: unknown): SchemaNode | null {
  const variants = (node.anyOf ?? node.oneOf) as SchemaNode[] | undefined;
  if (variants) {
    const held = variants.filter((v) => holds(v, value));
    // A leaf inside a union: prefer the variant that takes a number (a constant tariff).
    const found = (held.length > 0 ? held : variants)
      .map((v) => schemaNodeAt(v, path, value))
      .filter((v): v is SchemaNode => v !== null);
    return found.find((v) => v.type !== 'object' && v.type !== 'array') ?? found[0] ?? null;
  }
  if (path.length === 0) return node;
  const [head, ...rest] = path;
  const inner =
    typeof value === 'object' && value !== null ? (value as Record<PathKey, unknown>)[head] : undefined;
  if (typeof head === 'number')
    return node.type === 'array' && node.items ? schemaNodeAt(node.items as SchemaNode, rest, inner) : null;
  const child = (node.properties as Record<string, SchemaNode> | undefined)?.[head];
  return child ? schemaNodeAt(child, rest, inner) : null;
}

/** Whether `value` is the object variant `node` describes by its constants (`basis: all-in`). */
function holds(node: SchemaNode, value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const constants = Object.entries((node.properties as Record<string, SchemaNode> | undefined) ?? {}).filter(
    ([, p]) => 'const' in p,
  );
  return (
    constants.length > 0 && constants.every(([key, p]) => (value as Record<string, unknown>)[key] === p.const)
  );
}
