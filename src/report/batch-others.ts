// The output folders in a batch's --out that the batch did not write: an earlier batch's scenarios
// this one did not run (left out, bad input now, or unwritable), a back-test its scenario no longer
// has, a `minesim run --out` into it. They stay on disk, so the index names them, apart from its
// tables: their figures may come from other paths, seeds, versions of the files or of minesim,
// and are never shown as this batch's.

import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { batchMessages } from '../messages/batch.js';
import type { IndexTable } from './batch-cells.js';
import { head, isManifestText } from './out-folder.js';

export interface OtherOutput {
  /** The folder's name in --out. */
  folder: string;
  /** The scenario file its manifest names, as given on that command line. */
  scenarioFile: string;
  /** When it was written (ISO 8601 UTC), as its manifest says; null where it says none. */
  finishedAt: string | null;
  /** The command that wrote it (`minesim batch`, `minesim run`, ...); null where its manifest names none. */
  command: string | null;
  /** Whether it holds a report.html to link to. */
  report: boolean;
}

/**
 * The folders of `dir` holding an output minesim wrote (a manifest.json of minesim's) that are not
 * among `own` (this batch's folders), in name order. Hidden entries (staging, locks) and links are
 * not looked at: a batch writes neither.
 */
export async function otherOutputs(dir: string, own: ReadonlySet<string>): Promise<OtherOutput[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const others: OtherOutput[] = [];
  for (const folder of names.sort()) {
    if (folder.startsWith('.') || own.has(folder)) continue;
    const path = join(dir, folder);
    if (!(await lstat(path).catch(() => null))?.isDirectory()) continue;
    const manifest = await readManifest(path);
    if (manifest === null) continue;
    const report = (await lstat(join(path, 'report.html')).catch(() => null))?.isFile() === true;
    others.push({ folder, ...manifest, report });
  }
  return others;
}

async function readManifest(folder: string): Promise<Omit<OtherOutput, 'folder' | 'report'> | null> {
  // A manifest is a regular file of a few kB: a link, a FIFO or a device there is none of minesim's.
  const text = await head(join(folder, 'manifest.json'), 1 << 20).catch(() => '');
  if (!isManifestText(text)) return null;
  const m = JSON.parse(text) as { scenario: { path?: unknown }; finishedAt?: unknown; command?: unknown };
  const command = Array.isArray(m.command) ? m.command.slice(0, 2).map(String).join(' ') : null;
  return {
    scenarioFile: typeof m.scenario.path === 'string' ? m.scenario.path : '',
    finishedAt: typeof m.finishedAt === 'string' ? m.finishedAt : null,
    command,
  };
}

/** The index's table of the other outputs (no rows where there are none). */
export function otherOutputsTable(others: readonly OtherOutput[]): IndexTable {
  return {
    title: batchMessages.othersTitle,
    note: batchMessages.othersNote,
    header: ['Folder', 'Scenario file', 'Written by', 'Finished'],
    align: ['left', 'left', 'left', 'left'],
    rows: others.map((o) => [
      o.report ? { text: `${o.folder}/`, href: `${o.folder}/report.html` } : { text: `${o.folder}/` },
      { text: o.scenarioFile },
      { text: o.command ?? '—' },
      { text: o.finishedAt ?? '—' },
    ]),
  };
}
