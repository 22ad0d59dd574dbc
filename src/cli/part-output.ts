// Writes a part file (`run --shard`, `sweep --shard`) into its folder of parts, which must be new,
// empty or hold only parts (out-folder.ts): the one place both commands save a part. A part is
// written durably (synced to the disk before it counts as written): it may hold hours of a
// cluster's work that nothing but running the shard again could give back.
import { join } from 'node:path';
import { writeFileAtomic } from '../report/atomic.js';
import { checkOutFolder } from '../report/out-folder.js';

/** Writes `text` as `dir/name` and returns the file's path. */
export async function writePart(dir: string, name: string, text: string): Promise<string> {
  await checkOutFolder(dir, 'parts');
  const file = join(dir, name);
  await writeFileAtomic(file, text, { durable: true });
  return file;
}
