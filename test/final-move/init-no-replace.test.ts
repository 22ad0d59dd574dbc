// `minesim init` without --force never replaces what is at its file's name. Before, it looked
// (existsSync) and then renamed its file in over whatever was there by then: a file the user made
// meanwhile was overwritten, and a link pointing nowhere (existsSync follows it) was replaced. Now
// the file goes in only where nothing is (a hard link, which fails if the name is taken).
import { lstat, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { initCommand } from '../../src/cli/commands/init.js';
import { cliMessages } from '../../src/messages/cli.js';

const race = { before: null as null | (() => Promise<void>) };
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  const writeFile = (async (path: string, ...rest: unknown[]) => {
    const act = race.before;
    if (act && String(path).includes('.tmp-')) {
      race.before = null;
      await act();
    }
    return (original.writeFile as (...a: unknown[]) => Promise<void>)(path, ...rest);
  }) as typeof original.writeFile;
  return { ...original, default: { ...original, writeFile }, writeFile };
});

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'minesim-init-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const init = (name: string, force = false) =>
  (initCommand.handler as (a: object) => Promise<void>)({ name, dir, force, _: [], $0: 'minesim' });

describe('minesim init leaves what is at its name', () => {
  it('a file made between its look and its write: refused, the file as the user wrote it', async () => {
    const file = join(dir, 'race.yaml');
    race.before = () => writeFile(file, 'mine\n');
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      await expect(init('race')).rejects.toThrow(cliMessages.initExists(file));
    } finally {
      write.mockRestore();
    }
    expect(await readFile(file, 'utf8')).toBe('mine\n');
    expect((await readdir(dir)).filter((e) => e.startsWith('.tmp-'))).toEqual([]);
  });

  it('a link that points nowhere: refused, the link kept', async () => {
    const file = join(dir, 'link.yaml');
    await symlink(join(dir, 'nowhere.yaml'), file);
    await expect(init('link')).rejects.toThrow(cliMessages.initExists(file));
    expect((await lstat(file)).isSymbolicLink()).toBe(true);
  });

  it('--force still replaces a file', async () => {
    const file = join(dir, 'forced.yaml');
    await writeFile(file, 'mine\n');
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      await init('forced', true);
    } finally {
      write.mockRestore();
    }
    expect(await readFile(file, 'utf8')).toContain('name: forced');
  });
});
