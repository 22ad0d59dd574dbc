#!/usr/bin/env node
// One engine timing in a process of its own: `node bench/engine-alone.mjs <scenario> <paths>
// <workers> [repeats]` prints the best wall milliseconds of `repeats` runs of runMonteCarlo (no
// break-evens, no back-test). bench/run.mjs times the engine this way, so what ran before it in the
// bench's own process (other plans, other code paths) cannot change how V8 compiled the engine.
const [scenarioFile, paths, workers, repeats = '2'] = process.argv.slice(2);
const dist = new URL('../dist/', import.meta.url);
const load = (path) => import(new URL(path, dist).href);
const { validateScenarioFile } = await load('scenario/validate.js');
const { runMonteCarlo } = await load('engine/run/run.js');
const v = await validateScenarioFile(scenarioFile);
if (!v.ok) throw new Error(`${scenarioFile} does not validate`);
let best = Number.POSITIVE_INFINITY;
for (let i = 0; i < Number(repeats); i++) {
  const t = performance.now();
  await runMonteCarlo(v.scenario, {
    paths: Number(paths),
    workers: Number(workers),
    breakEvenPaths: 0,
    withBacktest: false,
    // A run after the first finds the threads warm, as a sweep's or a batch's runs do.
    keepWorkers: true,
  });
  best = Math.min(best, performance.now() - t);
}
console.log(best);
