// `--watch`: re-run on every save of the scenario file, for analysts editing YAML. Bad input is
// shown and the watch goes on; it ends on Ctrl-C (or when the signal aborts, in tests).
import { watch } from 'node:fs';
import { basename, dirname, resolve as resolvePath } from 'node:path';
import { cliMessages } from '../messages/cli.js';
import { formatProblem, InputError } from '../scenario/problem.js';

export interface WatchOptions {
  signal: AbortSignal;
  /** Saves within this many ms count as one (editors write a file in several steps). */
  debounceMs?: number;
  /** Where the problems of a bad save and the watching line go; stderr by default. */
  log?: (line: string) => void;
}

/** Runs `once` now and after every change to `file`, until the signal aborts. */
export async function watchFile(
  file: string,
  once: () => Promise<void>,
  options: WatchOptions,
): Promise<void> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const attempt = async () => {
    try {
      await once();
    } catch (error) {
      // A bad save is the normal state of a file being edited: show it and keep watching.
      if (!(error instanceof InputError)) throw error;
      for (const problem of error.problems) log(formatProblem(problem));
    }
    log(cliMessages.watching(file));
  };
  let timer: NodeJS.Timeout | undefined;
  await new Promise<void>((resolve, reject) => {
    let failed = false;
    // An internal error ends the watch: nothing more runs, and the error is thrown.
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      clearTimeout(timer);
      watcher.close();
      reject(error);
    };
    // Watch the folder, not the file: editors that save by writing a new file and renaming it
    // over the old one would leave a watch on the file's first inode deaf after one save. The
    // watch begins before the first run, so that a save made while it runs is run in turn.
    const watcher = watch(dirname(resolvePath(file)), (_event, name) => {
      if (failed || (name !== null && name !== basename(file))) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        running = running.then(() => (failed ? undefined : attempt())).catch(fail);
      }, options.debounceMs ?? 200);
    });
    let running: Promise<void> = attempt().catch(fail);
    options.signal.addEventListener('abort', () => {
      clearTimeout(timer);
      watcher.close();
      running.then(() => resolve(), reject);
    });
  });
}

/** An AbortSignal that fires on Ctrl-C. */
export function interruptSignal(): AbortSignal {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  return controller.signal;
}
