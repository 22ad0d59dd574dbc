// report.html: one self-contained page per run, to open from disk, mail, or publish as is. The
// vega scripts and every chart spec are inlined and a content security policy forbids any fetch
// (html-page.ts), so the page works offline and cannot leak. All text from the scenario is escaped.

import type { RunSummary } from '../stats/summary.js';
import { CHART_FOCUS_STYLE, CHART_READING, CHARTS_NOTE } from './chart-reading.js';
import type { ChartEntry } from './charts/index.js';
import { formatInteger, formatPaths } from './format.js';
import { headlineTables } from './headline.js';
import { CSP_WITH_SCRIPTS, pageHead, pageStyle } from './html-page.js';
import type { Manifest } from './manifest.js';
import { columnAlign, type ReportTable } from './report-table.js';
import { assumptionsTable, runTable } from './run-table.js';
import { escapeHtml, htmlTable } from './table-render.js';
import type { VendorScripts } from './vendor.js';

/** JSON that is safe inside <script>: no `<` can close the element early. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const STYLE = pageStyle({
  maxWidthPx: 1100,
  tableFontRem: 0.9,
  cellPadding: '0.25rem 0.6rem',
  rightCells: '',
  afterHeadings: ['p.description { color: var(--muted); max-width: 75ch; }'],
  own: [
    'figure { margin: 1.5rem 0; } figcaption { color: var(--muted); font-size: 0.9rem; margin-top: 0.3rem; }',
    '.chart { min-height: 200px; }',
    'footer { margin-top: 3rem; color: var(--muted); font-size: 0.8rem; border-top: 1px solid var(--rule); padding-top: 0.6rem; }',
    'code { font-size: 0.85em; }',
    CHART_FOCUS_STYLE,
  ],
});

function tableHtml(table: ReportTable): string {
  // A table of label/value pairs has no header worth a row.
  const header = table.header.some((h) => h !== '') ? table.header : null;
  const rows = table.rows.map((row) =>
    row.map((text, i) => (i === table.verdictColumn ? { text, verdict: text } : { text })),
  );
  return htmlTable(table.title, table.note, header, (i) => columnAlign(table, i), rows);
}

/**
 * What a chart shows, for a reader who cannot see it: its title (which names the scenario), the
 * figures its subtitle gives and its caption. The drawing's wrapper is an image of that name: a
 * browser otherwise names vega's drawing by its text, tick labels first ("0.0 0.5 1.0 ..."), and
 * offers each of its hundreds of marks one by one; the drawing itself is hidden from the reader.
 */
export function chartAlt(chart: ChartEntry): string {
  const title = chart.spec.title as { text: string | string[]; subtitle?: string | string[] };
  const lines = (t: string | string[] | undefined) =>
    t === undefined ? [] : typeof t === 'string' ? [t] : t;
  const head = lines(title.text).join(' ');
  const sub = lines(title.subtitle).join(' ');
  return `${head}.${sub === '' ? '' : ` ${sub}`} ${chart.caption}`;
}

function chartHtml(chart: ChartEntry): string {
  return `<figure>
<div class="scroll" role="img" aria-label="${escapeHtml(chartAlt(chart))}"><div class="chart" aria-hidden="true" id="chart-${escapeHtml(chart.name)}" data-chart="${escapeHtml(chart.name)}"></div></div>
<figcaption>${escapeHtml(chart.caption)} Files: <code>charts/${escapeHtml(chart.name)}.svg</code>, <code>.png</code>, <code>.vl.json</code>.</figcaption>
</figure>`;
}

function footerHtml(manifest: Manifest): string {
  const parts = [
    `minesim ${manifest.minesimVersion}`,
    `scenario ${manifest.scenario.path} (sha256 ${manifest.scenario.sha256.slice(0, 12)}…)`,
    `seed ${manifest.seed}`,
    `${formatPaths(manifest.paths)} on ${formatInteger(manifest.workers)} ${manifest.workers === 1 ? 'worker' : 'workers'}`,
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
  readable(element);
}
${CHART_READING}
for (const [name, spec] of Object.entries(specs)) {
  draw(name, spec).catch((error) => {
    console.error('chart ' + name + ' failed:', error);
  });
}
`;

// A scenario whose outputs.charts is empty has no charts: then the page has no such section.
const CHARTS_HEADING = `<h2>Charts</h2>
<p class="note">${escapeHtml(CHARTS_NOTE)}</p>`;

/** Pages beside the report that it links to: `explorer`, the live explorer of the run (explore.html). */
export interface ReportLinks {
  explorer?: string;
}

/** The page. `charts` carry the specs that the page embeds; scripts come from readVendorScripts(). */
export function reportHtml(
  summary: RunSummary,
  manifest: Manifest,
  charts: readonly ChartEntry[],
  scripts: VendorScripts,
  links: ReportLinks = {},
): string {
  const { scenario } = summary;
  const specs = Object.fromEntries(charts.map((c) => [c.name, c.spec]));
  const tables = headlineTables(summary).map(tableHtml).join('\n');
  const assumptions = scenario.assumptions.length > 0 ? tableHtml(assumptionsTable(summary)) : '';
  return `${pageHead(`${scenario.name} · minesim report`, CSP_WITH_SCRIPTS, STYLE)}
<body>
<header>
<h1>${escapeHtml(scenario.name)}</h1>
<p class="description">${escapeHtml(scenario.description)}</p>
${links.explorer ? `<p class="note">Move the inputs and re-run this scenario in the page: <a href="${escapeHtml(links.explorer)}">the explorer</a>.</p>` : ''}
</header>
<main>
${tableHtml(runTable(summary))}
${tables}
${assumptions}
${charts.length > 0 ? CHARTS_HEADING : ''}
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
