// `minesim network-fit` where no efficiency is known (Bitcoin before the catalog's first machine)
// measures margins against the day before the start, so the margin at the start is 1 by
// construction, not a reading: the column printed 1.00 on such rows, fit or none (2011-06-01 and
// 2012-06-01, no fit, read as if the network stood at exactly its cost). A row with no fit now
// prints a dash, one with a fit "1 (ref)", the margin its entry and off margins are relative to,
// and --json gives null with the day the margins are relative to (`marginsRelativeTo`). A row with a known frontier keeps its figure.
import { describe, expect, it } from 'vitest';
import { type Run, runNode } from '../fixtures/node-process.js';

const minesim = (...args: string[]): Promise<Run> => runNode(['bin/minesim.mjs', ...args]);
const cells = (stdout: string, start: string) =>
  (stdout.split('\n').find((l) => l.trimStart().startsWith(`${start} `)) ?? '').trim().split(/\s{2,}/);

describe.concurrent('minesim network-fit with margins relative to the day before the start', () => {
  it('--date 2012-06-01 2014-01-01 prints a dash where there is no fit and "1 (ref)" where there is one', async () => {
    const run = await minesim('network-fit', '--date', '2012-06-01', '--date', '2014-01-01');
    expect(run.code).toBe(0);
    expect(cells(run.stdout, '2012-06-01')[7]).toBe('-');
    expect(cells(run.stdout, '2014-01-01')[7]).toBe('1 (ref)');
    expect(run.stdout).not.toMatch(/ 1\.00 /);
  });

  it('--json gives no margin at the start and says the margins are relative; a known frontier gives its figure', async () => {
    const run = await minesim('network-fit', '--date', '2012-06-01', '--date', '2024-04-20', '--json');
    const [early, late] = JSON.parse(run.stdout).rows;
    expect(early.marginsRelativeTo).toBe('2012-05-31');
    expect(early.marginBeforeStart).toBeNull();
    expect(late.marginsRelativeTo).toBeNull();
    expect(late.marginBeforeStart).toBeGreaterThan(0);
    expect(late.marginBeforeStart).not.toBe(1);
  });

  it('monero --date 2015-01-01, a catalog frontier and no fit, keeps its measured margin', async () => {
    const run = await minesim('network-fit', '--coin', 'monero', '--date', '2015-01-01');
    expect(cells(run.stdout, '2015-01-01')[7]).toBe('0.729');
  });
});
