// `minesim network-fit --days 90` printed 12-week fits as the network's (2021-11-10: lag 7 days,
// shutdown 1.0, volatility 0.0) with no word that a scenario's own fit now refuses such a window or
// that those figures sit at the fit's limits. Such a window is now refused as a scenario's is, and
// each row names the parameters at a limit, the JSON too.
import { describe, expect, it } from 'vitest';
import { type Run, runNode } from '../fixtures/node-process.js';

const minesim = (...args: string[]): Promise<Run> => runNode(['bin/minesim.mjs', ...args]);

describe('minesim network-fit on a short window', () => {
  it('--days 90 is refused: a fit reads a year of weeks, as a scenario takes', async () => {
    const run = await minesim('network-fit', '--date', '2021-11-10', '--days', '90');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '--days must be a whole number from 364 to 36,525: a fit reads at least a year of weeks',
    );
  });

  it('--json lists each fit parameters at a limit; a two-year fit says nothing of weeks', async () => {
    const run = await minesim('network-fit', '--date', '2024-04-20', '--json');
    expect(run.code).toBe(0);
    const [row] = JSON.parse(run.stdout).rows;
    expect(row.fit.atLimits).toContain('the lag at the shortest the fit tries');
    const text = await minesim('network-fit', '--date', '2024-04-20');
    expect(text.stdout).not.toContain('no fit');
    expect(text.stdout).toContain("2024-04-20: at the fit's limits, not measured by the window: ");
  });
});
