// `minesim schema`: prints the scenario JSON Schema (the same as schema/scenario.schema.json).
import type { CommandModule } from 'yargs';
import { editorJsonSchema } from '../../scenario/editor-schema.js';
import { printJson } from '../exit.js';

export const schemaCommand: CommandModule<object, { json: boolean }> = {
  command: 'schema',
  describe: 'Print the scenario JSON Schema (for editors and other tools)',
  builder: (y) =>
    y.option('json', { type: 'boolean', default: true, describe: 'The schema is JSON either way' }),
  handler: () => printJson(editorJsonSchema()),
};
