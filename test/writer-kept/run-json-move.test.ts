// `minesim run --json` (the single-folder writer on the command line) whose final move fails. --json
// promises one JSON document on stdout and nothing else, and an output failure ends with exit 2
// and its message on stderr: checked here with the failure injected into the real process, a
// replacement put back (the folder as it was) and one that cannot be (its earlier files kept beside
// it, named).
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, it } from 'vitest';
import { oneChart } from '../fixtures/one-chart.js';

const root = mkdtempSync(join(tmpdir(), 'minesim-run-json-move-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const bin = fileURLToPath(new URL('../../bin/minesim.mjs', import.meta.url));
// test/hostile/base.yaml drawing one chart: the move is of the folder, whatever it holds.
const scenario = join(root, 'base.yaml');
writeFileSync(
  scenario,
  oneChart(readFileSync(fileURLToPath(new URL('../hostile/base.yaml', import.meta.url)), 'utf8')),
);
const fault = fileURLToPath(new URL('./rename-fault.mjs', import.meta.url));

/** `minesim run --json` into `out`, with the faults `env` asks for: its exit code and output. */
function run(
  out: string,
  env: Record<string, string> = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [bin, 'run', scenario, '--paths', '40', '--out', out, '--json'], {
    env: { ...process.env, ...env, NODE_OPTIONS: `--import ${fault}` },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

// The two cases' processes run side by side, each into its own --out.
describe.concurrent('run --json whose final move fails', { timeout: 120_000 }, () => {
  it('put back: exit 2, the message on stderr, nothing on stdout, the folder as it was', async ({
    expect,
  }) => {
    const out = join(root, 'back');
    expect((await run(out)).status).toBe(0);
    const before = readFileSync(join(out, 'summary.json'), 'utf8');
    const failed = await run(out, { MINESIM_FAULT_INTO: `${out}/` });
    expect(failed.status).toBe(2);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toContain(`minesim: cannot write ${out}: injected failure (ENOSPC)`);
    expect(readFileSync(join(out, 'summary.json'), 'utf8')).toBe(before);
  });

  it('not put back: exit 2, the message names the kept folder, which a later run leaves', async ({
    expect,
  }) => {
    const out = join(root, 'stuck');
    expect((await run(out)).status).toBe(0);
    const failed = await run(out, { MINESIM_FAULT_INTO: `${out}/`, MINESIM_FAULT_NO_PUT_BACK: '1' });
    expect(failed.status).toBe(2);
    expect(failed.stdout).toBe('');
    const kept = readdirSync(root).filter((e) => e.startsWith('stuck-earlier-'));
    expect(kept).toHaveLength(1);
    expect(failed.stderr).toContain(`the earlier files not put back are in ${join(root, kept[0])}`);
    expect(readdirSync(join(root, kept[0])).length).toBeGreaterThan(0);
    expect((await run(out)).status).toBe(0);
    expect(readdirSync(root)).toContain(kept[0]);
  });
});
