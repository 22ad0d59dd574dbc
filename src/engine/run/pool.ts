// Runs path ranges on worker threads (compiled JS, so this works under any runner), or inline
// when one worker is asked for. Results are handed back per chunk, in completion order; the
// caller's merge is order-independent, so the worker count never changes a result.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { HistogramSet } from '../../stats/histogram.js';
import { type ChunkResult, ChunkRunner, type EngineSetup } from './chunk.js';
import type { WorkerReply, WorkerRequest } from './worker.js';

/** The compiled worker: beside this file in dist/, or dist/engine/run/worker.js when running from src/. */
function workerFile(): URL {
  const here = fileURLToPath(import.meta.url);
  return here.endsWith('.ts')
    ? new URL('../../../dist/engine/run/worker.js', import.meta.url)
    : new URL('./worker.js', import.meta.url);
}

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Splits [from, to) into chunks small enough to balance the workers and report progress. Sizes
 * shrink as the queue drains (a share of what is left, at least 64 paths), so the threads finish
 * together: with two chunks in flight per worker, equal large chunks left the main thread idle
 * for up to two of them at the end.
 */
export function chunkRanges(from: number, to: number, workers: number): [number, number][] {
  const out: [number, number][] = [];
  for (let a = from; a < to; ) {
    const size = Math.max(64, Math.min(2_000, Math.ceil((to - a) / (workers * 6))));
    const b = Math.min(to, a + size);
    out.push([a, b]);
    a = b;
  }
  return out;
}

/**
 * Threads a finished run of this process left idle, nothing in flight: the next run takes them
 * warm (their modules loaded, their day loops compiled) where starting a thread costs a run about
 * 0.3 s, its module loading and its first paths in V8's slower tiers. A sweep or a batch, a run a
 * point or a file, so starts its threads once (run.ts RunOptions.keepWorkers; a single run ends
 * its threads, whose idle heaps would count in its peak memory). Unreferenced while idle, so they
 * never keep the process alive; one that exits while idle leaves the list.
 */
const idle: Worker[] = [];

/** How many threads are idle now, for tests. */
export function idleWorkers(): number {
  return idle.length;
}

/**
 * Starts `count` worker threads ahead of their work, idle ones first, so their module loading
 * overlaps the caller's own setup (compiling the plan, the pilot). Give them back with stopWorkers.
 */
export function startWorkers(count: number): Worker[] {
  const threads = idle.splice(0, Math.max(0, count));
  for (const t of threads) {
    t.removeAllListeners('exit');
    t.removeAllListeners('error');
    t.ref();
  }
  while (threads.length < count) threads.push(new Worker(workerFile()));
  return threads;
}

/**
 * Gives the threads back: to the idle list when the run finished with each of them (its last
 * reply, the histograms, came back: nothing is in flight), else terminated (a failed or cancelled
 * run may have chunks in flight, whose replies must not reach a later run).
 */
export async function stopWorkers(threads: Worker[], finished = false): Promise<void> {
  if (!finished) {
    await Promise.all(threads.map((t) => t.terminate()));
    return;
  }
  for (const t of threads) {
    // The run's own listeners, by name: the thread's internal ones (which reference its port while
    // a 'message' listener is on) must stay.
    for (const event of ['message', 'error', 'exit']) t.removeAllListeners(event);
    t.unref();
    // An idle thread runs nothing; should it fail all the same, it leaves the list, unreported.
    t.on('error', () => {});
    t.once('exit', () => {
      const at = idle.indexOf(t);
      if (at >= 0) idle.splice(at, 1);
    });
    idle.push(t);
  }
}

/**
 * Runs the ranges on the main thread (already warm from the pilot) and `threads`: the main thread
 * takes chunks from the same queue as the worker threads, each of which keeps two chunks in flight
 * so it never waits on the main thread. Each chunk's result goes to `onResult` as it completes; each
 * thread's histograms (accumulated over all its chunks) go to `onHistograms` once, at the end.
 * `runner` is the main thread's: the one that ran the pilot, so that its workspaces serve the whole
 * run (see accumulateWith in run.ts); a new one when none is given. `first`, when given, runs on
 * the main thread once the worker threads have their first chunks, before its own (run.ts counts
 * the pilot paths there).
 */
export async function runChunks(
  setup: EngineSetup,
  ranges: [number, number][],
  threads: Worker[],
  onResult: (result: ChunkResult) => void,
  onHistograms: (histograms: HistogramSet) => void,
  runner: ChunkRunner = new ChunkRunner(setup),
  first?: (runner: ChunkRunner) => void,
): Promise<void> {
  const queue = ranges.slice();
  const done = threads.map((worker) => feedWorker(worker, setup, queue, onResult, onHistograms));
  // The main thread's own work before its first chunk, once the workers have theirs.
  first?.(runner);
  for (let range = queue.shift(); range; range = queue.shift()) {
    onResult(runner.run(range[0], range[1]));
    // Let worker replies in, so their next chunks go out while this thread works.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const histograms = runner.takeHistograms();
  if (histograms) onHistograms(histograms);
  await Promise.all(done);
}

const IN_FLIGHT = 2;

function feedWorker(
  worker: Worker,
  setup: EngineSetup,
  queue: [number, number][],
  onResult: (result: ChunkResult) => void,
  onHistograms: (histograms: HistogramSet) => void,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let pending = 0;
    const send = () => {
      const range = queue.shift();
      if (range) {
        pending++;
        worker.postMessage({ type: 'chunk', from: range[0], to: range[1] } satisfies WorkerRequest);
      } else if (pending === 0) worker.postMessage({ type: 'finish' } satisfies WorkerRequest);
    };
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'error') {
        const error = new Error(`worker failed: ${reply.message}`);
        error.stack = reply.stack;
        reject(error);
        return;
      }
      if (reply.type === 'histograms') {
        if (reply.histograms) onHistograms(reply.histograms);
        resolve();
        return;
      }
      pending--;
      onResult(reply.result);
      send();
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`worker exited with code ${code}`));
    });
    worker.postMessage({ type: 'setup', setup } satisfies WorkerRequest);
    for (let i = 0; i < IN_FLIGHT; i++) send();
  });
}
