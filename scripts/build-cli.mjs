#!/usr/bin/env node
// Bundles the command line with esbuild (run by `npm run build`, after tsc): dist/cli/main.js and
// dist/cli/quick.js, with what they import, into dist/cli/bundle/, which bin/minesim.mjs runs.
// Node then reads a few files at start-up instead of about 300 modules (each resolved, read and
// compiled on its own). Code that only some commands need stays behind its dynamic import(): each
// command (src/cli/main.ts), the charts' vega, vega-lite and mathjs become chunks of their own,
// loaded when used. The chart thread's code (src/report/chart-worker.ts) is bundled into one
// CommonJS file, dist/report/chart-worker.bundle.cjs, which its entry (chart-worker-entry.ts) runs
// with V8's code cache (src/report/code-cache.ts). `validate` and `run` also get a CommonJS bundle
// each (src/cli/validate-main.ts, run-main.ts), which bin/minesim.mjs runs the same way.
// scripts/code-caches.mjs makes their caches, last in `npm run build` (a run needs the explorer's
// bundle too), after each bundle has done its work once on the flagship. The engine's worker
// threads, the tests and the other scripts keep using dist/ as tsc wrote it.
//
// A module that finds files from its own URL (the data folder, the worker, the explorer's bundle,
// package.json) gets its original place back: `import.meta.url` in a file of dist/ is replaced by
// that file's URL relative to the bundle, so the bundle still works wherever the package is. yargs
// finds its locale files (and the package.json that --version reads) from its own URL too: in its
// files, and in yargs-parser's, the URL is rebuilt at run time from where Node finds yargs. resvg
// (a native addon) stays outside the bundle; any other package that reads `import.meta` stops the
// build.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist/`;
const outdir = `${dist}cli/bundle`;
const EXTERNAL = ['@resvg/resvg-js'];
/** Packages bundled although they read their own URL, which is rebuilt from where yargs is found. */
const FROM_YARGS = ['yargs', 'yargs-parser'];
// yargs' entry as Node finds it from dist/: file URLs of the packages above are made relative to it.
const yargsEntry = createRequire(import.meta.url).resolve('yargs');

/**
 * The plugin that gives each module of dist/ its own URL back, for a bundle written in `bundleDir`
 * as an ES module, or as a CommonJS script (`cjs`: run through node:vm, where import.meta does not
 * exist; the bundle's banner defines minesimBundleUrl and minesimRequire).
 */
const ownPlace = (bundleDir, format = 'esm') => ({
  name: 'minesim-own-place',
  setup(build) {
    build.onLoad({ filter: /\.m?js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta')) return undefined;
      const pkg = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(args.path)?.[1];
      let contents;
      if (args.path.startsWith(dist)) {
        const url = `./${relative(bundleDir, args.path)}`;
        const base = format === 'cjs' ? 'minesimBundleUrl' : 'import.meta.url';
        contents = text.replaceAll('import.meta.url', `new URL(${JSON.stringify(url)}, ${base}).href`);
      } else if (FROM_YARGS.includes(pkg)) {
        // Found as Node's require() finds it (import.meta.resolve needs Node 20.6).
        const url = `./${relative(dirname(yargsEntry), args.path)}`;
        if (format === 'cjs') {
          contents = text
            .replaceAll(
              'import.meta.url',
              `new URL(${JSON.stringify(url)}, minesimRequire('node:url').pathToFileURL(minesimRequire.resolve('yargs'))).href`,
            )
            .replaceAll(
              'import.meta.resolve(config.extends)',
              "(() => { throw new Error('minesim reads no yargs config file'); })()",
            );
        } else {
          contents = `import { createRequire as minesimCreateRequire } from 'node:module';
import { pathToFileURL as minesimPathToFileURL } from 'node:url';
${text.replaceAll(
  'import.meta.url',
  `new URL(${JSON.stringify(url)}, minesimPathToFileURL(minesimCreateRequire(import.meta.url).resolve('yargs'))).href`,
)}`;
        }
      } else {
        return { errors: [{ text: `${args.path} reads import.meta: add its package to EXTERNAL` }] };
      }
      // Besides the URLs above, only yargs' resolution of a config file's `extends` (minesim reads
      // no config file) may read import.meta.
      const other = contents.replaceAll('import.meta.resolve(config.extends)', '');
      if (/import\.meta\.(?!url)/.test(other) || (format === 'cjs' && other.includes('import.meta')))
        return { errors: [{ text: `${args.path} reads import.meta beyond its url` }] };
      return { contents, loader: 'js', resolveDir: dirname(args.path) };
    });
  },
});

