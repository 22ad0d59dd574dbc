// What report.html and the batch index.html share: the head (with a content security policy that
// forbids any fetch, so a page works offline and cannot leak) and the style of text and tables.
import { FONT } from './charts/theme.js';
import { escapeHtml } from './table-render.js';

/** report.html: vega compiles expressions with new Function, hence 'unsafe-eval'; nothing may be fetched. */
export const CSP_WITH_SCRIPTS =
  "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; " +
  "img-src data: blob:; connect-src 'none'; base-uri 'none'; form-action 'none'";

/** index.html: no script runs at all; the images are inlined. */
export const CSP_NO_SCRIPTS =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export interface PageStyle {
  maxWidthPx: number;
  tableFontRem: number;
  cellPadding: string;
  /** Extra declarations of `.right` cells (after text-align). */
  rightCells: string;
  /** Rules between the h2 and the note rules. */
  afterHeadings: readonly string[];
  /** Rules of the page's own elements, after the tables' and badges'. */
  own: readonly string[];
}

/**
 * On paper (A4 or Letter, 15 mm margins, about 680 px wide): the column fills the page, a chart
 * drawn for a wider window is scaled to it rather than cut, a wide table's cells wrap instead of
 * scrolling (paper does not scroll), and a chart, a table row or a heading and what follows it are
 * not split across pages.
 */
const PRINT = [
  '@page { margin: 15mm; }',
  '@media print {',
  '    body { max-width: none; padding: 0; }',
  '    .scroll { overflow: visible; }',
  '    svg { max-width: 100%; height: auto; }',
  '    table { font-size: 8pt; } th, td { padding: 0.1rem 0.3rem; }',
  '    figure { break-inside: avoid; }',
  '    tr { break-inside: avoid; } thead { display: table-header-group; }',
  '    h2 { break-after: avoid; } p.note { break-after: avoid; }',
  '  }',
];

/** The stylesheet: page text, tables and claim badges, then the page's own rules, then the print rules. */
export function pageStyle(s: PageStyle): string {
  const lines = [
    ':root { color-scheme: light; --text: #252525; --muted: #5f5f5f; --rule: #e3e3e3; }',
    `body { font-family: ${FONT}; color: var(--text); margin: 0 auto; max-width: ${s.maxWidthPx}px; padding: 24px; line-height: 1.45; }`,
    'h1 { font-size: 1.7rem; margin: 0 0 0.3rem; }',
    'h2 { font-size: 1.2rem; margin: 2rem 0 0.3rem; border-bottom: 1px solid var(--rule); padding-bottom: 0.2rem; }',
    ...s.afterHeadings,
    'p.note { color: var(--muted); font-size: 0.9rem; margin: 0 0 0.5rem; }',
    '.scroll { overflow-x: auto; }',
    `table { border-collapse: collapse; font-size: ${s.tableFontRem}rem; font-variant-numeric: tabular-nums; }`,
    `th, td { padding: ${s.cellPadding}; border-bottom: 1px solid var(--rule); vertical-align: top; }`,
    'thead th { background: #f5f5f5; font-weight: 600; } tbody th { font-weight: 400; }',
    // Read by a screen reader, not drawn: a table's caption, which its heading shows.
    '.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }',
    `.left { text-align: left; } .right { text-align: right;${s.rightCells} }`,
    '.badge { display: inline-block; padding: 0.05rem 0.55rem; border-radius: 0.8rem; font-size: 0.8rem; font-weight: 600; color: #fff; }',
    '.badge.supported { background: #1b7837; } .badge.refuted { background: #cb181d; } .badge.inconclusive { background: #b15f00; }',
    ...s.own,
    ...PRINT,
  ];
  return `\n${lines.map((line) => `  ${line}`).join('\n')}\n`;
}

/** From the doctype to the end of the head. */
export function pageHead(title: string, csp: string, style: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>`;
}
