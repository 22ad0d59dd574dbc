// The run's output folder, ready to publish as is:
//
//   summary.json   the RunSummary (the contract; compared byte for byte by tests)
//   summary.md     headline numbers and claim verdicts for an analyst
//   timeline.csv   date,metric,quantile,value,unit,low,high (one path: date,metric,path,value,unit, path `actual` or `0`)
//   payback.csv    day_from,day_to,count,cdf,cdf_se and a `never` row
//   paths.csv      path,date,metric,value for the sample paths and the back-test
//   charts/        <chart>.vl.json, <chart>.svg, <chart>.png for every chart
//   report.html    self-contained interactive report
//   manifest.json  how the run was made (version, scenario hash, seed, machine, times)
//
// A scenario's outputs.tables and outputs.charts choose which of the tables (summary.md and the
// CSVs) and charts are made; summary.json, report.html and manifest.json are always written, and
// report.html and summary.md show and list only the charts that are.
//
// Everything is rendered and assembled in memory first (read -> assemble -> write), then the folder
// is written into place (folder.ts), so a failure anywhere leaves an earlier run's output as it was.

import { shownLines } from '../messages/shown.js';
import type { TABLES } from '../scenario/schema/scenario.js';
import type { RunSummary } from '../stats/summary.js';
import type { TimelineIntervals } from '../stats/timeline-intervals.js';
import type { ChartChoice, ChartEntry } from './charts/index.js';
import { writeFolderAtomic } from './folder.js';
import { type FolderIo, NODE_FOLDER_IO } from './folder-io.js';
import { type ReportLinks, reportHtml } from './html.js';
import type { Manifest } from './manifest.js';
import { summaryMarkdown } from './markdown.js';
import { type RenderedChart, type RenderedChartEntry, renderAllCharts } from './render.js';
import { pathsCsv, paybackCsv, timelineCsv } from './tables.js';
import { readVendorScripts, type VendorScripts } from './vendor.js';

/** A table as a scenario's outputs.tables names it. */
export type TableChoice = (typeof TABLES)[number];

/** Each table's file, by its name in outputs.tables, in the folder's order. */
export const TABLE_FILES: Record<TableChoice, string> = {
  summary: 'summary.md',
  timeline: 'timeline.csv',
  payback: 'payback.csv',
  paths: 'paths.csv',
};

/** What a scenario's outputs asks the folder to hold: its charts and tables. */
export interface OutputSelection {
  charts: readonly ChartChoice[];
  tables: readonly TableChoice[];
}

export interface WriteRunOptions {
  /** The charts and tables to write (a scenario's outputs); all of them by default. */
  outputs?: OutputSelection;
  /** Receives chart warnings from vega-lite and vega; by default they go to the console. */
  onWarning?: (message: string) => void;
  /** File operations; tests replace them to make a write fail at a chosen step. */
  io?: Partial<FolderIo>;
  /** More files for the folder (e.g. a back-test's daily.csv), by path relative to it. */
  extraFiles?: ReadonlyMap<string, string | Uint8Array>;
  /**
   * The weekly bands' intervals (summarizeRun), for timeline.csv's low and high; without them those
   * columns are empty.
   */
  timelineIntervals?: TimelineIntervals | null;
  /** The charts, already being drawn (renderAllCharts, for outputs.charts), while the caller made its other files. */
  charts?: Promise<RenderedChartEntry[]>;
}

export interface RunOutput {
  /** The folder written. */
  dir: string;
  /** Its files, relative to it, in writing order. */
  files: string[];
}

/**
 * JSON as the output folder stores it: two-space indent and a final newline. The characters JSON
 * leaves as they are but a terminal obeys or a reader cannot see (C1 controls, DEL, the line and
 * paragraph separators, bidi marks) are written as JSON escapes (`\u009b`): the same text when
 * read, nothing sent to the terminal of whoever prints the file.
 */
