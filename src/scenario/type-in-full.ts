// A market model written without its `type`: the types whose keys are the ones given, and the model
// advised in full with the first one minesim accepts.
import { schemaMessages as m } from '../messages/schema.js';
import { formatPath, type PathKey } from './problem.js';
import { type JsonSchema, schemaAt, valueAt } from './schema-walk.js';

/**
 * Whether minesim accepts the model `model` written at `at` in place of the document's (its schema
 * branch and its rules): the model a message advises in full is one it accepts.
 */
export type ModelCheck = (at: readonly PathKey[], model: Record<string, unknown>) => boolean;

/**
 * Beside a model's missing `type`: the types whose keys are the ones given, and the model written in
 * full with the first of them (`; write \`fees.model: { type: share-of-subsidy, share: 2 % }\``), so
 * a key a message named alone (`fees.model.share`) is not refused again; empty when none has them.
 * The model advised is one `check` accepts: the keys given, or with `calibrate` added where the type
 * needs figures the keys do not give (a stochastic network's drift alone needs its volatility).
 */
export function typeInFull(
  schema: JsonSchema,
  data: unknown,
  path: readonly PathKey[],
  check: ModelCheck,
): string {
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
