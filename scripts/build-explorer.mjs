#!/usr/bin/env node
// Bundles the explorer page's scripts with esbuild (run by `npm run build`, after tsc): the page's
// app (src/explorer/app.ts: the scenario schema, the engine and the summary, as the CLI runs them)
// and its Web Worker (src/engine/worker.ts). The Node modules on their path are swapped for the
// browser versions in src/explorer/shims/ (the data files from the page, the pool's threads as Web
// Workers); modules the page never calls (reading files, the report folder) get a stub that throws
// if used. The bundles go to dist/explorer/bundle/, each also gzipped and in base64 as the page
// embeds it, which src/explorer/bundle.ts reads when a run writes explore.html.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const shim = (name) => `${root}src/explorer/shims/${name}.ts`;
const SHIMS = {
  'node:fs': shim('fs'),
  fs: shim('fs'),
  'node:os': shim('os'),
  'node:path': shim('path'),
  'node:url': shim('url'),
  'node:worker_threads': shim('worker-threads'),
  'node:crypto': shim('crypto'),
};
// What the page's code imports from the stubbed modules; each throws if called. util.promisify runs
// when its module loads (src/scenario/read-input.ts): it wraps, and the wrapped function throws.
const STUB_NAMES = [
  'copyFile',
  'link',
  'lstat',
  'mkdir',
  'open',
  'readdir',
  'readFile',
  'realpath',
  'rename',
  'rm',
  'stat',
  'statfs',
  'writeFile',
  'lookup',
  'Socket',
  'createRequire',
  'watch',
  'gzipSync',
  'homedir',
  'randomBytes',
];
const STUB = `const refuse = (name) => () => { throw new Error(name + ' is not available in the explorer page'); };
for (const name of ${JSON.stringify(STUB_NAMES)}) exports[name] = refuse(name);
exports.promisify = (f) => refuse(f.name);`;

const browserModules = {
  name: 'minesim-browser-modules',
  setup(build) {
    build.onResolve({ filter: /^(node:)?[a-z_/]+$/ }, (args) => {
      if (SHIMS[args.path]) return { path: SHIMS[args.path] };
      if (args.path.startsWith('node:') || args.path === 'crypto')
        return { path: args.path, namespace: 'stub' };
      return undefined;
    });
    build.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: STUB, loader: 'js' }));
  },
};

const common = {
  bundle: true,
  // MINESIM_EXPLORER_MINIFY=0 keeps names and lines, for profiling the page.
  minify: process.env.MINESIM_EXPLORER_MINIFY !== '0',
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  write: false,
  legalComments: 'none',
  logLevel: 'error',
  plugins: [browserModules],
  // The data folder is found from each module's URL (src/data/paths.ts): a fixed one here, whose
  // files the fs shim serves from the page.
  define: { 'import.meta.url': '"file:///minesim/dist/explorer/bundle.js"' },
};

const out = `${root}dist/explorer/bundle/`;
await mkdir(out, { recursive: true });
for (const [name, entry] of [
  ['app.js', 'src/explorer/app.ts'],
  ['worker.js', 'src/explorer/worker-entry.ts'],
]) {
  const result = await esbuild.build({ ...common, entryPoints: [`${root}${entry}`] });
  const code = result.outputFiles[0].contents;
  await writeFile(`${out}${name}`, code);
  // As the page embeds it (src/explorer/bundle.ts): packed once here rather than on every run.
  await writeFile(`${out}${name}.gz.b64`, gzipSync(code, { level: 9 }).toString('base64'));
}
