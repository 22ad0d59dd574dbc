// A Vega-Lite spec drawn as an SVG string, headless: vega-lite compiles the spec, and a vega View
// with no renderer runs the dataflow and serialises the scene to SVG. vega and vega-lite are loaded
// on first use. This is all the chart thread (chart-worker.ts) runs; render.ts rasterises the SVG.

import type { TopLevelSpec } from 'vega-lite';
import { installTextMetrics } from './text-metrics.js';

type SvgModules = [typeof import('vega'), typeof import('vega-lite')];
let svgModules: Promise<SvgModules> | undefined;

/** vega and vega-lite, which draw the SVG, loaded once a thread. */
export function loadSvgModules(): Promise<SvgModules> {
  svgModules ??= Promise.all([import('vega'), import('vega-lite')]).then((loaded) => {
    installTextMetrics(loaded[0]);
    return loaded;
  });
  return svgModules;
}

/** A vega logger that forwards warnings and errors to `onWarning` and drops info and debug. */
function createLogger(vega: SvgModules[0], onWarning: (message: string) => void) {
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

/** Draws one Vega-Lite spec as an SVG string, in this thread; warnings go to `onWarning`. */
export async function drawSvg(vlSpec: TopLevelSpec, onWarning: (message: string) => void): Promise<string> {
  const [vega, vegaLite] = await loadSvgModules();
  const logger = createLogger(vega, onWarning);
  const vgSpec = vegaLite.compile(staticSpec(vlSpec), { logger }).spec;
  const view = new vega.View(vega.parse(vgSpec), { renderer: 'none', logger });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
