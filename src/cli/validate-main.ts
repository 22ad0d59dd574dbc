// `minesim validate` on a command line of its own: bundled alone (scripts/build-cli.mjs) and run
// with V8's code cache (src/report/code-cache.ts), so that a check starts without compiling what
// it runs. bin/minesim.mjs takes it when the first word is `validate`; the command line is main.ts's
// (command-line.ts), over this one command, so its help, messages and exit codes are the same.
import { type AnyCommand, loadedCommand, runCommandLine } from './command-line.js';
import { validateCommand } from './commands/validate.js';

export function main(argv: string[]): Promise<void> {
  return runCommandLine(argv, [loadedCommand(validateCommand as AnyCommand)]);
}
