// `minesim network-fit --date 2025-12-16`, 32 days past the shipped history, printed its fit on the
// days to 2025-11-14 with nothing but the window's dates to say it was the network of a month
// before the start (and a dash for the margin at the start). The row now says how long before the
// start its window ends; a start the day after the history, whose window ends the day before it,
// needs no such line.
import { describe, expect, it } from 'vitest';
import { cliMessages } from '../../src/messages/cli.js';
import { type Run, runNode } from '../fixtures/node-process.js';

const minesim = (...args: string[]): Promise<Run> => runNode(['bin/minesim.mjs', ...args]);

describe('minesim network-fit past the history', () => {
  it('--date 2025-12-16 says its window ends 2025-11-14, 32 days before; --date 2025-11-15 says nothing of it', async () => {
    const run = await minesim('network-fit', '--date', '2025-11-15', '--date', '2025-12-16');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(cliMessages.networkFitPastEnd('2025-12-16', '2025-11-14', 32));
    expect(run.stdout).toContain(
      "2025-12-16: the window ends on 2025-11-14, the history's last day, 32 days before the start",
    );
    expect(run.stdout).not.toContain('2025-11-15: the window ends');
  });
});
