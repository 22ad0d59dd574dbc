// Writes a sweep's folder (tables, charts, manifest) and prints its table: the one place the
// sweep and merge commands hand a sweep to the report writer.

import { historyData } from '../data/history.js';
import { overrideMessages } from '../messages/overrides.js';
import { sweepMessages } from '../messages/sweep.js';
import type { Coin } from '../model/coins/index.js';
import { sweepCharts } from '../report/charts/sweep.js';
import { sweepBooksCharts } from '../report/charts/sweep-books.js';
import { writeFolderAtomic } from '../report/folder.js';
import { createManifest } from '../report/manifest.js';
import { renderChart } from '../report/render.js';
import { sweepBoundaryLines } from '../report/sweep-boundary-lines.js';
import { sweepFiles } from '../report/sweep-files.js';
import { sweepJson } from '../report/sweep-json.js';
import { sweepIrrNotes, sweepTextTable } from '../report/sweep-text-table.js';
import { sweepCutNote, sweepFleetNote } from '../study/sweep-notes.js';
import type { SweepResult } from '../study/sweep-result.js';
import { printJson } from './exit.js';

export interface SweepRecord {
  scenarioPath: string;
  scenarioSource: string | Uint8Array;
  /** The scenario's coin, whose history the manifest records. */
  coin: Coin;
  workers: number;
  startedAt: Date;
  json: boolean;
}

export async function writeSweepOutput(result: SweepResult, dir: string, record: SweepRecord): Promise<void> {
  // The books' charts follow the payback charts, with `finance` only (charts/sweep-books.ts).
  const charts = [...sweepCharts(result), ...sweepBooksCharts(result)];
  const rendered = await Promise.all(
    charts.map((chart) => renderChart(chart.spec, { source: result.scenario.name, name: chart.name })),
  );
  const manifest = await createManifest({
    scenarioPath: record.scenarioPath,
    scenarioSource: record.scenarioSource,
    data: historyData(record.coin),
    seed: result.seed,
    paths: result.paths,
    workers: record.workers,
    startedAt: record.startedAt,
    finishedAt: new Date(),
  });
  const files = sweepFiles(
    result,
    charts.map((chart, i) => ({ ...chart, ...rendered[i] })),
    manifest,
  );
  await writeFolderAtomic(dir, files);
  if (record.json) {
    printJson(sweepJson(result));
    return;
  }
  const cut = sweepCutNote(result);
  const atFleet = sweepFleetNote(result);
  const lines = [
    sweepMessages.tableTitle(result.scenario.name, result.points.length, result.paths, result.seed) +
      (result.scenario.overrides ? overrideMessages.changedTitle(result.scenario.overrides) : ''),
    sweepTextTable(result),
    ...sweepIrrNotes(result),
    ...sweepBoundaryLines(result),
    ...(cut === null ? [] : [cut]),
    ...(atFleet === null ? [] : [atFleet]),
    ...(charts.length === 0 ? [sweepMessages.noCharts(result.axes.length)] : []),
    sweepMessages.wroteOutput(dir, charts.length > 0),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
