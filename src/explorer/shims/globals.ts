// What the bundled Node code expects of its globals, in the explorer page: Node's own exp, log,
// log10, expm1, log1p and pow (fdlibm.ts, fdlibm-1p.ts, fdlibm-pow.ts: the same bits as the
// command line; the engine raises powers through Math.pow, src/model/power.ts), setImmediate (the
// pool yields to worker replies between chunks) and Buffer.byteLength / Buffer.from(...).toString
// (the scenario reader measures its text). Imported first by the page's entry and the worker's.
/// <reference lib="dom" />
import { exp, log, log10 } from '../fdlibm.js';
import { expm1, log1p } from '../fdlibm-1p.js';
import { pow } from '../fdlibm-pow.js';

Math.exp = exp;
Math.log = log;
Math.log10 = log10;
Math.expm1 = expm1;
Math.log1p = log1p;
Math.pow = pow;

const scope = globalThis as unknown as Record<string, unknown>;

if (typeof scope.setImmediate !== 'function') {
  // A message on a channel runs as its own task, without the 4 ms clamp of nested timeouts.
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  scope.setImmediate = (callback: () => void) => {
    queue.push(callback);
    channel.port2.postMessage(null);
  };
}

if (scope.Buffer === undefined) {
  scope.Buffer = {
    byteLength: (text: string) => new TextEncoder().encode(text).length,
    from: (bytes: Uint8Array) => ({ toString: () => new TextDecoder().decode(bytes) }),
  };
}
