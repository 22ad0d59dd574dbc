import { describe, expect, it } from 'vitest';
import { cliMessages } from '../../src/messages/cli.js';
import { type Run, runNode } from '../fixtures/node-process.js';

const SPAWN_TIMEOUT_MS = 30_000;
const minesim = (...args: string[]): Promise<Run> => runNode(['bin/minesim.mjs', ...args]);

describe.concurrent('minesim network-fit', { timeout: SPAWN_TIMEOUT_MS }, () => {
  it('minesim network-fit --json prints a fit for each default start date, with lags of 1 week to a year', async () => {
    const run = await minesim('network-fit', '--json');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.rows.map((r: { start: string }) => r.start)).toEqual([
      '2017-05-01',
      '2019-01-01',
      '2021-11-10',
      '2024-04-20',
    ]);
    for (const r of out.rows) {
      expect(r.fit.lagDays).toBeGreaterThanOrEqual(7);
      expect(r.fit.lagDays).toBeLessThanOrEqual(364);
      expect(r.fit.shutdown).toBeGreaterThanOrEqual(0);
      expect(r.fit.shutdown).toBeLessThanOrEqual(1);
      expect(r.fit.volatilityPerYear).toBeGreaterThan(0);
    }
  });

  it('minesim network-fit --coin monero prints the table with its title', async () => {
    const run = await minesim('network-fit', '--coin', 'monero', '--date', '2017-05-01');
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith(cliMessages.networkFitTitle('monero', 0.05))).toBe(true);
    expect(run.stdout).toContain('2017-05-01');
  });

  it('minesim network-fit --date 2017-13-01 exits 2 with the date message', async () => {
    const run = await minesim('network-fit', '--date', '2017-13-01');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`minesim: ${cliMessages.badDate('2017-13-01')}\n`);
  });
});
