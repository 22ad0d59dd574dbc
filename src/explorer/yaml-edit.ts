// Writes a control's value into the scenario's YAML text, keeping the analyst's comments and
// layout: a scalar already there is replaced where it stands in the text (its comment and
// alignment stay); a key the scenario does not write yet is added by the YAML library, which then
// lays the document out again. The text, not a parsed object, is the explorer's state, so what is
// shown, validated, downloaded and shared is always the same scenario.
import { isScalar, parse, parseDocument } from 'yaml';
import { DEFAULT_NETWORK_MODEL, DEFAULT_PRICE_MODEL, defaultedFamilies } from '../model/market/defaults.js';
import { parseScenarioText, withLineFeeds } from '../scenario/document.js';
import type { PathKey } from '../scenario/problem.js';

/** A decimal number as an analyst types one; anything else (hex, `1e`, `0,05`) is no number here. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export function isDecimalNumber(text: string): boolean {
  return DECIMAL.test(text);
}

/** A decimal number a double does not hold: `1e-400` reads as 0, `1e309` as Infinity. */
export function isUnheldNumber(text: string): boolean {
  if (!DECIMAL.test(text)) return false;
  const number = Number(text);
  return !Number.isFinite(number) || (number === 0 && /[1-9]/.test(text.replace(/e.*$/i, '')));
}

/**
 * A number as the analyst typed it in a control's box (`1e20`, `1e-400`): written into the YAML as
 * typed, as a file would hold it, so a refusal quotes it as typed (not 100000000000000000000) and
 * one a double does not hold is refused where it stands, as in a file or in `--set`.
 */
export class NumberText {
  constructor(readonly text: string) {}
}

/** A value as the YAML library takes it: a number as typed is a number, unless no double holds it. */
function libraryValue(value: unknown): unknown {
  if (!(value instanceof NumberText)) return value;
  return isUnheldNumber(value.text) ? value.text : Number(value.text);
}

/** A value as YAML source: plain where that reads back as the same string, else double-quoted. */
function scalarSource(value: number | string | boolean | NumberText): string {
  if (value instanceof NumberText) return value.text;
  if (typeof value !== 'string') return String(value);
  const plain = /^[A-Za-z0-9_.%/+-]+( [A-Za-z0-9_.%/+-]+)*$/.test(value);
  // Read back as this very string: `null` typed into a box is the text null (as `--set` reads it),
  // not YAML's null, which the schema could only call "another kind of value"; a name "2017" stays text.
  return plain && parseDocument(value).toJS() === value ? value : JSON.stringify(value);
}

export function setScenarioValue(written: string, path: readonly PathKey[], value: unknown): string {
  // A file with CR alone at its lines' ends is read as YAML reads it (document.ts), and written
  // back with LFs.
  const text = withLineFeeds(written);
  const doc = parseDocument(text);
  const node = doc.getIn(path, true);
  const simple =
    typeof value === 'number' ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    value instanceof NumberText;
  if (isScalar(node) && node.range && simple) {
    const [start, end] = node.range;
    return `${text.slice(0, start)}${scalarSource(value)}${text.slice(end)}`;
  }
  // A text that is no YAML cannot take a new key (the library will not lay it out): it stays as it
  // is, and its problems stay listed until the analyst mends it.
  if (doc.errors.length > 0) return text;
  doc.setIn(path, libraryValue(value));
  return doc.toString({ lineWidth: 0 });
}

const DEFAULT_MODELS = { price: DEFAULT_PRICE_MODEL, network: DEFAULT_NETWORK_MODEL };

/**
 * A control's value written at `path`. A parameter of a market model the scenario leaves to its
 * default (a network drift the page reads from the default model's calibration) is written with
 * that default model, as the scenario would state it: the parameter alone would be a model without
 * a type.
 */
export function setInputValue(text: string, path: readonly PathKey[], value: unknown): string {
  const [family, model, key, ...rest] = path;
  if (
    model === 'model' &&
    typeof key === 'string' &&
    rest.length === 0 &&
    (family === 'price' || family === 'network')
  ) {
    const written = writtenValue(text);
    if (written !== null && typeof written === 'object' && defaultedFamilies(written).includes(family))
      return setScenarioValue(text, [family, 'model'], {
        ...DEFAULT_MODELS[family],
        [key]: libraryValue(value),
      });
  }
  return setScenarioValue(text, path, value);
}

/** The text as YAML, or null where it is not (the schema then says what is wrong). */
function writtenValue(text: string): unknown {
  try {
    return parse(withLineFeeds(text));
  } catch {
    return null;
  }
}

/** The scenario name a YAML text gives, or null where it gives none it can be read for. */
export function scenarioNameIn(yaml: string, file: string): string | null {
  const parsed = parseScenarioText(yaml, file);
  const name = parsed.ok ? (parsed.doc.value as { name?: unknown } | null)?.name : undefined;
  return typeof name === 'string' ? name : null;
}
