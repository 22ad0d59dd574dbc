// Reads a scenario file's YAML into plain data while keeping every node's position, so later
// stages can say `file:line:col`. Hostile input (huge files, binary data, alias bombs, deep
// nesting) is refused before or while parsing, never by running out of time or stack.
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  parseAllDocuments,
  type YAMLMap,
} from 'yaml';
import { decodeUtf8 } from '../data/utf8-text.js';
import { documentMessages as m } from '../messages/documents.js';
import { shown } from '../messages/shown.js';
import { type CommaSplit, commaSplits } from './comma-splits.js';
import { leastAt } from './field-least.js';
import { outOfRange } from './number-range.js';
import { formatPath, type PathKey, type Problem } from './problem.js';
import { LIMITS } from './schema/limits.js';
import { numberFormProblem } from './typed-number.js';

export const MAX_FILE_BYTES = 1024 * 1024;
export const MAX_DEPTH = 64;
export const MAX_ALIASES = 100;

export interface Position {
  line: number;
  col: number;
}

export interface ParsedDocument {
  file: string;
  value: unknown;
  /** Position of the value at `path`, or of its nearest existing ancestor. `key: true` points at the key. */
  locate(path: readonly PathKey[], key?: boolean): Position;
  /** Text cut at its thousands separators in a list in brackets (`[npv > 1,000]`): comma-splits.ts. */
  commaSplits?: readonly CommaSplit[];
  /** The text of the number the file writes at `path` (`1e300`, which prints 1e+300), if it writes one there. */
  written?(path: readonly PathKey[]): string | undefined;
}

/**
 * A number at `path` of `doc` as a refusal shows it: as the file wrote it (`(got 1e300)`, not
 * `(got 1e+300)`), where the file's text there reads as that very number (a `--set` may have put
 * another); any other value as shown() gives it.
 */
export function shownAt(doc: ParsedDocument, path: readonly PathKey[], value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const text = doc.written?.(path);
    if (text !== undefined && Number(text) === value) return text;
  }
  return shown(value);
}

/**
 * A document whose only problems are keys given twice, or numbers past what a double holds, is
 * still read (`doc`), so that the rest of it can be checked and every problem reported at once.
 */
export type ParseResult =
  | { ok: true; doc: ParsedDocument }
  | { ok: false; problems: Problem[]; doc?: ParsedDocument };

const START: Position = { line: 1, col: 1 };

/**
 * `text` with each CR not followed by LF made an LF. YAML 1.2 (section 5.4) makes CR, LF and CR LF
 * line breaks alike; the `yaml` package reads a lone CR as text, so a file saved with CR alone at
 * each line's end (old Mac OS) would read as one line. One character for one keeps every offset,
 * so positions (line, column) are those an editor shows.
 */
export function withLineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

export function parseScenarioText(bytes: Uint8Array | string, file: string): ParseResult {
  const fail = (message: string, pos: Position = { line: 0, col: 0 }): ParseResult => ({
    ok: false,
    problems: [{ file, ...pos, path: '', message }],
  });
  const size = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.byteLength;
  if (size > MAX_FILE_BYTES) return fail(m.tooLarge(size, MAX_FILE_BYTES));
  let text: string;
  if (typeof bytes === 'string') text = bytes;
  else {
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok)
      return fail(m.encoding(decoded.kind, decoded.byte), { line: decoded.line, col: decoded.col });
    text = decoded.text;
  }
  if (text.includes('\u0000')) return fail(m.binary());
  text = withLineFeeds(text);
  if (text.trim() === '') return fail(m.empty());
  const flowDepth = maxFlowDepth(text);
  if (flowDepth > MAX_DEPTH) return fail(m.tooDeep(MAX_DEPTH));

  const lineCounter = new LineCounter();
  // Duplicate keys are found by keyProblems() below: the parser's own check compares every key
  // with every other key of its mapping, which takes seconds for 20,000 keys.
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const at = (offset: number): Position => lineCounter.linePos(offset);
  // Comments and blank lines alone make no document (whatever their line breaks: CR, U+2028).
  if (!Array.isArray(docs) || docs.length === 0) return fail(m.empty());
  if (docs.length > 1) return fail(m.multipleDocuments(), at(docs[1].range[0]));
  const doc = docs[0];
  // A `%YAML 1.1` line switches the parser to YAML 1.1's reading: 012 is octal 10, 1_000 is 1000,
  // yes is true and a date is a timestamp. minesim reads YAML 1.2 (as its messages and documents
  // say), so such a file is refused where the line is, never read otherwise than it says.
  const version = doc.directives?.yaml.version ?? '1.2';
  if (version !== '1.2') {
    const line = text.split('\n').findIndex((l) => /^%YAML[ \t]/.test(l));
    return fail(m.yamlVersion(version), { line: line + 1, col: 1 });
  }
  const problems: Problem[] = [];
  for (const error of doc.errors)
    problems.push({ file, ...at(error.pos[0]), path: '', message: m.syntax(firstLine(error.message)) });
  const syntax = problems.length > 0;
  const badKeys = doc.contents ? keyProblems(doc.contents) : [];
  for (const p of badKeys)
    problems.push({ file, ...at(p.offset), path: formatPath(p.path), message: p.message });
  problems.sort((a, b) => a.line - b.line || a.col - b.col);
  // Only keys given twice leave a document that reads as the file means it (the last one's value),
  // and numbers past what a double holds, whose fields the schema then reads as 0 or Infinity (and
  // whose problems stand where the schema's would); a key that is a list or too long does not, and
  // stops the reading here.
  if (syntax || badKeys.some((p) => !p.readOn)) return { ok: false, problems };
  const keys = problems;
  const failed = (result: ParseResult): ParseResult =>
    keys.length === 0 || result.ok ? result : { ok: false, problems: [...keys, ...result.problems] };
  if (!isMap(doc.contents)) {
    const nothing = doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null);
    const kind = isSeq(doc.contents) ? 'a list' : nothing ? 'nothing' : 'a single value';
    return failed(fail(m.notMapping(kind), doc.contents ? at(doc.contents.range[0]) : START));
  }
  if (nodeDepth(doc.contents, 0) > MAX_DEPTH) return failed(fail(m.tooDeep(MAX_DEPTH)));
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    if (error instanceof ReferenceError || /alias/i.test(String(error)))
      return failed(fail(m.tooManyAliases(MAX_ALIASES)));
    throw error;
  }
  const contents = doc.contents;
  const index = new WeakMap<YAMLMap, Map<string, Pair>>();
  const parsed: ParsedDocument = {
    file,
    value,
    locate(path, key = false) {
      const range = locateRange(contents, path, key, index);
      return range === undefined ? START : at(range);
    },
    written(path) {
      const node = nodeAt(contents, path, index);
      return isScalar(node) && typeof node.value === 'number' && node.range
        ? text.slice(node.range[0], node.range[1]).trim()
        : undefined;
    },
  };
  const splits = commaSplits(contents, text);
  if (splits.length > 0) parsed.commaSplits = splits;
  return keys.length > 0 ? { ok: false, problems: keys, doc: parsed } : { ok: true, doc: parsed };
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/** Deepest nesting of flow collections ([ and {), outside quotes and comments: bounds the parser's recursion. */
function maxFlowDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let quote = '';
  let comment = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (comment) {
      if (c === '\n') comment = false;
    } else if (quote) {
      // In double quotes a backslash escapes the next character; in single quotes '' is a quote.
      if (quote === '"' && c === '\\') i++;
      else if (c === quote) quote = '';
    } else if ((c === '"' || c === "'") && startsToken(text, i)) quote = c;
    else if (c === '#' && startsToken(text, i)) comment = true;
    else if (c === '[' || c === '{') max = Math.max(max, ++depth);
    else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return max;
}

