// A disk that fills as a batch writes a run's folder into its staging beside --out. Before, the
// message named the staging's hidden folder (`cannot write <dir>/.tmp-out-…/other: ...`), a path
// the user never gave, and nothing said a batch needs room for a second copy. Now it names the
// folder in --out, says why the room is needed, and that the folder is left as it was.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { batch } from '../../src/cli/commands/batch.js';
import { failWith } from './fault.js';

const full = { on: false };
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  const writeFile = (async (path: string, ...rest: unknown[]) => {
    if (full.on && String(path).includes(`${sep}.tmp-other-`)) throw failWith('ENOSPC');
    return (original.writeFile as (...a: unknown[]) => Promise<void>)(path, ...rest);
  }) as typeof original.writeFile;
  return { ...original, default: { ...original, writeFile }, writeFile };
});

let dir: string;
const base = await readFile(new URL('../hostile/base.yaml', import.meta.url), 'utf8');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'minesim-staging-full-'));
  await writeFile(join(dir, 'a.yaml'), base);
  await writeFile(join(dir, 'b.yaml'), base.replace('name: hostile-base', 'name: other'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('a full disk as a batch stages a run', { timeout: 60_000 }, () => {
  it('names the folder in --out and says a batch needs room for its new outputs', async () => {
    const out = join(dir, 'out');
    let logged = '';
    const stream = {
      isTTY: false,
      write: (s: string) => {
        logged += s;
        return true;
      },
    } as unknown as NodeJS.WriteStream;
    full.on = true;
    const code = await batch(
      {
        patterns: [join(dir, 'a.yaml'), join(dir, 'b.yaml')],
        out,
        paths: 40,
        seed: '1',
        workers: 1,
        json: false,
      },
      { stdout: stream, stderr: stream },
    );
    expect(code).toBe(2);
    expect(logged).toContain(`cannot write ${join(out, 'other')}: injected failure (ENOSPC)`);
    expect(logged).toContain('so it needs room for its new outputs as well as the earlier ones');
    expect(logged).not.toContain('.tmp-');
  });
});
