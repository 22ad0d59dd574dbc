// What the bundled Node code expects of its globals, in the explorer page: Node's own exp and log
// (fdlibm.ts: the same bits as the command line), setImmediate (the pool yields to worker replies
// between chunks) and Buffer.byteLength / Buffer.from(...).toString (the scenario reader measures
// its text). Imported first by the page's entry and the worker's.
/// <reference lib="dom" />
import { installNodeMath } from '../fdlibm.js';

installNodeMath();

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
