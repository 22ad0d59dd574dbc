// Turns the schema's issues into positioned, plain-language problems: one per thing wrong, each
// with its path, a "did you mean" where a name is close, and the value the user wrote.
// Which issues, and the schema walked with the data: issue-selection.ts, schema-walk.ts; a model's
// missing type advised in full: type-in-full.ts.
import type { z } from 'zod';
import { closestNames } from '../data/similar.js';
import { financeMessages } from '../messages/finance.js';
import { schemaMessages as m } from '../messages/schema.js';
import { shown } from '../messages/shown.js';
import { type ParsedDocument, shownAt } from './document.js';
import { bestBranch, withoutSafeIntegerBounds } from './issue-selection.js';
import { formatPath, type PathKey, type Problem } from './problem.js';
import { type JsonSchema, keysAt, schemaAt, valueAt } from './schema-walk.js';
import { type ModelCheck, typeInFull } from './type-in-full.js';
import { numberFormProblem } from './typed-number.js';

type Issue = z.core.$ZodIssue;

export function issuesToProblems(
  issues: readonly Issue[],
  doc: ParsedDocument,
  jsonSchema: JsonSchema,
  check: ModelCheck = () => true,
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of withoutSafeIntegerBounds(issues))
    collect(issue, issue.path as PathKey[], doc, jsonSchema, problems, check);
  problems.sort((a, b) => a.line - b.line || a.col - b.col);
  return problems;
}

function collect(
  issue: Issue,
  path: PathKey[],
  doc: ParsedDocument,
  jsonSchema: JsonSchema,
  out: Problem[],
  check: ModelCheck,
): void {
  const value = valueAt(doc.value, path);
  if (typeof value === 'number' && !Number.isFinite(value) && VALUE_KIND_CODES.has(issue.code)) {
    // YAML's .inf and .nan: whatever kind of value the field takes, the reason is the same.
    const got = ` (got ${shown(value)})`;
    out.push({ file: doc.file, ...doc.locate(path), path: formatPath(path), message: m.notFinite() + got });
    return;
  }
  const push = (message: string, at: PathKey[] = path, key = false, withValue = true) => {
    const pos = doc.locate(at, key);
    const got =
      withValue && !message.includes('(got ') && valueAt(doc.value, at) !== undefined
        ? ` (got ${shownAt(doc, at, valueAt(doc.value, at))})`
        : '';
    out.push({ file: doc.file, ...pos, path: formatPath(at), message: message + got });
  };
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = keysAt(jsonSchema, doc.value, path);
      // Past the first few a "did you mean" helps nobody (that many keys are not typos), and it
      // is the costly part of a file of thousands of unknown keys.
      issue.keys.forEach((key, i) => {
        if (isLoanPath(path) && GRACE_KEY.test(key)) {
          push(financeMessages.noGracePeriod(key), [...path, key], true, false);
          return;
        }
        // A window for a model that fits nothing: say so, and what it takes instead.
        if (FIT_KEYS.has(key) && isNotFitted(value)) {
          push(m.priceCoupledNotFitted(key), [...path, key], true, false);
          return;
        }
        const suggestion = i < SUGGESTED_KEYS ? closestNames(key, known, 1)[0] : undefined;
        push(m.unknownKey(key, suggestion), [...path, key], true, false);
      });
      return;
    }
    case 'invalid_type':
      if (value === undefined) {
        push(m.required(), path, false, false);
        return;
      }
      // `1_000` or `0b11`, text to YAML: the decimal to write (typed-number.ts).
      if ((issue.expected === 'int' || issue.expected === 'number') && typeof value === 'string') {
        const form = numberFormProblem(value);
        if (form !== undefined) {
          push(form);
          return;
        }
      }
      if (issue.expected === 'int') {
        push(m.wholeNumber());
        return;
      }
      // A field's own words for what to give (fees/per-block.ts); zod's own begin "Invalid input".
      if (!issue.message.startsWith('Invalid input')) {
        push(issue.message);
        return;
      }
      // A section or list with nothing under it (`network:` once its lines are deleted), null to
      // YAML: say so, and what to give; where the key may be left out, that its line may go too.
      if (value === null && (issue.expected === 'object' || issue.expected === 'array')) {
        push(m.leftEmpty(issue.expected === 'array', mayBeLeftOut(jsonSchema, doc.value, path)));
        return;
      }
      push(m.expectedType(describeType(issue.expected)));
      return;
    case 'invalid_value': {
      // A field's own words (schema/scenario.ts's treasury); zod's own begin "Invalid".
      if (!issue.message.startsWith('Invalid')) {
        push(issue.message);
        return;
      }
      const options = issue.values.map(String);
      const suggestion = typeof value === 'string' ? closestNames(value, options, 1)[0] : undefined;
      push(m.oneOf(options, suggestion));
      return;
    }
    case 'invalid_union': {
      if (value === undefined && !('discriminator' in issue)) {
        push(m.required(), path, false, false);
        return;
      }
      if ('discriminator' in issue && (issue as { note?: string }).note === 'No matching discriminator') {
        const options = (issue as { options?: unknown[] }).options?.map(String) ?? [];
        if (value === undefined) {
          const inFull = typeInFull(jsonSchema, doc.value, path, check);
          push(`${m.required()}: ${m.oneOf(options)}${inFull}`, path, false, false);
          return;
        }
        const suggestion = typeof value === 'string' ? closestNames(value, options, 1)[0] : undefined;
        push(m.oneOf(options, suggestion));
        return;
      }
      const branch = bestBranch(issue.errors);
      if (branch) {
        for (const inner of branch)
          collect(inner, [...path, ...(inner.path as PathKey[])], doc, jsonSchema, out, check);
        return;
      }
      // A quantity's union says what to give (schema/quantity.ts parsed()); zod's own is "Invalid input".
      if (issue.message !== undefined && !issue.message.startsWith('Invalid input')) {
        push(issue.message);
        return;
      }
      push(m.quantityOrObject(describeUnion(jsonSchema, doc.value, path)));
      return;
    }
    case 'too_small':
      if (issue.origin === 'array') {
        push(m.tooFew(Number(issue.minimum), 'entries'), path, false, false);
        return;
      }
      if (issue.origin === 'string') {
        push(m.tooFew(Number(issue.minimum), 'characters'));
        return;
      }
      push(m.numberAtLeast(issue.minimum as number, issue.inclusive ?? true));
      return;
    case 'too_big':
      if (issue.origin === 'array') {
        push(m.tooMany(Number(issue.maximum), 'entries'), path, false, false);
        return;
      }
      if (issue.origin === 'string') {
        push(m.tooMany(Number(issue.maximum), 'characters'));
        return;
      }
      push(m.numberAtMost(issue.maximum as number, issue.inclusive ?? true));
      return;
    default:
      push(issue.message);
      return;
  }
}

