// A Vega-Lite spec drawn as an SVG string, headless: vega-lite compiles the spec, and a vega View
// with no renderer runs the dataflow and serialises the scene to SVG. vega and vega-lite are loaded
// on first use. This is all the chart thread (chart-worker.ts) runs; render.ts rasterises the SVG.

import type { TopLevelSpec } from 'vega-lite';
import { withAriaFigures } from './charts/aria-figures.js';
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

/** Text as XML character data or an attribute value. */
function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The SVG with its accessible name: vega writes the chart's title only as a text mark and drops
 * the spec's description, so a screen reader met an unnamed drawing. The <svg> becomes one image
 * labelled by a <title> (the chart's title, charts/index.ts forScenario() puts the scenario in it)
 * and a <desc> (the spec's description), its first children as SVG wants them.
 */
export function withAccessibleName(svg: string, vlSpec: TopLevelSpec): string {
  const title = (vlSpec as { title?: string | { text?: string | string[] } }).title;
  const text = typeof title === 'string' ? title : title?.text;
  const name = Array.isArray(text) ? text.join(' ') : text;
  const description = (vlSpec as { description?: string }).description;
  const open = svg.match(/^<svg\b[^>]*>/);
  if (!open || (name === undefined && description === undefined)) return svg;
  const ids = [
    ...(name !== undefined ? ['chart-title'] : []),
    ...(description !== undefined ? ['chart-desc'] : []),
  ];
  const tag = open[0].replace(/>$/, ` role="img" aria-labelledby="${ids.join(' ')}">`);
  const children =
    (name !== undefined ? `<title id="chart-title">${escapeXml(name)}</title>` : '') +
    (description !== undefined ? `<desc id="chart-desc">${escapeXml(description)}</desc>` : '');
  return `${tag}${children}${svg.slice(open[0].length)}`;
}

/** Draws one Vega-Lite spec as an SVG string, in this thread; warnings go to `onWarning`. */
export async function drawSvg(vlSpec: TopLevelSpec, onWarning: (message: string) => void): Promise<string> {
  const [vega, vegaLite] = await loadSvgModules();
  const logger = createLogger(vega, onWarning);
  const vgSpec = withAriaFigures(vegaLite.compile(staticSpec(vlSpec), { logger }).spec);
  const view = new vega.View(vega.parse(vgSpec), { renderer: 'none', logger });
  try {
    return withAccessibleName(await view.toSVG(), vlSpec);
  } finally {
    view.finalize();
  }
}
