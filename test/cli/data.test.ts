// `minesim data` through the built command (npm test builds first): a folder given by --data,
// the inherited MINESIM_DATA of the test setup, exit codes, and a run's manifest naming its data.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedHistoryPath } from '../../src/data/import/stored.js';
import { sha256Hex } from '../../src/data/provenance.js';
import type { DataStatus } from '../../src/data/status.js';
import { dataMessages as m } from '../../src/messages/data.js';
import { btc, series, simpleCsv } from '../fixtures/daily-files.js';
import { type Run, runNode } from '../fixtures/node-process.js';

const minesim = (...args: string[]): Promise<Run> => runNode(['bin/minesim.mjs', ...args]);

let dir: string;
let data: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'minesim-cli-data-'));
  data = join(dir, 'data');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('minesim data', () => {
  it('minesim data status uses the MINESIM_DATA the tests set, which holds nothing', async () => {
    const run = await minesim('data', 'status', '--json');
    expect(run.code).toBe(0);
    const status = JSON.parse(run.stdout) as DataStatus;
    expect(status.dataFolder).toEqual({ dir: process.env.MINESIM_DATA, from: 'MINESIM_DATA' });
    expect(status.coins.map((c) => [c.coin, c.lastDate, c.extended])).toEqual([
      ['bitcoin', '2025-11-14', false],
      ['monero', '2020-02-09', false],
    ]);
  });

  it('minesim data import: a bad file exits 2 with positions and no stack; a good one is stored', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      simpleCsv(series(btc(), '2025-11-14', 3)).replace(/\n2025-11-16,[^,]+/, '\n2025-11-16,-1'),
    );
    const refused = await minesim('data', 'import', bad, '--data', data);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(`${bad}:4:12 price_usd: ${m.notPositive('-1')}`);
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(data)).toBe(false);

    const good = join(dir, 'good.csv');
    writeFileSync(good, simpleCsv(series(btc(), '2025-11-10', 30)));
    const run = await minesim(
      'data',
      'import',
      good,
      '--data',
      data,
      '--source',
      'my node',
      '--licence',
      'CC0',
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(m.imported(good, 'simple', 'bitcoin', 30, '2025-11-15', '2025-12-14'));
  });

  it('minesim backtest after an import runs on the imported days and its manifest names both files', async () => {
    const out = join(dir, 'bt');
    const run = await minesim(
      'backtest',
      'scenarios/north-korea-2017-s9.yaml',
      '--set',
      'start=2025-11-20',
      '--data',
      data,
      '--out',
      out,
    );
    expect(run.code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    const stored = storedHistoryPath(data, 'bitcoin');
    expect(manifest.data).toEqual([
      expect.objectContaining({ kind: 'shipped', file: 'data/btc-daily.csv', lastDate: '2025-11-14' }),
      {
        coin: 'bitcoin',
        kind: 'imported',
        file: stored,
        sha256: sha256Hex(readFileSync(stored)),
        firstDate: '2025-11-15',
        lastDate: '2025-12-14',
      },
    ]);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.scenario.start).toBe('2025-11-20');
  });
});
