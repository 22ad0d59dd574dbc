// Writes a part file (`run --shard`, `sweep --shard`) into its folder of parts, which must be new,
// empty or hold only parts (out-folder.ts): the one place both commands save a part.
import { join } from 'node:path';
import { writeFileAtomic } from '../report/atomic.js';
import { checkOutFolder } from '../report/out-folder.js';

/** Writes `text` as `dir/name` and returns the file's path. */
export async function writePart(dir: string, name: string, text: string): Promise<string> {
  await checkOutFolder(dir, 'parts');
  const file = join(dir, name);
  await writeFileAtomic(file, text);
  return file;
}