// string-width (yargs' help layout, three copies) builds Unicode-property regular expressions and a
// segmenter when its module is evaluated: about 15 ms of every start, for a width only help and
// usage text ask for. Each import of it gets a stand-in that requires the module, so evaluates
// it, on the first call.
const lazyStringWidth = {
  name: 'minesim-lazy-string-width',
  setup(build) {
    build.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.pluginData?.real) return undefined;
      const real = await build.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        pluginData: { real: true },
      });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: real.path, namespace: 'minesim-lazy-string-width' };
    });
    build.onLoad({ filter: /.*/, namespace: 'minesim-lazy-string-width' }, (args) => ({
      contents: `let real;
export default function stringWidth(text, options) {
  real ??= require(${JSON.stringify(args.path)}).default;
  return real(text, options);
}`,
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};

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

// vega-canvas looks for the optional node-canvas package with a top-level await, which a CommonJS
// bundle cannot hold. minesim does not install node-canvas (text is measured by text-metrics.ts,
// images are drawn by resvg), so the lookup always finds nothing: the bundle says so directly.
const noCanvas = {
  name: 'minesim-no-canvas',
  setup(build) {
    build.onLoad({ filter: /[\\/]vega-canvas[\\/]build[\\/]vega-canvas\.node\.js$/ }, () => ({
      contents:
        'export const canvas = () => null, domCanvas = () => null, image = () => null, nodeCanvas = () => null;',
      loader: 'js',
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
const cli = await esbuild.build({
  ...common,
  entryPoints: { main: `${dist}cli/main.js`, quick: `${dist}cli/quick.js` },
  outdir,
  splitting: true,
  chunkNames: 'chunk-[hash]',
  metafile: true,
  plugins: [englishOnlyZod, lazyStringWidth, ownPlace(outdir)],
});
// The chart thread's bundle is run as a script (code-cache.ts), where import.meta does not exist.
const noImportMeta = {
  name: 'minesim-no-import-meta',
  setup(build) {
    build.onLoad({ filter: /\.m?js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      return text.includes('import.meta')
        ? { errors: [{ text: `${args.path} reads import.meta, which the chart thread's bundle cannot` }] }
        : undefined;
    });
  },
};

const chartBundle = `${dist}report/chart-worker.bundle.cjs`;
await rm(`${dist}report/chart-worker.bundle.cache`, { force: true });
await esbuild.build({
  ...common,
  format: 'cjs',
  external: [],
  banner: {},
  entryPoints: [`${dist}report/chart-worker.js`],
  outfile: chartBundle,
  plugins: [noCanvas, noImportMeta],
});
// What the command bundles below leave to other files, so that a start reads and deserialises only
// what it runs: vega and vega-lite (a run draws on the chart thread; in-process, should it have to,
// with the chart thread's bundle: src/report/draw-svg-bundled.ts), and mathjs, which only rarer
// units and expressions load (src/scenario/mathjs-units.ts): a bundle of its own, mathjs.cjs, beside them,
// which the import() of mathjs (a require() in these bundles) reads when it runs.
const MATHJS_BUNDLE = 'mathjs.cjs';
const leaveOut = {
  name: 'minesim-leave-out',
  setup(build) {
    build.onResolve({ filter: /^mathjs$/ }, () => ({ path: `./${MATHJS_BUNDLE}`, external: true }));
    build.onResolve({ filter: /^\.\/draw-svg\.js$/ }, (args) =>
      args.importer === `${dist}report/render.js` ? { path: `${dist}report/draw-svg-bundled.js` } : undefined,
    );
  },
};
await esbuild.build({
  ...common,
  format: 'cjs',
  external: [],
  banner: {},
  // mathjs's ES modules, which the bundles held until now.
  stdin: { contents: "export * from 'mathjs';", resolveDir: dist },
  outfile: `${outdir}/${MATHJS_BUNDLE}`,
});
// `minesim validate` and `minesim run` on command lines of their own (src/cli/validate-main.ts,
// run-main.ts), each one CommonJS file that bin/minesim.mjs runs with V8's code cache like the
// chart thread's: a short check or run then spends its time checking and running, not compiling
// (about 50 ms of CPU either). Not split: a CommonJS bundle holds its dynamic imports (and import()
// of resvg becomes require(), as a script from a code cache cannot import()), except those above.
const commands = await esbuild.build({
  ...common,
  format: 'cjs',
  supported: { 'dynamic-import': false },
  metafile: true,
  banner: {
    js: "const minesimRequire = require;\nconst minesimBundleUrl = require('node:url').pathToFileURL(__filename).href;",
  },
  entryPoints: { validate: `${dist}cli/validate-main.js`, run: `${dist}cli/run-main.js` },
  outdir,
  outExtension: { '.js': '.cjs' },
  plugins: [leaveOut, englishOnlyZod, lazyStringWidth, noCanvas, ownPlace(outdir, 'cjs')],
});
// The command bundles as ASCII text: esbuild escapes every other character in code, but not in a
// comment, and one such character anywhere makes V8 hold the whole source (1.6 MB) two bytes a
// character, to decode, copy and hash at every start. A comment's characters are escaped here.
for (const name of ['validate.cjs', 'run.cjs']) {
  const file = `${outdir}/${name}`;
  const text = await readFile(file, 'utf8');
  const ascii = text
    .split('\n')
    .map((line) =>
      /^\s*\/\//.test(line)
        ? line.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
        : line,
    )
    .join('\n');
  if (ascii !== text) await writeFile(file, ascii);
}
// Which packages each file of the bundle holds, for the tests that check what a command loads
// (test/cli/lazy-load.test.ts): { "chunk-X.js": ["vega", ...] }, by file name.
const held = {};
for (const build of [cli, commands])
  for (const [file, output] of Object.entries(build.metafile.outputs)) {
    const packages = new Set();
    for (const input of Object.keys(output.inputs)) {
      const pkg = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(input)?.[1];
      if (pkg) packages.add(pkg);
    }
    held[file.split('/').at(-1)] = [...packages].sort();
  }
await writeFile(`${dist}cli/bundle-packages.json`, `${JSON.stringify(held, null, 2)}\n`);
