#!/usr/bin/env node
// Makes the code cache of the chart thread's bundle (src/report/code-cache.ts), run by
// scripts/build-cli.mjs once the bundle is built: it runs the flagship scenario at 10 paths, draws
// its charts with the bundle, then saves V8's cache of the bundle, which then holds the bytecode
// of every function that drawing a run's charts runs. A `minesim run` then starts drawing at once
// instead of compiling vega and vega-lite as it goes. The cache is for the Node that built it;
// another Node rejects it and compiles as usual.
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist/`;
const { CHART_BUNDLE, CHART_CODE_CACHE, runCachedBundle } = await import(`${dist}report/code-cache.js`);
const { loadScenario } = await import(`${dist}cli/scenario-input.js`);
const { runMonteCarlo } = await import(`${dist}engine/run/run.js`);
const { chartEvents } = await import(`${dist}report/chart-events.js`);
const { buildCharts } = await import(`${dist}report/charts/index.js`);

const bundle = `${dist}report/${CHART_BUNDLE}`;
const cache = `${dist}report/${CHART_CODE_CACHE}`;
rmSync(cache, { force: true });
const { scenario } = await loadScenario(`${root}scenarios/north-korea-2017-s9.yaml`);
const { summary } = await runMonteCarlo(scenario, { paths: 10, workers: 1, chartEvents });
const loaded = runCachedBundle(bundle, cache);
const warnings = [];
for (const chart of buildCharts(summary)) await loaded.exports.drawSvg(chart.spec, (m) => warnings.push(m));
if (warnings.length > 0) throw new Error(`drawing the flagship's charts warned: ${warnings.join('; ')}`);
writeFileSync(cache, loaded.script.createCachedData());
