// node:worker_threads in the explorer page: the engine's pool (src/engine/pool.ts) starts and
// stops its threads with `new Worker(file)` and `terminate()`; here each is a Web Worker running
// the page's worker bundle (the same src/engine/worker.ts), made from a blob, since a page opened
// from disk cannot load a worker from a file. Web Workers stay warm between runs: a thread the
// pool stops with nothing in flight goes back to an idle list, so the next run starts on compiled
// code rather than on a cold start; one stopped mid-run (a cancelled run) is terminated.
/// <reference lib="dom" />
import { isRunCancelled } from '../cancel.js';

type Listener = (value: never) => void;

let workerUrl: string | null = null;
const idle: globalThis.Worker[] = [];

/** The worker bundle's source; every Web Worker is made from it. */
export function setWorkerSource(source: string): void {
  workerUrl = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
}

function freshWebWorker(): globalThis.Worker {
  if (workerUrl === null) throw new Error('the explorer started a worker before its source was set');
  return new globalThis.Worker(workerUrl);
}

/** Starts `count` Web Workers ahead of the first run, so their start-up overlaps the page's. */
export function prewarmWorkers(count: number): void {
  while (idle.length < count) idle.push(freshWebWorker());
}

export class Worker {
  private readonly listeners: Record<string, Listener[]> = { message: [], error: [], exit: [] };
  private readonly web: globalThis.Worker;
  /** Requests sent whose reply has not come back (chunks and the finish). */
  private outstanding = 0;
  private dead = false;

  constructor(_file: URL | string) {
    this.web = idle.pop() ?? freshWebWorker();
    this.web.onmessage = (event: MessageEvent) => this.dispatch(event.data);
    this.web.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      this.emit('error', new Error(event.message));
    };
  }

  on(event: string, listener: Listener): this {
    this.listeners[event] ??= [];
    this.listeners[event].push(listener);
    return this;
  }

  /** The engine's pool parks a thread between runs (pool.ts stopWorkers) as a Node thread. */
  removeAllListeners(event?: string): this {
    if (event === undefined) for (const key of Object.keys(this.listeners)) this.listeners[key] = [];
    else this.listeners[event] = [];
    return this;
  }

  once(event: string, listener: Listener): this {
    // Only a parked thread's 'exit' is listened to once; a Web Worker reports no exit.
    if (event !== 'exit') throw new Error(`the explorer's worker shim has no once('${event}')`);
    void listener;
    return this;
  }

  ref(): void {}

  unref(): void {}

  postMessage(message: { type: string }): void {
    if (this.dead) return;
    if (message.type !== 'setup') this.outstanding++;
    this.web.postMessage(message);
  }

  terminate(): Promise<number> {
    this.web.onmessage = null;
    this.web.onerror = null;
    if (!this.dead && this.outstanding === 0) idle.push(this.web);
    else this.web.terminate();
    this.dead = true;
    return Promise.resolve(0);
  }

  private dispatch(data: unknown): void {
    this.outstanding--;
    for (const listener of this.listeners.message) {
      try {
        listener(data as never);
      } catch (error) {
        // The run was cancelled: the main thread stops it at its own next chunk; this thread's
        // work is abandoned (its promise in the pool stays pending and is dropped with the run).
        if (!isRunCancelled(error)) throw error;
        this.web.terminate();
        this.dead = true;
        return;
      }
    }
  }

  private emit(event: string, value: unknown): void {
    for (const listener of this.listeners[event] ?? []) listener(value as never);
  }
}

/** A dedicated worker's global scope (the DOM library types `self` as a window). */
function workerScope(): {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: unknown): void;
} {
  return self as unknown as ReturnType<typeof workerScope>;
}

/** Inside a Web Worker: the page, as worker.ts expects its parent port. */
export const parentPort =
  typeof document === 'undefined' && typeof self !== 'undefined'
    ? {
        on(_event: 'message', listener: (value: never) => void) {
          workerScope().onmessage = (event: MessageEvent) => listener(event.data as never);
        },
        postMessage(message: unknown) {
          workerScope().postMessage(message);
        },
      }
    : null;

export default { Worker, parentPort };
