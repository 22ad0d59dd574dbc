// draw-svg.ts's drawSvg for the command bundles of `validate` and `run` (scripts/build-cli.mjs),
// which leave vega and vega-lite out: a run draws its SVGs on the chart thread, so the 2 MB of
// chart libraries in its bundle were read and deserialised at every start for nothing. Should a
// run draw in-process all the same (the chart thread stopped), the chart thread's own bundle
// (chart-worker.ts, which exports drawSvg) is run in this thread with its code cache, and draws:
// the same code as on the thread, so the same SVG.
import { fileURLToPath } from 'node:url';
import { CHART_BUNDLE, CHART_CODE_CACHE, runCachedBundle } from './code-cache.js';
import type { drawSvg as DrawSvg } from './draw-svg.js';

let bundled: typeof DrawSvg | undefined;

/** A file of dist/report/: beside this module there, or in dist/report/ when running from src/. */
function distFile(name: string): string {
  const dir = fileURLToPath(import.meta.url).endsWith('.ts') ? '../../dist/report/' : './';
  return fileURLToPath(new URL(`${dir}${name}`, import.meta.url));
}

/** Draws one Vega-Lite spec as an SVG string in this thread, with the chart thread's bundle. */
export const drawSvg: typeof DrawSvg = (vlSpec, onWarning) => {
  bundled ??= runCachedBundle(distFile(CHART_BUNDLE), distFile(CHART_CODE_CACHE)).exports
    .drawSvg as typeof DrawSvg;
  return bundled(vlSpec, onWarning);
};
