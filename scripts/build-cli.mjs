#!/usr/bin/env node
// Bundles the command line with esbuild (run by `npm run build`, after tsc): dist/cli/main.js and
// dist/cli/quick.js, with what they import, into dist/cli/bundle/, which bin/minesim.mjs runs.
// Node then reads a few files at start-up instead of about 300 modules (each resolved, read and
// compiled on its own). Code that only some commands need stays behind its dynamic import(): each
// command (src/cli/main.ts), the charts' vega, vega-lite and mathjs become chunks of their own,
// loaded when used. The chart thread's entry (src/report/chart-thread.ts) is bundled the same way,
// into dist/report/chart-worker.bundle.js. The engine's worker threads, the tests and the other
// scripts keep using dist/ as tsc wrote it.
//
// A module that finds files from its own URL (the data folder, the worker, the explorer's bundle,
// package.json) gets its original place back: `import.meta.url` in a file of dist/ is replaced by
// that file's URL relative to the bundle, so the bundle still works wherever the package is.
// yargs (which finds its locale files that way inside node_modules) and resvg (a native addon)
// stay outside the bundle; any other package that reads `import.meta` stops the build.
import { readFile, rm } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist/`;
const outdir = `${dist}cli/bundle`;
const EXTERNAL = ['yargs', 'yargs/*', '@resvg/resvg-js'];

/** The plugin that gives each module of dist/ its own URL back, for a bundle written in `bundleDir`. */
const ownPlace = (bundleDir) => ({
  name: 'minesim-own-place',
  setup(build) {
    build.onLoad({ filter: /\.m?js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta')) return undefined;
      if (!args.path.startsWith(dist))
        return { errors: [{ text: `${args.path} reads import.meta: add its package to EXTERNAL` }] };
      const url = `./${relative(bundleDir, args.path)}`;
      const contents = text.replaceAll(
        'import.meta.url',
        `new URL(${JSON.stringify(url)}, import.meta.url).href`,
      );
      if (contents.includes('import.meta.') && /import\.meta\.(?!url)/.test(contents))
        return { errors: [{ text: `${args.path} reads import.meta beyond its url` }] };
      return { contents, loader: 'js', resolveDir: dirname(args.path) };
    });
  },
});

// zod's classic API re-exports every one of its locales (z.locales: 366 kB, a fifth of what
// `validate` loads). minesim writes its own messages and never reads z.locales; zod itself uses
// English (locales/en.js, imported on its own), which stays.
const englishOnlyZod = {
  name: 'minesim-english-only-zod',
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: "export { default as en } from './en.js';",
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};

const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  // CommonJS packages in the bundle (seedrandom) call require() for Node's own modules.
  banner: {
    js: "import { createRequire as minesimRequire } from 'node:module';\nconst require = minesimRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
};

await rm(outdir, { recursive: true, force: true });
await esbuild.build({
  ...common,
  entryPoints: { main: `${dist}cli/main.js`, quick: `${dist}cli/quick.js` },
  outdir,
  splitting: true,
  chunkNames: 'chunk-[hash]',
  plugins: [englishOnlyZod, ownPlace(outdir)],
});
await esbuild.build({
  ...common,
  entryPoints: [`${dist}report/chart-worker.js`],
  outfile: `${dist}report/chart-worker.bundle.js`,
  plugins: [englishOnlyZod, ownPlace(`${dist}report`)],
});
