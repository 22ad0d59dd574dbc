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

parentPort?.on('message', (request: WorkerRequest) => {
  try {
    if (request.type === 'setup') {
      runner = new ChunkRunner(request.setup);
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
