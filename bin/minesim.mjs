#!/usr/bin/env node
// Entry point of the `minesim` command. It runs the compiled CLI, bundled into dist/cli/bundle/ by
// scripts/build-cli.mjs, which `npm install` runs (the package's `prepare` script builds).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

const bundle = new URL('../dist/cli/bundle/', import.meta.url);
if (!existsSync(fileURLToPath(new URL('main.js', bundle)))) {
  process.stderr.write(
    'minesim: dist/ is missing; run `npm install` (or `npm run build`) in the checkout first.\n',
  );
  process.exit(1);
}
const args = process.argv.slice(2);

// A reader that stops reading early (`minesim schema | head`) closes the pipe: what was left to print
// is dropped and the command finishes (its output folder written), with its own exit code, instead
// of Node's unhandled EPIPE with a stack trace and exit 1 (test/cli/closed-pipe.test.ts).
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
  });

/**
 * The V8 flags of the build's code caches (scripts/code-caches.mjs), when this Node would take them:
 * the same V8 and the same command-line flags; undefined otherwise. Without its cache a command's
 * bundle compiles slower than main.js's split modules.
 */
function fittingCacheFlags() {
  try {
    const made = JSON.parse(readFileSync(new URL('code-cache.json', bundle), 'utf8'));
    const fit =
      made.v8 === process.versions.v8 &&
      JSON.stringify(made.execArgv) === JSON.stringify(process.execArgv) &&
      made.nodeOptions === (process.env.NODE_OPTIONS ?? '');
    return fit ? (made.v8Flags ?? []) : undefined;
  } catch {
    // No record of the caches (a build that made none): main.js, which needs none, does the same.
    return undefined;
  }
}

const cacheFlags = args[0] === 'validate' || args[0] === 'run' ? fittingCacheFlags() : undefined;
if (args[0] === 'quote') {
  // A quote loads only what it needs (src/cli/quick.ts), to answer within a second.
  const { quickMain } = await import(new URL('quick.js', bundle).href);
  await quickMain(args);
} else if (cacheFlags) {
  // A check or a run starts from a bundle of its own with V8's code cache (src/cli/validate-main.ts,
  // src/cli/run-main.ts, src/report/code-cache.ts): nothing of it is compiled again. The caches
  // were made under the flags of a short command (fewer functions optimised, since the process ends
  // before most optimised code would pay), which V8 needs set again to take them.
  for (const flag of cacheFlags) setFlagsFromString(flag);
  const { runCachedBundle } = await import(new URL('../../report/code-cache.js', bundle).href);
  const at = (name) => fileURLToPath(new URL(name, bundle));
  const { exports } = runCachedBundle(at(`${args[0]}.cjs`), at(`${args[0]}.cache`));
  await exports.main(args);
} else {
  const { main } = await import(new URL('main.js', bundle).href);
  await main(args);
}
