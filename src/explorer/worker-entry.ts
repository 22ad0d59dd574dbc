// The explorer's Web Worker: the engine's own worker (src/engine/worker.ts), with the globals
// the bundled Node code expects.
import './shims/globals.js';
import '../engine/run/worker.js';
