// The one look shared by every chart: font, palette, sizes, and the encodings that recur (a UTC
// time axis, a USD axis, the hover rule that shows every series of a date in one tooltip).
// Chart builders are pure functions of a RunSummary; they import only types from vega-lite, so
// building a spec never loads the compiler.

import type { Config } from 'vega-lite';
import type { StringFieldDef } from 'vega-lite/types_unstable/channeldef.js';

/** One line of a tooltip. */
export type TooltipField = StringFieldDef<string>;

/** Text everywhere. Listed fallbacks serve browsers without DejaVu; the PNG renderer has it. */
export const FONT = 'DejaVu Sans, Verdana, sans-serif';

export const WIDTH = 720;
export const HEIGHT = 320;

/**
 * Colours carry one meaning across charts: blues are simulated quantities (darker = nearer the
 * median), orange is what actually happened, green is revenue, red is cost, purple marks dated
 * events, and grey is structure (zero line, year marks, shutdowns).
 */
export const PALETTE = {
  band90: '#c6dbef',
  band80: '#9ecae1',
  band50: '#6baed6',
  median: '#08519c',
  sample: '#4292c6',
  actual: '#e6550d',
  revenue: '#238b45',
  revenueBand: '#a1d99b',
  cost: '#cb181d',
  costBand: '#fcae91',
  never: '#7f2704',
  event: '#6a51a3',
  rule: '#525252',
  shutdown: '#bdbdbd',
  text: '#252525',
} as const;

/** The quantile bands drawn by the fan charts, widest first so the narrower ones paint on top. */
export const BANDS = [
  { low: 'p5', high: 'p95', label: '5–95 % of paths', color: PALETTE.band90 },
  { low: 'p10', high: 'p90', label: '10–90 % of paths', color: PALETTE.band80 },
  { low: 'p25', high: 'p75', label: '25–75 % of paths', color: PALETTE.band50 },
] as const;

export const CONFIG: Config = {
  font: FONT,
  background: 'white',
  padding: 8,
  title: {
    fontSize: 15,
    anchor: 'start',
    color: PALETTE.text,
    subtitleColor: '#525252',
    subtitleFontSize: 12,
  },
  axis: { labelFontSize: 11, titleFontSize: 12, titleColor: PALETTE.text, gridColor: '#ebebeb' },
  legend: {
    orient: 'bottom',
    direction: 'horizontal',
    labelFontSize: 11,
    titleFontSize: 11,
    symbolSize: 120,
  },
  view: { stroke: null },
};

/** Every colour legend: entries name themselves, and labels are never cut (vega-lite drops a config labelLimit). */
export const LEGEND = { title: null, labelLimit: 400 };

export const SCHEMA_URL = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Top-level properties every chart starts from. */
export function chartFrame(title: string, subtitle: string) {
  return { $schema: SCHEMA_URL, title: { text: title, subtitle }, config: CONFIG };
}

/**
 * The x axis as calendar dates (UTC, so no viewer's time zone moves a week across a boundary).
 * It carries no field: set at the top of a layered chart it styles the axis, and each layer names
 * its own field, so a layer without dates (a horizontal rule) is not tied to them.
 */
export function dateX(title = 'Date (UTC)') {
  return {
    type: 'temporal' as const,
    title,
    scale: { type: 'utc' as const },
    axis: { format: '%b %Y', labelAngle: 0, tickCount: 10 },
  };
}

/** Tooltip line for the date of a row, formatted the same way on every chart. */
export const DATE_TOOLTIP = { field: 'date', type: 'temporal' as const, title: 'Date', format: '%Y-%m-%d' };

/** Tooltip line for a USD field. */
export function usdTooltip(field: string, title: string) {
  return { field, type: 'quantitative' as const, title, format: '$,.0f' };
}

/** A colour-legend scale: the labels a chart shows, in legend order, with their colours. */
export interface LegendScale {
  domain: string[];
  range: string[];
}

/** Legend entry name -> colour, so a layer can join the shared legend with `color: { datum }`. */
export function legendScale(entries: readonly { label: string; color: string }[]): LegendScale {
  return { domain: entries.map((e) => e.label), range: entries.map((e) => e.color) };
}

/**
 * An invisible rule per date that lights up under the pointer and carries a tooltip with every
 * series of that date: a tooltip on an area mark would show only one arbitrary point of it.
 */
export function hoverRule(dataName: string, tooltip: TooltipField[]) {
  return {
    data: { name: dataName },
    mark: { type: 'rule' as const, color: PALETTE.rule, strokeWidth: 1 },
    params: [
      {
        name: 'hover',
        select: {
          type: 'point' as const,
          fields: ['date'],
          nearest: true,
          on: 'pointerover',
          clear: 'pointerout',
        },
      },
    ],
    encoding: {
      x: { field: 'date', type: 'temporal' as const },
      opacity: { condition: { param: 'hover', empty: false, value: 0.5 }, value: 0 },
      tooltip,
    },
  };
}

/** Rounds chart data so specs stay small and diff cleanly; 6 significant digits is below a pixel. */
export function round(value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return Number(value.toPrecision(6));
}
