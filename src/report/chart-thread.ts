// A thread that draws charts' SVGs beside the main thread (chart-worker.ts): `minesim run` starts
// it first, so that loading vega and vega-lite overlaps validating and simulating, and drawing the
// charts overlaps the rest of the output folder (the explorer page, the tables). renderChart hands
// its SVGs here while the thread is running, and draws in-process otherwise: the same code draws
// either way, so the files are the same. The PNGs are rasterised by the thread that asked (resvg
// works on libuv's pool and its PNG encoding is short), so that the chart thread, the longest
// chain of a short run, draws the next SVG meanwhile.
//
// The thread never keeps the process alive on its own: it is unref'd whenever nothing waits on it,
// so a command that ends early (a refused scenario) exits at once.
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TopLevelSpec } from 'vega-lite';

export type ChartRequest = { id: number; spec: TopLevelSpec };
export type ChartReply =
  | { id: number; ok: true; svg: string; warnings: string[] }
  | { id: number; ok: false; message: string; stack?: string };

export interface ThreadSvg {
  svg: string;
  /** vega-lite's and vega's warnings, in the order they came. */
  warnings: string[];
}

/**
 * The thread's entry, which runs chart-worker.ts as the build bundles it (scripts/build-cli.mjs)
 * with its code cache (chart-worker-entry.ts): beside this module in dist/, or in dist/report/
 * when running from src/.
 */
function workerFile(): URL {
  const here = fileURLToPath(import.meta.url);
  const dir = here.endsWith('.ts') ? '../../dist/report/' : './';
  return new URL(`${dir}chart-worker-entry.js`, import.meta.url);
}

interface Waiting {
  resolve: (chart: ThreadSvg) => void;
  reject: (error: Error) => void;
}

let worker: Worker | undefined;
const waiting = new Map<number, Waiting>();
let nextId = 0;
/** Set by endChartThreadWhenDrawn while SVGs are still awaited: the thread ends after the last. */
let endWhenDrawn = false;

function fail(error: Error): void {
  worker = undefined;
  for (const w of waiting.values()) w.reject(error);
  waiting.clear();
}

/** Starts the chart thread (once): it loads the chart libraries now and draws when asked. */
export function startChartThread(): void {
  if (worker) return;
  const thread = new Worker(workerFile());
  thread.on('message', (reply: ChartReply) => {
    const w = waiting.get(reply.id);
    if (!w) return;
    waiting.delete(reply.id);
    if (waiting.size === 0) thread.unref();
    if (waiting.size === 0 && endWhenDrawn) endThread(thread);
    if (reply.ok) w.resolve({ svg: reply.svg, warnings: reply.warnings });
    else w.reject(Object.assign(new Error(reply.message), { stack: reply.stack ?? reply.message }));
  });
  thread.on('error', fail);
  thread.on('exit', (code) => {
    if (worker === thread) fail(new Error(`the chart thread stopped (exit code ${code})`));
  });
  // After the listeners: adding a 'message' listener refs the thread again.
  thread.unref();
  worker = thread;
}

/**
 * Draws `spec` as an SVG on the chart thread, after the specs sent before it; undefined when the
 * thread is not running (draw in-process).
 */
export function svgOnThread(spec: TopLevelSpec): Promise<ThreadSvg> | undefined {
  const thread = worker;
  if (!thread) return undefined;
  const id = nextId++;
  if (waiting.size === 0) thread.ref();
  return new Promise<ThreadSvg>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    thread.postMessage({ id, spec } satisfies ChartRequest);
  });
}

/**
 * Ends the chart thread once the SVGs already asked for are back (now, if none is awaited): for a
 * process that asks for no more charts, such as `minesim run` without --watch. A thread's heap takes
 * tens of milliseconds to free, which the process would otherwise spend at its exit, after its
 * last output; ended here, the thread frees it while the PNGs and files are made. A chart asked
 * for later is drawn in-process.
 */
export function endChartThreadWhenDrawn(): void {
  const thread = worker;
  if (!thread) return;
  if (waiting.size === 0) endThread(thread);
  else endWhenDrawn = true;
}

function endThread(thread: Worker): void {
  endWhenDrawn = false;
  // Cleared first, so that the thread's exit is not taken for a failure.
  if (worker === thread) worker = undefined;
  thread.terminate().catch(() => undefined);
}

/** Whether the chart thread runs (started, and neither ended nor failed). */
export function chartThreadRunning(): boolean {
  return worker !== undefined;
}

/** Ends the chart thread, if one runs: renderChart draws its SVGs in-process again. */
export async function stopChartThread(): Promise<void> {
  const thread = worker;
  worker = undefined;
  await thread?.terminate();
}
