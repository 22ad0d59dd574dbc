// The text vega writes for a screen reader into a chart's SVG (each mark's, axis's and legend's
// aria-label) takes its figures from vega's own formatting, not from the chart's labels: a band's
// upper edge, which has no format, as JavaScript writes a number (`p95: 8.81042e+13`), a figure
// from 1e15 in every digit, an axis's span in the axis's d3 format alone (`values from
// -4,000,000,000,000,000 to ...`), a revenue of 5e-22 USD a day as 0. The compiled vega spec is
// rewritten so that each reads as the chart's labels and tooltips write it (figure-labels.ts).

import { formattedFigure } from './figure-labels.js';

type Node = Record<string, unknown>;

/** Whether `format` writes a share (`.0%`): read as vega writes it, a share has no exponent. */
const isShare = (format: string) => format.includes('%');

/** A number vega's description writes: `format(datum["p95"], "")`, its field and d3 format. */
const FORMATTED = /format\(datum\["((?:[^"\\]|\\.)*)"\], "((?:[^"\\]|\\.)*)"\)/g;

/** The text of a string literal in a vega expression (written as JSON writes one). */
const literal = (text: string) => JSON.parse(`"${text}"`) as string;

/** The field a mark's encoding channel reads (`{ scale: 'y', field: 'p95' }`), if one. */
function fieldOf(channel: unknown): string | undefined {
  const field = (channel as Node | undefined)?.field;
  return typeof field === 'string' ? field : undefined;
}

/** A d3 format of a fixed count of decimals, one or more: `.2f`. */
const FIXED_DECIMALS = /^,?\.[1-9]\d*f$/;

/** Six significant digits: a figure's format where vega-lite gives it none and no channel pairs it. */
const PLAIN = ',.6~r';

/**
 * A mark's description expression with each figure as the chart writes it. A figure without a
 * format that is a range's far end (a band's upper edge, `y2`, or a bar's `x2`; `ends` maps its
 * field to its near end's) is written in its near end's format, else to six significant digits.
 */
export function describedFigures(expr: string, ends: ReadonlyMap<string, string> = new Map()): string {
  const formats = new Map([...expr.matchAll(FORMATTED)].map((m) => [literal(m[1]), literal(m[2])]));
  return expr.replace(FORMATTED, (_, field: string, written: string) => {
    const value = `datum["${field}"]`;
    const near = ends.get(literal(field));
    const format = literal(written) || (near === undefined ? '' : (formats.get(near) ?? '')) || PLAIN;
    const plain = `format(${value}, ${JSON.stringify(format)})`;
    if (isShare(format)) return plain;
    // A fixed count of decimals keeps them at 0 (`0.00` years, as the tooltip beside it reads).
    return FIXED_DECIMALS.test(format)
      ? `(${value} == 0 ? ${plain} : ${formattedFigure(value, format)})`
      : `(${formattedFigure(value, format)})`;
  });
}

/** A mark's far-end fields (x2, y2) mapped to their near ends' (x, y), from its encoding. */
function rangeEnds(encode: unknown): Map<string, string> {
  const ends = new Map<string, string>();
  for (const set of Object.values((encode ?? {}) as Node)) {
    for (const axis of ['x', 'y']) {
      const far = fieldOf((set as Node)?.[`${axis}2`]);
      const near = fieldOf((set as Node)?.[axis]);
      if (far !== undefined && near !== undefined) ends.set(far, near);
    }
  }
  return ends;
}

/** Scales by name, across the spec's groups (vega-lite names them uniquely: `y`, `concat_1_y`); not in its data. */
function scaleTypes(node: unknown, out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(node)) for (const n of node) scaleTypes(n, out);
  else if (node !== null && typeof node === 'object') {
    const scales = (node as Node).scales;
    if (Array.isArray(scales))
      for (const s of scales as Node[])
        if (typeof s.name === 'string') out.set(s.name, String(s.type ?? 'linear'));
    for (const [key, value] of Object.entries(node))
      if (key !== 'data' && value !== null && typeof value === 'object') scaleTypes(value, out);
  }
  return out;
}

const NUMERIC_SCALES = new Set(['linear', 'log', 'symlog', 'pow', 'sqrt']);

/**
 * An axis's description as vega words it (`Y-axis titled '…' for a linear scale with values from
 * -4e15 to 2e16`), its span's ends written as its labels are, where vega would write one otherwise:
 * from 1e15 or under a billionth, or a whole-dollar end under 0.5 (vega's `0` or `-0`); elsewhere
 * null, and vega's own words stand. Undefined for an axis of dates or shares, or hidden.
 */
function axisDescription(axis: Node, scaleType: string | undefined): string | undefined {
  const format = typeof axis.format === 'string' ? axis.format : '';
  if (axis.aria === false || scaleType === undefined || !NUMERIC_SCALES.has(scaleType) || isShare(format))
    return undefined;
  const scale = JSON.stringify(axis.scale);
  const ends = [`domain(${scale})[0]`, `peek(domain(${scale}))`];
  const text = (value: string) => formattedFigure(value, format || PLAIN);
  const xy = axis.orient === 'left' || axis.orient === 'right' ? 'Y' : 'X';
  const title = Array.isArray(axis.title) ? axis.title.join(' ') : axis.title;
  const head = `${xy}-axis${typeof title === 'string' && title !== '' ? ` titled '${title}'` : ''} for a ${scaleType} scale with values from `;
  const differs = ends
    .map((v) => `abs(${v}) >= 1e15 || (${v} != 0 && abs(${v}) < ${format === ',.0f' ? 0.5 : 1e-9})`)
    .join(' || ');
  // JSON's string is one vega reads, but for the line separators JSON leaves raw, which end a line.
  const quoted = JSON.stringify(head)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `${differs} ? ${quoted} + (${text(ends[0])}) + ' to ' + (${text(ends[1])}) : null`;
}

/** The compiled vega spec `spec` with every figure of its aria text written as its labels write it. */
export function withAriaFigures<S>(spec: S): S {
  const types = scaleTypes(spec);
  const rewrite = (node: unknown, key?: string, ends = new Map<string, string>()): unknown => {
    if (Array.isArray(node)) return node.map((n) => rewrite(n, key, ends));
    // A spec's data (its rows, thousands of them) has no aria text: it is kept, not copied.
    if (node === null || typeof node !== 'object' || key === 'data') return node;
    const out: Node = {};
    const own = key === 'encode' ? rangeEnds(node) : ends;
    for (const [k, v] of Object.entries(node)) {
      if (
        k === 'description' &&
        v !== null &&
        typeof v === 'object' &&
        typeof (v as Node).signal === 'string'
      )
        out[k] = { ...(v as Node), signal: describedFigures((v as Node).signal as string, own) };
      else out[k] = rewrite(v, k, own);
    }
    if (key === 'axes') {
      const description = axisDescription(out, types.get(String(out.scale)));
      if (description !== undefined) {
        const encode = (out.encode ?? {}) as Node;
        const axis = (encode.axis ?? {}) as Node;
        const update = (axis.update ?? {}) as Node;
        out.encode = {
          ...encode,
          axis: { ...axis, update: { ...update, description: { signal: description } } },
        };
      }
    }
    return out;
  };
  return rewrite(spec) as S;
}
