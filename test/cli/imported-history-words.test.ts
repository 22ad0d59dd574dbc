// Words about the history's end when it holds imported days: the history in use then ends after
// the shipped file (2025-11-14), and what a command says of its end must not call it shipped.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { btc, series, simpleCsv } from '../fixtures/daily-files.js';
import { type Run, runNode } from '../fixtures/node-process.js';

const minesim = (...args: string[]): Promise<Run> => runNode(['bin/minesim.mjs', ...args]);

let dir: string;
let data: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'minesim-imported-words-'));
  data = join(dir, 'data');
  // The shipped days from 2025-11-10, then 30 made-up days: the history in use ends 2025-12-14.
  const file = join(dir, 'days.csv');
  writeFileSync(file, simpleCsv(series(btc(), '2025-11-10', 30)));
  const run = await minesim('data', 'import', file, '--data', data);
  if (run.code !== 0) throw new Error(run.stderr);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the end of a history with imported days', { timeout: 60_000 }, () => {
  it('minesim hashprice past imported days names the history in use (to 2025-12-14) and how to bring newer days, where it said "the shipped data covers 2010-07-18 to 2025-12-14"', async () => {
    const run = await minesim('hashprice', '--date', '2026-01-01', '--data', data);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the bitcoin history in use covers 2010-07-18 to 2025-12-14');
    expect(run.stderr).toContain('minesim data import');
    expect(run.stderr).not.toContain('shipped');
  });

  it('minesim backtest cut at the end of imported days says the history ends there, where it said "the horizon runs past the shipped history"', async () => {
    const scenario = join(dir, 'cut.yaml');
    writeFileSync(
      scenario,
      [
        'name: cut',
        'start: 2025-12-01',
        'horizon: 1 year',
        'fleet:',
        '  - { model: Antminer S21, count: 1, unitPrice: 3400 USD }',
        'power: { price: 0.05 USD/kWh }',
        '',
      ].join('\n'),
    );
    const run = await minesim('backtest', scenario, '--data', data, '--out', join(dir, 'out'));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('the back-test stops at 2025-12-14');
    expect(run.stdout).not.toContain('shipped history');
  });
});
