// Runs a CommonJS bundle with V8's code cache. Node 20 compiles an ES module's source every time
// it loads (a compile cache for modules came in Node 22), and compiles each function again when it
// first runs; a script compiled through node:vm can instead take, and make, V8's code cache: the
// bytecode of the whole file and of every function that had run when the cache was made. The chart
// thread's bundle (vega and vega-lite, 2 MB; chart-worker-entry.ts) and the command lines of
// `validate` and `run` (bin/minesim.mjs) are loaded this way, with caches the build makes after
// each has done its work once on the flagship (scripts/code-caches.mjs), so that a short check or
// run spends its time working rather than compiling.
//
// V8 checks a cache against its own version, its flags and the source, and rejects one that does
// not match (another Node, a rebuilt bundle): the script then compiles as usual, only slower.
// The bundle must not import() anything (Node 20 loses a script's import() callback when the
// script comes from a code cache): scripts/build-cli.mjs bundles each whole, with require() for
// the native addon it leaves outside.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/** The chart thread's bundle and its code cache, in dist/report/ (scripts/build-cli.mjs writes them). */
export const CHART_BUNDLE = 'chart-worker.bundle.cjs';
export const CHART_CODE_CACHE = 'chart-worker.bundle.cache';

export interface CachedBundle {
  /** What the bundle exports (`module.exports`). */
  exports: Record<string, unknown>;
  /** The compiled script, whose createCachedData() makes the cache. */
  script: Script;
  /** Whether V8 refused the cache; undefined when there was none to read. */
  cacheRejected: boolean | undefined;
}

/** Reads `cacheFile`, or undefined when there is none (the bundle then compiles as usual). */
function readCache(cacheFile: string): Buffer | undefined {
  try {
    return readFileSync(cacheFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Compiles and runs the CommonJS bundle `file` in this thread, with the code cache `cacheFile` if any. */
export function runCachedBundle(file: string, cacheFile: string): CachedBundle {
  const source = readFileSync(file, 'utf8');
  const cachedData = readCache(cacheFile);
  // The wrapper Node gives a CommonJS module, on one line so that the bundle's line numbers hold.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  const module = { exports: {} as Record<string, unknown> };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    script,
    cacheRejected: cachedData ? script.cachedDataRejected : undefined,
  };
}
