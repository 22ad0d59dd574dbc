// explore.html: the live explorer of one run, one self-contained file to open from disk. Its
// scripts and data are inlined (bundle.ts), a content security policy forbids every fetch, and it
// starts by drawing the committed run, embedded as data, before anything is unpacked or simulated.
import { pageHead, pageStyle } from '../report/html-page.js';
import { escapeHtml } from '../report/table-render.js';
import type { ExplorerInput } from './input.js';
import { cdfCaption, fanCaption } from './svg.js';

/**
 * The bundle is unpacked and run with indirect eval, hence 'unsafe-eval' (zod's schema compiler
 * uses it as well, as vega does in report.html); the Web Workers are made from blobs. Nothing may
 * be fetched or connected to.
 */
export const CSP_EXPLORER =
  "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; worker-src blob:; style-src 'unsafe-inline'; " +
  "img-src data: blob:; connect-src 'none'; base-uri 'none'; form-action 'none'";

/** The page's size budget; a test holds the flagship's page to it. */
export const EXPLORER_MAX_BYTES = 2 * 1024 * 1024;

const STYLE = pageStyle({
  maxWidthPx: 1500,
  tableFontRem: 0.85,
  cellPadding: '0.2rem 0.5rem',
  rightCells: '',
  afterHeadings: [],
  own: [
    'main { display: grid; grid-template-columns: minmax(320px, 430px) minmax(0, 1fr); gap: 24px; }',
    '@media (max-width: 900px) { main { grid-template-columns: 1fr; } }',
    '#notice { background: #fff4e5; padding: 0.4rem 0.6rem; border-radius: 4px; }',
    '#status { background: #f5f5f5; padding: 0.4rem 0.6rem; border-radius: 4px; min-height: 1.4em; }',
    '.control { display: grid; grid-template-columns: 1fr 5.5rem 4.5rem; align-items: center; gap: 2px 6px; margin: 0.35rem 0; font-size: 0.85rem; }',
    '.control label { grid-column: 1 / 4; font-weight: 600; } .control .source { color: var(--muted); font-weight: 400; }',
    '.control input[type=range] { width: 100%; } .control .range { grid-column: 1 / 4; color: var(--muted); font-size: 0.75rem; }',
    '.control select, .control input.wide { grid-column: 1 / 4; }',
    'input.typed { font: inherit; width: 5rem; }',
    // A box 100 % wide counts its padding and border inside that width: as content-box they made
    // the page 8 px wider than its column (and than an A4 page in print).
    '#yaml, #share { box-sizing: border-box; }',
    '#yaml { width: 100%; min-height: 22rem; font-family: ui-monospace, monospace; font-size: 0.8rem; }',
    '#problems { color: #b00020; font-family: ui-monospace, monospace; font-size: 0.8rem; white-space: pre-wrap; }',
    '#share { width: 100%; font-size: 0.75rem; }',
    'figure { margin: 0.8rem 0; } figure svg { width: 100%; height: auto; } figcaption { color: var(--muted); font-size: 0.85rem; }',
    '#claims { padding-left: 1rem; } button { font: inherit; margin: 0.2rem 0.3rem 0.2rem 0; }',
  ],
});

/** JSON that is safe inside <script>: no `<` can close the element early. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

// Unpacks a gzip+base64 payload; the app is then run from its text, and unpacks the rest itself.
const LOADER = `
window.minesimUnpack = async (id) => {
  const text = atob(document.getElementById(id).textContent.trim());
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
};
window.minesimUnpack('explorer-app')
  .then((code) => (0, eval)(code + '\\n//# sourceURL=minesim-explorer.js'))
  .catch((error) => {
    document.getElementById('status').textContent = 'The explorer failed to start: ' + error.message;
    console.error(error);
  });
`;

export interface ExplorerPayloads {
  app: string;
  worker: string;
  data: string;
}

/** The page. `note`: a line on how this page's run differs from what the page can re-run, if at all. */
export function explorerHtml(input: ExplorerInput, payloads: ExplorerPayloads, note: string | null): string {
  const name = input.committed.scenario.name;
  return `${pageHead(`${name} · minesim explorer`, CSP_EXPLORER, STYLE)}
<body data-state="loading">
<header>
<h1>${escapeHtml(name)} · explorer</h1>
<p class="note">Move a control or edit the YAML: the Monte Carlo re-runs here, in this page, with the same code, seed and paths as <code>minesim run</code>. The full report is <a href="${escapeHtml(input.report)}">${escapeHtml(input.report)}</a>.${note ? ` <strong>${escapeHtml(note)}</strong>` : ''}</p>
<p id="status" role="status">Loading…</p>
<p id="notice" role="alert" hidden></p>
</header>
<main>
<section>
<h2>Inputs</h2>
<div id="controls"></div>
<h2>Scenario</h2>
<textarea id="yaml" spellcheck="false" aria-label="scenario YAML"></textarea>
<ul id="problems" aria-live="polite"></ul>
<button id="download" type="button">Download YAML</button><button id="copy" type="button">Copy YAML</button>
<h2>Link to this view</h2>
<input id="share" readonly aria-label="link to this view"><button id="copy-link" type="button">Copy link</button>
</section>
<section>
<h2>Results</h2>
<button id="pin" type="button">Pin this result</button><button id="unpin" type="button" disabled>Unpin</button><button id="rerun" type="button">Re-run here</button>
<div id="headline"></div>
<figure><div id="fan"></div><figcaption id="fan-caption">${escapeHtml(fanCaption(input.committed, null))}</figcaption></figure>
<figure><div id="cdf"></div><figcaption id="cdf-caption">${escapeHtml(cdfCaption(input.committed, null))}</figcaption></figure>
<h2>Claims</h2>
<ul id="claims"></ul>
</section>
</main>
<script type="application/json" id="explorer-input">${scriptJson(input)}</script>
<script type="application/gzip-base64" id="explorer-data">${payloads.data}</script>
<script type="application/gzip-base64" id="explorer-worker">${payloads.worker}</script>
<script type="application/gzip-base64" id="explorer-app">${payloads.app}</script>
<script>${LOADER}</script>
</body>
</html>
`;
}
