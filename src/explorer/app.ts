// The explorer page's script (bundled by scripts/build-explorer.mjs): shows the committed run at
// once, then validates the scenario as the analyst edits it (controls or YAML) and re-runs the
// Monte Carlo progressively on every change. The state lives in the URL fragment.
/// <reference lib="dom" />
import './shims/globals.js';
import { loadCompileInputs } from '../engine/compile/inputs.js';
import { explorerMessages as m } from '../messages/explorer.js';
import type { Scenario } from '../scenario/normalize.js';
import { formatProblem } from '../scenario/problem.js';
import { loadUnits } from '../scenario/units.js';
import { validateScenarioText } from '../scenario/validate.js';
import type { RunSummary } from '../stats/summary.js';
import { drawControls } from './control-view.js';
import { scenarioControls } from './controls.js';
import { decodeState, encodeState } from './fragment.js';
import type { ExplorerInput } from './input.js';
import { drawResult } from './results-view.js';
import { provideFiles } from './shims/fs.js';
import { availableParallelism } from './shims/os.js';
import { prewarmWorkers, setWorkerSource } from './shims/worker-threads.js';
import { runProgressively, type Step } from './simulate.js';
import { type ExplorerView, explorerView } from './view.js';
import { setScenarioValue } from './yaml-edit.js';
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

function show(view: ExplorerView): void {
  handle.view = view;
  drawResult(view, pinned?.view ?? null);
}

async function validate(yaml: string): Promise<Scenario | null> {
  const v = await validateScenarioText(yaml, input.file);
  const problems = $('problems');
  if (v.ok) {
    problems.replaceChildren();
    return v.scenario;
  }
  problems.innerHTML = '';
  for (const p of v.problems) {
    const li = document.createElement('li');
    li.textContent = formatProblem(p);
    problems.append(li);
  }
  return null;
}

/** Validates the YAML now in the box and runs it; a newer call makes any running one stop. */
async function runCurrent(): Promise<void> {
  const mine = ++generation;
  const yaml = yamlBox.value;
  void saveState();
  const scenario = await validate(yaml);
  if (mine !== generation) return;
  if (scenario === null) {
    setState('invalid', m.invalid());
    return;
  }
  if (controlsStale) {
    controlsStale = false;
    await buildControls(yaml);
  }
  const t0 = changedAt;
  const timing = { firstMs: null as number | null, finalMs: null as number | null };
  handle.timings.push(timing);
  setState('running', m.running(input.paths));
  const onStep = (step: Step) => {
    const ms = performance.now() - t0;
    if (timing.firstMs === null) timing.firstMs = ms;
    if (step.final) {
      timing.finalMs = ms;
      handle.summary = step.summary;
    }
    const view = explorerView(step.summary);
    show(view);
    if (!step.final) return setState('partial', m.firstAnswer(step.paths, input.seed, ms));
    const same = yaml === input.yaml && JSON.stringify(view) === JSON.stringify(input.committed);
    setState('final', m.done(step.paths, input.seed, ms, same));
  };
  try {
    await runProgressively({
      scenario,
      paths: input.paths,
      seed: input.seed,
      workers: availableParallelism(),
      onStep,
      onProgress: (done, total) => {
        if (handle.state === 'partial') $('status').textContent = m.refining(done, total);
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
  changedAt = performance.now();
  scheduled = setTimeout(() => {
    scheduled = null;
    runCurrent().catch((error) => console.error(error));
  }, 0);
}

async function saveState(): Promise<void> {
  const edited = yamlBox.value !== input.yaml || pinned !== null;
  const hash = edited ? await encodeState({ yaml: yamlBox.value, pinned: pinned?.yaml ?? null }) : '';
  history.replaceState(null, '', hash === '' ? location.pathname + location.search : hash);
  $<HTMLInputElement>('share').value = location.href;
}

async function buildControls(yaml: string): Promise<void> {
  const v = await validateScenarioText(yaml, input.file);
  if (!v.ok) return;
  const inputs = await loadCompileInputs(v.scenario);
  drawControls($('controls'), scenarioControls(v.scenario, v.doc.value, inputs), (path, value) => {
    yamlBox.value = setScenarioValue(yamlBox.value, path, value);
    schedule();
  });
}

function pin(): void {
  if (handle.view === null) return;
  pinned = { yaml: yamlBox.value, view: handle.view };
  $<HTMLButtonElement>('unpin').disabled = false;
  show(handle.view);
  void saveState();
}

async function start(): Promise<void> {
  show(input.committed);
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
  const state = await decodeState(location.hash);
  yamlBox.value = input.yaml;
  await buildControls(input.yaml);
  wireYamlTools(yamlBox, input.file, () => {
    controlsStale = true;
    schedule();
  });
  $('pin').addEventListener('click', pin);
  $('unpin').addEventListener('click', () => {
    pinned = null;
    $<HTMLButtonElement>('unpin').disabled = true;
    if (handle.view) show(handle.view);
    void saveState();
  });
  $('rerun').addEventListener('click', () => schedule());
  if (state === null) return;
  changedAt = performance.now();
  if (state.pinned !== null) {
    yamlBox.value = state.pinned;
    await runCurrent();
    changedAt = performance.now();
    pin();
  }
  yamlBox.value = state.yaml;
  if (state.yaml !== input.yaml) await buildControls(state.yaml);
  await runCurrent();
}

start().catch((error) => {
  setState('failed', m.startFailed((error as Error).message));
  console.error(error);
});
