// The calibration study's output folder, ready to commit as is:
//
//   calibration.csv   one row per start x model x horizon: outcome, forecast quantiles, PIT, band hits
//   coverage.csv      one row per model x horizon: coverage with intervals, mean PIT, KS distance
//   coverage.md       the design and the coverage table, for a reader
//   charts/           pit-histograms, coverage, outcomes: each .vl.json, .svg, .png
//   manifest.json     how it was made (version, design hash, seed, paths, machine, times)
//
// Rendered and assembled in memory (read -> assemble -> write), then the folder is replaced in one
// step, so a failure leaves an earlier study's output as it was.

import type { CalibrationRow, CoverageRow } from '../study/calibration.js';
import { calibrationCsv, coverageCsv, coverageMarkdown, type StudyRecord } from './calibration-tables.js';
import { outcomeBandsSpec, pitHistogramSpec } from './charts/calibration.js';
import { coverageSpec } from './charts/calibration-coverage.js';
import type { ChartEntry } from './charts/index.js';
import { writeFolderAtomic } from './folder.js';
import type { Manifest } from './manifest.js';
import { type RenderedChart, renderChart } from './render.js';
import { addChartFiles, formatJson } from './write.js';

/** Every chart of the study, in the order coverage.md names them. */
export function calibrationCharts(
  rows: readonly CalibrationRow[],
  coverage: readonly CoverageRow[],
): ChartEntry[] {
  return [
    {
      name: 'pit-histograms',
      caption: 'Where each outcome fell in its forecast distribution, per model and horizon.',
      spec: pitHistogramSpec(rows),
    },
    {
      name: 'coverage',
      caption: 'Share of outcomes inside the 50 % and 90 % bands against the nominal levels.',
      spec: coverageSpec(coverage),
    },
    {
      name: 'outcomes',
      caption: 'Each start’s actual outcome over its forecast bands.',
      spec: outcomeBandsSpec(rows),
    },
  ];
}

/** Every file of the folder, by path relative to it. Pure: no I/O. */
export function assembleCalibrationOutput(
  rows: readonly CalibrationRow[],
  coverage: readonly CoverageRow[],
  record: StudyRecord,
  charts: readonly (ChartEntry & RenderedChart)[],
  manifest: Manifest,
): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  files.set('calibration.csv', calibrationCsv(rows));
  files.set('coverage.csv', coverageCsv(coverage));
  files.set('coverage.md', coverageMarkdown(coverage, record));
  addChartFiles(files, charts);
  files.set('manifest.json', formatJson(manifest));
  return files;
}

/** Renders the charts, assembles the folder and replaces `dir` with it whole. */
export async function writeCalibrationOutput(
  dir: string,
  rows: readonly CalibrationRow[],
  coverage: readonly CoverageRow[],
  record: StudyRecord,
  manifest: Manifest,
): Promise<void> {
  const charts = calibrationCharts(rows, coverage);
  const rendered = await Promise.all(
    charts.map((c) => renderChart(c.spec, { source: 'calibration study', name: c.name })),
  );
  const withImages = charts.map((c, i) => ({ ...c, ...rendered[i] }));
  await writeFolderAtomic(dir, assembleCalibrationOutput(rows, coverage, record, withImages, manifest));
}
