// The batch index: index.md and index.html in the batch's output folder, comparing the scenarios
// side by side (headline probabilities, medians, the back-test, claim verdicts), with a small
// fan chart per scenario and the files that could not run. index.html is self-contained like
// report.html: the small multiples are inlined as SVG images and no script runs at all. index.md
// shows each run's own fan chart, or links only its report when the scenario's outputs.charts
// leaves the fan out. Every text from a scenario or a file name is escaped.

import { readFile } from 'node:fs/promises';
import type { TopLevelSpec } from 'vega-lite';
import { batchMessages } from '../messages/batch.js';
import { shownText } from '../messages/shown.js';
import type { RunSummary } from '../stats/summary.js';
import type { BatchEntry } from '../study/batch.js';
import { writeFileAtomic } from './atomic.js';
import { type IndexCell, type IndexTable, okEntries } from './batch-cells.js';
import { type FailedRun, failedRuns, unrelatedOthers } from './batch-failed.js';
import { type OtherOutput, otherOutputsTable } from './batch-others.js';
import { failureLines, indexTables } from './batch-tables.js';
import { chartName } from './charts/index.js';
import { roiFanSpec } from './charts/roi-fan.js';
import { BANDS } from './charts/theme.js';
import { dateAxis } from './charts/time-axes.js';
import { CSP_NO_SCRIPTS, pageHead, pageStyle } from './html-page.js';
import { renderChart } from './render.js';
import { lastPurchaseAfterCut, stagedFleetLastPurchase } from './staged-fleet.js';
import { escapeHtml, escapeMarkdown, htmlTable, markdownTableLines } from './table-render.js';

export interface BatchIndexMeta {
  minesimVersion: string;
  /** ISO 8601 UTC. */
  finishedAt: string;
  /**
   * The output folders in the batch's folder that it did not write (batch-others.ts): a failed
   * run's are listed with it (batch-failed.ts), the others apart at the end.
   */
  others?: readonly OtherOutput[];
}

const FAN_WIDTH = 300;
const FAN_HEIGHT = 150;

/** The scenario's roi-fan chart at small-multiple size: the legend and axis titles are stated once on the page. */
export function fanMultipleSpec(summary: RunSummary): TopLevelSpec {
  const spec = withoutLegends(roiFanSpec(summary)) as TopLevelSpec & { encoding: { x: object; y: object } };
  return {
    ...spec,
    title: {
      text: shownText(summary.scenario.name),
      subtitle: `${summary.scenario.coin} from ${summary.scenario.start}${afterCutSubtitle(summary)}`,
    },
    width: FAN_WIDTH,
    height: FAN_HEIGHT,
    encoding: {
      x: { ...spec.encoding.x, title: null, axis: dateAxis(summary.timeline.dates, 4) },
      y: { ...spec.encoding.y, title: null },
    },
  } as TopLevelSpec;
}

/** A small fan's subtitle of a fleet whose last purchase falls after the cut: its crossing of zero is no payback (staged-fleet.ts). */
function afterCutSubtitle(summary: RunSummary): string {
  const after = lastPurchaseAfterCut(summary);
  return after === null ? '' : `; ${batchMessages.fanAfterCut(after.date)}`;
}

/** The spec with every legend switched off: the layers name their legend one by one, so config cannot. */
function withoutLegends(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutLegends);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node))
    out[key] = key === 'config' ? value : key === 'legend' ? null : withoutLegends(value);
  return out;
}

const FANS_NOTE =
  `Cumulative net position (USD) over time: bands hold ${BANDS.map((b) => b.label.replace(' of paths', '')).join(', ')} ` +
  'of the paths, the dark line is the median of each week (no one path), orange is the actual history; payback is where a line crosses zero. ' +
  'Each chart links to its report.';

/** The fans' note, with how a fleet bought in stages pays back where one of the runs is (staged-fleet.ts). */
function fansNote(entries: readonly BatchEntry[]): string {
  const staged = okEntries(entries).some((e) => stagedFleetLastPurchase(e.run) !== null);
  return staged ? `${FANS_NOTE} ${batchMessages.fansStagedNote}` : FANS_NOTE;
}

/** Above the list of the scenarios whose folder holds no fan chart (their outputs.charts leaves it out). */
const NO_FAN_NOTE =
  'These scenarios draw no fan chart (their outputs.charts leaves it out); each links to its report:';

function introText(entries: readonly BatchEntry[], meta: BatchIndexMeta): string {
  const ran = okEntries(entries).length;
  const unwritten = entries.filter((e) => e.status === 'unwritten').length;
  const more = unwritten > 0 ? `; ${unwritten} more ran but could not be written` : '';
  const failed = entries.filter((e) => e.status === 'failed').length;
  const broke = failed > 0 ? batchMessages.failedIntro(failed) : '';
  const others = unrelatedOthers(entries, meta.others ?? []).length;
  const apart = others > 0 ? batchMessages.othersIntro(others) : '';
  return `${ran} of ${entries.length} scenario files ran${more}${broke}${apart}; minesim ${meta.minesimVersion}, finished ${meta.finishedAt}.`;
}

