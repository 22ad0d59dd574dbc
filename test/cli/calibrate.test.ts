// `minesim calibrate`'s options and what its manifest records, checked without running the study.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { studyData } from '../../src/cli/commands/calibrate.js';
import { main } from '../../src/cli/main.js';
import { calibrationMessages } from '../../src/messages/calibration.js';
import { cliMessages } from '../../src/messages/cli.js';
import { LIMITS } from '../../src/scenario/schema/limits.js';
import { STUDY_MAX_PATHS, STUDY_MIN_PATHS } from '../../src/study/calibration.js';
import { MAX_STUDY_WORKERS, studyThreads } from '../../src/study/study-pool.js';

const dir = mkdtempSync(join(tmpdir(), 'minesim-calibrate-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** main() in-process: its exit code and what it wrote on stderr. */
async function cli(...args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    await main(args);
    return { code: Number(process.exitCode ?? 0), stderr };
  } finally {
    process.exitCode = undefined;
    err.mockRestore();
    out.mockRestore();
  }
}

describe('minesim calibrate options', () => {
  it.each([
    ['an empty seed (a bare --seed)', ''],
    ['an overlong seed', 'x'.repeat(LIMITS.nameChars + 1)],
  ])(
    'minesim calibrate --seed <%s> exits 2 as run does, before running or writing anything',
    async (_, seed) => {
      const out = join(dir, 'out');
      expect(await cli('calibrate', '--seed', seed, '--out', out)).toEqual({
        code: 2,
        stderr: `minesim: ${cliMessages.badSeed(seed, LIMITS.nameChars)}\n`,
      });
      expect(readdirSync(dir)).toEqual([]);
    },
  );

  it('minesim calibrate --paths <more than the study holds> exits 2 naming the most it takes, before running anything', async () => {
    const out = join(dir, 'out');
    expect(await cli('calibrate', '--paths', '10000000', '--out', out)).toEqual({
      code: 2,
      stderr: `minesim: ${calibrationMessages.tooManyPaths(10_000_000, STUDY_MAX_PATHS)}\n`,
    });
    expect(STUDY_MAX_PATHS).toBe(100_000);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('minesim calibrate --paths <fewer than a band needs> exits 2 naming the least it takes, before running anything', async () => {
    const out = join(dir, 'out');
    expect(await cli('calibrate', '--paths', '20', '--out', out)).toEqual({
      code: 2,
      stderr: `minesim: ${calibrationMessages.tooFewPaths(20, STUDY_MIN_PATHS)}\n`,
    });
    expect(STUDY_MIN_PATHS).toBe(100);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('studyThreads() starts no thread for one worker and at most as many as a run’s pool for a huge count', () => {
    expect(studyThreads(1)).toBe(0);
    expect(studyThreads(2)).toBe(2);
    expect(MAX_STUDY_WORKERS).toBe(64);
    expect(studyThreads(100_000)).toBe(MAX_STUDY_WORKERS);
  });

  it('studyData() names the history file of every coin the study scores, Monero’s too', () => {
    expect(studyData().map((d) => [d.coin, d.file])).toEqual([
      ['bitcoin', 'data/btc-daily.csv'],
      ['monero', 'data/xmr-daily.csv'],
    ]);
  });
});
