#!/usr/bin/env node
// Peak memory of a run of many paths: run it under `/usr/bin/time -v` (its "Maximum resident set
// size" covers the worker threads too, which live in this process) after `npm run build`:
//   /usr/bin/time -v node bench/memory.mjs --paths=10000000 [--horizon=30]
// The flagship scenario on all cores, nothing written. --horizon (days) shortens the run: what a
// run keeps per path (its outcomes) does not depend on the horizon, only the weekly histograms do.
import { availableParallelism } from 'node:os';

const dist = new URL('../dist/', import.meta.url);
const load = (path) => import(new URL(path, dist).href);
const { validateScenarioFile } = await load('scenario/validate.js');
const { runMonteCarlo } = await load('engine/run/run.js');

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const paths = Number(args.get('paths') ?? 10_000_000);
const file = new URL('../scenarios/north-korea-2017-s9.yaml', import.meta.url).pathname;
// A shortened run drops the claims, whose payback times would lie past its horizon.
const sets = args.has('horizon') ? [`horizon=${args.get('horizon')} days`, 'claims=[]'] : [];
const { parseOverrides } = await load('scenario/overrides.js');
const v = await validateScenarioFile(file, parseOverrides(sets).overrides);
if (!v.ok) throw new Error(`flagship scenario does not validate: ${v.problems[0].message}`);
const t = performance.now();
const result = await runMonteCarlo(v.scenario, {
  paths,
  workers: availableParallelism(),
  withBacktest: false,
});
console.log(
  `${paths.toLocaleString('en-US')} paths x ${result.plan.days} days in ${((performance.now() - t) / 1000).toFixed(1)} s; ` +
    `P(payback <= 2 years) ${result.summary.headline.paybackWithin2y?.p ?? 'past the horizon'}`,
);
