// `minesim network-fit --coin monero --date 2020-02-01` fitted a window across RandomX (2019-11-30),
// where a hash changed meaning, and printed the change of unit read as entry (an entry margin of
// 45.9) beside a line saying a scenario refuses such a window. The fit is refused here too, saying
// which dates' windows lie on one side of the change.
import { describe, expect, it } from 'vitest';
import { cliMessages } from '../../src/messages/cli.js';
import { type Run, runNode } from '../fixtures/node-process.js';

const minesim = (...args: string[]): Promise<Run> => runNode(['bin/minesim.mjs', ...args]);

describe('minesim network-fit across a change of hash unit', () => {
  it('--coin monero --date 2020-02-01 has no fit; 2019-11-30, whose window ends the day before the change, has one', async () => {
    const run = await minesim(
      'network-fit',
      '--coin',
      'monero',
      '--date',
      '2020-02-01',
      '--date',
      '2019-11-30',
      '--json',
    );
    expect(run.code).toBe(0);
    const [across, before] = JSON.parse(run.stdout).rows;
    expect(across.hashUnitChange).toEqual({ name: 'RandomX', date: '2019-11-30' });
    expect(across.fit).toBeNull();
    // 730 days after 2019-12-01, the first window's first day past the change (2020 has 366).
    expect(across.noFit).toBe(cliMessages.networkFitAcrossNone('RandomX', '2019-11-30', '2021-11-30'));
    expect(before.hashUnitChange).toBeNull();
    expect(before.fit).not.toBeNull();
    const text = await minesim('network-fit', '--coin', 'monero', '--date', '2020-02-01');
    expect(text.stdout).toMatch(/ {2}2020-02-01 +- +- +- +- +- +- /);
    expect(text.stdout).toContain('2020-02-01: no fit: its window spans RandomX on 2019-11-30 (above)');
  });
});
