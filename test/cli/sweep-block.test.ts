// The scenario's `sweep:` block, as `minesim sweep` reads it when no --vary is given. Spawns the
// built command (`npm test` builds first); these cases stop before any simulation runs.
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { scenarioText } from '../fixtures/scenarios.js';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;

async function sweep(tail: string): Promise<{ code: number; stderr: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'minesim-sweep-block-'));
  const base = scenarioText();
  const file = join(dir, 'scenario.yaml');
  await writeFile(file, base.slice(0, base.indexOf('\nsweep:')) + tail);
  try {
    await run('node', [join(ROOT, 'bin/minesim.mjs'), 'sweep', file, '--out', join(dir, 'out')], {
      cwd: dir,
    });
    return { code: 0, stderr: '' };
  } catch (error) {
    const e = error as { code: number; stderr: string };
    return { code: e.code, stderr: e.stderr };
  }
}

describe('minesim sweep with a sweep: block', () => {
  it('minesim sweep places a bad sweep.vary entry at its line in the file and exits 2', async () => {
    const result = await sweep(
      '\nsweep:\n  vary:\n    - power.price=0.05..0.15:3\n    - fleet[0].unitPrice=abc\n',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/scenario\.yaml:\d+:\d+ sweep\.vary\[1\]: .*\(got "abc"\)/);
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('minesim sweep without --vary or a sweep: block is a usage error (exit 2)', async () => {
    const result = await sweep('\n');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--vary');
  });
});
