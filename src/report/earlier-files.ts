// Which files of an earlier output minesim may replace: those its manifest lists, and those a write
// killed among its renames had moved in. Anything else in the folder is someone else's and is never
// written over.

import { lstat, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { outputMessages as m } from '../messages/output.js';
import { writtenFiles } from './manifest.js';
import { OutputError } from './output-error.js';
import { foldersOf } from './replace-files.js';
import { orphanTemps } from './temp-names.js';

const MANIFEST = 'manifest.json';

/**
 * The files the earlier output in `path` lists as minesim's (null when its manifest predates the
 * list). Refuses, before anything is written, any of `files` that would replace an entry not on
 * it: a file not listed, a folder or link at a listed file's name (minesim writes neither), or a
 * file or link where the new output needs a folder.
 */
export async function earlierFiles(
  path: string,
  dir: string,
  files: Iterable<string>,
  renamedIn: ReadonlySet<string>,
): Promise<ReadonlySet<string> | null> {
  const text = await readFile(join(path, MANIFEST), 'utf8').catch(() => '');
  const listed = writtenFiles(text);
  // Without the list (minesim 0.1.0), every file is taken for minesim's; folders and files are
  // still told apart.
  const earlier = listed === null ? null : new Set([...listed, ...renamedIn]);
  const relative = [...files].map((file) => file.split(/[\\/]/).join('/'));
  for (const folder of foldersOf(relative)) {
    const s = await lstat(join(path, folder)).catch(() => null);
    if (s && !s.isDirectory() && !earlier?.has(folder)) throw new OutputError(m.notOurFile(dir, folder));
  }
  for (const rel of relative) {
    if (rel === MANIFEST) continue;
    const s = await lstat(join(path, rel)).catch(() => null);
    if (s && (!s.isFile() || !(earlier?.has(rel) ?? true))) throw new OutputError(m.notOurFile(dir, rel));
  }
  return earlier;
}
/**
 * The files that runs killed among their renames into `parent/name` had moved in: those their
 * staged manifest lists (staged last, renamed last) that are gone from their staging folder. A
 * run killed before its renames moved none, whatever it had staged; nothing else is minesim's.
 */
export async function filesRenamedIn(parent: string, name: string): Promise<ReadonlySet<string>> {
  const moved = new Set<string>();
  for (const entry of await orphanTemps(parent, name)) {
    if (entry.previous || entry.name.endsWith('-old')) continue;
    const staging = join(parent, entry.name);
    const staged = writtenFiles(await readFile(join(staging, MANIFEST), 'utf8').catch(() => ''));
    for (const rel of staged ?? []) {
      if (rel !== MANIFEST && !(await lstat(join(staging, rel)).catch(() => null))) moved.add(rel);
    }
  }
  return moved;
}
