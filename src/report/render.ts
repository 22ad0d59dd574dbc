// Vega-Lite spec -> SVG -> PNG, headless: the SVG is drawn by draw-svg.ts (vega-lite and vega),
// on the chart thread when one runs (chart-thread.ts), and resvg rasterises it here. resvg is
// loaded on first use, so CLI commands that draw nothing do not pay for it; the chart thread never
// loads it, and a thread that hands its SVGs to the chart thread never loads vega.

import type { TopLevelSpec } from 'vega-lite';
import { chartMessages } from '../messages/charts.js';
import { shownLines } from '../messages/shown.js';
import type { RunSummary } from '../stats/summary.js';
import { svgOnThread } from './chart-thread.js';
import { buildCharts, type ChartChoice, type ChartEntry } from './charts/index.js';
import { drawSvg } from './draw-svg.js';
import { pngFontsFor } from './png-fonts.js';

export interface RenderedChart {
  svg: string;
  png: Uint8Array;
}

export interface RenderedChartEntry extends ChartEntry, RenderedChart {}

export interface RenderOptions {
  /** Receives vega-lite and vega warnings; by default they go to stderr, named by `source` and `name`. */
  onWarning?: (message: string) => void;
  /** What the chart belongs to (a scenario's name), for the default warning line. */
  source?: string;
  /** The chart's name, for the default warning line. */
  name?: string;
}

/** PNG pixels per SVG pixel: 2 keeps text and thin lines crisp on high-density screens and in print. */
const PNG_SCALE = 2;

let resvgModule: Promise<typeof import('@resvg/resvg-js')> | undefined;

/** resvg, which rasterises the SVG, loaded once a thread. */
export function loadResvg(): Promise<typeof import('@resvg/resvg-js')> {
  resvgModule ??= import('@resvg/resvg-js');
  return resvgModule;
}

/** A PNG of `svg` at PNG_SCALE times its pixel size, its text in DejaVu Sans (png-fonts.ts). */
export async function rasterize(svg: string): Promise<Uint8Array> {
  const resvg = await loadResvg();
  // renderAsync rasterises on libuv's thread pool, so several charts' PNGs are drawn in parallel.
  const image = await resvg.renderAsync(svg, {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    font: pngFontsFor(svg),
  });
  return new Uint8Array(image.asPng());
}

/**
 * Renders one Vega-Lite spec to an SVG string and a PNG at twice the SVG's pixel size. The SVG is
 * drawn on the chart thread when one runs (chart-thread.ts), here otherwise; the PNG is made here,
 * while the chart thread draws the next SVG.
 */
export async function renderChart(vlSpec: TopLevelSpec, options: RenderOptions = {}): Promise<RenderedChart> {
  const onWarning =
    options.onWarning ??
    ((message: string) =>
      process.stderr.write(`${chartMessages.warning(options.source, options.name, message)}\n`));
  const onThread = svgOnThread(vlSpec);
  let svg: string;
  if (onThread) {
    const drawn = await onThread;
    for (const message of drawn.warnings) onWarning(message);
    svg = drawn.svg;
  } else {
    svg = await drawSvg(vlSpec, onWarning);
  }
  // A control character is no XML character: resvg refuses the file, and a browser shows an error
  // for the chart. vega writes none of its own, so any is a scenario's (a name's line break or
  // escape sequence, forScenario() shows it already): shown as its escape.
  svg = shownLines(svg);
  return { svg, png: await rasterize(svg) };
}

/** Rows of data a spec carries (its named datasets and inline values, at any depth). */
export function dataRows(spec: unknown): number {
  if (Array.isArray(spec)) return spec.reduce((sum: number, item) => sum + dataRows(item), 0);
  if (spec === null || typeof spec !== 'object') return 0;
  let rows = 0;
  for (const [key, value] of Object.entries(spec)) {
    if (key === 'datasets' && value !== null && typeof value === 'object')
      for (const data of Object.values(value)) rows += Array.isArray(data) ? data.length : 0;
    else if (key === 'values' && Array.isArray(value)) rows += value.length;
    else rows += dataRows(value);
  }
  return rows;
}

export interface RenderAllOptions extends RenderOptions {
  /** The charts to draw, as outputs.charts names them; all by default (see buildCharts). */
  charts?: readonly ChartChoice[];
}

/**
 * Builds and renders the charts of a run (all, or those `options.charts` names), concurrently. The charts with the most rows are asked
 * for first: the chart thread draws SVGs one after another, so the chart asked for last leaves its
 * PNG as the last thing to wait for, and a small one makes that wait short.
 */
export async function renderAllCharts(
  summary: RunSummary,
  options: RenderAllOptions = {},
): Promise<RenderedChartEntry[]> {
  const { charts: chosen, ...drawOptions } = options;
  const charts = buildCharts(summary, chosen);
  const rows = charts.map((chart) => dataRows(chart.spec));
  const order = charts.map((_, i) => i).sort((a, b) => rows[b] - rows[a] || a - b);
  const rendered: RenderedChart[] = new Array(charts.length);
  // Every SVG is asked for before the first await below (renderChart asks before it awaits): the
  // chart thread, if one runs, has them all when this returns.
  const drawn = Promise.all(
    order.map(async (i) => {
      const chart = charts[i];
      rendered[i] = await renderChart(chart.spec, {
        source: summary.scenario.name,
        ...drawOptions,
        name: chart.name,
      });
    }),
  );
  // resvg loads now (about 15 ms, most of it its check of the C library), while the chart thread
  // draws the first SVG, rather than when that SVG is back.
  loadResvg().catch(() => undefined);
  await drawn;
  return charts.map((chart, i) => ({ ...chart, ...rendered[i] }));
}
