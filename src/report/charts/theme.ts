// The one look shared by every chart: font, palette, sizes, and the encodings that recur (a UTC
// time axis, a USD axis, the hover rule that shows every series of a date in one tooltip).
// Chart builders are pure functions of a RunSummary; they import only types from vega-lite, so
// building a spec never loads the compiler.

import type { Config } from 'vega-lite';
import type { StringFieldDef } from 'vega-lite/types_unstable/channeldef.js';
import { DAYS_PER_RATE_YEAR } from '../../scenario/units.js';
import type { RunSummary } from '../../stats/summary.js';
import { outcomesOf } from '../distribution-table.js';
import { formatPaths } from '../format.js';
import { measureTextWidth } from '../text-metrics.js';

/**
 * The one path a run's charts draw, as they name it: a back-test's actual history, or a Monte Carlo
 * run with one outcome by the tables' rule (distribution-table.ts outcomesOf()): one path, or paths
 * that all came out the same (no spread, median or share of paths); null for a run over its paths.
 */
export function onePathName(summary: Pick<RunSummary, 'kind' | 'run' | 'headline'>): string | null {
  if (summary.kind === 'backtest') return 'the actual history';
  return oneOutcomeName(summary);
}

/** A Monte Carlo run's one outcome, as the charts name it; null for a back-test or a run over its paths. */
export function oneOutcomeName(summary: Pick<RunSummary, 'kind' | 'run' | 'headline'>): string | null {
  if (summary.kind === 'backtest') return null;
  const outcomes = outcomesOf(summary);
  return outcomes === 'one path'
    ? 'the one path run'
    : outcomes === 'all the same'
      ? `the ${formatPaths(summary.run.paths)} (all the same)`
      : null;
}

/** One line of a tooltip. */
export type TooltipField = StringFieldDef<string>;

/** Text everywhere. Listed fallbacks serve browsers without DejaVu; the PNG renderer has it. */
export const FONT = 'DejaVu Sans, Verdana, sans-serif';

export const WIDTH = 720;

/** A title's font size, px (bold, vega's default for a title). */
const TITLE_FONT_PX = 15;
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

/**
 * Characters in a subtitle line: about 600 px of 12 px DejaVu Sans, so a subtitle never makes a
 * chart wider than its plot (and the report's narrowest layout, 800 px, holds it).
 */
const SUBTITLE_CHARACTERS = 96;

