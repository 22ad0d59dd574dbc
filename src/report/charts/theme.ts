// The one look shared by every chart: font, palette, sizes, the vega-lite config, the legends'
// and percentages' style, and the frame every chart starts from. Chart builders are pure functions
// of a RunSummary; they import only types from vega-lite, so building a spec never loads the
// compiler. The text's lines are title-lines.ts's, the axes of time time-axes.ts's, figures as
// labels figure-labels.ts's, the tooltip of a date hover-rule.ts's, the one path's name one-path.ts's.

import type { Config } from 'vega-lite';
import { subtitleLines, TITLE_FONT_PX } from './title-lines.js';

/** Text everywhere. Listed fallbacks serve browsers without DejaVu; the PNG renderer has it. */
export const FONT = 'DejaVu Sans, Verdana, sans-serif';

export const WIDTH = 720;

export const HEIGHT = 320;

/**
 * Colours carry one meaning across charts: blues are simulated quantities (darker = nearer the
 * median), orange is what actually happened, bluish green is revenue, red is cost, reddish purple
 * is the equity, dark purple marks dated events, and grey is structure (zero line, year marks,
 * shutdowns). Text and lines keep WCAG 2.1 AA's contrast on the white they sit on (4.5:1 and 3:1;
 * test/report-readers/colours.test.ts); bands and bars are told apart by their legend and order. Colours drawn together stay apart under red-green colour blindness (a bluish green
 * beside the red, not a green that a deuteranope sees as the red's olive):
 * test/report/chart-colours-cvd.test.ts.
 */
export const PALETTE = {
  band90: '#c6dbef',
  band80: '#9ecae1',
  band50: '#6baed6',
  median: '#08519c',
  equity: '#cc79a7',
  sample: '#4292c6',
  actual: '#e6550d',
  /** Words about what actually happened (a sweep's crossings): the actual orange darkened to 4.5:1 on white, as text needs. */
  actualText: '#a63603',
  revenue: '#009e73',
  revenueBand: '#99d8c9',
  cost: '#cb181d',
  costBand: '#f4a582',
  never: '#7f2704',
  event: '#6a51a3',
  rule: '#525252',
  /** A dashed reference line (a tornado's 0.5 or claim threshold): 3:1 on white, as a line needs, lighter than the rules. */
  reference: '#737373',
  shutdown: '#bdbdbd',
  /** The shutdown grey at 45 % on white, drawn opaque: a legend shows a mark's opacity on every symbol it shares. */
  shutdownShade: '#e1e1e1',
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
    fontSize: TITLE_FONT_PX,
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
  // Numbers read as in the tables (en-US Intl): `-5,000`, not d3's `−5,000` with a Unicode minus.
  locale: { number: { decimal: '.', thousands: ',', grouping: [3], currency: ['', ' USD'], minus: '-' } },
};

/**
 * A share as a percentage with a space before the sign, as the tables write it (`25 %`): d3's
 * `.0%` format leaves none, so the label is patched after formatting.
 */
export const PERCENT_AXIS = { format: '.0%', labelExpr: "replace(datum.label, '%', ' %')" };

/** A calculated text field `as`: the share in `field` written as the tables write it, `25 %`. */
export function percentText(field: string, as: string, digits = 0) {
  return { calculate: `replace(format(datum.${field}, '.${digits}%'), '%', ' %')`, as };
}

/** Every colour legend: entries name themselves, and labels are never cut (vega-lite drops a config labelLimit). */
export const LEGEND = { title: null, labelLimit: 400 };

export const SCHEMA_URL = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Top-level properties every chart starts from; each note of the subtitle starts a line. */
export function chartFrame(title: string, subtitle: string | readonly string[]) {
  const lines = subtitleLines(subtitle);
  return {
    $schema: SCHEMA_URL,
    title: { text: title, ...(lines.length > 0 ? { subtitle: lines } : {}) },
    config: CONFIG,
  };
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

/** Rounds chart data so specs stay small and diff cleanly; 6 significant digits is below a pixel. */
export function round(value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return Number(value.toPrecision(6));
}
