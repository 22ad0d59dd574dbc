#!/usr/bin/env node
// minesim's benchmark: prints figures, asserts nothing. Run with `npm run bench` (it builds
// first). Each figure is the best of a few repetitions, so a busy machine inflates it less.
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
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
const { expInScratch, expScratch } = await load('model/wasm/exp-simd.js');
const { positiveSlots, weeklyCheckpoints, SERIES_COUNT } = await load('engine/kernel/checkpoints.js');
const { presentValueAndRate } = await load('model/finance/irr.js');
const { addValuesBatched, createHistogramSet, createValueBatch, flushValueBatch } =
  await load('stats/histogram.js');
const { pilotRanges } = await load('stats/pilot-range.js');
const { runMonteCarlo } = await load('engine/run/run.js');
const { STOCHASTIC_SCENARIO, endToEnd, stochasticFloor } = await import('./stochastic.mjs');
const { benchCohorts } = await import('./cohorts.mjs');
const { benchBooks } = await import('./books.mjs');
const { benchStartup } = await import('./startup.mjs');
const { networkModelSchema } = await load('model/market/network/registry.js');

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const scenarioFile = new URL('../scenarios/north-korea-2017-s9.yaml', import.meta.url).pathname;
const validation = await validateScenarioFile(scenarioFile);
if (!validation.ok) throw new Error('flagship scenario does not validate');
const scenario = validation.scenario;
const inputs = await loadCompileInputs(scenario);
const plan = compilePlan(scenario, inputs);
const market = compileMarket(scenario, plan, inputs);
const days = plan.days;
const cores = availableParallelism();
const rows = [];
const formatRow = ({ name, value, unit, note }) =>
  `${name.padEnd(46)} ${String(value).padStart(10)} ${unit.padEnd(14)} ${note}`.trimEnd();
const report = (name, value, unit, note = '') => {
  rows.push({ name, value, unit, note });
  console.log(formatRow(rows.at(-1)));
};
const best = async (repeats, fn) => {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeats; i++) {
    const t = performance.now();
    await fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
};

console.log(
  `minesim bench: flagship ${scenario.name}, ${days} days, ${plan.cohorts.length} cohort(s), ${cores} cores, Node ${process.version}\n`,
);

// 1. The kernel alone: one fleet over a fixed market path, seeded failures, metrics and IRR. The
// flagship's network draws no random numbers, so (as in the engine) it is stepped once.
{
  const mw = createMarketWorkspace(market);
  const key = runKey(1);
  const [a, b, c, f] = [new Rng(), new Rng(), new Rng(), new Rng()];
  fillMarketPath(market, mw, a, b, c);
  const ws = createKernelWorkspace(plan);
  const n = 4000;
  simulatePath(plan, mw.path, ws, f);
  const ms = await best(3, () => {
    for (let k = 0; k < n; k++) {
      f.reset(key, k, 4);
      simulatePath(plan, mw.path, ws, f, true);
    }
  });
  report('kernel (fleet + cash + metrics + IRR)', ((ms * 1e6) / (n * days)).toFixed(1), 'ns/path-day');
}

// 1b. The books (financing and tax, engine/kernel/books.ts): the kernel with a loan and tax
// against the same kernel without them, in turns (bench/books.mjs; alone: node bench/books.mjs).
await benchBooks({ load, report });

// 2. The floor: the same random numbers (a normal a day for the price; failures take a few uniforms
// a path, left out), drawn the engine's way (an array fill), and a GBM step with its exps taken the
// engine's way (model/wasm/exp-simd.ts, one pass over the day's exponents), nothing else.
const paths = Number(args.get('paths') ?? 20_000);
let floorNs;
{
  const key = runKey(1);
  const price = new Rng();
  const drift = market.price.driftPerDay;
  const vol = market.price.volPerSqrtDay;
  const out = new Float64Array(days);
  const shocks = new Float64Array(days);
  let sink = 0;
  const ms = await best(3, () => {
    for (let k = 0; k < paths; k++) {
      price.reset(key, k, 1);
      price.fillNormals(shocks, 1, days);
      const scratch = expScratch(days);
      for (let d = 1; d < days; d++) scratch[d] = drift + vol * shocks[d];
      expInScratch(1, days);
      let p = market.price.startUsd;
      for (let d = 1; d < days; d++) {
        p *= scratch[d];
        out[d] = p;
      }
      sink += out[days - 1];
    }
  });
  floorNs = (ms * 1e6) / (paths * days);
  report('floor (same draws + GBM step)', floorNs.toFixed(1), 'ns/path-day', sink > 0 ? '' : '?');
}

