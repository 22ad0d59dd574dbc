// Turns the schema's issues into positioned, plain-language problems: one per thing wrong, each
// with its path, a "did you mean" where a name is close, and the value the user wrote.
import type { z } from 'zod';
import { closestNames } from '../data/similar.js';
import { financeMessages } from '../messages/finance.js';
import { schemaMessages as m } from '../messages/schema.js';
import { shown } from '../messages/shown.js';
import { type ParsedDocument, shownAt } from './document.js';
import { formatPath, type PathKey, type Problem } from './problem.js';
import { numberFormProblem } from './typed-number.js';

type Issue = z.core.$ZodIssue;
type JsonSchema = { [key: string]: unknown };

/**
 * Whether minesim accepts the model `model` written at `at` in place of the document's (its schema
 * branch and its rules): the model a message advises in full is one it accepts.
 */
export type ModelCheck = (at: readonly PathKey[], model: Record<string, unknown>) => boolean;

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

/**
 * Beside a model's missing `type`: the types whose keys are the ones given, and the model written in
 * full with the first of them (`; write \`fees.model: { type: share-of-subsidy, share: 2 % }\``), so
 * a key a message named alone (`fees.model.share`) is not refused again; empty when none has them.
 * The model advised is one `check` accepts: the keys given, or with `calibrate` added where the type
 * needs figures the keys do not give (a stochastic network's drift alone needs its volatility).
 */
function typeInFull(schema: JsonSchema, data: unknown, path: readonly PathKey[], check: ModelCheck): string {
  if (path.length === 0 || path[path.length - 1] !== 'type') return '';
  const at = path.slice(0, -1);
  const given = valueAt(data, at);
  if (given === null || typeof given !== 'object' || Array.isArray(given)) return '';
  const keys = Object.keys(given).filter((k) => k !== 'type');
  const node = schemaAt(schema, data, at);
  const branches = ((node?.oneOf ?? node?.anyOf) as JsonSchema[] | undefined) ?? [];
  const types: string[] = [];
  const takes = new Map<string, Set<string>>();
  for (const b of branches) {
    const properties = (b.properties as Record<string, JsonSchema> | undefined) ?? {};
    const type = properties.type?.const;
    if (typeof type === 'string' && keys.every((k) => Object.hasOwn(properties, k))) {
      types.push(type);
      takes.set(type, new Set(Object.keys(properties)));
    }
  }
  if (types.length === 0) return '';
  const values = given as Record<string, unknown>;
  // The keys given, then with a calibration window, a partial window allowed (a window the history
  // holds in part: the default model's, which a message asked to lengthen), or both.
  const candidates: { type: string; extra: Record<string, unknown> }[] = [];
  for (const extra of ADDED_KEYS)
    for (const type of types)
      if (Object.keys(extra).every((k) => takes.get(type)?.has(k) && !keys.includes(k)))
        candidates.push({ type, extra });
  const accepted =
    candidates.find((c) => check(at, { type: c.type, ...values, ...c.extra })) ??
    candidates.find((c) => Object.keys(c.extra).length > 0) ??
    candidates[0];
  const scalar = (v: unknown) =>
    typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '...';
  const written = Object.entries({ ...values, ...accepted.extra })
    .filter(([k]) => k !== 'type')
    .map(([k, v]) => `, ${k}: ${scalar(v)}`)
    .join('');
  const ordered = [accepted.type, ...types.filter((t) => t !== accepted.type)];
  return `; ${m.typeInFull(formatPath(at), ordered, written)}`;
}

/** What a model advised in full may add to the keys given, in this order, for its type to run. */
const ADDED_KEYS: readonly Record<string, string>[] = [
  {},
  { calibrate: '1 year' },
  { partial: 'allowed' },
  { calibrate: '1 year', partial: 'allowed' },
];

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

/**
 * zod's whole numbers are bounded by the safe integers; a field with a bound of its own reports
 * both for a value like 1e300, and the user should see only the schema's.
 */
function withoutSafeIntegerBounds(issues: readonly Issue[]): Issue[] {
  const bounded = new Set<string>();
  const isSafeBound = (issue: Issue) =>
    (issue.code === 'too_big' && Number(issue.maximum) === Number.MAX_SAFE_INTEGER) ||
    (issue.code === 'too_small' && Number(issue.minimum) === Number.MIN_SAFE_INTEGER);
  for (const issue of issues)
    if ((issue.code === 'too_big' || issue.code === 'too_small') && !isSafeBound(issue))
      bounded.add(`${issue.code} ${issue.path.join('.')}`);
  return issues.filter(
    (issue) => !isSafeBound(issue) || !bounded.has(`${issue.code} ${issue.path.join('.')}`),
  );
}

/** Among a union's failed branches, the one the user evidently meant: not rejected at its root. */
function bestBranch(branches: readonly (readonly Issue[])[]): readonly Issue[] | undefined {
  const plausible = branches.filter((b) => !b.some(rejectsAtRoot));
  plausible.sort((a, b) => a.length - b.length);
  return plausible[0];
}

/** An issue that says the value is of another kind altogether (directly, or in every branch of a nested union). */
function rejectsAtRoot(issue: Issue): boolean {
  if (issue.path.length > 0) return false;
  if (issue.code === 'invalid_type') return true;
  return (
    issue.code === 'invalid_union' &&
    issue.errors.length > 0 &&
    issue.errors.every((branch) => branch.some(rejectsAtRoot))
  );
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

export function valueAt(data: unknown, path: readonly PathKey[]): unknown {
  let node = data;
  for (const key of path) {
    // Own properties only: a key such as `constructor` must not find Object's.
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** The JSON Schema node that describes the value at `path`, following the branch the data selects. */
function schemaAt(schema: JsonSchema, data: unknown, path: readonly PathKey[]): JsonSchema | undefined {
  let node: JsonSchema | undefined = schema;
  let value = data;
  for (const key of path) {
    node = node && pickBranch(node, value);
    if (!node) return undefined;
    if (typeof key === 'number') node = node.items as JsonSchema | undefined;
    else {
      const properties = node.properties as Record<string, JsonSchema> | undefined;
      node = properties && Object.hasOwn(properties, key) ? properties[key] : undefined;
    }
    value = valueAt(value, [key]);
  }
  return node;
}

function pickBranch(node: JsonSchema, value: unknown): JsonSchema {
  const options = (node.oneOf ?? node.anyOf) as JsonSchema[] | undefined;
  if (!options) return node;
  const type = (value as { type?: unknown } | null)?.type;
  const objects = options.filter((o) => o.type === 'object');
  // A branch's `type` is a const, or an enum of several (a hedge's `put` or `call`).
  const byType = objects.find((o) => {
    const branchType = (o.properties as Record<string, JsonSchema> | undefined)?.type;
    return branchType?.const === type || (Array.isArray(branchType?.enum) && branchType.enum.includes(type));
  });
  if (byType) return byType;
  const keys = value && typeof value === 'object' ? Object.keys(value) : [];
  return (
    objects.find((o) => keys.some((k) => k in ((o.properties as JsonSchema) ?? {}))) ?? objects[0] ?? node
  );
}

function keysAt(schema: JsonSchema, data: unknown, path: readonly PathKey[]): string[] {
  const node = schemaAt(schema, data, path);
  if (!node) return [];
  const branch = pickBranch(node, valueAt(data, path));
  return Object.keys((branch.properties as JsonSchema | undefined) ?? {});
}
