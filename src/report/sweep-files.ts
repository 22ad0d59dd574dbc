// A sweep's results as the files of its folder:
//
//   sweep.csv      one row per grid point: each axis value, then the measures (full precision; sweep-csv.ts)
//   sweep.json     the same with the axes, the claims and the boundary; `version` field (sweep-json.ts)
//   charts/        <chart>.vl.json, .svg, .png (see charts/sweep.ts; with `finance`, also
//                  charts/sweep-books.ts)
//   manifest.json  how the sweep was made
//
// Assembly is pure; the command renders the charts and writes the folder atomically. What it prints
// is sweep-text-table.ts's table and sweep-boundary-lines.ts's lines.

import type { SweepResult } from '../study/sweep-result.js';
import type { ChartEntry } from './charts/index.js';
import type { Manifest } from './manifest.js';
import type { RenderedChart } from './render.js';
import { sweepCsv } from './sweep-csv.js';
import { sweepJson } from './sweep-json.js';
import { addChartFiles, formatJson } from './write.js';

/** Every file of the sweep's folder, by path relative to it. */
export function sweepFiles(
  result: SweepResult,
  charts: readonly (ChartEntry & RenderedChart)[],
  manifest: Manifest,
): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  files.set('sweep.csv', sweepCsv(result));
  files.set('sweep.json', formatJson(sweepJson(result)));
  addChartFiles(files, charts);
  files.set('manifest.json', formatJson(manifest));
  return files;
}