/** A quote or comment sign starts something only at the start of a token (an apostrophe inside a word does not). */
function startsToken(text: string, i: number): boolean {
  return i === 0 || /[\s[{,:]/.test(text[i - 1]);
}

function nodeDepth(node: unknown, depth: number): number {
  if (depth > MAX_DEPTH) return depth;
  if (isMap(node) || isSeq(node)) {
    let max = depth + 1;
    for (const item of node.items) {
      const child = isPair(item) ? item.value : item;
      max = Math.max(max, nodeDepth(child, depth + 1));
      if (max > MAX_DEPTH) break;
    }
    return max;
  }
  return depth;
}

/**
 * Keys used twice in one mapping, keys longer than LIMITS.keyChars, and numbers past a double's
 * range (numberProblem), in one pass over the tree:
 * a set per mapping keeps it linear in the number of keys. Keys compare as the text they become in
 * the scenario (`1` and `"1"` are the same key there).
 */
interface KeyProblem {
  offset: number;
  path: PathKey[];
  message: string;
  /**
   * A key given twice, or a number past a double's range: the rest of the document still reads
   * (the others: a key too long, or not a name).
   */
  readOn: boolean;
}

function keyProblems(root: Node): KeyProblem[] {
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

/** A plain key's name as the document's value holds it: a key of null (`~:`) is "". */
function keyName(value: unknown): string {
  return value === null ? '' : String(value);
}

/** A mapping's pairs by key, built once per mapping so positioning n problems costs O(n). */
function pairsByKey(node: YAMLMap, index: WeakMap<YAMLMap, Map<string, Pair>>): Map<string, Pair> {
  let pairs = index.get(node);
  if (!pairs) {
    pairs = new Map();
    for (const pair of node.items) {
      const name = isScalar(pair.key) ? keyName(pair.key.value) : undefined;
      if (name !== undefined && !pairs.has(name)) pairs.set(name, pair as Pair);
    }
    index.set(node, pairs);
  }
  return pairs;
}

/** The node at `path` itself, or undefined where the file writes none there (or an alias on the way). */
function nodeAt(root: Node, path: readonly PathKey[], index: WeakMap<YAMLMap, Map<string, Pair>>): unknown {
  let node: unknown = root;
  for (const step of path) {
    if (isMap(node)) node = pairsByKey(node as YAMLMap, index).get(String(step))?.value;
    else if (isSeq(node) && typeof step === 'number') node = node.items[step];
    else return undefined;
  }
  return node;
}

function locateRange(
  root: Node,
  path: readonly PathKey[],
  key: boolean,
  index: WeakMap<YAMLMap, Map<string, Pair>>,
): number | undefined {
  let node: unknown = root;
  let offset = root.range?.[0];
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    if (isAlias(node)) return offset;
    if (isMap(node)) {
      const pair = pairsByKey(node as YAMLMap, index).get(String(step));
      if (!pair) return offset;
      const last = i === path.length - 1;
      const keyNode = pair.key as Node;
      if (last && key) return keyNode.range?.[0] ?? offset;
      node = pair.value;
      offset = (pair.value as Node | null)?.range?.[0] ?? keyNode.range?.[0] ?? offset;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step] as Node | undefined;
      if (!item) return offset;
      node = item;
      offset = item.range?.[0] ?? offset;
    } else return offset;
  }
  return offset;
}
