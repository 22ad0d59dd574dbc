// The system's words for a failure of the data folder (a read-only file system, no permission), as
// the import's refusals give them: `read-only file system (EROFS)`, not the code alone.

/** `error`'s reason in the system's words with its code; its text where it has no code. */
export function systemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof code !== 'string') return message;
  // Node words them `EROFS: read-only file system, mkdir '...'`.
  const words = /^[A-Z]+: ([^,]+)/.exec(message)?.[1];
  return words === undefined ? code : `${words} (${code})`;
}
