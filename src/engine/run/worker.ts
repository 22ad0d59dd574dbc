// Worker thread entry: receives the engine setup once, runs path ranges on request, and hands
// back its accumulated histograms when told to finish.
import { parentPort } from 'node:worker_threads';
import type { HistogramSet } from '../../stats/histogram.js';
import { type ChunkResult, ChunkRunner, type EngineSetup } from './chunk.js';

export type WorkerRequest =
  | { type: 'setup'; setup: EngineSetup }
  | { type: 'chunk'; from: number; to: number }
  | { type: 'finish' };
export type WorkerReply =
  | { type: 'done'; result: ChunkResult }
  | { type: 'histograms'; histograms: HistogramSet | null }
  | { type: 'error'; message: string; stack?: string };

let runner: ChunkRunner | null = null;

/**
 * Rebuilds structured-cloned data as ordinary object literals. Objects that arrive through
 * postMessage can come out in V8's slow dictionary mode, and the kernel reads plan fields every
 * day: with fast objects a worker runs as fast as the main thread.
 */
function fastCopy<T>(value: T): T {
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return value;
  if (Array.isArray(value)) return value.map(fastCopy) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = fastCopy((value as Record<string, unknown>)[key]);
  return out as T;
}

parentPort?.on('message', (request: WorkerRequest) => {
  try {
    if (request.type === 'setup') {
      runner = new ChunkRunner(fastCopy(request.setup));
      return;
    }
    if (!runner) throw new Error('worker received a request before its setup');
    // Results are copied, never transferred: the first ArrayBuffer a thread detaches makes V8 check
    // every typed-array access in its optimized code for detachment from then on, which slowed the
    // worker's paths by a fifth (48 against 40 us a path); the copy costs well under 1 ms a chunk.
    if (request.type === 'finish') {
      const histograms = runner.takeHistograms();
      // The run is over: its workspaces go, so a thread kept idle for a later run holds nothing.
      runner = null;
      parentPort?.postMessage({ type: 'histograms', histograms } satisfies WorkerReply);
      return;
    }
    const result = runner.run(request.from, request.to);
    parentPort?.postMessage({ type: 'done', result } satisfies WorkerReply);
  } catch (error) {
    const e = error as Error;
    parentPort?.postMessage({ type: 'error', message: e.message, stack: e.stack } satisfies WorkerReply);
  }
});
