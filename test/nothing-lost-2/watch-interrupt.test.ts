// Runs the built command (run `npm run build` before running this file alone).
// Ctrl-C during `run --watch` while a preview was simulating did not stop it: the watch waited for
// the preview to end, wrote it over the earlier preview and exited 0, however long the preview
// (`run --watch --paths 100000` ran on to its end). Now Ctrl-C stops a preview under way as it
// stops a run (exit 130, the earlier preview as it was); between previews it ends the watch (exit 0);
// during a preview's write the write finishes or is taken back, as for any write.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../fixtures/node-process.js';
import { scenarioText } from '../fixtures/scenarios.js';

const dir = mkdtempSync(join(tmpdir(), 'minesim-watch-interrupt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const snapshot = (folder: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name), 'hex')]),
  );

describe('Ctrl-C during run --watch', () => {
  it('stops a preview under way (exit 130, at once) and leaves the earlier preview as it was', async () => {
    const scenario = join(dir, 's.yaml');
    // The flagship drawing one chart: the first preview, which the watch must finish, draws less
    // (the second is stopped while it simulates, before it draws).
    const text = `${scenarioText()}\noutputs:\n  charts: [payback-cdf]\n`;
    writeFileSync(scenario, text);
    const out = join(dir, 'out');
    const child = spawn(
      process.execPath,
      [
        'bin/minesim.mjs',
        'run',
        scenario,
        '--watch',
        '--paths',
        '20000',
        '--workers',
        '1',
        '--no-explorer',
        '--out',
        out,
      ],
      { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } },
    );
    let stderr = '';
    const watching = () => (stderr.match(/watching /g) ?? []).length;
    const closed = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk);
    });
    const until = async (check: () => boolean, ms: number) => {
      const end = Date.now() + ms;
      while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    };
    await until(() => watching() === 1, 110_000);
    expect(watching(), stderr).toBe(1);
    const before = snapshot(`${out}-watch`);
    // A save: the next preview starts after the 200 ms debounce (saying where it writes, as each
    // preview does) and simulates for seconds. Ctrl-C once it has started: a fixed wait could land
    // before it starts on a loaded machine, where Ctrl-C ends the watch between previews (exit 0).
    const previews = () => (stderr.match(/--watch writes its /g) ?? []).length;
    expect(previews(), stderr).toBe(1);
    writeFileSync(scenario, `${text}\n# edited\n`);
    await until(() => previews() === 2, 60_000);
    expect(previews(), stderr).toBe(2);
    await new Promise((r) => setTimeout(r, 300));
    const sent = Date.now();
    child.kill('SIGINT');
    const code = await closed;
    expect(code).toBe(130);
    expect(Date.now() - sent).toBeLessThan(3000);
    expect(watching()).toBe(1);
    expect(snapshot(`${out}-watch`)).toEqual(before);
    expect(readdirSync(dir).filter((name) => name.startsWith('.tmp-'))).toEqual([]);
  }, 180_000);
});