/** Each note as lines of at most SUBTITLE_CHARACTERS, broken between words. */
export function subtitleLines(notes: string | readonly string[]): string[] {
  const lines: string[] = [];
  for (const note of typeof notes === 'string' ? [notes] : notes) {
    let line = '';
    for (const word of note.split(' ')) {
      if (line !== '' && line.length + 1 + word.length > SUBTITLE_CHARACTERS) {
        lines.push(line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    if (line !== '') lines.push(line);
  }
  return lines;
}

/**
 * Widest a title line is drawn, px, measured in the title's font (15 px DejaVu Sans Bold,
 * text-metrics.ts's table of its advance widths, which the headless drawing uses too): within the
 * 720 px plot with room to spare, so a title never makes a chart wider than its plot. The count of
 * 70 characters it replaces drew the committed titles up to 605 px wide, and every one keeps its
 * lines; 70 wide letters (`W`) drew 1,150 px.
 */
const TITLE_WIDTH_PX = 620;

/** Whether `line` fits a title's line. */
const fitsTitle = (line: string) => measureTextWidth(line, TITLE_FONT_PX, true) <= TITLE_WIDTH_PX;

/**
 * A chart's title with the scenario it shows (`Cumulative net position over time — north-korea-2017-s9`),
 * as lines of at most TITLE_WIDTH_PX broken between words; a word wider than a line (a long name
 * without spaces) is cut across lines.
 */
export function scenarioTitleLines(title: string, scenarioName: string): string[] {
  return wrapWords(words(`${title} — ${scenarioName}`), fitsTitle);
}

const words = (text: string) => text.split(/\s+/).filter((w) => w !== '');

/**
 * `units` (words) as lines of as many as `fits`, a space between two; a word that does not fit a
 * line alone is cut across lines, by characters (never between the halves of one).
 */
function wrapWords(units: readonly string[], fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const unit of units) {
    if (line !== '' && fits(`${line} ${unit}`)) {
      line = `${line} ${unit}`;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    let piece = '';
    for (const char of unit) {
      if (piece !== '' && !fits(piece + char)) {
        lines.push(piece);
        piece = '';
      }
      piece += char;
    }
    line = piece;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * `text` as lines of at most `most` characters, broken between words; a word longer than a line
 * is cut across lines.
 */
export function wrapText(text: string, most: number): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (let word of words) {
    if (line !== '' && line.length + 1 + word.length > most) {
      lines.push(line);
      line = '';
    }
    while (line === '' && word.length > most) {
      lines.push(word.slice(0, most));
      word = word.slice(most);
    }
    line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * A header or axis label's lines: its text is written with its lines joined by a newline
 * (wrapText), and vega draws the array as lines; a label cut at its labelLimit instead left
 * names that begin alike reading the same.
 */
export const LINES_LABEL = "split(datum.label, '\\n')";

/** Top-level properties every chart starts from; each note of the subtitle starts a line. */
export function chartFrame(title: string, subtitle: string | readonly string[]) {
  const lines = subtitleLines(subtitle);
  return {
    $schema: SCHEMA_URL,
    title: { text: title, ...(lines.length > 0 ? { subtitle: lines } : {}) },
    config: CONFIG,
  };
}

/**
 * The payback charts' unit of time since the start: days for a horizon under a year (in years a
 * 30-day run's ticks read 0.005, 0.010 ...), else years (365.25 days, as the claims count them).
 */
export function paybackTimeUnit(days: number): { perUnit: number; name: 'days' | 'years' } {
  return days < 365 ? { perUnit: 1, name: 'days' } : { perUnit: DAYS_PER_RATE_YEAR, name: 'years' };
}

/** Below this many days from the first date to the last, an axis labels dates, not months. */
const SHORT_SPAN_DAYS = 183;

/**
 * A date axis over the timeline's `dates` with about `ticks` labels. Over half a year or more, month
 * and year ("May 2017"); a shorter run has ticks within a month, which "%b %Y" labelled alike (a
 * 30-day run read "May 2017" seven times), so it is labelled at the timeline's own dates
 * (2017-05-24), every k-th of them, at most `ticks`.
 */
export function dateAxis(dates: readonly string[], ticks: number) {
  const first = dates[0];
  const last = dates[dates.length - 1];
  const span =
    first === undefined
      ? 0
      : (Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000;
  if (span >= SHORT_SPAN_DAYS) return { format: '%b %Y', labelAngle: 0, tickCount: ticks };
  const every = Math.max(1, Math.ceil(dates.length / Math.min(ticks, 7)));
  const values = dates.filter((_, i) => i % every === 0).map((d) => Date.parse(`${d}T00:00:00Z`));
  return { format: '%Y-%m-%d', labelAngle: 0, values };
}

/**
 * The x axis as calendar dates (UTC, so no viewer's time zone moves a week across a boundary), its
 * labels as dateAxis() gives them for the timeline's `dates`. It carries no field: set at the top of
 * a layered chart it styles the axis, and each layer names its own field, so a layer without dates
 * (a horizontal rule) is not tied to them.
 */
export function dateX(dates: readonly string[], title = 'Date (UTC)') {
  return {
    type: 'temporal' as const,
    title,
    scale: { type: 'utc' as const },
    axis: dateAxis(dates, 10),
  };
}

/**
 * A calendar date's field as a UTC day (data/dates.ts). Its tooltip or description is then
 * formatted in UTC, as the axes are (dateX): vega-lite's default formats a date in the viewer's
 * local time, which reads the day before anywhere west of UTC (2017-05-16 for 2017-05-17 in New York).
 */
export const UTC_DAY = { type: 'temporal' as const, timeUnit: 'utcyearmonthdate' as const };

/** Tooltip line for a date field, `2017-05-17`, formatted the same way on every chart. */
export function dateTooltip(field: string, title: string) {
  return { field, ...UTC_DAY, title, format: '%Y-%m-%d' };
}

/** Tooltip line for the date of a row. */
export const DATE_TOOLTIP = dateTooltip('date', 'Date');

/**
 * A vega expression for the number `value` (an expression, `datum.p50`) as text: exponent form from
 * `from` (1e15 unless given) to `large` significant digits (8.68527942186487e16, messages/shown.ts
 * largeFigure) and under a billionth to `tiny` (1e-21, tinyFigure), else by `middle`; no value (null) as empty
 * text.
 */
export function figureExpr(value: string, middle: string, large: number, tiny: number, from = 1e15): string {
  const exponent = (digits: number) => `replace(format(${value}, '.${digits - 1}~e'), 'e+', 'e')`;
  return (
    `!isValid(${value}) ? '' : ${value} == 0 ? '0' : abs(${value}) >= ${from} ? ${exponent(large)} : ` +
    `abs(${value}) < 1e-9 ? ${exponent(tiny)} : ${middle}`
  );
}

/**
 * An axis's labels by the d3 format `format`, a tick from `from` (1e15 unless given: a thousand
 * yotta, 1e27, for SI prefixes) or under a billionth in exponent form (1e22, 5e-22): d3's SI
 * prefixes end at Y (1000000000000000Y), and whole units (`,.0f`) read 5e-22 as 0 and a tick of
 * 0.005 or 2.5 as 0 or 3, which keep their digits.
 */
export function figureAxis(format: string, from = 1e15) {
  const middle =
    format === ',.0f' ? `datum.value % 1 != 0 ? format(datum.value, ',.12~r') : datum.label` : 'datum.label';
  return { format, labelExpr: figureExpr('datum.value', middle, 15, 15, from) };
}

/**
 * A tooltip line whose text a vega expression makes from the number in `shown` (hoverRule puts it
 * in the field `<shown>Shown`): a d3 format alone cannot switch to exponent form at 1e15.
 */
export interface ShownTooltip {
  shown: string;
  title: string;
  expr: string;
}

/** Tooltip line for a USD field; the title names the unit, as the tables' headers do. */
export function usdTooltip(field: string, title: string): ShownTooltip {
  return { shown: field, title, expr: usdExpr(field) };
}

/**
 * Tooltip line for a field in the d3 format `format` (SI prefixes, `.3~s`), in exponent form from
 * `from` (a thousand yotta: d3's prefixes end at Y) and under a billionth.
 */
export function figureTooltip(field: string, title: string, format: string, from = 1e15): ShownTooltip {
  const v = `datum['${field}']`;
  return { shown: field, title, expr: figureExpr(v, `format(${v}, '${format}')`, 3, 3, from) };
}

/** The field a computed tooltip line shows its text in. */
const shownField = (field: string) => `${field}Shown`;

/**
 * The text of a whole-dollar amount as format.ts prints it: 0 as 0, under 0.5 to one significant
 * digit, from 1e15 to the 15 a double holds, else whole dollars with separators.
 */
function usdExpr(field: string): string {
  const v = `datum['${field}']`;
  return figureExpr(v, `abs(${v}) < 0.5 ? format(${v}, '.1r') : format(${v}, ',.0f')`, 15, 1);
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
 * A tooltip line as the nearest-date layer can read it. vega-lite shows the tooltip of the date's
 * cell (a voronoi layer) by reading each field from the cell's datum, which holds the rule's: but a
 * text field without a format it reads from the cell itself, where it is missing, so every figure
 * of the tooltip read "undefined". An empty format sends the field through the reading that finds it.
 */
function readFromCell(t: TooltipField): TooltipField {
  return t.format !== undefined ||
    t.timeUnit !== undefined ||
    t.type === 'quantitative' ||
    t.type === 'temporal'
    ? t
    : { ...t, format: '' };
}

/**
 * An invisible rule per date that lights up under the pointer and carries a tooltip with every
 * series of that date: a tooltip on an area mark would show only one arbitrary point of it.
 */
export function hoverRule(dataName: string, tooltip: (TooltipField | ShownTooltip)[]) {
  const shown = tooltip.flatMap((t) => ('shown' in t ? [t] : []));
  return {
    data: { name: dataName },
    ...(shown.length > 0
      ? { transform: shown.map((t) => ({ calculate: t.expr, as: shownField(t.shown) })) }
      : {}),
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
      tooltip: tooltip.map((t) =>
        readFromCell('shown' in t ? { field: shownField(t.shown), title: t.title } : t),
      ),
    },
  };
}

/** Rounds chart data so specs stay small and diff cleanly; 6 significant digits is below a pixel. */
export function round(value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return Number(value.toPrecision(6));
}
