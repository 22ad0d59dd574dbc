// Faults injected into renames, for the tests of this folder: `fault.check` sees each rename and
// returns null (let it happen), an error to throw instead, or an action to run before it.
type Fault = NodeJS.ErrnoException | (() => Promise<void>) | null;

export const fault: { check: (from: string, to: string) => Fault } = { check: () => null };

/** An error as the system gives it: `code` (ENOSPC, EACCES, ...). */
export function failWith(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected failure`), { code });
}

export function faultyRename(rename: (from: string, to: string) => Promise<void>) {
  return async (from: string, to: string): Promise<void> => {
    const what = fault.check(String(from), String(to));
    if (typeof what === 'function') await what();
    else if (what !== null) throw what;
    return rename(from, to);
  };
}