export function formatJson(value: unknown): string {
  return `${shownLines(JSON.stringify(value, null, 2))}\n`;
}

/** Adds each chart's Vega-Lite spec, SVG and PNG under charts/. */
export function addChartFiles(
  files: Map<string, string | Uint8Array>,
  charts: readonly (ChartEntry & RenderedChart)[],
): void {
  for (const chart of charts) {
    files.set(`charts/${chart.name}.vl.json`, formatJson(chart.spec));
    files.set(`charts/${chart.name}.svg`, chart.svg);
    files.set(`charts/${chart.name}.png`, chart.png);
  }
}

/** The folder's files that do not show the charts, made while the charts are drawn. */
export interface RunTables {
  summaryJson: string;
  /** Whether summary.md is written: it lists the charts, so it is made with them. */
  summaryMd: boolean;
  /** The CSV tables chosen, by file name, in the folder's order. */
  csv: ReadonlyMap<string, string>;
}

const CSV_TABLES: [TableChoice, (summary: RunSummary, intervals?: TimelineIntervals | null) => string][] = [
  ['timeline', timelineCsv],
  ['payback', paybackCsv],
  ['paths', pathsCsv],
];

/**
 * The files of `summary` that do not show its charts, for the tables `tables` names (all by
 * default; order and repeats do not matter). Pure: no I/O.
 */
export function runTables(
  summary: RunSummary,
  tables?: readonly TableChoice[],
  timelineIntervals?: TimelineIntervals | null,
): RunTables {
  const wanted = new Set(tables ?? (Object.keys(TABLE_FILES) as TableChoice[]));
  return {
    summaryJson: formatJson(summary),
    summaryMd: wanted.has('summary'),
    csv: new Map(
      CSV_TABLES.filter(([t]) => wanted.has(t)).map(([t, table]) => [
        TABLE_FILES[t],
        table(summary, timelineIntervals),
      ]),
    ),
  };
}

/** Every file of the folder, by path relative to it: `charts` and `tables` are those chosen. Pure: no I/O. */
export function assembleRunOutput(
  summary: RunSummary,
  manifest: Manifest,
  charts: readonly (ChartEntry & RenderedChart)[],
  scripts: VendorScripts,
  links: ReportLinks = {},
  tables: RunTables = runTables(summary),
): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  files.set('summary.json', tables.summaryJson);
  if (tables.summaryMd) files.set(TABLE_FILES.summary, summaryMarkdown(summary, charts));
  for (const [name, text] of tables.csv) files.set(name, text);
  addChartFiles(files, charts);
  files.set('report.html', reportHtml(summary, manifest, charts, scripts, links));
  files.set('manifest.json', formatJson(manifest));
  return files;
}

/** Renders, assembles and writes the run's output folder `dir`, replacing any earlier one whole. */
export async function writeRunOutput(
  summary: RunSummary,
  dir: string,
  manifest: Manifest,
  opts: WriteRunOptions = {},
): Promise<RunOutput> {
  const drawn = Promise.all([
    opts.charts ?? renderAllCharts(summary, { onWarning: opts.onWarning, charts: opts.outputs?.charts }),
    readVendorScripts(),
  ]);
  // Awaited below; should the tables fail first, the charts' failure must not count as unhandled.
  drawn.catch(() => undefined);
  // Made while the charts are drawn (on the chart thread when one runs).
  const tables = runTables(summary, opts.outputs?.tables, opts.timelineIntervals);
  const [charts, scripts] = await drawn;
  const explorer = opts.extraFiles?.has('explore.html') ? { explorer: 'explore.html' } : {};
  const files = assembleRunOutput(summary, manifest, charts, scripts, explorer, tables);
  for (const [name, data] of opts.extraFiles ?? []) files.set(name, data);
  await writeFolderAtomic(dir, files, { ...NODE_FOLDER_IO, ...opts.io });
  return { dir, files: [...files.keys()] };
}
