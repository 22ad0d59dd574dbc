// The worker pool's speed contract that no output shows: no thread of a run ever detaches an
// ArrayBuffer. The first detach in a thread (a postMessage transfer does it) makes V8 check every
// typed-array access in that thread's optimized code for detachment from then on, and the kernel
// is typed-array access: worker threads then ran each path a fifth slower than the main thread.
// V8 reports the moment under --trace-protector-invalidation, for worker threads too. Runs the
// built command (`npm test` builds first through `pretest`).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliMessages } from '../../src/messages/cli.js';
import { runNode } from '../fixtures/node-process.js';

const out = mkdtempSync(join(tmpdir(), 'minesim-workers-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function traced(args: string[]): Promise<{ code: number; output: string }> {
  return runNode(['--trace-protector-invalidation', ...args]).then((run) => ({
    code: run.code,
    output: run.stdout + run.stderr,
  }));
}

describe('worker threads', () => {
  it('V8 traces a detached ArrayBuffer (the check below can see one)', async () => {
    const run = await traced(['-e', 'const b = new ArrayBuffer(8); structuredClone(b, { transfer: [b] });']);
    expect(run.output).toContain('ArrayBufferDetaching');
  });

  it('a two-worker run detaches no ArrayBuffer in any thread', async () => {
    // 3,000 paths: the pilot's 256, then chunks shared by the main thread and a worker thread.
    const run = await traced([
      'bin/minesim.mjs',
      'run',
      'scenarios/north-korea-2017-s9.yaml',
      '--paths',
      '3000',
      '--workers',
      '2',
      '--out',
      out,
    ]);
    expect(run.code).toBe(0);
    // The output up to the run's last line: once everything is written, the process ends, and
    // resvg's clean-up then detaches the PNG buffers it still holds.
    const end = run.output.indexOf(cliMessages.wroteOutput(out));
    expect(end).toBeGreaterThan(0);
    const running = run.output.slice(0, end);
    expect(running.split('\n').filter((line) => line.includes('ArrayBufferDetaching'))).toEqual([]);
  }, 60_000);
});
