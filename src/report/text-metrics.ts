// Text widths for laying out charts headless. Without a canvas, vega guesses every character to
// be 0.8 em wide, so legends are spaced far too wide and labels get cut with an ellipsis they do
// not need. The PNGs are drawn in DejaVu Sans (the theme's font), so we measure with its own
// advance widths instead; vega documents replacing `textMetrics.width` for this purpose.

/**
 * Advance widths in thousandths of an em, for code points 32-126, read from the hmtx tables of
 * DejaVuSans.ttf and DejaVuSans-Bold.ttf 2.37 (2048 units per em, rounded).
 */
const ASCII_REGULAR = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636,
  636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295,
  295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838,
  500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521,
  392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
];
const ASCII_BOLD = [
  348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696,
  696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372,
  372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838,
  500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595,
  478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
];
/** The non-ASCII characters minesim's charts use, [regular, bold]. */
const OTHER: Record<string, [number, number]> = {
  '–': [500, 500],
  '—': [1000, 1000],
  '−': [838, 838],
  '±': [838, 838],
  '×': [838, 838],
  '÷': [838, 838],
  '≤': [838, 838],
  '≥': [838, 838],
  '→': [838, 838],
  '…': [1000, 1000],
  '²': [401, 438],
  '³': [401, 438],
  '°': [500, 500],
  '·': [318, 380],
};
/** Any other character is taken to be as wide as a digit. */
const DEFAULT_WIDTH: [number, number] = [636, 696];

function isBold(fontWeight: unknown): boolean {
  return (
    fontWeight === 'bold' || fontWeight === 'bolder' || (typeof fontWeight === 'number' && fontWeight >= 600)
  );
}

/** Width in pixels of `text` set in DejaVu Sans at `fontSize` px. */
export function measureTextWidth(text: string, fontSize: number, bold = false): number {
  const table = bold ? ASCII_BOLD : ASCII_REGULAR;
  let perMille = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    perMille += code >= 32 && code <= 126 ? table[code - 32] : (OTHER[char] ?? DEFAULT_WIDTH)[bold ? 1 : 0];
  }
  return (perMille * fontSize) / 1000;
}

interface TextItem {
  fontSize?: number;
  fontWeight?: unknown;
  limit?: number;
}

/**
 * Makes a headless vega measure text in DejaVu Sans. vega calls the function with untruncated
 * text when sizing marks, so the width is capped at the item's limit, which is what vega's
 * truncation then cuts the text down to.
 */
export function installTextMetrics(vega: object): void {
  // vega exports textMetrics at run time but its type declarations leave it out.
  const metrics = (vega as { textMetrics?: { width: (item: TextItem, text: string) => number } }).textMetrics;
  if (metrics === undefined) throw new Error('vega no longer exports textMetrics; text widths cannot be set');
  metrics.width = (item, text) => {
    const width = measureTextWidth(String(text ?? '').trim(), item.fontSize ?? 11, isBold(item.fontWeight));
    return item.limit !== undefined && item.limit > 0 ? Math.min(width, item.limit) : width;
  };
}
