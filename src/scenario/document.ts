// Reads a scenario file's YAML into plain data while keeping every node's position, so later
// stages can say `file:line:col`. Hostile input (huge files, binary data, alias bombs, deep
// nesting) is refused before or while parsing, never by running out of time or stack.
// Its parts: how deep the file nests (nesting-depth.ts), the problems of its keys and numbers
// (node-problems.ts), its nodes found by their path (node-locate.ts).
import { isMap, isScalar, isSeq, LineCounter, type Pair, parseAllDocuments, type YAMLMap } from 'yaml';
import { decodeUtf8 } from '../data/utf8-text.js';
import { documentMessages as m } from '../messages/documents.js';
import { shown } from '../messages/shown.js';
import { type CommaSplit, commaSplits } from './comma-splits.js';
import { MAX_DEPTH, maxFlowDepth, nodeDepth } from './nesting-depth.js';
import { locateRange, nodeAt } from './node-locate.js';
import { keyProblems } from './node-problems.js';
import { formatPath, type PathKey, type Problem } from './problem.js';

export const MAX_FILE_BYTES = 1024 * 1024;
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
