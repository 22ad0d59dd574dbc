// The fonts resvg draws the PNGs' text with. Every chart is set in DejaVu Sans (charts/theme.ts),
// regular and bold, and minesim ships those two faces in data/fonts/, cut down to the characters
// the charts and most names use (scripts/subset-fonts.sh; about 60 KB each instead of 700 KB).
// resvg reads its font files again for every piece of text it lays out, so the small files take
// a chart's text from about 20 ms to 5, and the PNGs are the same bytes as with the whole face
// (test/report/png-fonts.test.ts). The shipped faces also make the PNGs the same on a machine
// without DejaVu Sans installed. An SVG with a character the shipped faces lack (a scenario or a
// cohort named in Korean, say) is drawn with every system font instead, so that resvg can fall
// back to a face that has it rather than leave it out.
import { existsSync } from 'node:fs';
import { dataPath } from '../data/paths.js';

/** The theme's font family, which resvg also falls back to for any family it cannot find. */
export const PNG_FONT_FAMILY = 'DejaVu Sans';

/** The shipped faces: regular and bold, upright (no chart sets italic or another weight). */
export const SHIPPED_FONT_FILES: readonly string[] = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((name) =>
  dataPath(`fonts/${name}`),
);

/** resvg's font options (the `font` of its render options). */
export interface PngFontOptions {
  defaultFontFamily: string;
  loadSystemFonts: boolean;
  fontFiles?: string[];
}

/** resvg with every system font: it finds a face for any character some installed font has. */
export const SYSTEM_FONTS: PngFontOptions = { defaultFontFamily: PNG_FONT_FAMILY, loadSystemFonts: true };

/**
 * The font options for `files`: those files alone when all exist, else the system's fonts (an
 * install that lost data/fonts/ still draws its text, in whatever face the machine has).
 */
export function pngFontOptions(files: readonly string[] = SHIPPED_FONT_FILES): PngFontOptions {
  return files.every((file) => existsSync(file))
    ? { defaultFontFamily: PNG_FONT_FAMILY, loadSystemFonts: false, fontFiles: [...files] }
    : SYSTEM_FONTS;
}

let found: PngFontOptions | undefined;

/** pngFontOptions() of this install, looked up once a thread. */
export function pngFonts(): PngFontOptions {
  found ??= pngFontOptions();
  return found;
}

/**
 * A character the shipped faces lack: anything outside ASCII, Latin-1 and Latin Extended-A, the
 * dashes, quotes and ellipsis of general punctuation, the euro sign, the four simple arrows and
 * the minus, approximately, not-equal and the two inequality signs. The charts' own text stays
 * within these; a scenario's or a cohort's name may not (Korean, Chinese, the bitcoin sign).
 * scripts/subset-fonts.sh cuts the faces to exactly this set; a test reads their character maps.
 */
export const BEYOND_SHIPPED =
  /[^\t\n\r\u0020-\u017f\u2010-\u2027\u2030-\u203a\u20ac\u2190-\u2193\u2212\u2248\u2260\u2264\u2265]/;

/**
 * The font options for rasterising `svg`: pngFonts() when the shipped faces have every character
 * of it, else every system font, so that resvg can fall back to another face for a character
 * they lack (given only the shipped faces, it would leave that character out of the PNG).
 */
export function pngFontsFor(svg: string): PngFontOptions {
  return BEYOND_SHIPPED.test(svg) ? SYSTEM_FONTS : pngFonts();
}