// 3. The full engine in this thread: market paths, kernel, checkpoints, histograms, summary.
// Each timing in a fresh process (bench/engine-alone.mjs): run here, after the kernel and books
// parts, the engine inherits V8's feedback from their plans and can come out half as fast again.
const engineAlone = (file, workers, n, repeats = 2) => {
  const out = execFileSync(process.execPath, [
    new URL('./engine-alone.mjs', import.meta.url).pathname,
    file,
    String(n),
    String(workers),
    String(repeats),
  ]);
  return Number(String(out).trim());
};
const engine = async (workers, n, repeats = 2) => engineAlone(scenarioFile, workers, n, repeats);
{
  const ms = await engine(1, paths);
  const ns = (ms * 1e6) / (paths * days);
  report('full engine, 1 worker', ns.toFixed(1), 'ns/path-day', `${paths.toLocaleString('en-US')} paths`);
  report('full engine / floor', (ns / floorNs).toFixed(2), 'x', 'goal: within 2x');
}

// 3b. Where the time goes: the parts of the engine, each timed alone on the same 2,000 different
// paths in this thread (they add up to a little less than the full engine, which also carries
// per-path bookkeeping).
{
  const n = 2000;
  const key = runKey(7);
  const [a, b, c, f] = [new Rng(), new Rng(), new Rng(), new Rng()];
  const mw = createMarketWorkspace(market);
  const prices = Array.from({ length: n }, () => new Float64Array(days));
  const marketMs = await best(3, () => {
    for (let k = 0; k < n; k++) {
      a.reset(key, k, 1);
      b.reset(key, k, 2);
      c.reset(key, k, 3);
      fillMarketPath(market, mw, a, b, c);
      prices[k].set(mw.path.priceUsd);
    }
  });
  const checkpoints = weeklyCheckpoints(days);
  const ws = createKernelWorkspace(plan, { checkpoints });
  const slots = SERIES_COUNT * checkpoints.length;
  const flows = Array.from({ length: n }, () => new Float64Array(days));
  const values = Array.from({ length: n }, () => new Float64Array(slots));
  const path = { ...mw.path };
  const kernelMs = await best(3, () => {
    for (let k = 0; k < n; k++) {
      path.priceUsd = prices[k];
      f.reset(key, k, 4);
      simulatePath(plan, path, ws, f, k > 0);
      flows[k].set(ws.cashFlowUsd);
      values[k].set(ws.checkpointValues);
    }
  });
  const out = new Float64Array(2);
  const irrMs = await best(3, () => {
    for (let k = 0; k < n; k++) presentValueAndRate(flows[k], days, plan.discountPerDay, 365, out);
  });
  // The ranges, and which slots are binned by ratio or by signed log, as the engine fixes them from its first 256 paths.
  const pilot = new Float64Array(256 * slots);
  for (let k = 0; k < 256; k++) pilot.set(values[k], k * slots);
  const [lo, hi, ratio] = pilotRanges(pilot, 256, slots, positiveSlots(checkpoints.length));
  // The flagship's last three series (a fixed network's difficulty, an always-on shut-down share,
  // the equity's net position without financing) are the same on every path: the engine counts
  // them once, not path by path.
  const binned = (SERIES_COUNT - 3) * checkpoints.length;
  const binnedValues = values.map((v) => v.subarray(0, binned));
  const histogramMs = await best(3, () => {
    const h = createHistogramSet(SERIES_COUNT, checkpoints.length, lo, hi, ratio);
    const batch = createValueBatch(binned);
    for (let k = 0; k < n; k++) addValuesBatched(h, binnedValues[k], batch);
    flushValueBatch(h, batch);
  });
  const per = (ms) => ((ms * 1e6) / (n * days)).toFixed(1);
  report('  part: market path (normals, GBM walk)', per(marketMs), 'ns/path-day');
  report('  part: kernel (day loop, metrics, IRR)', per(kernelMs), 'ns/path-day');
  report('  part:   of which the IRR and NPV', per(irrMs), 'ns/path-day');
  report(
    '  part: timeline histograms',
    per(histogramMs),
    'ns/path-day',
    `${SERIES_COUNT - 3} series x ${checkpoints.length} weeks`,
  );
}

