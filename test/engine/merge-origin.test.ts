// `minesim merge` against parts made by another minesim or on another history: the same scenario,
// seed and paths give path k other numbers there, and the merge compiles, replays and summarises
// with its own code and history, so each such merge is refused, naming the part and both sides.
// The end-to-end case runs the shards of a replay (whose days end with the history) on a data
// folder with imported days, as `run --shard --data DIR` does.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../../src/cli/exit.js';
import { runShard } from '../../src/cli/shard-run.js';
import { historyData, useDataFolder } from '../../src/data/history.js';
import { importDailyText } from '../../src/data/import/import.js';
import { historyInUse, thisMinesim } from '../../src/engine/run/part-origin.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { shardMessages as m } from '../../src/messages/shards.js';
import { chartEvents } from '../../src/report/chart-events.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { btc, series, simpleCsv } from '../fixtures/daily-files.js';
import { flagshipShards, merge, partFiles, retouch } from '../fixtures/parts.js';
import { scenarioText } from '../fixtures/scenarios.js';

const dir = mkdtempSync(join(tmpdir(), 'minesim-origin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => useDataFolder(null));
const label = (file: string, shard: string) => `${file} (part ${shard})`;
let parts: Awaited<ReturnType<typeof flagshipShards>>;
/** A data folder with 40 days imported past the shipped history's end (2025-11-14). */
const data = join(dir, 'data');
beforeAll(async () => {
  parts = await flagshipShards();
  await importDailyText(simpleCsv(series(btc(), '2025-11-10', 40)), 'days.csv', { folder: data });
}, 60_000);

const OTHER_CODE = 'ab'.repeat(32);
/** The history of a shard run on a data folder with days imported past the shipped file. */
const IMPORTED = {
  coin: 'bitcoin',
  kind: 'imported',
  file: '/home/analyst/.local/share/minesim/history/btc-daily.csv',
  sha256: 'cd'.repeat(32),
  firstDate: '2025-11-15',
  lastDate: '2025-12-24',
};
const otherCode = (text: string) =>
  retouch(text, 'origin', (o: { minesim: string }) => ({ ...o, code: OTHER_CODE }), true);
const otherHistory = (text: string) => retouch(text, 'origin.data', (d: object[]) => [...d, IMPORTED], true);

/** `minesim run <file> --shard k/n` for every k, in-process and quiet; returns the part files. */
async function shardRun(file: string, n: number, paths: number, out: string): Promise<string[]> {
  const quiet = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    for (let k = 0; k < n; k++)
      await runShard({ scenario: file, shard: `${k}/${n}`, paths, workers: 1, out, set: [] });
  } finally {
    quiet.mockRestore();
  }
  return Array.from({ length: n }, (_, k) => join(out, `part-${k}-of-${n}.json`));
}

async function refusal(texts: string[]): Promise<{ files: string[]; error: unknown }> {
  const files = partFiles(dir, texts);
  const error = await merge(files, join(dir, 'never')).catch((e: unknown) => e);
  return { files, error };
}

describe('minesim merge and the minesim and history that made the parts', () => {
  it('refuses a part of another build of the same version, naming both builds', async () => {
    const own = await thisMinesim();
    const { files, error } = await refusal([parts.shards[0], parts.shards[1], otherCode(parts.shards[2])]);
    expect(error).toEqual(
      new UsageError(
        m.notOneRun(
          label(files[0], '0/3'),
          label(files[2], '2/3'),
          'the minesim builds that made them',
          m.minesimShown(own.minesim, own.code),
          m.minesimShown(own.minesim, OTHER_CODE),
        ),
      ),
    );
  });

  it('refuses parts all made by another build, since the merge summarises with its own code', async () => {
    const own = await thisMinesim();
    const { files, error } = await refusal(parts.shards.map(otherCode));
    expect(error).toEqual(
      new UsageError(
        m.otherMinesim(
          label(files[0], '0/3'),
          m.minesimShown(own.minesim, OTHER_CODE),
          m.minesimShown(own.minesim, own.code),
        ),
      ),
    );
  });

  it('refuses a part run on another history, showing both', async () => {
    const shipped = historyInUse('bitcoin');
    const { files, error } = await refusal([otherHistory(parts.shards[0]), parts.shards[1], parts.shards[2]]);
    expect(error).toEqual(
      new UsageError(
        m.notOneRun(
          label(files[0], '0/3'),
          label(files[1], '1/3'),
          'the histories they read',
          m.dataShown([...shipped, IMPORTED]),
          m.dataShown(shipped),
        ),
      ),
    );
  });

  it('the same history in another folder of another machine is the same history', async () => {
    const moved = (text: string) =>
      retouch(
        text,
        'origin.data',
        (d: { file: string }[]) => d.map((f) => ({ ...f, file: `/elsewhere/${f.file}` })),
        true,
      );
    const printed = await merge(
      partFiles(dir, [moved(parts.shards[0]), ...parts.shards.slice(1)]),
      join(dir, 'moved'),
    );
    expect(JSON.parse(printed).run.paths).toBe(300);
  }, 60_000);

  it('shards of a replay run on imported days merge only on those days, then into the single run', async () => {
    // A replay of the price that the shipped history ends 46 days into, the imported days 86.
    const source = scenarioText('north-korea-2017-s9')
      .replace('start: 2017-05-17', 'start: 2025-09-30')
      .replace('horizon: 5 years', 'horizon: 100 days')
      .replace('{ type: gbm, calibrate: 2 years }', '{ type: historical }')
      .replace('payback > 1 year', 'payback > 30 days')
      .replace('payback > 2 years', 'payback > 60 days');
    const file = join(dir, 'replay.yaml');
    writeFileSync(file, source);
    useDataFolder(data);
    const files = await shardRun(file, 2, 40, join(dir, 'replay-parts'));
    const imported = historyInUse('bitcoin');

    useDataFolder(null);
    const error = await merge(files, join(dir, 'never')).catch((e: unknown) => e);
    expect(error).toEqual(
      new UsageError(
        m.otherHistory(label(files[0], '0/2'), m.dataShown(imported), m.dataShown(historyInUse('bitcoin'))),
      ),
    );

    useDataFolder(data);
    expect(historyData('bitcoin').map((d) => d.kind)).toEqual(['shipped', 'imported']);
    const merged = join(dir, 'replay-merged');
    await merge(files, merged);
    const v = await validateScenarioText(source, file);
    if (!v.ok) throw new Error('the replay scenario does not validate');
    const single = await runMonteCarlo(v.scenario, { paths: 40, workers: 2, chartEvents });
    expect(single.summary.scenario.days).toBe(86);
    expect(readFileSync(join(merged, 'summary.json'), 'utf8')).toBe(
      `${JSON.stringify(single.summary, null, 2)}\n`,
    );
  }, 120_000);

  it('shards of a start past the shipped history are refused as of another history, not as uncovered', async () => {
    const source = scenarioText('north-korea-2017-s9')
      .replace('start: 2017-05-17', 'start: 2025-12-01')
      .replace('horizon: 5 years', 'horizon: 2 years');
    const file = join(dir, 'late.yaml');
    writeFileSync(file, source);
    useDataFolder(data);
    const files = await shardRun(file, 2, 20, join(dir, 'late-parts'));
    const imported = historyInUse('bitcoin');
    useDataFolder(null);
    const error = await merge(files, join(dir, 'never')).catch((e: unknown) => e);
    expect(error).toEqual(
      new UsageError(
        m.otherHistory(label(files[0], '0/2'), m.dataShown(imported), m.dataShown(historyInUse('bitcoin'))),
      ),
    );
  }, 60_000);
});
