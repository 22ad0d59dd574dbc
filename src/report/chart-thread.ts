// Threads that draw charts' SVGs beside the main thread (chart-worker.ts): `minesim run` starts
// them first, so that loading vega and vega-lite overlaps validating and simulating, and drawing
// the charts overlaps the rest of the output folder (the explorer page, the tables). renderChart
// hands its SVGs here while the threads run, and draws in-process otherwise: the same code draws
// either way, so the files are the same. The PNGs are rasterised by the thread that asked (resvg
// works on libuv's pool and its PNG encoding is short), so that the chart threads, the longest
// chain of a short run, draw the next SVGs meanwhile.
//
// A thread never keeps the process alive on its own: it is unref'd whenever it draws nothing, so a
// command that ends early (a refused scenario) exits at once.

import { availableParallelism } from 'node:os';
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

/** A chart thread and the request it is drawing, if any: each draws one SVG at a time. */
interface ChartThread {
  worker: Worker;
  drawing: number | undefined;
}

let threads: ChartThread[] = [];
/** Requests not yet handed to a thread, first asked first. */
const queue: ChartRequest[] = [];
const waiting = new Map<number, Waiting>();
let nextId = 0;

/**
 * Chart threads to start: two where there are two cores. A run's five SVGs take about half a
 * second of one core, the biggest (price and difficulty) about half of that, so two threads halve
 * the wait; a third would mostly pay vega's warm-up again.
 */
function threadCount(): number {
  return Math.min(2, availableParallelism());
}

function fail(error: Error): void {
  const stopped = threads;
  threads = [];
  queue.length = 0;
  for (const w of waiting.values()) w.reject(error);
  waiting.clear();
  for (const t of stopped) void t.worker.terminate();
}

/** Hands queued requests to idle threads; a thread is ref'd only while it draws. */
function dispatch(): void {
  for (const t of threads) {
    if (t.drawing !== undefined) continue;
    const request = queue.shift();
    if (!request) {
      t.worker.unref();
      continue;
    }
    t.drawing = request.id;
    t.worker.ref();
    t.worker.postMessage(request);
  }
}

function startThread(): ChartThread {
  const t: ChartThread = { worker: new Worker(workerFile()), drawing: undefined };
  t.worker.on('message', (reply: ChartReply) => {
    t.drawing = undefined;
    const w = waiting.get(reply.id);
    waiting.delete(reply.id);
    dispatch();
    if (!w) return;
    if (reply.ok) w.resolve({ svg: reply.svg, warnings: reply.warnings });
    else w.reject(Object.assign(new Error(reply.message), { stack: reply.stack ?? reply.message }));
  });
  t.worker.on('error', fail);
  t.worker.on('exit', (code) => {
    if (threads.includes(t)) fail(new Error(`the chart thread stopped (exit code ${code})`));
  });
  // After the listeners: adding a 'message' listener refs the thread again.
  t.worker.unref();
  return t;
}

/** Starts the chart threads (once): they load the chart libraries now and draw when asked. */
export function startChartThread(): void {
  if (threads.length > 0) return;
  threads = Array.from({ length: threadCount() }, startThread);
}

/**
 * Draws `spec` as an SVG on a chart thread, as soon as one is free, after the specs asked for
 * before it; undefined when no chart thread runs (draw in-process).
 */
export function svgOnThread(spec: TopLevelSpec): Promise<ThreadSvg> | undefined {
  if (threads.length === 0) return undefined;
  const id = nextId++;
  return new Promise<ThreadSvg>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    queue.push({ id, spec });
    dispatch();
  });
}

/** Ends the chart threads, if they run: renderChart draws its SVGs in-process again. */
export async function stopChartThread(): Promise<void> {
  const stopped = threads;
  threads = [];
  await Promise.all(stopped.map((t) => t.worker.terminate()));
}
