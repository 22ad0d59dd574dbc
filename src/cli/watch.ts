// `--watch`: re-run on every save of the scenario file, for analysts editing YAML. Bad input is
// shown and the watch goes on; it ends on Ctrl-C (or when the signal aborts, in tests).
import { watch } from 'node:fs';
import { basename, dirname, resolve as resolvePath } from 'node:path';
import { cliMessages } from '../messages/cli.js';
import { signalsHeld } from '../report/signals.js';
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
    previews++;
    try {
      await once();
    } catch (error) {
      // A bad save is the normal state of a file being edited: show it and keep watching.
      if (!(error instanceof InputError)) throw error;
      for (const problem of error.problems) log(formatProblem(problem));
    } finally {
      previews--;
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

/** Runs of `once` under way (a preview simulating or being written). */
let previews = 0;

/** The exit code of a process ended by Ctrl-C, as a shell reports it (report/signals.ts). */
const INTERRUPTED = 130;

/**
 * An AbortSignal that fires on Ctrl-C between runs, ending the watch. During a run, Ctrl-C stops
 * it as it stops a run without --watch: at once while it simulates (nothing is written yet, and
 * the earlier preview stays as it was), and through its write's hold while it writes, which
 * finishes or takes back the write and then exits 130 (report/signals.ts).
 */
export function interruptSignal(): AbortSignal {
  const controller = new AbortController();
  process.once('SIGINT', () => {
    if (previews === 0) controller.abort();
    else if (!signalsHeld()) process.exit(INTERRUPTED);
  });
  return controller.signal;
}
