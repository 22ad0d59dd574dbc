import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { platformDataFolder, resolveDataFolder } from '../../src/data/user-folder.js';

const base = { env: {}, platform: 'linux' as const, home: '/home/ana', cwd: '/work' };

describe('resolveDataFolder()', () => {
  it('resolveDataFolder() takes --data, then MINESIM_DATA, then the platform folder', () => {
    const env = { MINESIM_DATA: '/srv/minesim' };
    expect(resolveDataFolder({ ...base, env, flag: 'mine' })).toEqual({ dir: '/work/mine', from: '--data' });
    expect(resolveDataFolder({ ...base, env })).toEqual({ dir: '/srv/minesim', from: 'MINESIM_DATA' });
    expect(resolveDataFolder({ ...base, env: { MINESIM_DATA: '' } })).toEqual({
      dir: '/home/ana/.local/share/minesim',
      from: 'platform',
    });
  });

  it('platformDataFolder() follows XDG on Linux, Application Support on macOS, LOCALAPPDATA on Windows', () => {
    expect(platformDataFolder('linux', { XDG_DATA_HOME: '/data/ana' }, '/home/ana')).toBe(
      '/data/ana/minesim',
    );
    // The XDG specification ignores a relative XDG_DATA_HOME.
    expect(platformDataFolder('linux', { XDG_DATA_HOME: 'rel' }, '/home/ana')).toBe(
      '/home/ana/.local/share/minesim',
    );
    expect(platformDataFolder('freebsd', {}, '/home/ana')).toBe('/home/ana/.local/share/minesim');
    expect(platformDataFolder('darwin', {}, '/Users/ana')).toBe(
      '/Users/ana/Library/Application Support/minesim',
    );
    expect(
      platformDataFolder('win32', { LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' }, 'C:\\Users\\ana'),
    ).toBe('C:\\Users\\ana\\AppData\\Local\\minesim');
    expect(platformDataFolder('win32', {}, 'C:\\Users\\ana')).toBe('C:\\Users\\ana\\AppData\\Local\\minesim');
  });

  it('the test setup points MINESIM_DATA at an empty temporary folder', () => {
    const folder = process.env.MINESIM_DATA as string;
    expect(folder.startsWith(tmpdir())).toBe(true);
    expect(readdirSync(folder)).toEqual([]);
  });
});
