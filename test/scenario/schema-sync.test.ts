import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editorJsonSchema } from '../../src/scenario/editor-schema.js';
import { scenarioReference } from '../../src/scenario/reference.js';
import { scenarioJsonSchema, validateScenarioText } from '../../src/scenario/validate.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const OUT_OF_SYNC = 'out of sync with the zod schema: run `npm run generate` and commit the result';
const SCHEMA_LINE = '# yaml-language-server: $schema=../schema/scenario.schema.json';

type Node = { [key: string]: unknown };

/** Dotted paths of every property in the JSON Schema that has no description. */
function undescribed(node: Node, path: string, out: string[]): string[] {
  for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Node>)) {
    const at = path ? `${path}.${key}` : key;
    if (typeof child.description !== 'string' || child.description.trim() === '') out.push(at);
    undescribed(child, at, out);
  }
  if (node.items && typeof node.items === 'object') undescribed(node.items as Node, `${path}[]`, out);
  for (const variants of [node.anyOf, node.oneOf, node.allOf])
    if (Array.isArray(variants)) for (const variant of variants) undescribed(variant as Node, path, out);
  return out;
}

describe('generated schema files', () => {
  it('schema/scenario.schema.json equals editorJsonSchema()', () => {
    const expected = `${JSON.stringify(editorJsonSchema(), null, 2)}\n`;
    expect(
      read('schema/scenario.schema.json') === expected,
      `schema/scenario.schema.json is ${OUT_OF_SYNC}`,
    ).toBe(true);
  });

  it('docs/scenario-reference.md equals scenarioReference(scenarioJsonSchema())', () => {
    const expected = scenarioReference(scenarioJsonSchema());
    expect(
      read('docs/scenario-reference.md') === expected,
      `docs/scenario-reference.md is ${OUT_OF_SYNC}`,
    ).toBe(true);
  });

  it('scenarioJsonSchema() describes every field', () => {
    expect(undescribed(scenarioJsonSchema(), '', [])).toEqual([]);
  });
});

const scenarioFiles = readdirSync(new URL('scenarios/', root)).filter((f) => /\.ya?ml$/.test(f));

describe('shipped scenarios', () => {
  it('scenarios/ holds at least one scenario', () => {
    expect(scenarioFiles.length).toBeGreaterThan(0);
  });

  it.each(scenarioFiles)(
    'scenarios/%s names the JSON Schema on its first line and validates',
    async (file) => {
      const text = read(`scenarios/${file}`);
      expect(text.split('\n')[0]).toBe(SCHEMA_LINE);
      const v = await validateScenarioText(text, `scenarios/${file}`);
      expect(v.ok ? [] : v.problems).toEqual([]);
    },
  );
});
