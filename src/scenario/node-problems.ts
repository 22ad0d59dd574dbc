// The problems the YAML parser passes over in a scenario file's nodes: keys given twice, too long or
// not names, and numbers written in another base or past what a double holds.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { documentMessages as m } from '../messages/documents.js';
import { leastAt } from './field-least.js';
import { keyName } from './node-locate.js';
import { outOfRange } from './number-range.js';
import type { PathKey } from './problem.js';
import { LIMITS } from './schema/limits.js';
import { numberFormProblem } from './typed-number.js';

/**
 * Keys used twice in one mapping, keys longer than LIMITS.keyChars, and numbers past a double's
 * range (numberProblem), in one pass over the tree:
 * a set per mapping keeps it linear in the number of keys. Keys compare as the text they become in
 * the scenario (`1` and `"1"` are the same key there).
 */
export interface KeyProblem {
  offset: number;
  path: PathKey[];
  message: string;
  /**
   * A key given twice, or a number past a double's range: the rest of the document still reads
   * (the others: a key too long, or not a name).
   */
  readOn: boolean;
}

export function keyProblems(root: Node): KeyProblem[] {
  const out: KeyProblem[] = [];
  const stack: { node: unknown; path: PathKey[] }[] = [{ node: root, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const plain = isScalar(pair.key) && (typeof pair.key.value !== 'object' || pair.key.value === null);
        let at = path;
        if (pair.key !== null && !plain)
          out.push({
            offset: (pair.key as Node).range?.[0] ?? 0,
            path,
            message: m.complexKey(),
            readOn: false,
          });
        else if (isScalar(pair.key)) {
          const name = keyName(pair.key.value);
          const offset = (pair.key as Node).range?.[0] ?? 0;
          // `~:`, `null:` or `: x` is a key of null, which reads as "" (and as no key a scenario has).
          if (pair.key.value === null) {
            out.push({ offset, path, message: m.nullKey(pair.key.source ?? ''), readOn: true });
            at = [...path, name];
          } else if (name.length > LIMITS.keyChars)
            out.push({ offset, path, message: m.keyTooLong(name.length, LIMITS.keyChars), readOn: false });
          else {
            at = [...path, name];
            if (seen.has(name)) out.push({ offset, path: at, message: m.duplicateKey(name), readOn: true });
            seen.add(name);
          }
        }
        stack.push({ node: pair.value, path: at });
      }
    } else if (isSeq(node)) {
      for (let i = 0; i < node.items.length; i++) stack.push({ node: node.items[i], path: [...path, i] });
    } else {
      const number = numberProblem(node, path);
      if (number !== null)
        out.push({ offset: (node as Node).range?.[0] ?? 0, path, message: number, readOn: true });
    }
  }
  return out;
}

/**
 * The problem of a YAML number written in another base than decimal (`0x10`), or past what a double
 * holds (`1e-400` reads as 0, `1e400` as Infinity, `1e-320` with its digits lost), or null. A quoted
 * one is a string, which its field reads (units.ts).
 */
export function numberProblem(node: unknown, path: readonly PathKey[] = []): string | null {
  if (!isScalar(node) || typeof node.value !== 'number' || node.type !== 'PLAIN') return null;
  const text = node.source ?? String(node.value);
  // YAML reads `0x10` as 16 and `0o17` as 15; minesim reads typed numbers in decimal only (typed-number.ts).
  const form = numberFormProblem(text);
  if (form !== undefined) return form;
  const out = outOfRange(text, node.value);
  if (out === null) return isSeed(path) && isUnsafeWhole(node.value) ? m.seedPastSafe(text.trim()) : null;
  // Read as 0: where the field refuses 0, its least is the figure to give.
  return out === 'too-small' ? m.numberTooSmall(text, leastAt(path)) : m.numberTooLarge(text);
}

/** The scenario's seed, a whole number or a text: its number must be a whole number a double keeps. */
const isSeed = (path: readonly PathKey[]) =>
  path.length === 2 && path[0] === 'monteCarlo' && path[1] === 'seed';

const isUnsafeWhole = (value: number) => Number.isInteger(value) && !Number.isSafeInteger(value);
