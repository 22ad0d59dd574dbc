#!/usr/bin/env node
// The kernel with hosting contracts on: the flagship's fleet over one fixed market path, as in
// `npm run bench`'s kernel row, with no contract and then with a revenue share whose waterfall
// flips at capex recovery, curtailment credits and a metered fee, in turns, best of five each.
// The figure includes the IRR search, which takes longer on flows whose IRR is far below zero (a
// 30-50 % share makes the flagship lose money): on such a path it can take twice the time of the
// uncontracted one, most of the gap. Prints figures, asserts nothing. Run `npm run build` first.
import { performance } from 'node:perf_hooks';

const dist = new URL('../dist/', import.meta.url);
const load = (path) => import(new URL(path, dist).href);
const { validateScenarioFile } = await load('scenario/validate.js');
const { compilePlan } = await load('engine/compile/compile.js');
const { compileMarket } = await load('engine/compile/market-plan.js');
const { loadCompileInputs } = await load('engine/compile/inputs.js');
const { createMarketWorkspace, fillMarketPath } = await load('engine/kernel/market-path.js');
const { simulatePath } = await load('engine/kernel/kernel.js');
const { createKernelWorkspace } = await load('engine/kernel/workspace.js');
const { Rng, runKey } = await load('engine/random/rng.js');
const { NO_CONTRACT } = await load('model/hosting.js');

const scenarioFile = new URL('../scenarios/north-korea-2017-s9.yaml', import.meta.url).pathname;
const validation = await validateScenarioFile(scenarioFile);
if (!validation.ok) throw new Error('flagship scenario does not validate');
const scenario = validation.scenario;
const inputs = await loadCompileInputs(scenario);
const off = compilePlan(scenario, inputs);
const capex = off.cohorts.reduce((sum, c) => sum + c.capexUsd, 0);
const on = {
  ...off,
  contract: {
    ...NO_CONTRACT,
    siteShare: 0.3,
    siteShareAfter: 0.5,
    recoverUsd: capex,
    meteredUsdPerKwDay: 0.2,
    creditUsdPerKwDay: 0.05,
  },
};
const market = compileMarket(scenario, off, inputs);
const days = off.days;
const mw = createMarketWorkspace(market);
const key = runKey(1);
const [a, b, c, f] = [new Rng(), new Rng(), new Rng(), new Rng()];
fillMarketPath(market, mw, a, b, c);
const n = 4000;
const time = (plan) => {
  const ws = createKernelWorkspace(plan);
  simulatePath(plan, mw.path, ws, f);
  const t = performance.now();
  for (let k = 0; k < n; k++) {
    f.reset(key, k, 4);
    simulatePath(plan, mw.path, ws, f, true);
  }
  return ((performance.now() - t) * 1e6) / (n * days);
};
const best = { off: Number.POSITIVE_INFINITY, on: Number.POSITIVE_INFINITY };
for (let r = 0; r < 5; r++) {
  best.off = Math.min(best.off, time(off));
  best.on = Math.min(best.on, time(on));
}
console.log(`kernel, no contract                          ${best.off.toFixed(1)} ns/path-day`);
console.log(`kernel, revenue-share waterfall + credits    ${best.on.toFixed(1)} ns/path-day`);
console.log(`ratio                                        ${(best.on / best.off).toFixed(2)} x`);
