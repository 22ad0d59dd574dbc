// `data import file.csv` records the days' source as "user file file.csv" and their licence as
// "not stated (give --licence)". Following that advice, `--licence CC0` alone, replaced the source
// with "not recorded": the file's name was lost. Each of --source and --licence given alone now
// replaces only its own; an empty one (`--source "$UNSET"`) is refused, not stored as nothing.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { storedHistoryPath } from '../../src/data/import/stored.js';
import { dataMessages as m } from '../../src/messages/data.js';
import { tempFolder } from '../fixtures/daily-files.js';
import { runMain } from '../fixtures/main-in-process.js';

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

const DAYS =
  'date,price_usd,difficulty,blocks,fees_per_block\n' +
  '2025-11-15,95000,152271405447597,143,0.025\n' +
  '2025-11-16,96000,152271405447597,140,0.02\n';

/** The source and licence cells of the stored days after `data import days.csv ...flags`. */
async function stored(...flags: string[]): Promise<{ code: number; stderr: string; cells: string[] }> {
  const dir = tempFolder();
  folders.push(dir);
  const file = join(dir, 'days.csv');
  writeFileSync(file, DAYS);
  const data = join(dir, 'data');
  const r = await runMain(['data', 'import', file, '--data', data, ...flags]);
  if (r.code !== 0) return { code: r.code, stderr: r.stderr, cells: [] };
  const lines = readFileSync(storedHistoryPath(data, 'bitcoin'), 'utf8').trimEnd().split('\n').slice(1);
  return {
    code: 0,
    stderr: r.stderr,
    cells: [...new Set(lines.map((l) => l.split(',').slice(-2).join(',')))],
  };
}

describe('data import --source or --licence alone', () => {
  it('data import --licence alone keeps the file’s name as the source (it recorded "not recorded")', async () => {
    expect((await stored()).cells).toEqual(['user file days.csv,not stated (give --licence)']);
    expect((await stored('--licence', 'CC0')).cells).toEqual(['user file days.csv,CC0']);
  });

  it('data import --source alone keeps the licence the file would have had', async () => {
    expect((await stored('--source', 'my node')).cells).toEqual(['my node,not stated (give --licence)']);
  });

  it('data import refuses an empty --source or --licence, saying what to give', async () => {
    const r = await stored('--source', '', '--licence', ' ');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `--source: ${m.emptyLabel('source', '')}\n--licence: ${m.emptyLabel('licence', ' ')}\n`,
    );
  });
});
