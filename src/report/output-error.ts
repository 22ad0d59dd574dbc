// Why an output could not be written where the user asked: the place is refused (a folder minesim
// did not write, a device, a file), or the machine failed the write (a full disk, a read-only
// folder, a missing permission). Both are the user's to fix, so the command line ends with exit
// code 2 and this message, never a stack.
import { outputMessages as m } from '../messages/output.js';

export class OutputError extends Error {
  override name = 'OutputError';
  /** The system's failure it reports, where the machine failed the write (not for a refusal). */
  declare readonly failure?: { code: string; reason: string };
}

// Failures of the environment rather than of minesim: space, permissions, read-only or vanished
// folders, limits on names and open files. EINVAL and the like stay internal errors (bugs).
const ENVIRONMENT = new Set([
  'ENOSPC',
  'EDQUOT',
  'EFBIG',
  'EROFS',
  'EACCES',
  'EPERM',
  'EIO',
  'ENAMETOOLONG',
  'ENOTDIR',
  'EISDIR',
  'ELOOP',
  'EMFILE',
  'ENFILE',
  'EXDEV',
  'EBUSY',
  'ETXTBSY',
  'ENOENT',
  'EEXIST',
  'ENOTEMPTY',
  'EMLINK',
  'ENXIO',
  'ENODEV',
]);

/** The code and the system's words for an environment failure, or null for any other error. */
export function environmentFailure(error: unknown): { code: string; reason: string } | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string' || !ENVIRONMENT.has(code)) return null;
  // Node words them `ENOSPC: no space left on device, write`.
  const message = error instanceof Error ? error.message : '';
  const reason = /^[A-Z]+: ([^,]+)/.exec(message)?.[1] ?? code;
  return { code, reason };
}

/** `error` as an OutputError about `path` when the environment failed, else `error` itself. */
export function asOutputError(error: unknown, path: string): unknown {
  if (error instanceof OutputError) return error;
  const failure = environmentFailure(error);
  if (!failure) return error;
  const output = new OutputError(m.cannotWrite(path, failure.reason, failure.code));
  // Not enumerable: an OutputError is compared, and printed, by its message.
  Object.defineProperty(output, 'failure', { value: failure, enumerable: false });
  return output;
}
