// While minesim writes an output, Ctrl-C (SIGINT), SIGTERM and SIGHUP (its terminal closed) are
// held rather than ending the
// process between two steps of the write. The write looks at its next step: before it has begun
// to replace anything, it removes what it staged and stops; once it has begun, it finishes (a
// few renames). When the last write has let go, the process exits 130, 143 or 129, the codes a
// shell reports for these signals. A second signal ends the process at once, as an impatient user
// expects; the next write cleans up what that leaves (temp-names.ts).

const CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
type HeldSignal = keyof typeof CODES;
const SIGNALS = Object.keys(CODES) as HeldSignal[];

/**
 * After a hangup the terminal is gone: a line written to it fails (EIO), and the stream's error,
 * unheard, would end the process among its renames. What is said then is said to no one.
 */
function quietAfterHangup(signal: HeldSignal): void {
  if (signal !== 'SIGHUP') return;
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});
}

let holds = 0;
let pending: HeldSignal | null = null;
/** What the holds under way do before the process ends at a second signal (synchronous). */
const onForced = new Set<() => void>();

function onSignal(signal: HeldSignal): void {
  quietAfterHangup(signal);
  if (pending !== null) {
    for (const forced of onForced) forced();
    process.exit(CODES[pending]);
  }
  pending = signal;
}

/** A write stopped by a held signal: the command line exits with `code` and prints nothing more. */
export class InterruptedError extends Error {
  override name = 'InterruptedError';
  constructor(readonly code: number) {
    super(`interrupted (exit code ${code})`);
  }
}

export interface SignalHold {
  /** The signal received since the hold began, or null. */
  readonly pending: HeldSignal | null;
  /** The error to stop with when `pending` is set. */
  interrupted(): InterruptedError;
  /** Ends the hold; the last hold to end exits the process when a signal came. */
  release(): void;
}

/**
 * Holds Ctrl-C, SIGTERM and SIGHUP until release(). `forced`, if given, runs (synchronously) should a
 * second signal end the process at once while the hold lasts: to keep what would be lost and say
 * what is where.
 */
export function holdSignals(forced?: () => void): SignalHold {
  if (forced) onForced.add(forced);
  if (holds++ === 0) for (const signal of SIGNALS) process.on(signal, onSignal);
  let released = false;
  return {
    get pending() {
      return pending;
    },
    interrupted: () => new InterruptedError(CODES[pending ?? 'SIGINT']),
    release() {
      if (released) return;
      released = true;
      if (forced) onForced.delete(forced);
      if (--holds > 0) return;
      for (const signal of SIGNALS) process.off(signal, onSignal);
      if (pending !== null) process.exit(CODES[pending]);
    },
  };
}

/** Whether a write holds the signals now (between holdSignals() and the last release()). */
export function signalsHeld(): boolean {
  return holds > 0;
}

/** What discardOnSignal gives: its two ends. */
export interface SignalDiscard {
  /** From now on a signal is held as holdSignals holds it (the command's last step, its renames). */
  defer(): void;
  /** Stops listening. */
  end(): void;
}

/**
 * For a long command that stages all it writes and moves it into place only at its end (a batch):
 * until `defer()`, Ctrl-C, SIGTERM or SIGHUP runs `discard` (synchronous: it removes what was staged
 * and says so) and exits 130, 143 or 129 at once, where a hold would wait for the run under way to end.
 * Nothing outside the staging has been touched by then, so nothing needs finishing.
 */
export function discardOnSignal(discard: () => void): SignalDiscard {
  let deferred = false;
  const handler = (signal: HeldSignal) => {
    quietAfterHangup(signal);
    if (deferred) return;
    discard();
    process.exit(CODES[signal]);
  };
  for (const signal of SIGNALS) process.on(signal, handler);
  return {
    defer() {
      deferred = true;
    },
    end() {
      for (const signal of SIGNALS) process.off(signal, handler);
    },
  };
}
