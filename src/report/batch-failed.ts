// The runs of a batch that failed with an internal error (a bug): the scenarios that ran are
// published, these are not. Each is named apart in the index with its error's first line (the stack
// is on the terminal), and with its folders in --out, if any: an earlier run's, left as they were,
// never shown as this batch's nor among the unrelated other outputs.

import type { BatchEntry } from '../study/batch.js';
import type { OtherOutput } from './batch-others.js';

export type FailedEntry = Extract<BatchEntry, { status: 'failed' }>;

export interface FailedRun {
  file: string;
  /** The error's first line, as `file: step failed: detail`. */
  error: string;
  /** The scenario's folders in --out holding an earlier output of minesim's (its run's, its back-test's). */
  earlier: OtherOutput[];
}

export function failedEntries(entries: readonly BatchEntry[]): FailedEntry[] {
  return entries.filter((e): e is FailedEntry => e.status === 'failed');
}

/** A message's first line: a detail of many lines (a stack, a dump) stays on the terminal. */
export const firstLine = (message: string) => message.split('\n', 1)[0];

/** The folders a failed scenario of `entries` would have written (its run's and its back-test's). */
export function failedFolders(entries: readonly BatchEntry[]): Set<string> {
  return new Set(
    failedEntries(entries).flatMap((e) =>
      e.backtestFolder === null ? [e.folder] : [e.folder, e.backtestFolder],
    ),
  );
}

/** Each failed run, with its earlier folders among `others` (the outputs in --out this batch did not write). */
export function failedRuns(entries: readonly BatchEntry[], others: readonly OtherOutput[]): FailedRun[] {
  return failedEntries(entries).map((e) => ({
    file: e.file,
    error: firstLine(e.message),
    earlier: [e.folder, e.backtestFolder].flatMap((f) => others.filter((o) => o.folder === f)),
  }));
}

/** The other outputs that are no failed run's earlier folders: listed apart as unrelated to this batch. */
export function unrelatedOthers(
  entries: readonly BatchEntry[],
  others: readonly OtherOutput[],
): OtherOutput[] {
  const failed = failedFolders(entries);
  return others.filter((o) => !failed.has(o.folder));
}
