// Worker thread entry: receives the engine setup once, runs path ranges on request, and hands
// back its accumulated histograms when told to finish.
import { parentPort } from 'node:worker_threads';
import type { HistogramSet } from '../stats/histogram.js';
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
    if (request.type === 'finish') {
      const histograms = runner.takeHistograms();
      const transfer = histograms ? [histograms.counts.buffer as ArrayBuffer] : [];
      parentPort?.postMessage({ type: 'histograms', histograms } satisfies WorkerReply, transfer);
      return;
    }
    const result = runner.run(request.from, request.to);
    const transfer = [result.scalars.buffer as ArrayBuffer, result.payback.buffer as ArrayBuffer];
    parentPort?.postMessage({ type: 'done', result } satisfies WorkerReply, transfer);
  } catch (error) {
    const e = error as Error;
    parentPort?.postMessage({ type: 'error', message: e.message, stack: e.stack } satisfies WorkerReply);
  }
});
