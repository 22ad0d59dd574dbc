// Vega-Lite spec -> SVG -> PNG, headless: vega-lite compiles the spec, a vega View with no
// renderer runs the dataflow and serialises the scene to SVG, and resvg rasterises that SVG.
// vega, vega-lite and resvg are loaded on first use, so CLI commands that draw nothing do not
// pay for them.

import type { TopLevelSpec } from 'vega-lite';
import { chartMessages } from '../messages/charts.js';
import type { RunSummary } from '../stats/summary.js';
import { renderOnThread } from './chart-thread.js';
import { buildCharts, type ChartEntry } from './charts/index.js';
import { installTextMetrics } from './text-metrics.js';

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
/** The theme's font; resvg falls back to it for any family in the SVG that it cannot find. */
const PNG_FONT_FAMILY = 'DejaVu Sans';

type Modules = [typeof import('vega'), typeof import('vega-lite'), typeof import('@resvg/resvg-js')];
let modules: Promise<Modules> | undefined;

/** vega, vega-lite and resvg, loaded once a thread. */
export function loadChartModules(): Promise<Modules> {
  modules ??= Promise.all([import('vega'), import('vega-lite'), import('@resvg/resvg-js')]).then((loaded) => {
    installTextMetrics(loaded[0]);
    return loaded;
  });
  return modules;
}

/** A vega logger that forwards warnings and errors to `onWarning` and drops info and debug. */
function createLogger(vega: Modules[0], onWarning: (message: string) => void) {
  const logger = vega.logger(vega.Warn);
  const forward = (...args: readonly unknown[]) => {
    onWarning(args.map(String).join(' '));
    return logger;
  };
  logger.warn = forward;
  logger.error = forward;
  return logger;
}

/**
 * The spec without the layers that exist only for the pointer (those declaring params: hover
 * rules and their voronoi cells). A static image cannot be hovered, and those layers would more
 * than halve the SVG size and rasterising time of the date-axis charts for nothing.
 */
export function staticSpec(spec: TopLevelSpec): TopLevelSpec {
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip);
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = { ...node };
    if (Array.isArray(out.layer))
      out.layer = out.layer.filter((layer: { params?: unknown }) => !layer.params);
    for (const key of ['layer', 'vconcat', 'hconcat', 'concat'] as const) {
      if (Array.isArray(out[key])) out[key] = strip(out[key]);
    }
    return out;
  };
  return strip(spec) as TopLevelSpec;
}

/**
 * Renders one Vega-Lite spec to an SVG string and a PNG at twice the SVG's pixel size: on the chart
 * thread when one runs (chart-thread.ts), here otherwise.
 */
export async function renderChart(vlSpec: TopLevelSpec, options: RenderOptions = {}): Promise<RenderedChart> {
  const onWarning =
    options.onWarning ??
    ((message: string) =>
      process.stderr.write(`${chartMessages.warning(options.source, options.name, message)}\n`));
  const onThread = renderOnThread(vlSpec);
  if (onThread) {
    const { svg, png, warnings } = await onThread;
    for (const message of warnings) onWarning(message);
    return { svg, png };
  }
  const [vega, vegaLite, resvg] = await loadChartModules();
  const logger = createLogger(vega, onWarning);
  const vgSpec = vegaLite.compile(staticSpec(vlSpec), { logger }).spec;
  const view = new vega.View(vega.parse(vgSpec), { renderer: 'none', logger });
  try {
    const svg = await view.toSVG();
    // renderAsync rasterises on libuv's thread pool, so several charts' PNGs are drawn in parallel.
    const image = await resvg.renderAsync(svg, {
      fitTo: { mode: 'zoom', value: PNG_SCALE },
      font: { defaultFontFamily: PNG_FONT_FAMILY, loadSystemFonts: true },
    });
    return { svg, png: new Uint8Array(image.asPng()) };
  } finally {
    view.finalize();
  }
}

/** Builds and renders every chart of a run, concurrently. */
export async function renderAllCharts(
  summary: RunSummary,
  options: RenderOptions = {},
): Promise<RenderedChartEntry[]> {
  const charts = buildCharts(summary);
  const rendered = await Promise.all(
    charts.map((chart) =>
      renderChart(chart.spec, { source: summary.scenario.name, ...options, name: chart.name }),
    ),
  );
  return charts.map((chart, i) => ({ ...chart, ...rendered[i] }));
}
