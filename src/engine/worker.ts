// Worker thread entry: receives the engine setup once, then runs path ranges on request.
import { parentPort } from 'node:worker_threads';
import { type ChunkResult, ChunkRunner, type EngineSetup } from './chunk.js';

export type WorkerRequest =
  | { type: 'setup'; setup: EngineSetup }
  | { type: 'chunk'; from: number; to: number };
export type WorkerReply =
  | { type: 'done'; result: ChunkResult }
  | { type: 'error'; message: string; stack?: string };

let runner: ChunkRunner | null = null;

parentPort?.on('message', (request: WorkerRequest) => {
  try {
    if (request.type === 'setup') {
      runner = new ChunkRunner(request.setup);
      return;
    }
    if (!runner) throw new Error('worker received a chunk before its setup');
    const result = runner.run(request.from, request.to);
    const transfer: ArrayBuffer[] = [
      result.scalars.buffer as ArrayBuffer,
      result.payback.buffer as ArrayBuffer,
    ];
    if (result.histograms) transfer.push(result.histograms.counts.buffer as ArrayBuffer);
    parentPort?.postMessage({ type: 'done', result } satisfies WorkerReply, transfer);
  } catch (error) {
    const e = error as Error;
    parentPort?.postMessage({ type: 'error', message: e.message, stack: e.stack } satisfies WorkerReply);
  }
});
