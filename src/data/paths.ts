// Where the shipped data files live. The folder is found from this module's own URL rather than
// the working directory, so `minesim` works from any directory. Both layouts put this module two
// levels below the repository root (src/data/paths.ts under vitest, dist/data/paths.js
// once compiled), and data/ sits at the root in both, including in an installed package.

import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the project's data/ folder. */
export const DATA_DIR: string = fileURLToPath(new URL('../../data/', import.meta.url));

/** Absolute path of a file inside data/. */
export function dataPath(fileName: string): string {
  return join(DATA_DIR, fileName);
}
