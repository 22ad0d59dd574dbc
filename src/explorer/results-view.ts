// Draws a result in place: the headline table (or, with a pinned result, the table of
// differences), the fan and the CDF, and the claims.
/// <reference lib="dom" />
import { escapeHtml } from '../report/table-render.js';
import { claimLines } from './claim-lines.js';
import { comparisonRows } from './compare.js';
import { cdfCaption, cdfSvg, fanCaption, fanSvg } from './svg.js';
import { type ExplorerView, headlineRows, rowText } from './view.js';

function table(header: string[], rows: string[][]): string {
  const head = `<tr>${header.map((h, i) => `<th class="${i === 0 ? 'left' : 'right'}">${escapeHtml(h)}</th>`).join('')}</tr>`;
  const body = rows.map(
    (row) =>
      `<tr>${row.map((cell, i) => `<td class="${i === 0 ? 'left' : 'right'}">${escapeHtml(cell)}</td>`).join('')}</tr>`,
  );
  return `<table>${head}${body.join('')}</table>`;
}

export function drawResult(current: ExplorerView, pinned: ExplorerView | null): void {
  const headline = document.getElementById('headline')!;
  headline.innerHTML = pinned
    ? table(['', 'pinned', 'now', 'change'], comparisonRows(pinned, current))
    : table(
        ['', 'value'],
        headlineRows(current).map((row) => [row.label, rowText(row, current)]),
      );
  document.getElementById('fan')!.innerHTML = fanSvg(current, pinned);
  document.getElementById('fan-caption')!.textContent = fanCaption(current, pinned);
  document.getElementById('cdf')!.innerHTML = cdfSvg(current, pinned);
  document.getElementById('cdf-caption')!.textContent = cdfCaption(current, pinned);
  document.getElementById('claims')!.innerHTML = claimLines(current)
    .map(
      (c) =>
        `<li><span class="badge ${escapeHtml(c.verdict)}">${escapeHtml(c.verdict)}</span> ${escapeHtml(c.text)}</li>`,
    )
    .join('');
}
