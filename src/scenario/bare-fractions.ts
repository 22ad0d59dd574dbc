// Bare numbers above 1 where a bare number is a fraction and the field's values may pass 100 %:
// the discount rate (at most 1,000 %) and a cohort's import premium (at most 1,000 %). Read as a
// fraction, `discountRate: 10` was 1,000 % where 10 % was most likely meant, and the run printed
// NPVs at that rate without a word. An analyst who writes such a number, in the file, a --set or a
// --vary, is told what it would read as and to write its unit; a value minesim works out itself
// (a sensitivity's ends, `canonical` overrides) is a fraction by construction and is not held to it.
// Every other fraction field stops at 100 % or reads a bare number above 1 as meant (a speed of
// mean reversion of 2 a year).

import { unitMessages } from '../messages/units.js';
import type { ParsedDocument } from './document.js';
import type { Override } from './overrides.js';
import { formatPath, type PathKey, type Problem } from './problem.js';
import { parseQuantity, writtenBare } from './units.js';

/** The fields, `*` standing for any index of a list (schema: `bareAtMostOne`). */
export const BARE_AT_MOST_ONE: readonly (readonly (string | '*')[])[] = [
  ['money', 'discountRate'],
  ['fleet', '*', 'importPremium'],
];

/** Whether `path` is one of the fields. */
export function isBareAtMostOne(path: readonly PathKey[]): boolean {
  return BARE_AT_MOST_ONE.some(
    (field) =>
      field.length === path.length &&
      field.every((key, i) => (key === '*' ? typeof path[i] === 'number' : key === path[i])),
  );
}

/** The message for `written` at such a field, or undefined where it is taken. */
export function bareOverOne(written: unknown): string | undefined {
  if (!writtenBare(written)) return undefined;
  const read = parseQuantity(written, 'fraction');
  return read.ok && read.value > 1 ? unitMessages.bareFractionOverOne(written, read.value) : undefined;
}

/** Every place of `value` (a scenario as written) at one of the fields, with its path. */
function placesIn(value: unknown): { path: PathKey[]; written: unknown }[] {
  const out: { path: PathKey[]; written: unknown }[] = [];
  const walk = (node: unknown, field: readonly (string | '*')[], at: PathKey[]) => {
    if (field.length === 0) {
      out.push({ path: at, written: node });
      return;
    }
    const [key, ...rest] = field;
    if (key === '*') {
      if (Array.isArray(node)) for (let i = 0; i < node.length; i++) walk(node[i], rest, [...at, i]);
    } else if (node !== null && typeof node === 'object' && Object.hasOwn(node, key))
      walk((node as Record<string, unknown>)[key], rest, [...at, key]);
  };
  for (const field of BARE_AT_MOST_ONE) walk(value, field, []);
  return out;
}

/**
 * The problems of a scenario's written values (`doc`, before `overrides`), and of the overrides on
 * top: each where it was written, the file's place or the --set (or --vary) that gave it.
 */
export function bareFractionProblems(doc: ParsedDocument, overrides: readonly Override[]): Problem[] {
  const problems: Problem[] = [];
  const set = new Set<string>();
  for (const o of overrides) if (isBareAtMostOne(o.path)) set.add(formatPath(o.path));
  for (const { path, written } of placesIn(doc.value)) {
    const message = bareOverOne(written);
    const key = formatPath(path);
    if (message !== undefined && !set.has(key))
      problems.push({ file: doc.file, ...doc.locate(path), path: key, message });
  }
  for (const o of overrides) {
    if (o.canonical === true || !isBareAtMostOne(o.path)) continue;
    const message = bareOverOne(o.value);
    if (message !== undefined)
      problems.push({ file: `--set ${o.text}`, line: 0, col: 0, path: formatPath(o.path), message });
  }
  return problems;
}
