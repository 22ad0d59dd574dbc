// Writes a run's output folder with its manifest: the one place the run and backtest commands
// hand their results to the report writer.
import { readFile } from 'node:fs/promises';
import { historyData } from '../data/history.js';
import { createManifest } from '../report/manifest.js';
import { writeRunOutput } from '../report/write.js';
import type { RunSummary } from '../stats/summary.js';

export interface RunRecord {
  scenarioPath: string;
  seed: string | number;
  paths: number;
  workers: number;
  startedAt: Date;
  /** The scenario's bytes when the file is not at scenarioPath here (a merge on another machine). */
  scenarioSource?: string | Uint8Array;
}

export async function writeOutputFolder(
  summary: RunSummary,
  dir: string,
  record: RunRecord,
  extraFiles?: ReadonlyMap<string, string | Uint8Array>,
): Promise<void> {
  const manifest = await createManifest({
    ...record,
    scenarioSource: record.scenarioSource ?? (await readFile(record.scenarioPath)),
    data: historyData(summary.scenario.coin),
    finishedAt: new Date(),
  });
  await writeRunOutput(summary, dir, manifest, { extraFiles });
}