/** A failed run's lines under its file: its error's first line, then what of it is in the folder. */
function failedLines(run: FailedRun): string[] {
  return [run.error, batchMessages.earlierFolders(run.earlier.map((o) => o.folder))];
}

/** index.md's section of the runs that failed, each with its earlier folders linked (none: no section). */
function failedMarkdown(runs: readonly FailedRun[]): string[] {
  if (runs.length === 0) return [];
  const items = runs.flatMap((r) => [
    `- ${escapeMarkdown(r.file)}`,
    ...failedLines(r).map((l) => `  - ${escapeMarkdown(l)}`),
    ...r.earlier.map(
      (o) =>
        `    - ${o.report ? `[${escapeMarkdown(`${o.folder}/`)}](${encodeURI(`${o.folder}/report.html`)})` : escapeMarkdown(`${o.folder}/`)}: ${escapeMarkdown(batchMessages.earlierFolder(o.command, o.finishedAt))}`,
    ),
  ]);
  return [
    [`## ${batchMessages.failedTitle}`, '', escapeMarkdown(batchMessages.failedNote), '', ...items].join(
      '\n',
    ),
  ];
}

/** index.html's section of the runs that failed ('' for none). */
function failedHtml(runs: readonly FailedRun[]): string {
  if (runs.length === 0) return '';
  const items = runs.map((r) => {
    const [error, earlier] = failedLines(r).map(escapeHtml);
    const folders = r.earlier.map((o) => {
      const name = escapeHtml(`${o.folder}/`);
      const link = o.report
        ? `<a href="${escapeHtml(encodeURI(`${o.folder}/report.html`))}">${name}</a>`
        : name;
      return `<li>${link}: ${escapeHtml(batchMessages.earlierFolder(o.command, o.finishedAt))}</li>`;
    });
    return `<li><code>${escapeHtml(r.file)}</code><pre>${error}</pre><p>${earlier}</p>${folders.length > 0 ? `<ul>${folders.join('')}</ul>` : ''}</li>`;
  });
  return `<h2>${escapeHtml(batchMessages.failedTitle)}</h2>\n<p class="note">${escapeHtml(batchMessages.failedNote)}</p>\n<ul class="failed">\n${items.join('\n')}\n</ul>\n`;
}

/** The heading of the files listed by failureLines. */
function failuresTitle(entries: readonly BatchEntry[]): string {
  return entries.some((e) => e.status === 'unwritten')
    ? 'Files that did not run or could not be written'
    : 'Files that did not run';
}

function markdownCell(cell: IndexCell): string {
  const text = escapeMarkdown(cell.text);
  return cell.href ? `[${text}](${encodeURI(cell.href)})` : text;
}

function markdownTable(table: IndexTable): string {
  const rows = table.rows.map((row) => row.map(markdownCell));
  const lines = markdownTableLines(table.header.map(escapeMarkdown), (i) => table.align[i], rows);
  return [`## ${table.title}`, '', table.note, '', ...lines].join('\n');
}

/** index.md. `fanFolders` are the run folders whose charts/ hold the fan chart. Pure. */
export function batchIndexMarkdown(
  entries: readonly BatchEntry[],
  meta: BatchIndexMeta,
  fanFolders: ReadonlySet<string>,
): string {
  // A run that failed comes first, after the line that counts it: what the batch could not do.
  const sections = [
    '# minesim batch',
    escapeMarkdown(introText(entries, meta)),
    ...failedMarkdown(failedRuns(entries, meta.others ?? [])),
    ...indexTables(entries).map(markdownTable),
  ];
  const ok = okEntries(entries);
  const fan = `charts/${chartName('fan')}.svg`;
  // Two charts a row: GitHub and most Markdown viewers scale images in a table to fit.
  const fans = ok
    .filter((e) => fanFolders.has(e.folder))
    .map((e) => `[![${escapeMarkdown(e.run.scenario.name)}](${e.folder}/${fan})](${e.folder}/report.html)`);
  const noFans = ok
    .filter((e) => !fanFolders.has(e.folder))
    .map((e) => `- [${escapeMarkdown(e.run.scenario.name)}](${e.folder}/report.html)`);
  if (fans.length > 0 || noFans.length > 0) {
    const rows = [];
    for (let i = 0; i < fans.length; i += 2) rows.push(`| ${fans[i]} | ${fans[i + 1] ?? ''} |`);
    const grid = fans.length > 0 ? ['', '| | |', '| --- | --- |', ...rows] : [];
    const list = noFans.length > 0 ? ['', NO_FAN_NOTE, '', ...noFans] : [];
    sections.push(['## Fan charts', '', fansNote(entries), ...grid, ...list].join('\n'));
  }
  const failures = failureLines(entries);
  if (failures.length > 0)
    sections.push(
      [
        `## ${failuresTitle(entries)}`,
        '',
        ...failures.flatMap((f) => [
          `- ${escapeMarkdown(f.file)}`,
          ...f.lines.map((l) => `  - ${escapeMarkdown(l)}`),
        ]),
      ].join('\n'),
    );
  const others = unrelatedOthers(entries, meta.others ?? []);
  if (others.length > 0) sections.push(markdownTable(otherOutputsTable(others)));
  return `${sections.join('\n\n')}\n`;
}

