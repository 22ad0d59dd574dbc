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

/** Whether `path` is `field`'s first keys (`*` any index): a path at or above the field. */
function leadsTo(path: readonly PathKey[], field: readonly (string | '*')[]): boolean {
  return (
    path.length <= field.length &&
    path.every((key, i) => (field[i] === '*' ? typeof key === 'number' : key === field[i]))
  );
}

/** The message for `written` at such a field, or undefined where it is taken. */
export function bareOverOne(written: unknown): string | undefined {
  if (!writtenBare(written)) return undefined;
  const read = parseQuantity(written, 'fraction');
  return read.ok && read.value > 1 ? unitMessages.bareFractionOverOne(written, read.value) : undefined;
}

/** Every place of `value` (written at `at`) at one of the fields, with its path. */
function placesIn(value: unknown, at: readonly PathKey[] = []): { path: PathKey[]; written: unknown }[] {
  const out: { path: PathKey[]; written: unknown }[] = [];
  const walk = (node: unknown, field: readonly (string | '*')[], path: PathKey[]) => {
    if (field.length === 0) {
      out.push({ path, written: node });
      return;
    }
    const [key, ...rest] = field;
    if (key === '*') {
      if (Array.isArray(node)) for (let i = 0; i < node.length; i++) walk(node[i], rest, [...path, i]);
    } else if (node !== null && typeof node === 'object' && Object.hasOwn(node, key))
      walk((node as Record<string, unknown>)[key], rest, [...path, key]);
  };
  for (const field of BARE_AT_MOST_ONE) if (leadsTo(at, field)) walk(value, field.slice(at.length), [...at]);
  return out;
}

/**
 * The problems of a scenario's written values (`doc`, before `overrides`), and of the overrides on
 * top (a --set or --vary of the field, or of a mapping or list holding it): each where it was
 * written, the file's place (unless an override replaced it) or the override that gave it.
 */
export function bareFractionProblems(doc: ParsedDocument, overrides: readonly Override[]): Problem[] {
  const problems: Problem[] = [];
  const replaced = (path: readonly PathKey[]) =>
    overrides.some((o) => o.path.length <= path.length && o.path.every((key, i) => key === path[i]));
  for (const { path, written } of placesIn(doc.value)) {
    const message = bareOverOne(written);
    if (message !== undefined && !replaced(path))
      problems.push({ file: doc.file, ...doc.locate(path), path: formatPath(path), message });
  }
  for (const o of overrides) {
    if (o.canonical === true) continue;
    for (const { path, written } of placesIn(o.value, o.path)) {
      const message = bareOverOne(written);
      if (message !== undefined)
        problems.push({ file: `--set ${o.text}`, line: 0, col: 0, path: formatPath(path), message });
    }
  }
  return problems;
}
