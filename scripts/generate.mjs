#!/usr/bin/env node
// Regenerates the files derived from the schemas: schema/scenario.schema.json,
// schema/summary.schema.json and docs/scenario-reference.md. A test fails when the committed files fall out of sync.
import { mkdirSync, writeFileSync } from 'node:fs';
import { editorJsonSchema } from '../dist/scenario/editor-schema.js';
import { scenarioReference } from '../dist/scenario/reference.js';
import { scenarioJsonSchema } from '../dist/scenario/validate.js';
import { summaryJsonSchema } from '../dist/stats/summary-schema.js';

const root = new URL('..', import.meta.url);
mkdirSync(new URL('schema/', root), { recursive: true });
mkdirSync(new URL('docs/', root), { recursive: true });
// The file editors check scenarios with; the reference is rendered from the run's own schema.
writeFileSync(
  new URL('schema/scenario.schema.json', root),
  `${JSON.stringify(editorJsonSchema(), null, 2)}\n`,
);
writeFileSync(new URL('docs/scenario-reference.md', root), scenarioReference(scenarioJsonSchema()));
writeFileSync(
  new URL('schema/summary.schema.json', root),
  `${JSON.stringify(summaryJsonSchema(), null, 2)}\n`,
);
console.log('wrote schema/scenario.schema.json, schema/summary.schema.json and docs/scenario-reference.md');
