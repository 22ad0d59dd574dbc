#!/usr/bin/env node
// Regenerates the files derived from the scenario schema: schema/scenario.schema.json and
// docs/scenario-reference.md. A test fails when the committed files fall out of sync.
import { mkdirSync, writeFileSync } from 'node:fs';
import { scenarioReference } from '../dist/scenario/reference.js';
import { scenarioJsonSchema } from '../dist/scenario/validate.js';

const root = new URL('..', import.meta.url);
mkdirSync(new URL('schema/', root), { recursive: true });
mkdirSync(new URL('docs/', root), { recursive: true });
const schema = scenarioJsonSchema();
writeFileSync(new URL('schema/scenario.schema.json', root), `${JSON.stringify(schema, null, 2)}\n`);
writeFileSync(new URL('docs/scenario-reference.md', root), scenarioReference(schema));
console.log('wrote schema/scenario.schema.json and docs/scenario-reference.md');
