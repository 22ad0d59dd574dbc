// The bench's many-cohorts part: bench/stochastic-s9.yaml with its one machine replaced by 1,000
// cohorts of one S9, bought on 1,000 consecutive days (failures, wear and uptime as the
// flagship's), so a path holds 1.33 million cohort-days.
import { readFileSync } from 'node:fs';
import { STOCHASTIC_SCENARIO } from './stochastic.mjs';

const COHORTS = 1000;

/** The scenario's text: the stochastic bench scenario with 1,000 cohorts. */
export function cohortsScenarioText() {
  const start = Date.UTC(2017, 4, 17);
  const rows = Array.from({ length: COHORTS }, (_, i) => {
    const day = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
    return `  - { model: Antminer S9, count: 1, unitPrice: 2000 USD, purchased: ${day}, failureRate: 8 %, degradation: 3 %, uptime: 90 % }`;
  });
  const base = readFileSync(STOCHASTIC_SCENARIO, 'utf8');
  return base
    .replace(/^fleet:\n(?: {2}.*\n)+/m, `fleet:\n${rows.join('\n')}\n`)
    .replace('name: bench-stochastic-s9', 'name: bench-1000-cohorts');
}

/**
 * Nanoseconds per cohort-day of the kernel on that scenario (market path, network, fleet, cash and
 * metrics of each path, random failures), and the wall time of a whole run of `paths` paths on all
 * cores (break-evens of the first 200 paths included, as `minesim run` does).
 */
export async function benchCohorts({ load, best, report, paths, cores }) {
  const { validateScenarioText } = await load('scenario/validate.js');
  const { compilePlan } = await load('engine/compile/compile.js');
  const { compileMarket } = await load('engine/compile/market-plan.js');
  const { loadCompileInputs } = await load('engine/compile/inputs.js');
  const { createMarketWorkspace, fillMarketPath } = await load('engine/kernel/market-path.js');
  const { simulatePath } = await load('engine/kernel/kernel.js');
  const { createKernelWorkspace } = await load('engine/kernel/workspace.js');
  const { Rng, runKey } = await load('engine/random/rng.js');
  const { runMonteCarlo } = await load('engine/run/run.js');
  const v = await validateScenarioText(cohortsScenarioText(), 'bench 1,000 cohorts');
  if (!v.ok) throw new Error(`1,000-cohort scenario: ${v.problems[0].message}`);
  const inputs = await loadCompileInputs(v.scenario);
  const plan = compilePlan(v.scenario, inputs);
  const market = compileMarket(v.scenario, plan, inputs);
  let cohortDays = 0;
  for (const c of plan.cohorts) cohortDays += plan.days - Math.max(Math.ceil(c.deployDay), 0);
  const mw = createMarketWorkspace(market);
  const ws = createKernelWorkspace(plan);
  const key = runKey(3);
  const [a, b, c, f] = [new Rng(), new Rng(), new Rng(), new Rng()];
  const n = 40;
  const ms = await best(3, () => {
    for (let k = 0; k < n; k++) {
      a.reset(key, k, 1);
      b.reset(key, k, 2);
      c.reset(key, k, 3);
      f.reset(key, k, 4);
      fillMarketPath(market, mw, a, b, c);
      simulatePath(plan, mw.path, ws, f);
    }
  });
  report(
    `${COHORTS.toLocaleString('en-US')} cohorts: kernel`,
    ((ms * 1e6) / (n * cohortDays)).toFixed(1),
    'ns/cohort-day',
    `goal: <= 5; ${(cohortDays / 1e6).toFixed(2)} M cohort-days a path`,
  );
  const t = performance.now();
  await runMonteCarlo(v.scenario, { paths, workers: cores, withBacktest: false });
  report(
    `${COHORTS.toLocaleString('en-US')} cohorts x ${paths.toLocaleString('en-US')} paths, ${cores} workers`,
    ((performance.now() - t) / 1000).toFixed(1),
    's wall',
    'goal: < 60 s (break-evens of 200 paths included)',
  );
}
