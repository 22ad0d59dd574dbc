// The explorer page's script (bundled by scripts/build-explorer.mjs): shows the committed run at
// once, then validates the scenario as the analyst edits it (controls or YAML) and re-runs the
// Monte Carlo progressively on every change. The state lives in the URL fragment.
/// <reference lib="dom" />
import './shims/globals.js';
import { loadCompileInputs } from '../engine/compile/inputs.js';
import { explorerMessages as m } from '../messages/explorer.js';
import { COIN_IDS, DEFAULT_COIN } from '../model/coins/index.js';
import { parseScenarioText } from '../scenario/document.js';
import { loadUnits } from '../scenario/mathjs-units.js';
import type { Scenario } from '../scenario/normalize.js';
import { formatProblem, type Problem } from '../scenario/problem.js';
import { validateScenarioText } from '../scenario/validate.js';
import type { RunSummary } from '../stats/summary.js';
import { drawControls } from './control-view.js';
import { scenarioControls } from './controls.js';
import { decodeState, type ExplorerState, encodeState, LinkStateError } from './fragment.js';
import type { ExplorerInput } from './input.js';
import { drawResult } from './results-view.js';
import { provideFiles } from './shims/fs.js';
import { availableParallelism } from './shims/os.js';
import { prewarmWorkers, setWorkerSource } from './shims/worker-threads.js';
import { FIRST_PATHS, runProgressively, type Step } from './simulate.js';
import { type ExplorerView, explorerView } from './view.js';
import { scenarioNameIn, setInputValue } from './yaml-edit.js';
import { wireYamlTools } from './yaml-tools.js';

type Unpack = (id: string) => Promise<string>;
const page = window as unknown as { minesimUnpack: Unpack; minesimExplorer: ExplorerHandle };

/** What tests and the bench read of the page. */
interface ExplorerHandle {
  state: 'starting' | 'committed' | 'invalid' | 'running' | 'partial' | 'final' | 'failed';
  summary: RunSummary | null;
  view: ExplorerView | null;
  /** Per run: ms from the change (the control's event) to the first answer and to the full count. */
  timings: { firstMs: number | null; finalMs: number | null }[];
  /** ms from the page's navigation to the committed run drawn and painted. */
  committedMs: number | null;
}

const handle: ExplorerHandle = {
  state: 'starting',
  summary: null,
  view: null,
  timings: [],
  committedMs: null,
};
page.minesimExplorer = handle;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const input: ExplorerInput = JSON.parse($('explorer-input').textContent ?? '');
const yamlBox = $<HTMLTextAreaElement>('yaml');
let pinned: { yaml: string; view: ExplorerView } | null = null;
/** The full result drawn and the scenario it answers (the YAML box may since hold an edit): what Pin takes. */
let shown: { yaml: string; view: ExplorerView } | null = null;
/** Counts the link's saves: only the newest edit's state may reach the address bar. */
let saves = 0;
/** Counts the fragments read: only the newest one's state is shown. */
let links = 0;
let generation = 0;
let scheduled: ReturnType<typeof setTimeout> | null = null;
/** When the change that the next run answers was made. */
let changedAt = 0;
/** The YAML was edited by hand: the controls are drawn again from the next valid scenario. */
let controlsStale = false;

function setState(state: ExplorerHandle['state'], text: string): void {
  handle.state = state;
  document.body.dataset.state = state;
  $('status').textContent = text;
}

/** Draws `view`; `yaml`: the scenario it is the full result of, or null for a first answer (not pinnable). */
function show(view: ExplorerView, yaml: string | null): void {
  handle.view = view;
  shown = yaml === null ? null : { yaml, view };
  $<HTMLButtonElement>('pin').disabled = shown === null;
  drawResult(view, pinned?.view ?? null);
}

