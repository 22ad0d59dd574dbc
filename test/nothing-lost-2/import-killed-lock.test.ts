// Runs the built command (run `npm run build` before running this file alone).
// `data import` holds a lock file in the data folder while it writes. A SIGTERM or Ctrl-C during
// the store's write lets the write finish and then ends the process (exit 143 or 130); before,
// that exit skipped the lock's release and left `.import.lock` in the analyst's data folder. Now
// the lock goes with the process.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { btc, series, simpleCsv, tempFolder } from '../fixtures/daily-files.js';

const bin = fileURLToPath(new URL('../../bin/minesim.mjs', import.meta.url));
const preload = fileURLToPath(new URL('./term-at-store.mjs', import.meta.url));
const root = tempFolder();
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a data import ended by a signal as it stores its days', () => {
  it('finishes the store, exits 143 and leaves no lock file in the data folder', () => {
    const csv = `${root}/days.csv`;
    writeFileSync(csv, simpleCsv(series(btc(), '2025-11-08', 10)));
    const data = `${root}/data`;
    const r = spawnSync(process.execPath, ['--import', preload, bin, 'data', 'import', csv, '--data', data], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.status, r.stderr).toBe(143);
    expect(readdirSync(`${data}/history`)).toEqual(['btc-daily.csv']);
    expect(readdirSync(data)).toEqual(['history']);
  });
});
