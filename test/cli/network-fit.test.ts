import { describe, expect, it } from 'vitest';
import { cliMessages } from '../../src/messages/cli.js';
import { type Run, runNode } from '../fixtures/node-process.js';

const minesim = (...args: string[]): Promise<Run> => runNode(['bin/minesim.mjs', ...args]);

describe.concurrent('minesim network-fit', () => {
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

  it('minesim network-fit --coin monero --date 2021-11-10 names the days it fitted on: the 91 of 730 the history has, not the window asked for', async () => {
    // Monero's history ends 2020-02-09: of the 730 days before 2021-11-10 (2019-11-11 ..
    // 2021-11-09) it holds 2019-11-11 .. 2020-02-09, 20 + 31 + 31 + 9 = 91 days, 13 weeks, too few
    // for a fit. The row said "2019-11-11..2021-11-09" and gave the margin of 2020-02-09 as the
    // margin at the start, 640 days before it.
    const run = await minesim('network-fit', '--coin', 'monero', '--date', '2021-11-10', '--json');
    expect(run.code).toBe(0);
    const [row] = JSON.parse(run.stdout).rows;
    expect(row.window).toBe('2019-11-11..2020-02-09');
    expect(row.windowDays).toBe(91);
    expect(row.requestedDays).toBe(730);
    expect(row.marginBeforeStart).toBeNull();
    const text = await minesim(
      'network-fit',
      '--coin',
      'monero',
      '--date',
      '2021-11-10',
      '--date',
      '2024-04-20',
    );
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('2019-11-11..2020-02-09 (91 of 730 days)');
    expect(text.stdout).toContain('none of the 730 days (history 2014-05-20..2020-02-09)');
    expect(text.stdout).not.toContain('2022-04-21');
    // Each row of dashes says why: 13 weeks (2021-11-10) and none (2024-04-20) are fewer than the
    // year of weeks a fit reads; a --date by 2021-02-10 holds a year of the days to 2020-02-09.
    const latest = { earliest: null, latest: '2021-02-10' };
    expect(text.stdout).toContain(`2021-11-10: ${cliMessages.networkFitNone(13, 52, latest)}`);
    expect(text.stdout).toContain(`2024-04-20: ${cliMessages.networkFitNone(0, 52, latest)}`);
    expect(row.fit).toBeNull();
    expect(row.fitWeeks).toBe(13);
  });

  it('minesim network-fit --coin monero --date 2020-02-01 says its window spans RandomX, where the hashes change meaning', async () => {
    // The 730 days before 2020-02-01 (2018-02-01 .. 2020-01-31) hold 667 days of CryptoNight
    // hashes and 63 of RandomX hashes (a CPU does about 9 times as many): the fit read the change of
    // unit as entry (an entry margin of 45.9) and printed it without a word. A scenario with that
    // window is refused (network.model.calibrate).
    const run = await minesim('network-fit', '--coin', 'monero', '--date', '2020-02-01', '--json');
    expect(run.code).toBe(0);
    const [row] = JSON.parse(run.stdout).rows;
    expect(row.hashUnitChange).toEqual({ name: 'RandomX', date: '2019-11-30' });
    const text = await minesim(
      'network-fit',
      '--coin',
      'monero',
      '--date',
      '2020-02-01',
      '--date',
      '2017-05-01',
    );
    expect(text.stdout).toContain(
      cliMessages.networkFitAcrossAlgorithm('2020-02-01', 'RandomX', '2019-11-30'),
    );
    expect(text.stdout).not.toContain('2017-05-01: the window spans');
  });

  it("minesim network-fit --date 2025-11-15 fits on the 730 days to the history's last day and gives that day's margin", async () => {
    const run = await minesim('network-fit', '--date', '2025-11-15', '--json');
    expect(run.code).toBe(0);
    const [row] = JSON.parse(run.stdout).rows;
    expect(row.window).toBe('2023-11-16..2025-11-14');
    expect(row.windowDays).toBe(730);
    expect(row.marginBeforeStart).toBeGreaterThan(0);
  });

  it('minesim network-fit --date 2017-13-01 exits 2 with the date message', async () => {
    const run = await minesim('network-fit', '--date', '2017-13-01');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`minesim: ${cliMessages.badDate('2017-13-01')}\n`);
  });
});