/** The scenario in `yaml`, or the problems to list: the schema's, or a coin whose history the page does not carry. */
async function validate(yaml: string): Promise<{ scenario: Scenario } | { problems: Problem[] }> {
  const parsed = parseScenarioText(yaml, input.file);
  const coin = parsed.ok ? ((parsed.doc.value as { coin?: unknown } | null)?.coin ?? DEFAULT_COIN) : null;
  // Checked first: validating reads the coin's history, which the page has only for its own coin.
  if (parsed.ok && coin !== input.coin && (COIN_IDS as readonly unknown[]).includes(coin)) {
    const at = parsed.doc.locate(['coin']);
    return {
      problems: [{ file: input.file, ...at, path: 'coin', message: m.otherCoin(String(coin), input.coin) }],
    };
  }
  const v = await validateScenarioText(yaml, input.file);
  return v.ok ? { scenario: v.scenario } : { problems: v.problems };
}

function listProblems(problems: readonly Problem[]): void {
  $('problems').replaceChildren(
    ...problems.map((p) => {
      const li = document.createElement('li');
      li.textContent = formatProblem(p);
      return li;
    }),
  );
}

/** Validates the YAML now in the box and runs it; a newer call makes any running one stop. */
async function runCurrent(): Promise<void> {
  const mine = ++generation;
  const yaml = yamlBox.value;
  void saveState();
  try {
    const checked = await validate(yaml);
    // An older edit's answer, validated after a newer one began, must not replace the newer one's.
    if (mine !== generation) return;
    if ('problems' in checked) {
      listProblems(checked.problems);
      setState('invalid', m.invalid());
      return;
    }
    listProblems([]);
    if (controlsStale) {
      controlsStale = false;
      await buildControls(yaml);
      if (mine !== generation) return;
    }
    // The YAML's own monteCarlo block: the page runs what the scenario says, as `minesim run` would.
    const { paths, seed } = checked.scenario.monteCarlo;
    const t0 = changedAt;
    const timing = { firstMs: null as number | null, finalMs: null as number | null };
    handle.timings.push(timing);
    setState('running', m.running(paths));
    const onStep = (step: Step) => {
      const ms = performance.now() - t0;
      if (timing.firstMs === null) timing.firstMs = ms;
      if (step.final) {
        timing.finalMs = ms;
        handle.summary = step.summary;
      }
      const view = explorerView(step.summary);
      show(view, step.final ? yaml : null);
      if (!step.final) return setState('partial', m.firstAnswer(step.paths, seed, ms));
      const same = yaml === input.yaml && JSON.stringify(view) === JSON.stringify(input.committed);
      setState('final', m.done(step.paths, seed, ms, same));
    };
    await runProgressively({
      scenario: checked.scenario,
      paths,
      seed,
      workers: availableParallelism(),
      onStep,
      onProgress: (done, total) => {
        // The figures drawn are the first answer's until the full count is in: the status says so.
        if (handle.state === 'partial') $('status').textContent = m.refining(done, total, FIRST_PATHS);
      },
      stale: () => mine !== generation,
    });
  } catch (error) {
    if (mine !== generation) return;
    setState('failed', m.runFailed((error as Error).message));
    throw error;
  }
}

/** Runs the current YAML once the events of this turn are in (a drag sends many). */
function schedule(): void {
  if (scheduled !== null) clearTimeout(scheduled);
  // A note on the link that opened the page no longer applies once the analyst changes the view.
  notice(null);
  changedAt = performance.now();
  scheduled = setTimeout(() => {
    scheduled = null;
    runCurrent().catch((error) => console.error(error));
  }, 0);
}

async function saveState(): Promise<void> {
  const mine = ++saves;
  const edited = yamlBox.value !== input.yaml || pinned !== null;
  const hash = edited ? await encodeState({ yaml: yamlBox.value, pinned: pinned?.yaml ?? null }) : '';
  // Compressing takes a while: an older edit's state finishing late must not replace a newer one's.
  if (mine !== saves) return;
  history.replaceState(null, '', hash === '' ? location.pathname + location.search : hash);
  $<HTMLInputElement>('share').value = location.href;
}

