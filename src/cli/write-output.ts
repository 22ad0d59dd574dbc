// Writes a run's output folder with its manifest: the one place the run and backtest commands
// hand their results to the report writer.
import { historyData } from '../data/history.js';
import { exploreHtml } from '../explorer/explore-file.js';
import { endChartThreadWhenDrawn } from '../report/chart-thread.js';
import { createManifest } from '../report/manifest.js';
import { renderAllCharts } from '../report/render.js';
import { type OutputSelection, writeRunOutput } from '../report/write.js';
import type { Override } from '../scenario/overrides.js';
import type { RunSummary } from '../stats/summary.js';
import { checkSummary } from '../stats/summary-check.js';
import type { TimelineIntervals } from '../stats/timeline-intervals.js';

export interface RunRecord {
  scenarioPath: string;
  seed: string | number;
  paths: number;
  workers: number;
  startedAt: Date;
  /** The scenario's outputs: the charts and tables the folder holds. */
  outputs: OutputSelection;
  /**
   * The scenario's bytes as validated: the manifest's hash and the explorer are of what ran, never
   * of the file read again (a pipe gives nothing twice; a file may be edited while a run goes on).
   */
  scenarioSource: string | Uint8Array;
  /**
   * No more charts will be drawn by this process after this folder's (a run without --watch): the
   * chart thread, if one runs, is ended once their SVGs are back (endChartThreadWhenDrawn).
   */
  lastCharts?: boolean;
  /** Write explore.html, the live explorer, re-running the scenario with these --set overrides. */
  explorer?: { overrides: readonly Override[] };
}

export async function writeOutputFolder(
  summary: RunSummary,
  dir: string,
  record: RunRecord,
  extraFiles?: ReadonlyMap<string, string | Uint8Array>,
  timelineIntervals: TimelineIntervals | null = null,
): Promise<void> {
  // A run of paths writes its weekly bands' intervals (RunResult.timelineIntervals): without them
  // timeline.csv's low and high would be empty where the run has an interval to state.
  if (summary.kind === 'monte-carlo' && summary.run.paths > 1 && timelineIntervals === null)
    throw new Error(
      'writeOutputFolder: a run of paths needs its weekly intervals (RunResult.timelineIntervals)',
    );
  // The charts first: they are drawn while the rest is made, on the chart thread when one runs.
  const charts = renderAllCharts(summary, { charts: record.outputs.charts });
  // Awaited by writeRunOutput; until then a failure must not count as unhandled.
  charts.catch(() => undefined);
  // Every SVG is asked for by now: renderAllCharts asks for them all before it first awaits.
  if (record.lastCharts) endChartThreadWhenDrawn();
  // The last gate before the summary leaves minesim, while the charts are drawn: a summary that
  // fails its schema is an internal error, and nothing is written.
  checkSummary(summary);
  const { explorer, outputs, lastCharts, scenarioSource, ...rest } = record;
  const manifest = await createManifest({
    ...rest,
    scenarioSource,
    data: historyData(summary.scenario.coin),
    finishedAt: new Date(),
  });
  const files = new Map(extraFiles ?? []);
  if (explorer && summary.kind === 'monte-carlo')
    files.set(
      'explore.html',
      exploreHtml(summary, {
        file: record.scenarioPath,
        text: scenarioSource,
        overrides: explorer.overrides,
      }),
    );
  await writeRunOutput(summary, dir, manifest, { extraFiles: files, charts, outputs, timelineIntervals });
}
