// What a batch says on stderr while it runs. On a terminal: one line, redrawn, with the files
// done, the paths per second and the time left. Elsewhere (logs, CI, pipes): a plain line as each
// file ends. Either way a file's problems, or a failed run's stack, are printed as the file ends,
// so a long batch shows what went wrong without waiting for the index.
import { batchMessages as m } from '../messages/batch.js';
import { formatProblem } from '../scenario/problem.js';
import type { BatchEntry, BatchProgress } from '../study/batch.js';

export interface BatchReporter {
  progress(p: BatchProgress): void;
  ended(entry: BatchEntry, done: number, total: number): void;
  finish(): void;
}

/** Redraws at most this often: a terminal line is cheap, but not at every chunk of paths. */
const REDRAW_MS = 100;

export function createBatchReporter(stream: NodeJS.WriteStream = process.stderr): BatchReporter {
  const tty = stream.isTTY === true;
  const started = Date.now();
  let last = 0;
  let drawn = false;
  const clear = () => {
    if (drawn) stream.write('\r\x1b[K');
    drawn = false;
  };
  return {
    progress(p) {
      const now = Date.now();
      if (!tty || now - last < REDRAW_MS) return;
      last = now;
      const seconds = (now - started) / 1000;
      // Time left from path-days, not paths: a five-year path costs five times a one-year one.
      const left = p.workDone > 0 ? ((p.work - p.workDone) * seconds) / p.workDone : null;
      stream.write(`\r${m.progress(p.done, p.total, seconds > 0 ? p.pathsDone / seconds : 0, left)}\x1b[K`);
      drawn = true;
    },
    ended(entry, done, total) {
      clear();
      const lines =
        entry.status === 'invalid'
          ? entry.problems.map(formatProblem)
          : entry.status === 'failed'
            ? [entry.error instanceof Error && entry.error.stack ? entry.error.stack : '', entry.message]
            : [];
      for (const line of lines) if (line !== '') stream.write(`${line}\n`);
      if (tty) return;
      const outcome =
        entry.status === 'ok'
          ? m.outcomeOk(
              entry.backtestFolder ? [entry.folder, entry.backtestFolder] : [entry.folder],
              entry.seconds,
            )
          : entry.status === 'invalid'
            ? m.outcomeInvalid(entry.problems.length)
            : m.outcomeFailed();
      stream.write(`${m.scenarioEnded(done, total, entry.file, outcome)}\n`);
    },
    finish: clear,
  };
}
