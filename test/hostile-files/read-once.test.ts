// A scenario given as a FIFO or a pipe (`mkfifo s.yaml`, `<(cat s.yaml)`) gives its bytes once:
// every command reads it once and keeps the bytes, for its second validation (a sweep's first grid
// point), its messages (a back-test's start before the history) and its manifest (a batch). Before,
// such a second read waited for a writer that never came (a back-test or a batch hung), waited 10 s
// and said nothing had arrived (a sweep), or hashed an empty file into the manifest (a batch).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, constants, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { runCommand } from '../hostile/in-process.js';

const dir = mkdtempSync(join(tmpdir(), 'minesim-read-once-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const base = readFileSync(new URL('../hostile/base.yaml', import.meta.url), 'utf8');
const writers: ChildProcess[] = [];
let fifos: string[] = [];

/** A FIFO that delivers `text` once, from another process, as a shell's `cat s.yaml > fifo` would. */
function fifoOf(name: string, text: string): string {
  const source = join(dir, `${name}.src`);
  writeFileSync(source, text);
  const fifo = join(dir, `${name}.yaml`);
  execFileSync('mkfifo', [fifo]);
  writers.push(spawn('sh', ['-c', 'cat "$0" > "$1"', source, fifo], { stdio: 'ignore' }));
  fifos.push(fifo);
  return fifo;
}

afterEach(() => {
  for (const w of writers.splice(0)) w.kill();
  // A read still waiting for a writer (the defect) is let go: a writer opens and closes at once.
  for (const fifo of fifos) {
    try {
      closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // No reader waits: nothing to let go.
    }
  }
  fifos = [];
});

const bad = base.replace('count: 10', 'count: -3');
const badAt = (fifo: string) => `${fifo}:8:12 fleet[0].count: must be at least 1 (got -3)`;

describe('a scenario read from a FIFO is read once', () => {
  it('`minesim backtest` of a bad scenario in a FIFO says its problem (it hung, waiting for a second writer)', async () => {
    const fifo = fifoOf('backtest-bad', bad);
    const out = await runCommand(['backtest', fifo, '--out', join(dir, 'backtest-bad')]);
    expect(out.exit).toBe(2);
    expect(out.output).toContain(badAt(fifo));
  });

  it('`minesim backtest` of a start before the history in a FIFO names the history’s first day, where the file writes the start', async () => {
    const fifo = fifoOf('backtest-early', base.replace('start: 2017-05-17', 'start: 2005-01-01'));
    const out = await runCommand(['backtest', fifo, '--out', join(dir, 'backtest-early')]);
    expect(out.exit).toBe(2);
    expect(out.output).toContain(`${fifo}:4:8 start: no bitcoin history on 2005-01-01`);
  });

  it('`minesim sweep --vary` of a bad scenario in a FIFO says its problem (it waited 10 s and said nothing had arrived)', async () => {
    const fifo = fifoOf('sweep-bad', bad);
    const started = Date.now();
    const out = await runCommand([
      'sweep',
      fifo,
      '--vary',
      'power.price=0.02 USD/kWh..0.1 USD/kWh:3',
      '--out',
      join(dir, 'sweep-bad'),
    ]);
    expect(out.exit).toBe(2);
    expect(out.output).toContain(badAt(fifo));
    expect(out.output).not.toContain('arrived');
    expect(Date.now() - started).toBeLessThan(8_000);
  });

  it('`minesim batch` of a FIFO records the bytes it ran in the manifest (it hung reading the FIFO again to hash it)', async () => {
    const fifo = fifoOf('batch', base);
    const out = await runCommand([
      'batch',
      fifo,
      '--out',
      join(dir, 'batch'),
      '--paths',
      '16',
      '--workers',
      '1',
    ]);
    expect(out.exit).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, 'batch', 'hostile-base', 'manifest.json'), 'utf8'));
    expect(manifest.scenario.sha256).toBe(createHash('sha256').update(base).digest('hex'));
    const backtest = JSON.parse(
      readFileSync(join(dir, 'batch', 'hostile-base-backtest', 'manifest.json'), 'utf8'),
    );
    expect(backtest.scenario.sha256).toBe(manifest.scenario.sha256);
  });
});
