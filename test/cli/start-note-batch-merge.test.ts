// `minesim batch` and `minesim merge` print the start-network note on the terminal as `run` does
// (cli/scenario-input.ts scenarioNotes: `<file>: note: ...`, one a line). Before: both validated
// their scenarios themselves and printed nothing, so a Monero hashprice written per PH/s
// (50 USD/PH/day: a network of 3.59 EH/s where the chain ran about 1.31 GH/s) ran through them
// without a word on the terminal.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { moneroStartText } from '../fixtures/monero-start.js';

const MONERO = moneroStartText('50 USD/PH/day');

const dir = mkdtempSync(join(tmpdir(), 'minesim-start-note-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'xmr.yaml');
writeFileSync(file, MONERO);
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/minesim.mjs', ...args], { encoding: 'utf8' });
const NOTE = `${file}: note: network.hashprice: the monero network this gives is 3.59 EH/s`;
const notes = (stderr: string) => stderr.split('\n').filter((l) => l.includes(': note: network.'));

describe('the start-network note on the terminal', () => {
  it('`minesim batch` prints it once under its scenario, as `minesim run` does', () => {
    const run = cli('run', file, '--paths', '20', '--workers', '1', '--out', join(dir, 'run'));
    expect(run.status).toBe(0);
    expect(notes(run.stderr)).toHaveLength(1);
    expect(notes(run.stderr)[0]).toContain(NOTE);
    const batch = cli('batch', file, '--paths', '20', '--workers', '1', '--out', join(dir, 'batch'));
    expect(batch.status, batch.stderr).toBe(0);
    expect(notes(batch.stderr)).toEqual(notes(run.stderr));
  }, 120_000);

  it('`minesim merge` prints it once, under the scenario file the parts name', () => {
    const parts = join(dir, 'parts');
    for (const k of ['0/2', '1/2']) {
      const shard = cli('run', file, '--paths', '20', '--workers', '1', '--shard', k, '--out', parts);
      expect(shard.status, shard.stderr).toBe(0);
    }
    const merge = cli(
      'merge',
      join(parts, 'part-0-of-2.json'),
      join(parts, 'part-1-of-2.json'),
      '--out',
      join(dir, 'merged'),
    );
    expect(merge.status, merge.stderr).toBe(0);
    expect(notes(merge.stderr)).toHaveLength(1);
    expect(notes(merge.stderr)[0]).toContain(NOTE);
  }, 120_000);
});
