// `minesim network-fit` printed fits on fewer weeks than a scenario's own endogenous network reads
// (52, a year: a scenario refuses a shorter window) as the network's, a line under the table
// saying "mostly the window's noise": --days 120 gave 17-week fits at every default date, and a
// window the history ends inside (2026-11-17: 363 of 730 days) or that begins in the history's
// first year (2012-07-15) fitted 51 weeks. They are refused now, each row saying which dates or
// data would hold a year of weeks.
import { describe, expect, it } from 'vitest';
import { cliMessages } from '../../src/messages/cli.js';
import { type Run, runNode } from '../fixtures/node-process.js';

const minesim = (...args: string[]): Promise<Run> => runNode(['bin/minesim.mjs', ...args]);

describe.concurrent('minesim network-fit on fewer weeks than a year', () => {
  it('--days 120 and --days 363 exit 2, saying the least and why; --days 364 fits', async () => {
    const short = await minesim('network-fit', '--days', '120');
    expect(short.code).toBe(2);
    expect(short.stdout).toBe('');
    expect(short.stderr).toContain(cliMessages.networkFitDaysShort('120', 364));
    expect((await minesim('network-fit', '--days', '363')).code).toBe(2);
    const year = await minesim('network-fit', '--date', '2024-04-20', '--days', '364', '--json');
    expect(year.code).toBe(0);
    const [row] = JSON.parse(year.stdout).rows;
    expect(row.fitWeeks).toBe(52);
    expect(row.fit).not.toBeNull();
    expect(row.noFit).toBeNull();
  });

  it('--date 2026-11-17 (363 of its 730 days in the history) has no fit and names 2026-11-16, whose 364 fit', async () => {
    const run = await minesim('network-fit', '--date', '2026-11-16', '--date', '2026-11-17', '--json');
    expect(run.code).toBe(0);
    const [held, short] = JSON.parse(run.stdout).rows;
    expect(held.windowDays).toBe(364);
    expect(held.fit).not.toBeNull();
    expect(short.windowDays).toBe(363);
    expect(short.fitWeeks).toBe(51);
    expect(short.fit).toBeNull();
    expect(short.noFit).toBe(cliMessages.networkFitNone(51, 52, { earliest: null, latest: '2026-11-16' }));
    const text = await minesim('network-fit', '--date', '2026-11-17');
    expect(text.stdout).toMatch(
      / {2}2026-11-17 +- +- +- +- +- +- +- +[\d.]+ {2}2024-11-17\.\.2025-11-14 \(363 of 730 days\)/,
    );
    expect(text.stdout).toContain(
      "2026-11-17: no fit: the window holds 51 weeks of history that a fit reads (the days to the history's last), fewer than the 52 a fit needs",
    );
    expect(text.stdout).toContain(
      'give a --date on or before 2026-11-16, or newer data with `minesim data import <file>`',
    );
  });

  it("--date 2012-07-15 (51 weeks after the history's first year) has no fit and names 2012-07-16, which fits", async () => {
    const run = await minesim('network-fit', '--date', '2012-07-15', '--date', '2012-07-16', '--json');
    const [short, held] = JSON.parse(run.stdout).rows;
    expect(short.fit).toBeNull();
    expect(short.noFit).toBe(cliMessages.networkFitNone(51, 52, { earliest: '2012-07-16', latest: null }));
    expect(held.fitWeeks).toBe(52);
    expect(held.fit).not.toBeNull();
  });
});
