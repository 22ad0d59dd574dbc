#!/usr/bin/env node
// Makes the V8 code caches of the bundles that run through node:vm (src/report/code-cache.ts),
// last in `npm run build`, once everything they use (the explorer's bundle too) is built. Each bundle first does its work once on the
// flagship, so that its cache holds the bytecode of every function that work runs:
// - the chart thread's bundle draws the charts of a 10-path run of the flagship;
// - `minesim validate` (dist/cli/bundle/validate.cjs) checks the flagship;
// - `minesim run` (dist/cli/bundle/run.cjs) runs the flagship at 10 paths into a temporary folder.
// A cache is for the Node that built it; another Node rejects it and compiles as usual. Without its
// cache a command's bundle (one file) compiles slower than the split ES modules of main.js, so
// bin/minesim.mjs takes the bundles only under the V8 and the flags recorded in
// dist/cli/bundle/code-cache.json, written last.
//
// The caches are made under the V8 flags of a short command (SHORT_COMMAND_FLAGS below), which
// bin/minesim.mjs sets again before it runs a cached bundle: V8 takes a cache only under the flags
// it was made with.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist/`;
const flagship = `${root}scenarios/north-korea-2017-s9.yaml`;
const { CHART_BUNDLE, CHART_CODE_CACHE, runCachedBundle } = await import(`${dist}report/code-cache.js`);

/**
 * How many times V8's default "interrupt budget" a short command runs with. V8 optimises a function
 * with TurboFan, on background threads, once the function has run through that budget of bytecode.
 * In a 10-path run of the flagship that was about 0.45 s of CPU (a third of the whole, on a 2-core
 * machine competing with the chart thread and resvg) for functions of vega, vega-lite and the
 * summary that run only a few more times before the process ends. Eight times the budget leaves
 * about 0.12 s of it and costs the main thread and the chart thread about 20 ms each; a long run's
 * hot loops still get optimised, a few milliseconds later (its engine workers share the flag).
 * The flag is set once Node runs (v8.setFlagsFromString), which is safe for a value V8 reads when
 * it uses it, as this one; not for flags that shape V8's threads or heap (--single-threaded-gc,
 * set so, crashed V8 in its next garbage collection), which must not be added here.
 */
const BUDGET_FACTOR = 8;

/** The flags of a short command: the budget above, if this V8 has the flag (else none). */
function shortCommandFlags() {
  const options = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout ?? '';
  const budget = /default: --interrupt-budget=(\d+)\b/.exec(options);
  return budget ? [`--interrupt-budget=${Number(budget[1]) * BUDGET_FACTOR}`] : [];
}
const SHORT_COMMAND_FLAGS = shortCommandFlags();
for (const flag of SHORT_COMMAND_FLAGS) setFlagsFromString(flag);

/** Runs `bundle` without a cache, lets `work` use its exports, then saves its cache as `cache`. */
async function makeCache(bundle, cache, work) {
  rmSync(cache, { force: true });
  const loaded = runCachedBundle(bundle, cache);
  await work(loaded.exports);
  writeFileSync(cache, loaded.script.createCachedData());
}

/** Runs a command line's `main` with its output kept aside; throws with that output if it fails. */
async function quietly(main, args) {
  let output = '';
  const keep = (chunk) => {
    output += String(chunk);
    return true;
  };
  const [out, err] = [process.stdout.write, process.stderr.write];
  process.stdout.write = keep;
  process.stderr.write = keep;
  try {
    await main(args);
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
  if (process.exitCode) throw new Error(`minesim ${args.join(' ')} exited ${process.exitCode}:\n${output}`);
}

const { loadScenario } = await import(`${dist}cli/scenario-input.js`);
const { runMonteCarlo } = await import(`${dist}engine/run/run.js`);
const { chartEvents } = await import(`${dist}report/chart-events.js`);
const { buildCharts } = await import(`${dist}report/charts/index.js`);
await makeCache(`${dist}report/${CHART_BUNDLE}`, `${dist}report/${CHART_CODE_CACHE}`, async ({ drawSvg }) => {
  const { scenario } = await loadScenario(flagship);
  const { summary } = await runMonteCarlo(scenario, { paths: 10, workers: 1, chartEvents });
  const warnings = [];
  for (const chart of buildCharts(summary)) await drawSvg(chart.spec, (m) => warnings.push(m));
  if (warnings.length > 0) throw new Error(`drawing the flagship's charts warned: ${warnings.join('; ')}`);
});

const bundles = `${dist}cli/bundle/`;
rmSync(`${bundles}code-cache.json`, { force: true });
await makeCache(`${bundles}validate.cjs`, `${bundles}validate.cache`, ({ main }) =>
  quietly(main, ['validate', flagship]),
);
const out = mkdtempSync(join(tmpdir(), 'minesim-code-cache-'));
try {
  await makeCache(`${bundles}run.cjs`, `${bundles}run.cache`, ({ main }) =>
    quietly(main, ['run', flagship, '--paths=10', `--out=${join(out, 'run')}`]),
  );
} finally {
  rmSync(out, { recursive: true, force: true });
}

// What V8 checks a cache against, as bin/minesim.mjs can see it before compiling anything, and the
// flags it sets before running a cached bundle.
const record = {
  v8: process.versions.v8,
  execArgv: process.execArgv,
  nodeOptions: process.env.NODE_OPTIONS ?? '',
  v8Flags: SHORT_COMMAND_FLAGS,
};
writeFileSync(`${bundles}code-cache.json`, `${JSON.stringify(record)}\n`);
