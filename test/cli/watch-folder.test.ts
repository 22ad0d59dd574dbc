// `run --watch` writes its previews to a folder of its own (<out>-watch), so that a preview of
// 1,000 paths never replaces a full run of 10,000 written to <out>. Spawns the built command.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runOutFolder } from '../../src/cli/commands/run.js';
import { ROOT, runNode } from '../fixtures/node-process.js';
import { scenarioText } from '../fixtures/scenarios.js';

const dir = mkdtempSync(join(tmpdir(), 'minesim-watch-folder-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const scenario = join(dir, 'short.yaml');
writeFileSync(scenario, scenarioText().replace('horizon: 5 years', 'horizon: 2 years'));

const pathsIn = (folder: string): number =>
  JSON.parse(readFileSync(join(folder, 'summary.json'), 'utf8')).run.paths;

/** `run --watch` until its first preview is written and it says it is watching; then Ctrl-C. */
function watchOnce(args: string[]): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['bin/minesim.mjs', 'run', scenario, '--watch', ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk);
      if (stderr.includes('watching ')) child.kill('SIGINT');
    });
    child.on('error', fail);
    child.on('close', () => done(stderr));
  });
}

describe('run --watch', () => {
  it('runOutFolder() adds -watch to the folder of a --watch preview only', () => {
    expect(runOutFolder({ out: 'x/full', watch: false }, 'A b')).toBe('x/full');
    expect(runOutFolder({ out: 'x/full/', watch: true }, 'A b')).toBe('x/full-watch');
    expect(runOutFolder({ watch: true }, 'flagship')).toBe(join('runs', 'flagship-watch'));
  });

  it('run --watch --out DIR leaves the full run in DIR alone (200 paths stay 200) and writes its 50-path preview to DIR-watch, saying so', async () => {
    const out = join(dir, 'full');
    // Before: the preview of 50 paths was written over DIR, whose summary then said 50 paths.
    const full = await runNode([
      'bin/minesim.mjs',
      'run',
      scenario,
      '--paths',
      '200',
      '--out',
      out,
      '--no-explorer',
    ]);
    expect(full.code).toBe(0);
    expect(pathsIn(out)).toBe(200);
    const stderr = await watchOnce(['--paths', '50', '--out', out, '--no-explorer']);
    expect(pathsIn(out)).toBe(200);
    expect(pathsIn(`${out}-watch`)).toBe(50);
    expect(stderr).toContain(`previews to ${out}-watch/, not to ${out}/`);
  }, 120_000);
});
