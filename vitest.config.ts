// Three projects over the same test files, by what a test needs (`npm run test:unit`,
// `npm run test:integration`, `npm run test:e2e`; `npm test` runs all three):
// - unit: pure code in-process, no build, a few seconds;
// - integration: in-process runs of the engine, the reports and the studies;
// - e2e: tests that spawn the command line or worker threads (dist/), or need Chromium or Slurm.
// A test file not named in unit or e2e is an integration test, so a new file always runs somewhere.
// Every project extends this file, so the setup file (an empty user data folder for every test
// file) applies to all three. The timeouts guard against hangs, not speed: on a loaded 2-core
// machine an engine run in a test takes several times its usual second (speed is `npm run bench`),
// and a test file of concurrent command-line spawns took 25 s for one test (two busy loops beside
// other work). So a test or a hook sets a longer timeout where it needs one, never a shorter one;
// hooks (a beforeAll that runs the engine or starts Chromium, an afterAll that closes it) get the
// tests' 60 s, not vitest's 10 s. On 2 cores vitest runs one test file at a time (its default of
// cores - 1 workers), which leaves the other core to the engine's worker threads and spawned commands.
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

const e2e = [
  'test/cli/{catalog,cli,data,has-history,lazy-load,out,sweep-block}.test.ts',
  'test/engine/{cluster-examples,cluster-slurm,determinism,shard,warm-threads,workers}.test.ts',
  'test/invariance/paths-prefix.test.ts',
  'test/report/{browser,chart-thread,kill}.test.ts',
  'test/published-text/terminal.test.ts',
  'test/study/study-pool.test.ts',
  'test/explorer/{browser,edges-browser,page,scenarios-browser}.test.ts',
  'test/report-readers/*browser.test.ts',
];

export default defineConfig({
  test: {
    setupFiles: ['test/setup/data-folder.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      // Unit tests keep no state between files (no mocks of modules, nothing in a module global that
      // a file depends on), so they share one module graph instead of starting a process a file: on
      // a loaded 2-core machine this takes the project from about 39 s to about 11 s.
      { extends: true, test: { name: 'unit', include: unit, isolate: false } },
      {
        extends: true,
        test: { name: 'integration', include: ['test/**/*.test.ts'], exclude: [...unit, ...e2e] },
      },
      { extends: true, test: { name: 'e2e', include: e2e } },
    ],
  },
});
