// A command writing one output (or a folder of parts) into the folder a batch is filling as its
// --out. Before, `run` found out only at its write: it simulated every path, then waited a minute
// for the batch's lock and was refused ("is being written by another minesim"), or, the batch
// ended meanwhile, was refused as the folder had become a batch's. Now the batch's lock says it is
// a batch's, and every output's check (run, backtest, sweep, sensitivity, calibrate, merge, a
// shard's parts) refuses such a folder at once, before any work; the write checks again.
// And a lock of a folder whose name holds a space was read as no lock at all (its owner's name
// did not parse), so a second batch took it over 10 s after the first had made it, while the
// first still ran: two batches into one folder. Its owner is now read whatever the name holds.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { outputMessages as m } from '../../src/messages/output.js';
import { lockCollection } from '../../src/report/folder-lock.js';
import { checkOutFolder } from '../../src/report/out-folder.js';
import { lockName, lockOwner, parseLockOwner, thisHost } from '../../src/report/temp-names.js';
import { runCommand } from '../hostile/in-process.js';

const simulated = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../src/engine/run/run.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/engine/run/run.js')>();
  return {
    ...original,
    runMonteCarlo: async (...args: Parameters<typeof original.runMonteCarlo>) => {
      simulated.calls++;
      return original.runMonteCarlo(...args);
    },
  };
});

const root = mkdtempSync(join(tmpdir(), 'minesim-batch-lock-first-'));
/** A live process of this machine, not this one: the batch holding the lock. */
let other: ChildProcess;
beforeAll(() => {
  other = spawn('sleep', ['120'], { stdio: 'ignore' });
});
afterAll(() => {
  other.kill();
  rmSync(root, { recursive: true, force: true });
});

/** Writes, beside `name` in `parent`, the lock a batch of process `pid` holds on it. */
function batchLock(parent: string, name: string, pid: number, batch = true): string {
  const path = join(parent, lockName(name));
  const text = lockOwner(name, batch).replace(` ${process.pid} `, ` ${pid} `);
  writeFileSync(path, text);
  return path;
}

describe('a folder a batch is filling is refused to an output at once', () => {
  it('checkOutFolder() refuses it for an output and for parts, new or made', async () => {
    for (const made of [false, true]) {
      const out = join(root, made ? 'made' : 'new');
      if (made) mkdirSync(out);
      const lock = batchLock(root, made ? 'made' : 'new', other.pid!);
      for (const kind of ['output', 'parts'] as const)
        await expect(checkOutFolder(out, kind)).rejects.toThrow(m.batchFilling(out, lock, other.pid!));
      // A write's lock (held for one write, which the write waits out) is no refusal; nor is a
      // batch's whose process has ended.
      batchLock(root, made ? 'made' : 'new', other.pid!, false);
      await expect(checkOutFolder(out, 'output')).resolves.toMatchObject({ exists: made });
      batchLock(root, made ? 'made' : 'new', 2 ** 22 + 12345);
      await expect(checkOutFolder(out, 'output')).resolves.toMatchObject({ exists: made });
      rmSync(lock);
    }
  });

  it('minesim run is refused before it simulates a path', { timeout: 60_000 }, async () => {
    const out = join(root, 'filling');
    const lock = batchLock(root, 'filling', other.pid!);
    const r = await runCommand([
      'run',
      'test/hostile/base.yaml',
      '--paths',
      '40',
      '--workers',
      '1',
      '--out',
      out,
    ]);
    expect(r.exit).toBe(2);
    expect(r.output).toContain(m.batchFilling(out, lock, other.pid!));
    expect(simulated.calls).toBe(0);
    rmSync(lock);
  });
});

describe('the lock of a folder whose name holds a space or a line break', () => {
  it('parseLockOwner() reads its owner, and whether it is a batch’s', () => {
    for (const name of ['o 3', 'a\nb', 'plain'])
      for (const batch of [false, true])
        expect(parseLockOwner(lockOwner(name, batch))).toMatchObject({
          host: thisHost(),
          pid: process.pid,
          batch,
        });
  });

  it('a second batch is refused while the first, live, holds it, however old its lock', async () => {
    const out = join(root, 'o 3');
    const lock = batchLock(root, 'o 3', other.pid!);
    // Older than the 10 s after which a lock naming no owner is taken over.
    const old = new Date(Date.now() - 30_000);
    utimesSync(lock, old, old);
    await expect(lockCollection(out)).rejects.toThrow(m.busyNow(out, lock, other.pid!));
    rmSync(lock);
  });
});
