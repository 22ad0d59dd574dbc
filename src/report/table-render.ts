// Every table minesim prints or writes, rendered one way per medium: HTML (report.html, the batch
// index.html), Markdown (summary.md, the batch index.md, coverage.md) and padded text (the
// terminal's headline, sweep and sensitivity tables). The builders of the tables
// (headline.ts, batch-tables.ts, calibration-tables.ts) say what is in them; this file only how a
// table looks. Text from users is escaped here, once per medium.

import { shownControls, shownText } from '../messages/shown.js';

export type Align = 'left' | 'right';

/** Escapes text for HTML element content and quoted attribute values; a control character is shown as its escape. */
export function escapeHtml(text: string): string {
  return shownControls(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * Backslash-escapes the characters that would start Markdown markup; a line break becomes a space,
 * another control character its escape (`\u001b`).
 * `$` and `~` too: GitHub reads text between two dollars as mathematics (`$5k-$10k` set 5k- as a
 * formula) and between two tildes as struck through.
 */
export function escapeMarkdown(text: string): string {
  return shownControls(text.replace(/\r?\n|\r/g, ' ')).replace(/[\\`*_[\]<>|#$~]/g, '\\$&');
}

/** A cell of an HTML table: plain text, a claim verdict drawn as a coloured badge, or a link. */
export interface HtmlCell {
  text: string;
  verdict?: string;
  href?: string;
}

/**
 * An HTML table with its title and note; `header` null leaves the head row out (label/value tables).
 * The title is the section's heading and, for a screen reader that moves from table to table, the
 * table's caption (drawn for the eye by the heading alone); the head cells are the columns'
 * headers and each row's first cell its row's.
 */
export function htmlTable(
  title: string,
  note: string,
  header: readonly string[] | null,
  align: (column: number) => Align,
  rows: readonly (readonly HtmlCell[])[],
): string {
  const head =
    header === null
      ? ''
      : `<thead><tr>${header.map((h, i) => `<th scope="col" class="${align(i)}">${escapeHtml(h)}</th>`).join('')}</tr></thead>`;
  const cell = (c: HtmlCell, i: number) => {
    const text = escapeHtml(c.text);
    const inner =
      c.verdict !== undefined
        ? `<span class="badge ${escapeHtml(c.verdict)}">${text}</span>`
        : c.href !== undefined
          ? `<a href="${escapeHtml(encodeURI(c.href))}">${text}</a>`
          : text;
    return i === 0
      ? `<th scope="row" class="${align(i)}">${inner}</th>`
      : `<td class="${align(i)}">${inner}</td>`;
  };
  const body = rows.map((row) => `<tr>${row.map(cell).join('')}</tr>`).join('\n');
  return `<h2>${escapeHtml(title)}</h2>
<p class="note">${escapeHtml(note)}</p>
<div class="scroll"><table>
<caption class="visually-hidden">${escapeHtml(title)}</caption>
${head}
<tbody>
${body}
</tbody>
</table></div>`;
}

/**
 * The lines of a GitHub-flavoured Markdown table: header, alignment rule, rows. Cells are written
 * as given: the caller escapes user text (escapeMarkdown) and may put links in them.
 */
export function markdownTableLines(
  header: readonly string[],
  align: (column: number) => Align,
  rows: readonly (readonly string[])[],
): string[] {
  const rule = header.map((_, i) => (align(i) === 'left' ? ':---' : '---:'));
  return [header, rule, ...rows].map((cells) => `| ${cells.join(' | ')} |`);
}

/**
 * A plain-text table for a terminal: each column padded to its widest cell (right-aligned columns
 * padded on the left), two spaces before and between columns, no trailing spaces.
 */
export function textTableLines(
  rows: readonly (readonly string[])[],
  align: (column: number) => Align,
): string[] {
  // A cell is one line of the terminal: a name's line break or escape sequence is shown, not obeyed.
  const shown = rows.map((r) => r.map(shownText));
  const columns = Math.max(0, ...shown.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, i) =>
    Math.max(0, ...shown.map((r) => (r[i] ?? '').length)),
  );
  const pad = (c: string, i: number) => (align(i) === 'right' ? c.padStart(widths[i]) : c.padEnd(widths[i]));
  return shown.map((cells) => `  ${cells.map(pad).join('  ')}`.trimEnd());
}
