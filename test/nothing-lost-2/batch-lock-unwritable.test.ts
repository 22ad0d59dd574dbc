// A batch takes the lock of its --out (a file beside it) before any run. Before, a --out on a
// read-only file system (or one the user may not write to) ended there in a stack trace, exit 1
// ("Error: EROFS: read-only file system, open '.../.tmp-batch.lock'"), where every other writing
// command says "cannot write <folder>: read-only file system (EROFS)", exit 2. Now a batch says so
// too, and leaves nothing behind.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCommand } from '../hostile/in-process.js';

/** The system's words for each code, as Node gives them (`EROFS: read-only file system, open '...'`). */
const fault = vi.hoisted(() => ({
  code: null as string | null,
  words: { EROFS: 'read-only file system', EACCES: 'permission denied' } as Record<string, string>,
}));
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  const writeFile = (async (path: unknown, ...rest: unknown[]) => {
    if (fault.code !== null && String(path).endsWith('.lock'))
      throw Object.assign(new Error(`${fault.code}: ${fault.words[fault.code]}, open '${String(path)}'`), {
        code: fault.code,
      });
    return (original.writeFile as (...a: unknown[]) => Promise<void>)(path, ...rest);
  }) as typeof original.writeFile;
  return { ...original, default: { ...original, writeFile }, writeFile };
});

const root = mkdtempSync(join(tmpdir(), 'minesim-batch-lock-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a batch whose --out cannot be written', () => {
  for (const [code, reason] of [
    ['EROFS', 'read-only file system (EROFS)'],
    ['EACCES', 'permission denied (EACCES)'],
  ]) {
    it(`${code} at its lock: "cannot write" and exit 2, not a stack trace; nothing left`, async () => {
      const out = join(root, code, 'new', 'batch');
      fault.code = code;
      try {
        const r = await runCommand(['batch', 'scenarios/s21-fleet-2026.yaml', '--paths', '20', '--out', out]);
        expect(r.exit).toBe(2);
        expect(r.output).toContain(`minesim: cannot write ${out}: ${reason}`);
        expect(r.output).not.toMatch(/\n\s+at /);
      } finally {
        fault.code = null;
      }
      expect(existsSync(join(root, code))).toBe(false);
      expect(readdirSync(root)).toEqual([]);
    });
  }
});
