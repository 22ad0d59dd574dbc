// `minesim network-fit` on a year of imported days whose difficulty never moves printed a fit with
// every parameter at a limit (entry at its floor, no shutdown, no noise) and a lag any value would
// fit, where a scenario's endogenous network refuses that window. It is refused here too.
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/data/dates.js';
import { importDailyText } from '../../src/data/import/import.js';
import { cliMessages } from '../../src/messages/cli.js';
import { btc, tempFolder } from '../fixtures/daily-files.js';
import { ROOT } from '../fixtures/node-process.js';

const dir = tempFolder();
beforeAll(async () => {
  await importDailyText(flatDays(), 'flat.csv', { folder: dir });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 400 days past the shipped history at 90,000 USD and the history's last difficulty, 144 blocks a day. */
function flatDays(): string {
  const h = btc();
  const last = h.days - 1;
  const rows = ['date,price_usd,difficulty,blocks,fees_per_block'];
  for (let k = 1; k <= 400; k++)
    rows.push(`${addDays(h.lastDate, k)},90000,${h.difficulty[last]},144,${h.fees[last] / h.blocks[last]}`);
  return `${rows.join('\n')}\n`;
}

const networkFit = (...args: string[]) =>
  new Promise<{ code: number; stdout: string }>((done) =>
    execFile(
      process.execPath,
      ['bin/minesim.mjs', 'network-fit', ...args],
      { cwd: ROOT, env: { ...process.env, MINESIM_DATA: dir, NO_COLOR: '1' } },
      (error, stdout) => done({ code: error ? Number(error.code) : 0, stdout }),
    ),
  );

describe('minesim network-fit on a flat year', () => {
  it('--date 2026-12-19 --days 364 has no fit: the hashrate never moves over its 52 weeks', async () => {
    const run = await networkFit('--date', '2026-12-19', '--days', '364', '--json');
    expect(run.code).toBe(0);
    const [row] = JSON.parse(run.stdout).rows;
    expect(row.window).toBe('2025-12-20..2026-12-18');
    expect(row.fit).toBeNull();
    expect(row.noFit).toBe(cliMessages.networkFitUnsolved(52, true));
  });
});
