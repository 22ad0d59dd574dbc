// The calibration study's output folder, ready to commit as is:
//
//   calibration.csv   one row per coin x start x model x horizon x quantity: outcome, forecast
//                     quantiles, PIT, band hits, CRPS and interval scores
//   scores.csv        one row per coin x split x quantity x model x horizon: coverage with intervals,
//                     mean PIT, KS distance, mean scores, skill against the baselines
//   published.csv     minesim's ex-ante forecasts against published forecasts and what happened
//   published-band.csv minesim's weekly 95 % hashrate intervals of 2012-13 against the published
//                     band (±15.1 %), week by week
//   coverage.md       the design, the choice of the default model, the goals and the tables, for a reader
//   charts/           pit-histograms, coverage, outcomes (Bitcoin net position): each .vl.json, .svg, .png
//   manifest.json     how it was made (version, design hash, seed, paths, machine, times)
//
// Rendered and assembled in memory (read -> assemble -> write), then the folder is replaced in one
// step, so a failure leaves an earlier study's output as it was.

import type { CalibrationRow } from '../study/calibration-row.js';
import { GOAL_COIN } from '../study/goals.js';
import { BASELINE_MODELS } from '../study/study-models.js';
import { coverageMarkdown, type StudyRecord, type StudyResult } from './calibration-markdown.js';
import { publishedBandCsv, publishedCsv } from './calibration-published.js';
import { calibrationCsv, scoresCsv } from './calibration-tables.js';
import { outcomeBandsSpec, pitHistogramSpec } from './charts/calibration.js';
import { type CoverageGroup, coverageSpec } from './charts/calibration-coverage.js';
import type { ChartEntry } from './charts/index.js';
import { writeFolderAtomic } from './folder.js';
import type { Manifest } from './manifest.js';
import { type RenderedChart, renderChart } from './render.js';
import { addChartFiles, formatJson } from './write.js';

export type { StudyResult };

/** Every chart of the study, in the order coverage.md names them: the Bitcoin net position. */
export function calibrationCharts(
  rows: readonly CalibrationRow[],
  coverage: readonly CoverageGroup[],
): ChartEntry[] {
  return [
    {
      name: 'pit-histograms',
      caption: 'Where each outcome fell in its forecast distribution, per model and horizon.',
      spec: pitHistogramSpec(rows),
    },
    {
      name: 'coverage',
      caption:
        'Share of outcomes inside the 50 % and 90 % bands against the nominal levels (held-out starts).',
      spec: coverageSpec(coverage),
    },
    {
      name: 'outcomes',
      caption: 'Each start’s actual outcome over its forecast bands.',
      spec: outcomeBandsSpec(rows),
    },
  ];
}

/** The charts' rows: the net position of the goals' coin (Bitcoin) of the tested models (every start), and its held-out coverage. */
function chartInputs(r: StudyResult) {
  const baselines = new Set(BASELINE_MODELS.map((b) => b.id));
  const rows = r.rows.filter((x) => x.coin === GOAL_COIN && x.quantity === 'net' && !baselines.has(x.model));
  const models = new Set(rows.map((x) => x.model));
  const coverage = r.scores.filter(
    (s) => s.coin === GOAL_COIN && s.quantity === 'net' && s.split === 'held-out' && models.has(s.model),
  );
  return { rows, coverage };
}

/** Every file of the folder, by path relative to it. Pure: no I/O. */
export function assembleCalibrationOutput(
  r: StudyResult,
  record: StudyRecord,
  charts: readonly (ChartEntry & RenderedChart)[],
  manifest: Manifest,
): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  files.set('calibration.csv', calibrationCsv(r.rows));
  files.set('scores.csv', scoresCsv(r.scores));
  files.set('published.csv', publishedCsv(r.published));
  files.set('published-band.csv', publishedBandCsv(r.publishedBand));
  files.set('coverage.md', coverageMarkdown(r, record));
  addChartFiles(files, charts);
  files.set('manifest.json', formatJson(manifest));
  return files;
}

/** Renders the charts, assembles the folder and replaces `dir` with it whole. */
export async function writeCalibrationOutput(
  dir: string,
  r: StudyResult,
  record: StudyRecord,
  manifest: Manifest,
): Promise<void> {
  const { rows, coverage } = chartInputs(r);
  const charts = calibrationCharts(rows, coverage);
  const rendered = await Promise.all(
    charts.map((c) => renderChart(c.spec, { source: 'calibration study', name: c.name })),
  );
  const withImages = charts.map((c, i) => ({ ...c, ...rendered[i] }));
  await writeFolderAtomic(dir, assembleCalibrationOutput(r, record, withImages, manifest));
}
