// A chart's text as lines: its title with the scenario's name, its subtitle's notes and its
// labels, broken between words so no line makes the chart wider than its plot.

import { measureTextWidth } from '../text-metrics.js';

/** A title's font size, px (bold, vega's default for a title). */
export const TITLE_FONT_PX = 15;

/**
 * Characters in a subtitle line: about 600 px of 12 px DejaVu Sans, so a subtitle never makes a
 * chart wider than its plot (and the report's narrowest layout, 800 px, holds it).
 */
const SUBTITLE_CHARACTERS = 96;

/** A subtitle's font size, px (theme.ts subtitleFontSize). */
const SUBTITLE_FONT_PX = 12;

/**
 * Widest a subtitle line is drawn, px, measured in its font (12 px DejaVu Sans, text-metrics.ts):
 * 96 characters of a wide letter (`W`, 11.3 px) drew about 1,090 px, wider than the 720 px plot.
 * The committed subtitles' lines reach 605 px, and their breaks fall between 570 and 665 px, so no
 * width alone breaks them where they break: a line ends at 96 characters or at 620 px, whichever
 * comes first, and every committed subtitle keeps its lines.
 */
const SUBTITLE_WIDTH_PX = 620;

/** Whether `line` fits a subtitle's line. */
const fitsSubtitle = (line: string) =>
  line.length <= SUBTITLE_CHARACTERS && measureTextWidth(line, SUBTITLE_FONT_PX) <= SUBTITLE_WIDTH_PX;

/**
 * Each note as lines of at most SUBTITLE_CHARACTERS and SUBTITLE_WIDTH_PX, broken between words; a
 * word wider than a line (a name or a path without spaces) is cut across lines.
 */
export function subtitleLines(notes: string | readonly string[]): string[] {
  return (typeof notes === 'string' ? [notes] : notes).flatMap((note) =>
    wrapWords(words(note), fitsSubtitle),
  );
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
 * `text` as lines of at most `most` characters and, where `px` is given, at most `px.width` wide in
 * DejaVu Sans of `px.font` px (text-metrics.ts), broken between words; a word longer than a line is
 * cut across lines.
 */
export function wrapText(text: string, most: number, px?: { width: number; font: number }): string[] {
  const fits = (line: string) =>
    line.length <= most && (px === undefined || measureTextWidth(line, px.font) <= px.width);
  return wrapWords(words(text), fits);
}

/**
 * A header or axis label's lines: its text is written with its lines joined by a newline
 * (wrapText), and vega draws the array as lines; a label cut at its labelLimit instead left
 * names that begin alike reading the same.
 */
export const LINES_LABEL = "split(datum.label, '\\n')";