// 3c. The GARCH-t price path alone (a t draw a day from a normal and a gamma, the variance
// recursion), and the GBM price fill beside it on the same paths, for scale.
{
  const { priceModel } = await load('model/market/price/registry.js');
  const v = market.price.volPerSqrtDay ** 2;
  const garch = {
    type: 'garch-t',
    startUsd: market.price.startUsd,
    driftPerDay: 0,
    omega: v * 0.05,
    alpha: 0.15,
    beta: 0.8,
    nu: 4,
    startVariance: v,
    maxVariance: 25 * v,
  };
  const mw = createMarketWorkspace(market);
  const rng = new Rng();
  const key = runKey(7);
  const n = 2000;
  const time = (plan) =>
    best(3, () => {
      const model = priceModel(plan.type);
      for (let k = 0; k < n; k++) {
        rng.reset(key, k, 1);
        model.fill(plan, market, mw, rng);
      }
    });
  const per = (ms) => ((ms * 1e6) / (n * days)).toFixed(1);
  report('  part: GARCH-t price path (t draws, variance)', per(await time(garch)), 'ns/path-day');
  report('  part: GBM price path, same paths', per(await time(market.price)), 'ns/path-day');
}

// 3c. The market path with the endogenous network (model/market/network/endogenous.ts): the
// flagship's GBM price and fees, and a network that steps the chain's difficulty day by day.
{
  const n = 2000;
  const key = runKey(7);
  const [a, b, c] = [new Rng(), new Rng(), new Rng()];
  const endogenous = {
    ...scenario,
    network: { ...scenario.network, model: networkModelSchema.parse({ type: 'endogenous' }) },
  };
  const endoMarket = compileMarket(endogenous, plan, inputs);
  const mw = createMarketWorkspace(endoMarket);
  const ms = await best(3, () => {
    for (let k = 0; k < n; k++) {
      a.reset(key, k, 1);
      b.reset(key, k, 2);
      c.reset(key, k, 3);
      fillMarketPath(endoMarket, mw, a, b, c);
    }
  });
  report(
    '  market path, endogenous network',
    ((ms * 1e6) / (n * days)).toFixed(1),
    'ns/path-day',
    'price + fees + network stepping the chain',
  );
}

// 4. The headline goal, 100,000 paths x 5 years: wall time on all cores, and the speed-up over one
// thread at that size (small runs mostly measure the workers' start-up and JIT warm-up). Best of
// two each: on a shared machine a single run now and then loses a tenth to a neighbour. The second
// run of a process finds its worker threads warm (engine/run/pool.ts keeps them, as a sweep or a
// batch does), so the process's first run, its threads started cold, is printed too.
{
  const n = Number(args.get('big') ?? 100_000);
  const all = await engine(cores, n, 2);
  report(
    `${n.toLocaleString('en-US')} paths x ${days} days, ${cores} workers`,
    (all / 1000).toFixed(2),
    's wall',
    'goal: < 3 s',
  );
  const cold = await engine(cores, n, 1);
  report(`  the same, a process's first run (threads cold)`, (cold / 1000).toFixed(2), 's wall');
  const one = await engine(1, n, 2);
  report(
    `speed-up at ${n.toLocaleString('en-US')} paths, 1 -> ${cores} workers`,
    (one / all).toFixed(2),
    'x',
    'goal: >= 1.8x on 2 cores',
  );
}

