// `minesim network-fit --days 90` printed 12-week fits as the network's (2021-11-10: lag 7 days,
// shutdown 1.0, volatility 0.0) with no word that a scenario's own fit now refuses such a window or
// that those figures sit at the fit's limits. Each row now says both, and the JSON lists the limits.
import { describe, expect, it } from 'vitest';
import { type Run, runNode } from '../fixtures/node-process.js';

const minesim = (...args: string[]): Promise<Run> => runNode(['bin/minesim.mjs', ...args]);

describe('minesim network-fit on a short window', () => {
  it('--days 90 says the fit reads 12 weeks, fewer than a scenario takes, and names the parameters at a limit', async () => {
    const run = await minesim('network-fit', '--date', '2021-11-10', '--days', '90');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "2021-11-10: fitted on 12 weeks, fewer than the 52 a scenario's own fit reads (it refuses a shorter window)",
    );
    expect(run.stdout).toContain("2021-11-10: at the fit's limits, not measured by the window: ");
    expect(run.stdout).toContain('the volatility at 0');
  });

  it('--json lists each fit parameters at a limit; a two-year fit says nothing of weeks', async () => {
    const run = await minesim('network-fit', '--date', '2024-04-20', '--json');
    expect(run.code).toBe(0);
    const [row] = JSON.parse(run.stdout).rows;
    expect(row.fit.atLimits).toContain('the lag at the shortest the fit tries');
    const text = await minesim('network-fit', '--date', '2024-04-20');
    expect(text.stdout).not.toContain('fitted on');
  });
});
