// What a command writes to the terminal shows every character it writes: a control character that
// reached a message (an escape sequence in a scenario's name, a file name or a --set value) is
// written as its escape (`\u001b`), so it can neither clear the analyst's screen, recolour the text
// after it, nor move the cursor over a line minesim printed. Line breaks stay: minesim's own lines
// are written with them, and a name's own line break is shown as `\n` where the name is printed
// (shownText). The progress line, which redraws itself with `\r` and an erase sequence, writes past
// the guard (writeRaw).
import { shownLines } from '../messages/shown.js';

type Write = NodeJS.WriteStream['write'];

/** The write a guard stands in front of, kept on the guard for writeRaw. */
const UNGUARDED = Symbol('unguarded write');

type GuardedWrite = Write & { [UNGUARDED]?: Write };

function guard(stream: NodeJS.WriteStream): () => void {
  const write = stream.write as GuardedWrite;
  const guarded = ((chunk: unknown, ...rest: unknown[]) =>
    (write as (...args: unknown[]) => boolean).call(
      stream,
      typeof chunk === 'string' ? shownLines(chunk) : chunk,
      ...rest,
    )) as GuardedWrite;
  guarded[UNGUARDED] = write[UNGUARDED] ?? write;
  stream.write = guarded;
  return () => {
    // Put back only where nothing has replaced the guard since (a test's capture, restored by it).
    if (stream.write === guarded) stream.write = write;
  };
}

/** Runs `work` with stdout and stderr guarded, and takes the guards off after it, however it ends. */
export async function withShownOutput<T>(work: () => Promise<T>): Promise<T> {
  const restore = [guard(process.stdout), guard(process.stderr)];
  try {
    return await work();
  } finally {
    for (const put of restore) put();
  }
}

/** Writes `text` as is, past a guard: for the progress line's own control characters. */
export function writeRaw(stream: NodeJS.WriteStream, text: string): void {
  const write = stream.write as GuardedWrite;
  (write[UNGUARDED] ?? write).call(stream, text);
}
