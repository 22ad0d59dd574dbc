// `minesim init <name>`: writes a commented starter scenario.
import { lstatSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandModule } from 'yargs';
import { loadHistory } from '../../data/history.js';
import { cliMessages } from '../../messages/cli.js';
import { writeFileAtomic } from '../../report/atomic.js';
import { OutputError } from '../../report/output-error.js';
import { LIMITS } from '../../scenario/schema/limits.js';
import { starterScenario } from '../../scenario/template.js';
import { UsageError } from '../exit.js';

const SCHEMA_FILE = fileURLToPath(new URL('../../../schema/scenario.schema.json', import.meta.url));

export const initCommand: CommandModule<object, { name: string; dir: string; force: boolean }> = {
  command: 'init <name>',
  describe: 'Write a commented starter scenario <name>.yaml',
  builder: (y) =>
    y
      .positional('name', {
        type: 'string',
        demandOption: true,
        describe: 'Scenario name (letters, digits, - and _)',
      })
      .option('dir', { type: 'string', default: '.', describe: 'Folder to write it in' })
      .option('force', { type: 'boolean', default: false, describe: 'Overwrite an existing file' }),
  handler: async (args) => {
    // The scenario's `name` takes at most LIMITS.nameChars: a longer one would write a starter
    // minesim refuses.
    if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(args.name) || args.name.length > LIMITS.nameChars)
      throw new UsageError(cliMessages.badName(args.name, LIMITS.nameChars));
    const file = join(args.dir, `${args.name}.yaml`);
    // Anything at the name, a link pointing nowhere too, is the user's: kept without --force.
    if (lstatSync(file, { throwIfNoEntry: false }) && !args.force)
      throw new UsageError(cliMessages.initExists(file));
    const schemaPath = relative(dirname(file) || '.', SCHEMA_FILE)
      .split('\\')
      .join('/');
    try {
      // Without --force, never over a file made meanwhile.
      await writeFileAtomic(file, starterScenario(args.name, schemaPath, loadHistory('bitcoin').lastDate), {
        replace: args.force,
      });
    } catch (error) {
      if (error instanceof OutputError && error.failure?.code === 'EEXIST')
        throw new UsageError(cliMessages.initExists(file));
      throw error;
    }
    process.stdout.write(`${cliMessages.initWrote(file)}\n`);
  },
};
