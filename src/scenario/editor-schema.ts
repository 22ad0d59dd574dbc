// The scenario JSON Schema as an editor checks a file with it: schema/scenario.schema.json, which
// each scenario names on its first line and `minesim schema` prints. It is the run's own schema
// (validate.ts scenarioJsonSchema) with what an editor can check besides, kept apart there (the
// schema's EDITOR_KEYWORD): a quantity's text starts with a number, a bare number within its
// field's bounds in its unit, a whole number also in thousands (`1,000`), a date's years; and each
// quantity's description says the unit of a bare number, as the reference does, since an editor
// shows the description alone; and a market model states what its rules ask of its keys alone (the
// parameters a model not calibrated is given, a mixture's weights).
import { withBareUnit } from './reference.js';
import { BARE_UNIT_KEYWORD, EDITOR_KEYWORD } from './schema/quantity.js';
import { scenarioJsonSchema } from './validate.js';

type Node = Record<string, unknown>;

/**
 * The parameters a market model without `calibrate` must be given, by its type (each model's
 * rules: price/gbm.ts requireDiffusion, jump-diffusion.ts, garch-t.ts, network/growth.ts,
 * network/stochastic.ts, fees/share-of-subsidy.ts); a drift given as a shrinkage (an object)
 * needs a window too.
 */
const GIVEN_WITHOUT_CALIBRATE: Readonly<Record<string, readonly string[]>> = {
  gbm: ['drift', 'volatility'],
  'jump-diffusion': ['drift', 'volatility', 'jumpsPerYear', 'jumpMean', 'jumpVolatility'],
  'garch-t': ['drift', 'volatility', 'alpha', 'beta', 'nu'],
  growth: ['rate'],
  stochastic: ['drift', 'volatility'],
  'share-of-subsidy': ['share'],
};

/** What the rules of a market model ask of its keys, as JSON Schema conditions (none for others). */
function modelConditions(properties: Record<string, Node>): Node[] {
  const type = properties.type?.const;
  const keys = Object.keys(properties);
  const out: Node[] = [];
  const given = typeof type === 'string' ? GIVEN_WITHOUT_CALIBRATE[type] : undefined;
  if (given && keys.includes('calibrate') && given.every((k) => keys.includes(k)))
    out.push({
      anyOf: [
        { required: ['calibrate'] },
        {
          required: given,
          ...(given.includes('drift') ? { properties: { drift: { not: { type: 'object' } } } } : {}),
        },
      ],
    });
  // garch-t.ts: alpha and beta are given together or fitted together.
  if (type === 'garch-t')
    out.push({
      anyOf: [
        { required: ['alpha', 'beta'] },
        { not: { anyOf: [{ required: ['alpha'] }, { required: ['beta'] }] } },
      ],
    });
  // mixture.ts: `weights: given` (the default) needs a weight for each model, `by-score` none.
  if (type === 'mixture' && keys.includes('of') && keys.includes('weights'))
    out.push({
      anyOf: [
        {
          required: ['weights'],
          properties: { weights: { const: 'by-score' }, of: { items: { not: { required: ['weight'] } } } },
        },
        { properties: { weights: { const: 'given' }, of: { items: { required: ['weight'] } } } },
      ],
    });
  return out;
}

let cache: Node | undefined;

/** The published scenario JSON Schema: the editor's, and `minesim schema`'s output. */
export function editorJsonSchema(): Node {
  cache ??= forEditor(structuredClone(scenarioJsonSchema())) as Node;
  return cache;
}

function forEditor(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(forEditor);
  if (node === null || typeof node !== 'object') return node;
  const out: Node = {};
  for (const [key, value] of Object.entries(node as Node)) {
    if (key === EDITOR_KEYWORD) continue;
    // A property named like a keyword (`x-editor` is none) is a field, not a keyword.
    out[key] =
      key === 'properties'
        ? Object.fromEntries(Object.entries(value as Node).map(([k, v]) => [k, forEditor(v)]))
        : forEditor(value);
  }
  const editor = (node as Node)[EDITOR_KEYWORD];
  if (editor !== null && typeof editor === 'object')
    // The node's own conditions and required keys are added to, any other keyword replaced.
    for (const [key, value] of Object.entries(editor as Node))
      out[key] =
        (key === 'allOf' || key === 'required') && Array.isArray(out[key]) && Array.isArray(value)
          ? [...(out[key] as unknown[]), ...value]
          : value;
  const properties = out.properties as Record<string, Node> | undefined;
  const conditions = properties ? modelConditions(properties) : [];
  if (conditions.length > 0) out.allOf = [...((out.allOf as Node[] | undefined) ?? []), ...conditions];
  if (typeof out.description === 'string' && typeof out[BARE_UNIT_KEYWORD] === 'string')
    out.description = withBareUnit(out.description, out);
  return out;
}
