// A reader that stops reading early (`minesim schema | head`) closes the pipe minesim prints into.
// minesim then drops what was left to print and finishes its command with its own exit code; it
// printed Node's "Unhandled 'error' event" and an EPIPE stack trace, exit 1, as for a bug. The
// outputs here are longer than a pipe's buffer (64 KiB), so the pipe is closed while minesim writes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'minesim-pipe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `minesim <args> | head -c 20`: minesim's exit code and what it wrote on stderr. */
function intoHead(args: string) {
  const line = `node bin/minesim.mjs ${args} | head -c 20 >/dev/null; exit "\${PIPESTATUS[0]}"`;
  const run = spawnSync('bash', ['-c', line], { cwd: root, encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr };
}

describe('output into a pipe closed early', () => {
  it('minesim schema | head ends with exit 0, without a stack trace', () => {
    const { status, stderr } = intoHead('schema');
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it('minesim backtest --json | head still writes the folder, and ends with exit 0', () => {
    const out = join(dir, 'backtest');
    const { status, stderr } = intoHead(`backtest scenarios/north-korea-2017-s9.yaml --json --out ${out}`);
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(status).toBe(0);
    expect(existsSync(join(out, 'summary.json'))).toBe(true);
  });
});
