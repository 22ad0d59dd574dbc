// Projects over the same test files, by what a test needs (`npm run test:unit`,
// `npm run test:integration`, `npm run test:e2e`; `npm test` runs them all):
// - unit: pure code in-process, no build, a few seconds;
// - integration (and integration-isolated, its files that change the process): in-process runs of
//   the engine, the reports and the studies, and command lines they compare with;
// - e2e: tests that spawn the command line or worker threads (dist/), or need Chromium or Slurm.
// A test file not named in unit or e2e is an integration test, so a new file always runs somewhere.
// Every project extends this file, so the setup file (an empty user data folder for every test
// file) applies to all of them. The timeouts guard against hangs, not speed: on a loaded 2-core
// machine an engine run in a test takes several times its usual second (speed is `npm run bench`),
// and a test file of concurrent command-line spawns took 25 s for one test (two busy loops beside
// other work). So a test or a hook sets a longer timeout where it needs one, never a shorter one;
// hooks (a beforeAll that runs the engine or starts Chromium, an afterAll that closes it) get the
// tests' 60 s, not vitest's 10 s.
//
// How many test files run at once: every core, and at least two. vitest's own default is cores - 1,
// which on CI's 2-core machine ran one file at a time, one core often idle while a file waited on a
// spawned command or Chromium: `npm test` took 1,525 s there one file at a time, 864 s with the unit
// and integration files two at a time and the e2e files one at a time after them, and 730 s with
// every file two at a time (the e2e files' waits on commands and Chromium filled by other files).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, posix, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const unit = [
  'test/cli/output-name.test.ts',
  'test/cli/watch.test.ts',
  'test/data/!(extended-history).test.ts',
  'test/engine/{breakeven,calibrate,covenant-days,fleet-days,kernel,kernel.property,market,network,rng,treasury-lean}.test.ts',
  'test/model/*.test.ts',
  'test/scenario/{document,expression,linear,overrides,schema-sync,units,validate}.test.ts',
  'test/stats/*.test.ts',
  'test/study/vary.test.ts',
];

// Integration files that change what a module or the process holds for the files after them keep
// a process each (the integration-isolated project): those that mock a module (vi.mock), reload
// modules (vi.resetModules), fake the timers, set an environment variable (TZ, say), or send the
// process a signal that src/report/signals.ts holds, and those importing a helper that does so or
// that registers hooks when imported (a shared module is imported once, so its hooks would be the
// first file's alone; test/analyst-questions-2/hand.ts's useScratchFolder() registers its hook in
// the file that calls it instead). They are found by reading the files, so a new one goes there
// without being named; every other integration file shares one module graph (the projects below).
const CHANGES_PROCESS = new RegExp(
  [
    String.raw`vi\.(mock|doMock|resetModules|useFakeTimers|stubEnv|stubGlobal)\(`,
    String.raw`process\.env(\.\w+|\[[^\]]+\])\s*=[^=]`,
    String.raw`delete process\.env`,
    String.raw`process\.(emit|chdir)\(`,
  ].join('|'),
);
/** A hook called at a module's top level, not inside a function the test file calls. */
const HOOK_ON_IMPORT = /^(beforeAll|afterAll|beforeEach|afterEach)\(/m;
/** The test folder's own modules a file imports (`from './x.js'`), as .ts paths from the root. */
const RELATIVE_IMPORT = /from\s+['"](\.{1,2}\/[^'"]+)\.js['"]/g;
const root = fileURLToPath(new URL('.', import.meta.url));
const changesProcess = new Map<string, boolean>();
function needsOwnProcess(file: string): boolean {
  const known = changesProcess.get(file);
  if (known !== undefined) return known;
  changesProcess.set(file, false); // An import cycle adds nothing.
  const path = join(root, file);
  if (!existsSync(path)) return false;
  const text = readFileSync(path, 'utf8');
  const imports = [...text.matchAll(RELATIVE_IMPORT)]
    .map((m) => posix.join(posix.dirname(file), `${m[1]}.ts`))
    .filter((f) => f.startsWith('test/'));
  const own =
    CHANGES_PROCESS.test(text) ||
    (!file.endsWith('.test.ts') && HOOK_ON_IMPORT.test(text)) ||
    imports.some(needsOwnProcess);
  changesProcess.set(file, own);
  return own;
}
const isolated = readdirSync(join(root, 'test'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => `test/${file.split(sep).join('/')}`)
  .filter(needsOwnProcess)
  .sort();

/** Test files at once: every core, and at least two. */
const WORKERS = Math.max(2, availableParallelism() - 1);

const e2e = [
  'test/cli/{catalog,cli,data,has-history,lazy-load,out,sweep-block}.test.ts',
  'test/engine/{cluster-examples,cluster-slurm,determinism,shard,warm-threads,workers}.test.ts',
  'test/invariance/paths-prefix.test.ts',
  'test/report/{browser,chart-thread,kill}.test.ts',
  'test/published-text/terminal.test.ts',
  'test/study/study-pool.test.ts',
  'test/explorer/{browser,edges-browser,page,scenarios-browser}.test.ts',
  'test/report-readers/*browser.test.ts',
  'test/published-words/*browser.test.ts',
];

export default defineConfig({
  test: {
    setupFiles: ['test/setup/data-folder.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    maxWorkers: WORKERS,
    projects: [
      // Unit tests keep no state between files (no mocks of modules, nothing in a module global that
      // a file depends on), so they share one module graph instead of starting a process a file: on
      // a loaded 2-core machine this takes the project from about 39 s to about 11 s.
      { extends: true, test: { name: 'unit', include: unit, isolate: false } },
      // The integration files, but for those that change the process (above), share one module graph
      // too: a file's own imports, hooks and tests still run afresh, and the setup file still runs
      // before each file (its own empty data folder in MINESIM_DATA), but minesim's modules are
      // imported once rather than once a file (about 0.3 s a file, 160 s over the project in CI).
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: [...unit, ...e2e, ...isolated],
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'integration-isolated', include: isolated, exclude: [...unit, ...e2e] },
      },
      { extends: true, test: { name: 'e2e', include: e2e } },
    ],
  },
});
