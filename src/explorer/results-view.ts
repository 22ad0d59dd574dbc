// Draws a result in place: the headline table (or, with a pinned result, the table of
// differences), the fan and the CDF, and the claims.
/// <reference lib="dom" />
import { fleetNetworkMessages } from '../messages/fleet-network.js';
import { networkAtFleetLine } from '../report/run-table.js';
import { escapeHtml } from '../report/table-render.js';
import { claimLines } from './claim-lines.js';
import { comparisonRows } from './compare.js';
import { headlineRows } from './headline-rows.js';
import { cdfCaption, cdfSvg, fanCaption, fanSvg } from './svg.js';
import { type ExplorerView, rowText } from './view.js';

/** A table named by `caption` (for a screen reader; the section's heading names it for the eye), each row's first cell its header. */
function table(caption: string, header: string[], rows: string[][]): string {
  const head = `<thead><tr>${header.map((h, i) => `<th scope="col" class="${i === 0 ? 'left' : 'right'}">${escapeHtml(h)}</th>`).join('')}</tr></thead>`;
  const cell = (text: string, i: number) =>
    i === 0
      ? `<th scope="row" class="left">${escapeHtml(text)}</th>`
      : `<td class="right">${escapeHtml(text)}</td>`;
  const body = rows.map((row) => `<tr>${row.map(cell).join('')}</tr>`);
  return `<table><caption class="visually-hidden">${escapeHtml(caption)}</caption>${head}<tbody>${body.join('')}</tbody></table>`;
}

/**
 * Under the headline, where a run's random network fell below the fleet on some paths and was held
 * at it (its figures are then a bound), the run's own line, as the report's run table says it.
 */
export function atFleetNotes(current: ExplorerView, pinned: ExplorerView | null): string {
  const label = fleetNetworkMessages.networkAtFleetLabel;
  return [
    [pinned === null ? label : `${label} (now)`, networkAtFleetLine(current)],
    [`${label} (pinned)`, pinned === null ? null : networkAtFleetLine(pinned)],
  ]
    .filter((note): note is [string, string] => note[1] !== null)
    .map(([what, line]) => `<p class="note"><strong>${escapeHtml(what)}:</strong> ${escapeHtml(line)}</p>`)
    .join('');
}

export function drawResult(current: ExplorerView, pinned: ExplorerView | null): void {
  const headline = document.getElementById('headline')!;
  headline.innerHTML = pinned
    ? table(
        'The pinned result against this one',
        ['Measure', 'Pinned', 'Now', 'Change'],
        comparisonRows(pinned, current),
      )
    : table(
        'This result',
        ['Measure', 'Value'],
        headlineRows(current).map((row) => [row.label, rowText(row, current)]),
      ) + atFleetNotes(current, pinned);
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