/** A loan's key for a grace period, which a "did you mean" would send to another field (`grace` to `rate`). */
const GRACE_KEY = /grace|interest[-_ ]?only|holiday|defer/i;

/** The keys a fitted model's window is written with. */
const FIT_KEYS = new Set(['calibrate', 'partial']);

/** The price-coupled network, whose parameters are given, never fitted. */
const isNotFitted = (value: unknown) =>
  typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'price-coupled';

/** Whether `path` is a loan's mapping: finance.loans[i]. */
const isLoanPath = (path: readonly PathKey[]) =>
  path.length === 3 && path[0] === 'finance' && path[1] === 'loans' && typeof path[2] === 'number';

/** Unknown keys of one mapping that get a "did you mean". */
const SUGGESTED_KEYS = 100;

/** Issue codes that say a value is of the wrong kind or size: for .inf and .nan, one message serves. */
const VALUE_KIND_CODES: ReadonlySet<string> = new Set([
  'invalid_type',
  'invalid_union',
  'too_big',
  'too_small',
  'custom',
]);

/** Whether the key at the end of `path` may be left out of its mapping (the schema requires it not). */
function mayBeLeftOut(schema: JsonSchema, data: unknown, path: readonly PathKey[]): boolean {
  const key = path[path.length - 1];
  if (typeof key !== 'string') return false;
  const parent = schemaAt(schema, data, path.slice(0, -1));
  const required = parent?.required;
  return Array.isArray(required) && !required.includes(key);
}

function describeType(expected: string): string {
  if (expected === 'number') return 'a number';
  if (expected === 'string') return 'a text value';
  if (expected === 'array') return 'a list';
  if (expected === 'object') return 'a mapping (key: value lines)';
  if (expected === 'boolean') return 'true or false';
  return expected;
}

function describeUnion(schema: JsonSchema, data: unknown, path: readonly PathKey[]): string {
  const node = schemaAt(schema, data, path);
  const options = (node?.anyOf ?? node?.oneOf) as JsonSchema[] | undefined;
  if (!options) return 'another kind of value';
  return options
    .map((o) => {
      if (o.type === 'object') return `{ ${Object.keys((o.properties as JsonSchema) ?? {}).join(', ')} }`;
      return (o.description as string | undefined)?.split(',')[0] ?? String(o.type);
    })
    .join(' or ');
}