// 4b. A stochastic network (bench/stochastic-s9.yaml, the numpy peer's model): the engine on one
// worker against the floor of that model, then minesim end to end on all cores against the numpy
// peer (bench/peer/numpy_peer.py), each a whole process, in this run, side by side.
{
  const v = await validateScenarioFile(STOCHASTIC_SCENARIO);
  if (!v.ok) throw new Error('bench/stochastic-s9.yaml does not validate');
  const sInputs = await loadCompileInputs(v.scenario);
  const sPlan = compilePlan(v.scenario, sInputs);
  const sMarket = compileMarket(v.scenario, sPlan, sInputs);
  const sDays = sPlan.days;
  const floor = await stochasticFloor({ load, best, market: sMarket, days: sDays, paths });
  report('stochastic network: floor (same draws + steps)', floor.toFixed(1), 'ns/path-day');
  const ms = engineAlone(STOCHASTIC_SCENARIO, 1, paths);
  const ns = (ms * 1e6) / (paths * sDays);
  report(
    'stochastic network: engine, 1 worker',
    ns.toFixed(1),
    'ns/path-day',
    `${paths.toLocaleString('en-US')} paths`,
  );
  report('stochastic network: engine / floor', (ns / floor).toFixed(2), 'x', 'goal: within 2x');
  const n = Number(args.get('big') ?? 100_000);
  const e2e = endToEnd({ paths: n });
  const label = `${n.toLocaleString('en-US')} paths x ${sDays} days`;
  report(
    `minesim run, ${label}, ${cores} workers`,
    e2e.minesim.toFixed(2),
    's wall',
    'end to end, every output',
  );
  if (e2e.missing) report('numpy peer', 'n/a', '', e2e.missing);
  else {
    report(`numpy peer, ${label}, 1 core`, e2e.peer.toFixed(2), 's wall', 'end to end (python3 + numpy)');
    report('minesim / numpy peer', (e2e.minesim / e2e.peer).toFixed(2), 'x', 'goal: <= 0.5');
  }
}

// 4c. Many cohorts: 1,000 cohorts of one machine, bought on consecutive days (bench/cohorts.mjs).
await benchCohorts({ load, best, report, paths: Number(args.get('cohort-paths') ?? 10_000), cores });

// 4d. Start-up: validate and a 10-path run, whole processes.
benchStartup({ report, scenario: scenarioFile });

// 5. Charts: render every chart of a run (Vega-Lite -> SVG -> PNG).
try {
  const { renderAllCharts } = await load('report/render.js');
  const result = await runMonteCarlo(scenario, { paths: 2000, workers: cores });
  await renderAllCharts(result.summary);
  const ms = await best(3, () => renderAllCharts(result.summary));
  report('render all charts of a run', ms.toFixed(0), 'ms', 'goal: < 1000 ms');
} catch (error) {
  report('render all charts of a run', 'n/a', '', String(error.message ?? error));
}

// 6. Memory: a million paths (slow; only with --million). Peak resident memory of the process,
// worker threads included.
if (args.has('million')) {
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  const t = performance.now();
  await runMonteCarlo(scenario, { paths: 1_000_000, workers: cores, withBacktest: false });
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  report(
    '1,000,000 paths: peak resident memory',
    (peak / 1048576).toFixed(0),
    'MiB',
    `goal: < 1024 MiB; ${((performance.now() - t) / 1000).toFixed(0)} s wall`,
  );
}

// 7. With --save, the figures also go to output/bench.txt (written whole, then renamed into place),
// the record the README's performance table is read from.
if (args.has('save')) {
  const { writeFileSync, renameSync } = await import('node:fs');
  const { cpus } = await import('node:os');
  const file = new URL('../output/bench.txt', import.meta.url);
  const lines = [
    `minesim bench, ${new Date().toISOString().slice(0, 10)}: flagship ${scenario.name}, ${days} days; ` +
      `${cores} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}`,
    '',
    ...rows.map(formatRow),
  ];
  const temp = new URL(`../output/.tmp-bench-${process.pid}.txt`, import.meta.url);
  writeFileSync(temp, `${lines.join('\n')}\n`);
  renameSync(temp, file);
  console.log(`\nwritten: output/bench.txt`);
}
