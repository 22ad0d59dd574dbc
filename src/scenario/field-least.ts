// The least a scenario field takes, when that is above 0, from the scenario's JSON Schema: what to
// advise for a number written nearer 0 than a double holds (`count: 1e-400`), which reads as 0,
// where 0 itself is refused (document.ts, overrides.ts, axes.ts). The schema is handed over by
// validate.ts, which builds it: the schema reads sweep axes (axes.ts), so these readers cannot
// import it.

import type { PathKey } from './problem.js';

type SchemaNode = { [key: string]: unknown };

let scenarioSchema: (() => SchemaNode) | undefined;

/** Hands over the scenario's JSON Schema (validate.ts does, when it loads). */
export function readLeastFrom(schema: () => SchemaNode): void {
  scenarioSchema = schema;
}

/**
 * `at least 1`, `more than 0 W`, `at least 1 %`: the least the field at `path` takes, when it
 * refuses 0; undefined when it takes 0 (or a negative figure), or when the path names no number.
 */
export function leastAt(path: readonly PathKey[]): string | undefined {
  if (scenarioSchema === undefined || path.length === 0) return undefined;
  for (const node of nodesAt(scenarioSchema(), path)) {
    const least = leastOf(node);
    if (least !== undefined) return least;
  }
  return undefined;
}

function leastOf(node: SchemaNode): string | undefined {
  if (node.type === 'number' || node.type === 'integer') {
    if (typeof node.minimum === 'number' && node.minimum > 0) return `at least ${node.minimum}`;
    if (typeof node.exclusiveMinimum === 'number' && node.exclusiveMinimum >= 0)
      return `more than ${node.exclusiveMinimum}`;
    return undefined;
  }
  // A quantity states its bounds in its description, in the units it shows them in.
  const allowed = /Allowed: (at least|more than) (-?\d+(?:,\d{3})*(?:\.\d+)?)([^,]*)/.exec(
    String(node.description ?? ''),
  );
  if (!allowed) return undefined;
  const bound = Number(allowed[2].replace(/,/g, ''));
  const refusesZero = allowed[1] === 'at least' ? bound > 0 : bound >= 0;
  return refusesZero ? `${allowed[1]} ${allowed[2]}${allowed[3].replace(/\.$/, '')}`.trim() : undefined;
}

/**
 * Whether the field at `path` takes whole numbers only (a cohort's `count`, a block `height`:
 * schema/whole-number.ts), as the schema shows them: integers in every variant.
 */
export function wholeAt(path: readonly PathKey[]): boolean {
  if (scenarioSchema === undefined || path.length === 0) return false;
  const nodes = nodesAt(scenarioSchema(), path);
  return nodes.length > 0 && nodes.every((node) => node.type === 'integer');
}

/** Every schema node a value at `path` may be read by: each variant of a union. */
function nodesAt(node: SchemaNode, path: readonly PathKey[]): SchemaNode[] {
  const variants = (node.anyOf ?? node.oneOf) as SchemaNode[] | undefined;
  if (variants) return variants.flatMap((v) => nodesAt(v, path));
  if (path.length === 0) return [node];
  const [head, ...rest] = path;
  if (typeof head === 'number')
    return node.type === 'array' && node.items ? nodesAt(node.items as SchemaNode, rest) : [];
  const child = (node.properties as Record<string, SchemaNode> | undefined)?.[head];
  return child ? nodesAt(child, rest) : [];
}

/**
 * The most and the least the field at `path` takes, as the schema shows them (`1e12 USD/month`,
 * `100 years`, `-1000 %`), inclusive bounds only; absent where the field states none.
 */
export function boundsAt(path: readonly PathKey[]): { most?: string; least?: string } {
  if (scenarioSchema === undefined || path.length === 0) return {};
  for (const node of nodesAt(scenarioSchema(), path)) {
    if (node.type === 'number' || node.type === 'integer')
      return {
        ...(typeof node.maximum === 'number' ? { most: String(node.maximum) } : {}),
        ...(typeof node.minimum === 'number' ? { least: String(node.minimum) } : {}),
      };
    const allowed = /Allowed: ([^.]*(?:\.\d[^.]*)*)\./.exec(String(node.description ?? ''))?.[1];
    if (allowed === undefined) continue;
    const bound = (word: string) =>
      new RegExp(`\\b${word} (-?\\d+(?:,\\d{3})*(?:\\.\\d+)?(?:e[+-]?\\d+)?(?: [^,]+)?)`).exec(allowed)?.[1];
    const most = bound('at most');
    const least = bound('at least');
    return { ...(most === undefined ? {} : { most }), ...(least === undefined ? {} : { least }) };
  }
  return {};
}
