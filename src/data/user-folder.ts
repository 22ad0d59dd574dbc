// The user data folder: where `minesim data import` and `data fetch` keep the days they add to the
// shipped history. It is resolved here, once, at the command line's border (from --data, then
// MINESIM_DATA, then the platform's folder for per-user application data) and handed to the
// history loader; nothing deeper reads the environment.

import { posix, resolve, win32 } from 'node:path';

export type DataFolderOrigin = '--data' | 'MINESIM_DATA' | 'platform';

export interface DataFolder {
  /** Absolute path. */
  dir: string;
  /** Which setting chose it. */
  from: DataFolderOrigin;
}

export interface DataFolderInput {
  /** The --data option, when given. */
  flag?: string;
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  /** The user's home folder (os.homedir()). */
  home: string;
  /** Relative --data and MINESIM_DATA values are taken from here (process.cwd()). */
  cwd: string;
}

const APP = 'minesim';

/**
 * The platform's folder for a user's application data: $XDG_DATA_HOME/minesim (or
 * ~/.local/share/minesim) on Linux and other Unix systems, ~/Library/Application Support/minesim
 * on macOS, %LOCALAPPDATA%\minesim on Windows. The XDG Base Directory specification ignores a
 * relative XDG_DATA_HOME, and so does minesim.
 */
export function platformDataFolder(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
  home: string,
): string {
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA;
    return local ? win32.join(local, APP) : win32.join(home, 'AppData', 'Local', APP);
  }
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support', APP);
  const xdg = env.XDG_DATA_HOME;
  if (xdg && posix.isAbsolute(xdg)) return posix.join(xdg, APP);
  return posix.join(home, '.local', 'share', APP);
}

/** --data, else MINESIM_DATA, else the platform's folder; an empty value counts as not given. */
export function resolveDataFolder(input: DataFolderInput): DataFolder {
  if (input.flag !== undefined && input.flag !== '')
    return { dir: resolve(input.cwd, input.flag), from: '--data' };
  const env = input.env.MINESIM_DATA;
  if (env !== undefined && env !== '') return { dir: resolve(input.cwd, env), from: 'MINESIM_DATA' };
  return { dir: platformDataFolder(input.platform, input.env, input.home), from: 'platform' };
}
