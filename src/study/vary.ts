// `--vary key.path=SPEC`: one axis of a parameter sweep. SPEC is a range `a..b:n` (n evenly spaced
// values, both ends included) or a list `a,b,c`. A value is a number, optionally with a unit written
// as in a scenario (`0.05 USD/kWh`); a unit written once applies to the axis's bare values, so
// `0.02..0.12 USD/kWh:6` and `1000,2000,4000 USD` read as meant. Thousands separators are not
// allowed: the comma separates values. Nothing here converts a unit: each value reaches the
// scenario as a `--set` override would, and the schema checks and converts it.
import { sweepMessages as m, overrideMessages } from '../scenario/messages.js';
import { parseOverrides } from '../scenario/overrides.js';
import { formatPath, type PathKey, type Problem } from '../scenario/problem.js';
import { scenarioJsonSchema } from '../scenario/validate.js';

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
}

export type VaryResult = { ok: true; axes: SweepAxis[] } | { ok: false; problems: Problem[] };

/** Most values one range may ask for; the grid as a whole has its own limit (sweep.ts). */
export const MAX_RANGE_VALUES = 1000;

// A decimal number, then whatever follows (the unit).
const VALUE = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*(.*)$/s;
const RANGE = /^(.+?)\.\.(.+?)(?::(.*))?$/s;
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
function parseVary(text: string): SweepAxis | string {
  const eq = text.indexOf('=');
  if (eq <= 0) return m.noEquals();
  // The key path grammar is the one --set uses; a placeholder value keeps the value out of it.
  const parsedKey = parseOverrides([`${text.slice(0, eq)}=0`]);
  if (!parsedKey.ok) return overrideMessages.badPath();
  const path = parsedKey.overrides[0].path;
  const key = formatPath(path);
  if (NOT_AXES.has(String(path[0]))) return m.notAnAxis(key);
  const spec = text.slice(eq + 1).trim();
  const range = RANGE.exec(spec);
  const written = range ? readRange(range) : readList(spec);
  if (typeof written === 'string') return written;
  const units = [...new Set(written.units.filter((u): u is string => u !== null))];
  if (units.length > 1) return m.mixedUnits(units);
  const values = written.values.slice().sort((a, b) => a - b);
  const twice = values.find((v, i) => i > 0 && v === values[i - 1]);
  if (twice !== undefined) return m.duplicateValue(twice);
  return { text, key, path, values, unit: units[0] ?? null };
}

interface Written {
  values: number[];
  units: (string | null)[];
}

function readValue(item: string): { value: number; unit: string | null } | string {
  const match = VALUE.exec(item.trim());
  if (!match) return item.trim() === '' ? m.emptyValue() : m.notANumber(item.trim());
  const unit = match[2].trim();
  return { value: Number(match[1]), unit: unit === '' ? null : unit };
}

function readList(spec: string): Written | string {
  const out: Written = { values: [], units: [] };
  for (const item of spec.split(',')) {
    const v = readValue(item);
    if (typeof v === 'string') return v;
    out.values.push(v.value);
    out.units.push(v.unit);
  }
  return out;
}

function readRange(match: RegExpExecArray): Written | string {
  const [, fromText, toText, countText] = match;
  const count = Number(countText?.trim() ?? Number.NaN);
  if (!/^\s*\d+\s*$/.test(countText ?? '') || count < 2 || count > MAX_RANGE_VALUES)
    return m.rangeCount(countText?.trim() ?? '', MAX_RANGE_VALUES);
  const from = readValue(fromText);
  if (typeof from === 'string') return from;
  const to = readValue(toText);
  if (typeof to === 'string') return to;
  // 12 significant digits drop the float noise of the steps (0.1 + 0.05 * 2 is 0.2, not 0.20000000000000004).
  const values = Array.from({ length: count }, (_, i) =>
    Number((from.value + ((to.value - from.value) * i) / (count - 1)).toPrecision(12)),
  );
  return { values, units: [from.unit, to.unit] };
}

/** What an axis value becomes in the written scenario: the number, or the number with its unit. */
export function axisOverrideValue(axis: SweepAxis, value: number): number | string {
  return axis.unit === null ? value : `${value} ${axis.unit}`;
}

/** `power.price=0.05`, `fleet[0].unitPrice=2000 USD`: an axis value as the user would write it. */
export function formatAxisValue(axis: SweepAxis, value: number): string {
  return `${axis.key}=${axisOverrideValue(axis, value)}`;
}

/**
 * The unit the axis values are in, for column headers and chart axes: the written unit, else the
 * unit the field's schema description gives a bare number ("A bare number is USD/kWh."), else
 * `number` for plain numbers and `fraction` for fractions written as percentages in the examples.
 * Null when the schema does not say; the values are then in the field's unnamed default unit.
 */
export function axisUnit(axis: SweepAxis): string | null {
  if (axis.unit !== null) return axis.unit;
  const node = schemaNodeAt(scenarioJsonSchema(), axis.path);
  if (!node) return null;
  const description = String(node.description ?? '');
  const bare = /a bare number is (?:an? )?(.+?)[.)]/i.exec(description);
  if (bare) return bare[1];
  if (node.type === 'number' || node.type === 'integer') return 'number';
  if (/e\.g\. `-?[\d.]+ %`/.test(description)) return 'fraction';
  return null;
}

/** `0.113 USD/kWh`, or a bare `12` when the axis is a plain number or fraction: for prose and labels. */
export function formatAxisQuantity(axis: SweepAxis, value: number): string {
  const unit = axisUnit(axis);
  return unit === null || unit === 'number' || unit === 'fraction' ? String(value) : `${value} ${unit}`;
}

type SchemaNode = { [key: string]: unknown };

/** The JSON Schema node of a scenario value, descending into every variant of a union. */
function schemaNodeAt(node: SchemaNode, path: readonly PathKey[]): SchemaNode | null {
  const variants = (node.anyOf ?? node.oneOf) as SchemaNode[] | undefined;
  if (variants) {
    // A leaf inside a union: prefer the variant that takes a number (a constant tariff).
    const found = variants.map((v) => schemaNodeAt(v, path)).filter((v): v is SchemaNode => v !== null);
    return found.find((v) => v.type !== 'object' && v.type !== 'array') ?? found[0] ?? null;
  }
  if (path.length === 0) return node;
  const [head, ...rest] = path;
  if (typeof head === 'number')
    return node.type === 'array' && node.items ? schemaNodeAt(node.items as SchemaNode, rest) : null;
  const child = (node.properties as Record<string, SchemaNode> | undefined)?.[head];
  return child ? schemaNodeAt(child, rest) : null;
}
