// `--set key.path=value` overrides: applied to the scenario as written, before validation, so an
// override is checked exactly like the file. Values are read as YAML (`20`, `0.05 USD/kWh`,
// `{ type: gbm, calibrate: 2 years }`).
//
// A key path comes from the command line (or a scenario's sweep block) and walks into plain
// objects, so the names JavaScript gives a meaning to (`__proto__`, `prototype`, `constructor`)
// are refused wherever a path is parsed: every --set, --vary, --input and sweep.vary goes through
// parsePath here. No scenario field has those names.
import { parse, parseDocument, visit } from 'yaml';
import { documentMessages } from '../messages/documents.js';
import { overrideMessages as m } from '../messages/overrides.js';
import { type CommaSplit, commaSplits } from './comma-splits.js';
import { numberProblem } from './node-problems.js';
import { formatPath, type PathKey, type Problem } from './problem.js';
import { LIMITS } from './schema/limits.js';

export interface Override {
  text: string;
  path: PathKey[];
  value: unknown;
  /**
   * A value minesim worked out itself (a sensitivity's ends), in the unit the field reads a bare
   * number in: not held to the rules on what an analyst writes bare (bare-fractions.ts).
   */
  canonical?: true;
}

/**
 * Refused, the overrides that could be read are given too: a command validates the scenario with
 * them, so every --set problem (the unreadable ones and the schema's of the rest) is said at once.
 */
export type OverrideResult =
  | { ok: true; overrides: Override[] }
  | { ok: false; problems: Problem[]; overrides: Override[] };

const SEGMENT = /^([A-Za-z_][\w-]*)((?:\[\d+\])*)$/;
/** Keys that would reach an object's prototype instead of a field. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'prototype', 'constructor']);
/** A path has at most this many keys and indexes; the scenario nests far fewer. */
const MAX_PATH_KEYS = 32;
const MAX_PATH_CHARS = 400;
/** Highest list index a path may name: an index far past a list's end would make it that long. */
const MAX_INDEX = 9999;

export function parseOverrides(texts: readonly string[]): OverrideResult {
  const overrides: Override[] = [];
  const problems: Problem[] = [];
  for (const text of texts) {
    const eq = text.indexOf('=');
    const fail = (message: string) => problems.push({ file: '--set', line: 0, col: 0, path: text, message });
    if (eq <= 0) {
      fail(m.noEquals());
      continue;
    }
    const path = parsePath(text.slice(0, eq).trim());
    if (typeof path === 'string') {
      fail(path);
      continue;
    }
    let value: unknown;
    try {
      value = parse(text.slice(eq + 1), { maxAliasCount: 0 });
    } catch {
      fail(m.badValue());
      continue;
    }
    const number = numberIn(text.slice(eq + 1), path);
    if (number !== null) {
      fail(number);
      continue;
    }
    // `claims=[npv > 1,000]`: refused once as written, not as the claims `npv > 1` and 0.
    const split = splitIn(text.slice(eq + 1));
    if (split !== undefined) {
      const item = formatPath([...path, ...split.path]);
      fail(
        split.thousands
          ? documentMessages.commaSplit(split.written, split.joined, split.items, item)
          : documentMessages.commaNumberSplit(split.written, split.items, item),
      );
      continue;
    }
    overrides.push({ text, path, value: value === null ? text.slice(eq + 1).trim() : value });
  }
  return problems.length > 0 ? { ok: false, problems, overrides } : { ok: true, overrides };
}

/** The problem of a number in a value that a double cannot hold (document.ts numberProblem), or null. */
function numberIn(value: string, path: readonly PathKey[]): string | null {
  let found: string | null = null;
  const doc = parseDocument(value);
  visit(doc, {
    // A value written alone is the field's at the path, which words the least it takes.
    Scalar: (_, node) => {
      found ??= numberProblem(node, node === doc.contents ? path : []);
    },
  });
  return found;
}

/** The first text a list in brackets in `value` cuts at its thousands separators (comma-splits.ts). */
function splitIn(value: string): CommaSplit | undefined {
  const doc = parseDocument(value);
  return doc.contents === null ? undefined : commaSplits(doc.contents, value)[0];
}

/** The path's keys and indexes, or the message saying what is wrong with it. */
export function parsePath(text: string): PathKey[] | string {
  if (text.length > MAX_PATH_CHARS) return m.pathTooLong(text.length, MAX_PATH_CHARS);
  const path: PathKey[] = [];
  for (const part of text.split('.')) {
    if (/^\d+$/.test(part)) {
      path.push(Number(part));
      continue;
    }
    const match = SEGMENT.exec(part);
    if (!match) return m.badPath();
    if (match[1].length > LIMITS.keyChars) return m.keyTooLong(match[1].length, LIMITS.keyChars);
    if (FORBIDDEN_KEYS.has(match[1])) return m.forbiddenKey(match[1]);
    path.push(match[1]);
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]));
  }
  if (path.length > MAX_PATH_KEYS) return m.pathTooDeep(path.length, MAX_PATH_KEYS);
  const index = path.find((key) => typeof key === 'number' && !(key <= MAX_INDEX));
  if (index !== undefined) return m.indexTooLarge(String(index), MAX_INDEX);
  return path.length > 0 ? path : m.badPath();
}

/**
 * Applies overrides to a plain copy of the written scenario (creating mappings as needed). Keys
 * are set as own properties and read only when own, so even a key the parser let through could
 * not reach a prototype; mappings created here have none.
 */
export function applyOverrides(value: unknown, overrides: readonly Override[]): unknown {
  const root = structuredClone(value) as Record<string | number, unknown>;
  for (const o of overrides) {
    let node = root;
    for (let i = 0; i < o.path.length - 1; i++) {
      const key = o.path[i];
      const next = Object.hasOwn(node, key) ? node[key] : undefined;
      if (next === null || typeof next !== 'object')
        setOwn(node, key, typeof o.path[i + 1] === 'number' ? [] : Object.create(null));
      node = node[key] as Record<string | number, unknown>;
    }
    setOwn(node, o.path[o.path.length - 1], o.value);
  }
  return root;
}

function setOwn(node: Record<string | number, unknown>, key: PathKey, value: unknown): void {
  Object.defineProperty(node, key, { value, writable: true, enumerable: true, configurable: true });
}