const STYLE = pageStyle({
  maxWidthPx: 1400,
  tableFontRem: 0.85,
  cellPadding: '0.25rem 0.5rem',
  rightCells: ' white-space: nowrap;',
  afterHeadings: [],
  own: [
    '.fans { display: grid; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); gap: 12px; }',
    '.fans figure { margin: 0; } .fans img { width: 100%; height: auto; border: 1px solid var(--rule); }',
    '.failed li { margin-bottom: 0.5rem; } .failed pre { margin: 0.2rem 0 0; white-space: pre-wrap; font-size: 0.85rem; color: #a50f15; }',
  ],
});

function htmlTableOf(table: IndexTable): string {
  return htmlTable(table.title, table.note, table.header, (i) => table.align[i], table.rows);
}

/** index.html. `fans` maps a scenario's folder to its small fan chart as SVG. Pure. */
export function batchIndexHtml(
  entries: readonly BatchEntry[],
  meta: BatchIndexMeta,
  fans: ReadonlyMap<string, string>,
): string {
  const figures = okEntries(entries)
    .filter((e) => fans.has(e.folder))
    .map((e) => {
      const src = `data:image/svg+xml;base64,${Buffer.from(fans.get(e.folder)!).toString('base64')}`;
      const name = escapeHtml(e.run.scenario.name);
      return `<figure><a href="${escapeHtml(encodeURI(`${e.folder}/report.html`))}"><img alt="${name}: its cumulative net position over time (fan chart); opens its report" src="${src}"></a></figure>`;
    });
  const failures = failureLines(entries).map(
    (f) => `<li><code>${escapeHtml(f.file)}</code><pre>${f.lines.map(escapeHtml).join('\n')}</pre></li>`,
  );
  const others = unrelatedOthers(entries, meta.others ?? []);
  return `${pageHead('minesim batch', CSP_NO_SCRIPTS, STYLE)}
<body>
<h1>minesim batch</h1>
<p class="note">${escapeHtml(introText(entries, meta))}</p>
${failedHtml(failedRuns(entries, meta.others ?? []))}${indexTables(entries).map(htmlTableOf).join('\n')}
${figures.length > 0 ? `<h2>Fan charts</h2>\n<p class="note">${escapeHtml(fansNote(entries))}</p>\n<div class="fans">\n${figures.join('\n')}\n</div>` : ''}
${failures.length > 0 ? `<h2>${failuresTitle(entries)}</h2>\n<ul class="failed">\n${failures.join('\n')}\n</ul>` : ''}${others.length > 0 ? `\n${htmlTableOf(otherOutputsTable(others))}` : ''}
</body>
</html>
`;
}

/**
 * Renders the small multiples and writes index.md, then index.html, each atomically. `fanFolders`
 * are the run folders whose charts/ hold the fan chart, which index.md shows.
 */
export async function writeBatchIndex(
  dir: string,
  entries: readonly BatchEntry[],
  meta: BatchIndexMeta,
  fanFolders: ReadonlySet<string>,
  onWarning?: (message: string) => void,
): Promise<void> {
  const ok = okEntries(entries);
  const rendered = await Promise.all(
    ok.map((e) =>
      renderChart(fanMultipleSpec(e.run), { onWarning, source: e.run.scenario.name, name: 'index fan' }),
    ),
  );
  const fans = new Map(ok.map((e, i) => [e.folder, rendered[i].svg]));
  await writeFileAtomic(`${dir}/index.md`, batchIndexMarkdown(entries, meta, fanFolders));
  await writeFileAtomic(`${dir}/index.html`, batchIndexHtml(entries, meta, fans));
}

/** The index files in `dir` that a batch wrote (index.html, index.md: each known by how it begins). */
export async function batchIndexFiles(dir: string): Promise<string[]> {
  const ours: [string, (text: string) => boolean][] = [
    [
      'index.html',
      (text) => text.startsWith('<!doctype html>') && text.includes('<title>minesim batch</title>'),
    ],
    ['index.md', (text) => text.startsWith('# minesim batch')],
  ];
  const found: string[] = [];
  for (const [name, isOurs] of ours) {
    const text = await readFile(`${dir}/${name}`, 'utf8').catch(() => null);
    if (text !== null && isOurs(text)) found.push(name);
  }
  return found;
}
