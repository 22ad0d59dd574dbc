// The scenario JSON Schema as an editor checks a file with it: schema/scenario.schema.json, which
// each scenario names on its first line and `minesim schema` prints. It is the run's own schema
// (validate.ts scenarioJsonSchema) with what an editor can check besides, kept apart there (the
// schema's EDITOR_KEYWORD): a quantity's text starts with a number, a bare number within its
// field's bounds in its unit, a whole number also in thousands (`1,000`), a date's years; and each
// quantity's description says the unit of a bare number, as the reference does, since an editor
// shows the description alone.
import { withBareUnit } from './reference.js';
import { BARE_UNIT_KEYWORD, EDITOR_KEYWORD } from './schema/quantity.js';
import { scenarioJsonSchema } from './validate.js';

type Node = Record<string, unknown>;

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
  if (typeof out.description === 'string' && typeof out[BARE_UNIT_KEYWORD] === 'string')
    out.description = withBareUnit(out.description, out);
  return out;
}
