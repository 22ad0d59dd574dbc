// The global `--data` option and its middleware, shared by the full command line (main.ts) and
// the quick entry of `minesim quote` (quick.ts).
import { statSync } from 'node:fs';
import { homedir } from 'node:os';
import { useDataFolder } from '../data/history.js';
import { resolveDataFolder } from '../data/user-folder.js';
import { dataMessages } from '../messages/data.js';
import { UsageError } from './exit.js';

export const DATA_OPTION = {
  type: 'string',
  global: true,
  describe: 'User data folder with imported history (default: $MINESIM_DATA, else the platform folder)',
} as const;

/** Whether `dir` is a folder or nothing yet (no days imported); a file there, or on the way, is neither. */
function isFolderOrMissing(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/**
 * The user data folder, resolved once for the whole command before it runs: every history the
 * command loads is the shipped one extended by that folder's imported days.
 */
export function dataFolderMiddleware(argv: Record<string, unknown>): void {
  const flag = argv.data;
  if (flag !== undefined && (typeof flag !== 'string' || flag === ''))
    throw new UsageError(dataMessages.badDataFolder(flag));
  const folder = resolveDataFolder({
    flag,
    env: process.env,
    platform: process.platform,
    home: homedir(),
    cwd: process.cwd(),
  });
  if (!isFolderOrMissing(folder.dir))
    throw new UsageError(dataMessages.dataFolderNotAFolder(folder.dir, folder.from));
  useDataFolder(folder.dir);
  argv.dataFolder = folder;
}
