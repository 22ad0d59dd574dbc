// report.html: one self-contained page per run, to open from disk, mail, or publish as is. The
// vega scripts and every chart spec are inlined and a content security policy forbids any fetch,
// so the page works offline and cannot leak. All text from the scenario is escaped.

import type { RunSummary } from '../stats/summary.js';
import type { ChartEntry } from './charts/index.js';
import { FONT } from './charts/theme.js';
import { assumptionsTable, columnAlign, headlineTables, type ReportTable, runTable } from './headline.js';
import type { Manifest } from './manifest.js';
import type { VendorScripts } from './vendor.js';

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** JSON that is safe inside <script>: no `<` can close the element early. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

// vega compiles expressions with new Function, hence 'unsafe-eval'; nothing may be fetched.
const CSP =
  "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; " +
  "img-src data: blob:; connect-src 'none'; base-uri 'none'; form-action 'none'";

const STYLE = `
  :root { color-scheme: light; --text: #252525; --muted: #5f5f5f; --rule: #e3e3e3; }
  body { font-family: ${FONT}; color: var(--text); margin: 0 auto; max-width: 1100px; padding: 24px; line-height: 1.45; }
  h1 { font-size: 1.7rem; margin: 0 0 0.3rem; }
  h2 { font-size: 1.2rem; margin: 2rem 0 0.3rem; border-bottom: 1px solid var(--rule); padding-bottom: 0.2rem; }
  p.description { color: var(--muted); max-width: 75ch; }
  p.note { color: var(--muted); font-size: 0.9rem; margin: 0 0 0.5rem; }
  .scroll { overflow-x: auto; }
  table { border-collapse: collapse; font-size: 0.9rem; font-variant-numeric: tabular-nums; }
  th, td { padding: 0.25rem 0.6rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
  th { background: #f5f5f5; font-weight: 600; }
  .left { text-align: left; } .right { text-align: right; }
  .badge { display: inline-block; padding: 0.05rem 0.55rem; border-radius: 0.8rem; font-size: 0.8rem; font-weight: 600; color: #fff; }
  .badge.supported { background: #238b45; } .badge.refuted { background: #cb181d; } .badge.inconclusive { background: #b15f00; }
  figure { margin: 1.5rem 0; } figcaption { color: var(--muted); font-size: 0.9rem; margin-top: 0.3rem; }
  .chart { min-height: 200px; }
  footer { margin-top: 3rem; color: var(--muted); font-size: 0.8rem; border-top: 1px solid var(--rule); padding-top: 0.6rem; }
  code { font-size: 0.85em; }
`;

function tableHtml(table: ReportTable): string {
  const align = (i: number) => columnAlign(table, i);
  // A table of label/value pairs has no header worth a row.
  const head = table.header.some((h) => h !== '')
    ? `<thead><tr>${table.header.map((h, i) => `<th class="${align(i)}">${escapeHtml(h)}</th>`).join('')}</tr></thead>`
    : '';
  const cell = (text: string, i: number) =>
    i === table.verdictColumn
      ? `<td class="${align(i)}"><span class="badge ${escapeHtml(text)}">${escapeHtml(text)}</span></td>`
      : `<td class="${align(i)}">${escapeHtml(text)}</td>`;
  const body = table.rows.map((row) => `<tr>${row.map(cell).join('')}</tr>`).join('\n');
  return `<h2>${escapeHtml(table.title)}</h2>
<p class="note">${escapeHtml(table.note)}</p>
<div class="scroll"><table>
${head}
<tbody>
${body}
</tbody>
</table></div>`;
}

function chartHtml(chart: ChartEntry): string {
  return `<figure>
<div class="scroll"><div class="chart" id="chart-${escapeHtml(chart.name)}" data-chart="${escapeHtml(chart.name)}"></div></div>
<figcaption>${escapeHtml(chart.caption)} Files: <code>charts/${escapeHtml(chart.name)}.svg</code>, <code>.png</code>, <code>.vl.json</code>.</figcaption>
</figure>`;
}

function footerHtml(manifest: Manifest): string {
  const parts = [
    `minesim ${manifest.minesimVersion}`,
    `scenario ${manifest.scenario.path} (sha256 ${manifest.scenario.sha256.slice(0, 12)}…)`,
    `seed ${manifest.seed}`,
    `${manifest.paths} paths on ${manifest.workers} workers`,
    `finished ${manifest.finishedAt} in ${(manifest.durationMs / 1000).toFixed(1)} s`,
    `Node.js ${manifest.nodeVersion}`,
  ];
  return `<footer>${parts.map(escapeHtml).join(' · ')}</footer>`;
}

// Each chart is embedded on its own, so one failing chart leaves the others drawn; failures go to
// the console, where the browser test looks for them. A chart wider than the page's column (the
// charts are drawn 720 px wide plus their axes; an 800 px window leaves about 750) is drawn again
// narrower by the difference, so its text keeps its size and nothing is cut or needs scrolling;
// should it still not fit (a legend wider than the plot), the drawing is scaled down to the column.
const EMBED = `
const specs = JSON.parse(document.getElementById('minesim-specs').textContent);
const options = { actions: false, renderer: 'svg' };
function narrower(spec, by) {
  const copy = JSON.parse(JSON.stringify(spec));
  const shrink = (view) => {
    if (typeof view.width === 'number') view.width = Math.max(240, view.width - by);
  };
  shrink(copy);
  for (const panel of copy.vconcat || []) shrink(panel);
  return copy;
}
async function draw(name, spec) {
  const element = document.getElementById('chart-' + name);
  const room = element.parentElement.clientWidth;
  const width = () => element.querySelector('svg').getBoundingClientRect().width;
  let view = await vegaEmbed(element, spec, options);
  if (width() > room) {
    view.finalize();
    view = await vegaEmbed(element, narrower(spec, Math.ceil(width() - room) + 2), options);
  }
  if (width() > room) {
    const svg = element.querySelector('svg');
    svg.style.maxWidth = '100%';
    svg.style.height = 'auto';
  }
}
for (const [name, spec] of Object.entries(specs)) {
  draw(name, spec).catch((error) => {
    console.error('chart ' + name + ' failed:', error);
  });
}
`;

/** The page. `charts` carry the specs that the page embeds; scripts come from readVendorScripts(). */
export function reportHtml(
  summary: RunSummary,
  manifest: Manifest,
  charts: readonly ChartEntry[],
  scripts: VendorScripts,
): string {
  const { scenario } = summary;
  const specs = Object.fromEntries(charts.map((c) => [c.name, c.spec]));
  const tables = headlineTables(summary).map(tableHtml).join('\n');
  const assumptions = scenario.assumptions.length > 0 ? tableHtml(assumptionsTable(summary)) : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${escapeHtml(scenario.name)} · minesim report</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(scenario.name)}</h1>
<p class="description">${escapeHtml(scenario.description)}</p>
</header>
<main>
${tableHtml(runTable(summary))}
${tables}
${assumptions}
<h2>Charts</h2>
<p class="note">Hover a chart for the values of each date.</p>
${charts.map(chartHtml).join('\n')}
</main>
${footerHtml(manifest)}
<script>${scripts.vega}</script>
<script>${scripts.vegaLite}</script>
<script>${scripts.vegaEmbed}</script>
<script type="application/json" id="minesim-specs">${scriptJson(specs)}</script>
<script>${EMBED}</script>
</body>
</html>
`;
}
