// Every file under a folder, by its path relative to it, with its bytes: what a test compares
// before and after a command to say the folder is as it was, byte for byte.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

export async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (at: string): Promise<void> => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) await walk(path);
      else files.set(relative(dir, path), (await readFile(path)).toString('base64'));
    }
  };
  await walk(dir);
  return files;
}

/** The entries minesim made beside `name` in `parent`: staging folders and its lock. */
export async function tempsBeside(parent: string, name: string): Promise<string[]> {
  return (await readdir(parent)).filter((e) => e.startsWith(`.tmp-${name}-`) || e === `.tmp-${name}.lock`);
}