async function buildControls(yaml: string): Promise<void> {
  const v = await validateScenarioText(yaml, input.file);
  if (!v.ok) return;
  const inputs = await loadCompileInputs(v.scenario);
  drawControls($('controls'), scenarioControls(v.scenario, v.doc.value, inputs), (path, value) => {
    yamlBox.value = setInputValue(yamlBox.value, path, value);
    schedule();
  });
}

function pin(): void {
  if (shown === null) return;
  pinned = shown;
  $<HTMLButtonElement>('unpin').disabled = false;
  show(shown.view, shown.yaml);
  void saveState();
}

function unpin(): void {
  pinned = null;
  $<HTMLButtonElement>('unpin').disabled = true;
  if (handle.view) show(handle.view, shown?.yaml ?? null);
  void saveState();
}

function notice(text: string | null): void {
  $('notice').textContent = text ?? '';
  $('notice').hidden = text === null;
}

/**
 * Shows the view the link's fragment holds: its pinned scenario run and pinned, then its scenario
 * run. A fragment without a state shows the committed run (`atStart`: it is already drawn); one
 * that cannot be read says why and leaves the page as it is.
 */
async function applyLink(atStart: boolean): Promise<void> {
  const mine = ++links;
  let state: ExplorerState | null;
  try {
    state = await decodeState(location.hash);
  } catch (error) {
    if (!(error instanceof LinkStateError)) throw error;
    return notice(m.linkUnread(error.message, atStart));
  }
  if (mine !== links) return;
  notice(null);
  if (pinned !== null) unpin();
  if (state === null) {
    if (atStart) return;
    // The fragment was removed (edited away, or Back to the link without one): the committed run.
    ++generation;
    yamlBox.value = input.yaml;
    listProblems([]);
    await buildControls(input.yaml);
    show(input.committed, input.yaml);
    setState('committed', m.committed(input.paths, input.seed));
    return;
  }
  const notes: string[] = [];
  const named = scenarioNameIn(state.yaml, input.file);
  const pageName = input.committed.scenario.name;
  if (named !== null && named !== pageName) notes.push(m.linkOtherScenario(named, pageName));
  changedAt = performance.now();
  if (state.pinned !== null) {
    yamlBox.value = state.pinned;
    await runCurrent();
    // A newer fragment (Back pressed twice) took over while the pinned scenario ran.
    if (mine !== links) return;
    if (handle.state === 'final') {
      changedAt = performance.now();
      pin();
    } else if (handle.state === 'invalid')
      notes.push(m.pinNotRun($('problems').firstElementChild?.textContent ?? ''));
  }
  notice(notes.length > 0 ? notes.join(' ') : null);
  yamlBox.value = state.yaml;
  controlsStale = controlsStale || state.yaml !== input.yaml || !atStart;
  await runCurrent();
}

async function start(): Promise<void> {
  show(input.committed, input.yaml);
  requestAnimationFrame(() => setTimeout(() => (handle.committedMs = performance.now()), 0));
  setState('committed', m.committed(input.paths, input.seed));
  const [data, worker] = await Promise.all([
    page.minesimUnpack('explorer-data'),
    page.minesimUnpack('explorer-worker'),
  ]);
  provideFiles(JSON.parse(data));
  setWorkerSource(worker);
  prewarmWorkers(availableParallelism() - 1);
  await loadUnits();
  yamlBox.value = input.yaml;
  await buildControls(input.yaml);
  wireYamlTools(yamlBox, input.file, () => {
    controlsStale = true;
    schedule();
  });
  $('pin').addEventListener('click', pin);
  $('unpin').addEventListener('click', unpin);
  $('rerun').addEventListener('click', () => schedule());
  // The address bar's fragment edited by hand, or Back and Forward between fragments.
  window.addEventListener('hashchange', () => {
    applyLink(false).catch((error) => console.error(error));
  });
  // The link to the committed view until a state is read (saveState then gives the link to it).
  $<HTMLInputElement>('share').value = location.href.replace(/#.*$/, '');
  await applyLink(true);
}

start().catch((error) => {
  setState('failed', m.startFailed((error as Error).message));
  console.error(error);
});
