// The fonts resvg draws the PNGs' text with. Every chart is set in DejaVu Sans (charts/theme.ts),
// regular and bold, so resvg is handed those two files when they are where the usual font packages
// put them: it then reads two fonts per PNG instead of parsing every font installed on the machine,
// and draws the same pixels (the system's DejaVu Sans is the face it would have picked). Where the
// files are not found (another layout, no DejaVu), resvg loads the system's fonts as before, so
// the text is still drawn, in whatever face it finds for DejaVu Sans or falls back to.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The theme's font family, which resvg also falls back to for any family it cannot find. */
export const PNG_FONT_FAMILY = 'DejaVu Sans';

/** The faces the charts use: regular and bold, upright (no chart sets italic or another weight). */
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];

/**
 * Where the usual packages install DejaVu Sans: Debian and Ubuntu (fonts-dejavu-core), Alpine,
 * Fedora (dejavu-sans-fonts), Arch (ttf-dejavu), openSUSE, FreeBSD. The first folder that holds
 * both files wins.
 */
export const FONT_DIRS = [
  '/usr/share/fonts/truetype/dejavu',
  '/usr/share/fonts/dejavu',
  '/usr/share/fonts/dejavu-sans-fonts',
  '/usr/share/fonts/TTF',
  '/usr/share/fonts/truetype',
  '/usr/local/share/fonts/dejavu',
];

/** resvg's font options (the `font` of its render options). */
export interface PngFontOptions {
  defaultFontFamily: string;
  loadSystemFonts: boolean;
  fontFiles?: string[];
}

/** The font options for `dirs`: DejaVu Sans's two files from the first folder that has both, else the system's fonts. */
export function pngFontOptions(dirs: readonly string[] = FONT_DIRS): PngFontOptions {
  for (const dir of dirs) {
    const files = FONT_FILES.map((name) => join(dir, name));
    if (files.every((file) => existsSync(file)))
      return { defaultFontFamily: PNG_FONT_FAMILY, loadSystemFonts: false, fontFiles: files };
  }
  return { defaultFontFamily: PNG_FONT_FAMILY, loadSystemFonts: true };
}

let found: PngFontOptions | undefined;

/** pngFontOptions() of this machine, looked up once a thread. */
export function pngFonts(): PngFontOptions {
  found ??= pngFontOptions();
  return found;
}

/** resvg with every system font: it finds a face for any character some installed font has. */
const SYSTEM_FONTS: PngFontOptions = { defaultFontFamily: PNG_FONT_FAMILY, loadSystemFonts: true };

/**
 * A character DejaVu Sans may lack: anything outside ASCII, Latin-1 and Latin Extended-A, the
 * dashes, quotes and ellipsis of general punctuation, the euro sign, the four simple arrows and
 * the minus, approximately, not-equal and the two inequality signs. The charts' own text stays
 * within these; a scenario's or a cohort's name may not (Korean, Chinese, the bitcoin sign).
 */
const BEYOND_DEJAVU =
  /[^\t\n\r\u0020-\u017f\u2010-\u2027\u2030-\u203a\u20ac\u2190-\u2193\u2212\u2248\u2260\u2264\u2265]/;

/**
 * The font options for rasterising `svg`: pngFonts() when DejaVu Sans surely has every character
 * of it, else every system font, so that resvg can fall back to another face for a character
 * DejaVu Sans lacks (given only DejaVu Sans, it would leave that character out of the PNG).
 */
export function pngFontsFor(svg: string): PngFontOptions {
  return BEYOND_DEJAVU.test(svg) ? SYSTEM_FONTS : pngFonts();
}
