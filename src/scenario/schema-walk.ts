// The scenario's JSON Schema and its data walked together by path: the value written at a path, and
// the schema node that describes it, following the branch the data selects.
import type { PathKey } from './problem.js';

/** A node of the scenario's JSON Schema. */
export type JsonSchema = { [key: string]: unknown };

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
export function schemaAt(
  schema: JsonSchema,
  data: unknown,
  path: readonly PathKey[],
): JsonSchema | undefined {
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

export function keysAt(schema: JsonSchema, data: unknown, path: readonly PathKey[]): string[] {
  const node = schemaAt(schema, data, path);
  if (!node) return [];
  const branch = pickBranch(node, valueAt(data, path));
  return Object.keys((branch.properties as JsonSchema | undefined) ?? {});
}
