// What a long command says on stderr while it runs. On a terminal: one line, redrawn in place at
// most every REDRAW_MS. Elsewhere (logs, CI, pipes): the path bars stay silent, and a batch prints
// a plain line as each file ends. Either way a batch prints a file's problems, or a failed run's
// stack, as the file ends, so a long batch shows what went wrong without waiting for the index.
import { batchMessages as m } from '../messages/batch.js';
import { shownText } from '../messages/shown.js';
import { formatProblem } from '../scenario/problem.js';
import type { BatchEntry, BatchProgress } from '../study/batch.js';
import { writeRaw } from './terminal.js';

/** Redraws at most this often: a terminal line is cheap, but not at every chunk of paths. */
const REDRAW_MS = 100;

/** One line of a terminal, redrawn in place; draw() does nothing when the stream is no terminal. */
interface StatusLine {
  readonly tty: boolean;
  /** Seconds since the line was made. */
  seconds(): number;
  /** Redraws the line, unless the last draw was under REDRAW_MS ago (`force` draws anyway). */
  draw(text: () => string, force?: boolean): void;
  /** Erases the line if it was drawn. */
  clear(): void;
}

function statusLine(stream: NodeJS.WriteStream): StatusLine {
  const tty = stream.isTTY === true;
  const started = Date.now();
  let last = 0;
  let drawn = false;
  return {
    tty,
    seconds: () => (Date.now() - started) / 1000,
    draw(text, force = false) {
      const now = Date.now();
      if (!tty || (now - last < REDRAW_MS && !force)) return;
      last = now;
      // The line's own \r and erase pass the guard (terminal.ts); what it says (a scenario's name
      // among it) is one line, every character shown.
      writeRaw(stream, `\r${shownText(text())}\x1b[K`);
      drawn = true;
    },
    clear() {
      if (drawn) writeRaw(stream, '\r\x1b[K');
      drawn = false;
    },
  };
}

export interface Progress {
  update(done: number, total: number): void;
  finish(): void;
}

/**
 * A bar of paths done (or the `counted` items: the calibration study counts its runs), their rate
 * and the time left (the last update is always drawn).
 */
export function createProgress(
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
  counted = 'paths',
): Progress {
  const line = statusLine(stream);
  const width = 30;
  return {
    update(done, total) {
      line.draw(() => {
        const share = total > 0 ? done / total : 1;
        const filled = Math.round(share * width);
        const seconds = line.seconds();
        const rate = seconds > 0 ? done / seconds : 0;
        const left = rate > 0 ? (total - done) / rate : 0;
        return (
          `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ` +
          `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} ${counted}, ${Math.round(rate).toLocaleString('en-US')}/s, ${left.toFixed(0)} s left `
        );
      }, done >= total);
    },
    finish: () => line.clear(),
  };
}

export interface BatchReporter {
  progress(p: BatchProgress): void;
  ended(entry: BatchEntry, done: number, total: number): void;
  finish(): void;
}

/** A batch's line: files done, paths per second and the time left; a line per file off a terminal. */
export function createBatchReporter(stream: NodeJS.WriteStream = process.stderr): BatchReporter {
  const line = statusLine(stream);
  return {
    progress(p) {
      line.draw(() => {
        const seconds = line.seconds();
        // Time left from path-days, not paths: a five-year path costs five times a one-year one.
        const left = p.workDone > 0 ? ((p.work - p.workDone) * seconds) / p.workDone : null;
        return m.progress(p.done, p.total, seconds > 0 ? p.pathsDone / seconds : 0, left);
      });
    },
    ended(entry, done, total) {
      line.clear();
      const lines =
        entry.status === 'invalid'
          ? entry.problems.map(formatProblem)
          : entry.status === 'failed'
            ? [entry.error instanceof Error && entry.error.stack ? entry.error.stack : '', entry.message]
            : entry.status === 'unwritten'
              ? [entry.message]
              : [];
      for (const text of lines) if (text !== '') stream.write(`${text}\n`);
      if (line.tty) return;
      const outcome =
        entry.status === 'ok'
          ? m.outcomeOk(
              entry.backtestFolder ? [entry.folder, entry.backtestFolder] : [entry.folder],
              entry.seconds,
            )
          : entry.status === 'invalid'
            ? m.outcomeInvalid(entry.problems.length)
            : entry.status === 'unwritten'
              ? m.outcomeUnwritten()
              : m.outcomeFailed();
      stream.write(`${m.scenarioEnded(done, total, entry.file, outcome)}\n`);
    },
    finish: () => line.clear(),
  };
}
