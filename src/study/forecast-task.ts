// One unit of the study's work, run on any thread: the forecast of one coin, start and market
// model at every horizon at once (one run of the longest horizon, read on each horizon's last
// day), or the actual outcome replayed on the history. Path k of a forecast depends only on
// (seed, start, k), so the thread a task runs on never changes its numbers.

import { loadCatalog } from '../data/catalog.js';
import { historicalPath } from '../engine/backtest/history-path.js';
import { compilePlan } from '../engine/compile/compile.js';
import { loadCompileInputs } from '../engine/compile/inputs.js';
import { compileMarket } from '../engine/compile/market-plan.js';
import type { MarketPlan } from '../engine/compile/market-types.js';
import type { MarketPath, SimulationPlan } from '../engine/compile/plan.js';
import { seriesStart } from '../engine/kernel/checkpoints.js';
import { simulatePath } from '../engine/kernel/kernel.js';
import { createMarketWorkspace, fillMarketPath, type MarketWorkspace } from '../engine/kernel/market-path.js';
import * as M from '../engine/kernel/workspace.js';
import {
  Rng,
  runKey,
  STREAM_FEES,
  STREAM_FLEET,
  STREAM_NETWORK,
  STREAM_PRICE,
} from '../engine/random/rng.js';
import type { Coin } from '../model/coins/index.js';
import { cohortCapexUsd } from '../model/finance/capex.js';
import type { Scenario } from '../scenario/normalize.js';
import type { StudyModel } from './study-models.js';
import { buildStudyScenario, mainstreamMachine } from './walk-forward.js';

/** The forecast quantities, each read on a horizon's last day. */
export const QUANTITIES = ['price', 'hashrate', 'hashprice', 'net'] as const;
export type Quantity = (typeof QUANTITIES)[number];

export interface ForecastTask {
  coin: Coin;
  start: string;
  model: StudyModel;
  /** Ascending; the run lasts the longest. */
  horizons: number[];
  paths: number;
  seed: string;
}

/** Values of one quantity on each horizon's last day: `[horizon index][path]`. */
export type HorizonValues = Float64Array[];

export interface ForecastSample {
  /** Per quantity (QUANTITIES order). */
  values: HorizonValues[];
}

export interface Actual {
  machine: string;
  capexUsd: number;
  /** Per quantity, the value on the start day (NaN for the net position: its scale is the capex). */
  atStart: number[];
  /** Per quantity, the value on each horizon's last day. */
  values: number[][];
}

/**
 * The seed of every run from one start: models share it (common random numbers, so the models'
 * forecasts of one start differ by their models, not by their noise), starts do not.
 */
export function startSeed(seed: string | number, start: string): string {
  return `${seed}/${start}`;
}

const capexOf = (s: Scenario) => s.fleet.reduce((sum, c) => sum + cohortCapexUsd(c), 0);

/** Reads the four quantities of a path just run into `out[q][h][k]`. */
function readPath(
  path: MarketPath,
  w: M.KernelWorkspace,
  days: Int32Array,
  out: (Float64Array | number[])[][],
  k: number,
): void {
  const c = days.length;
  const v = w.checkpointValues;
  for (let h = 0; h < c; h++) {
    out[0][h][k] = path.priceUsd[days[h]];
    out[1][h][k] = path.networkHashrateHs[days[h]];
    out[2][h][k] = v[seriesStart('hashpriceUsd', c) + h];
    out[3][h][k] = v[seriesStart('netUsd', c) + h];
  }
}

/** Last-day indices of the horizons, and the scenario of the longest. */
async function setUp(task: Pick<ForecastTask, 'coin' | 'start' | 'model' | 'horizons'>) {
  const longest = task.horizons[task.horizons.length - 1];
  const s = await buildStudyScenario(task.start, task.model, longest, task.coin);
  return { s, days: Int32Array.from(task.horizons, (h) => h - 1) };
}

/** The ex-ante Monte Carlo forecast of one task: every quantity at every horizon, path by path. */
export async function runForecast(task: ForecastTask): Promise<ForecastSample> {
  const { s, days } = await setUp(task);
  const inputs = await loadCompileInputs(s);
  const plan = compilePlan(s, inputs);
  const market = compileMarket(s, plan, inputs);
  const kernel = M.createKernelWorkspace(plan, { checkpoints: days });
  const w = createMarketWorkspace(market);
  const values = Array.from({ length: 4 }, () =>
    Array.from({ length: days.length }, () => new Float64Array(task.paths)),
  );
  eachPath(task, plan, market, w, kernel, (k) => readPath(w.path, kernel, days, values, k));
  return { values };
}

/**
 * Runs paths 0 .. task.paths - 1 of `plan` on `market`, each from its own streams as the engine's
 * chunk runner draws them (no antithetic pairs here), and calls `visit` after each, with the path
 * in `w` and its days in `kernel`.
 */
function eachPath(
  task: Pick<ForecastTask, 'start' | 'paths' | 'seed'>,
  plan: SimulationPlan,
  market: MarketPlan,
  w: MarketWorkspace,
  kernel: M.KernelWorkspace,
  visit: (k: number) => void,
): void {
  const key = runKey(startSeed(task.seed, task.start));
  const [price, network, fees, fleet] = [new Rng(), new Rng(), new Rng(), new Rng()];
  let networkFilled = false;
  for (let k = 0; k < task.paths; k++) {
    price.reset(key, k, STREAM_PRICE, false);
    network.reset(key, k, STREAM_NETWORK, false);
    fees.reset(key, k, STREAM_FEES, false);
    fleet.reset(key, k, STREAM_FLEET, false);
    fillMarketPath(market, w, price, network, fees);
    simulatePath(plan, w.path, kernel, fleet, networkFilled && w.hashrateFixed && w.feesFixed);
    networkFilled = true;
    visit(k);
  }
}

/** A window of a run's days (day 0 the start), inclusive, whose mean daily value a forecast is about. */
export interface DayWindow {
  quantity: 'hashrate' | 'hashprice';
  fromDay: number;
  toDay: number;
}

/**
 * The ex-ante Monte Carlo forecast of window means: per window, each path's mean daily value over
 * the window's days (`[window][path]`), from the same paths as runForecast's (same seed and
 * streams). A forecast of a mean over days needs the distribution of that mean, path by path: the
 * mean of the daily medians is not its median. Hashrate is the path's network hashrate, hashprice
 * the day's (checkpoints on every day of the run).
 */
export async function runWindowMeans(
  task: Pick<ForecastTask, 'coin' | 'start' | 'model' | 'paths' | 'seed'>,
  windows: readonly DayWindow[],
): Promise<Float64Array[]> {
  const runDays = Math.max(...windows.map((x) => x.toDay)) + 1;
  const s = await buildStudyScenario(task.start, task.model, runDays, task.coin);
  const inputs = await loadCompileInputs(s);
  const plan = compilePlan(s, inputs);
  const market = compileMarket(s, plan, inputs);
  const everyDay = Int32Array.from({ length: runDays }, (_, d) => d);
  const kernel = M.createKernelWorkspace(plan, { checkpoints: everyDay });
  const w = createMarketWorkspace(market);
  const out = windows.map(() => new Float64Array(task.paths));
  const hashprice = seriesStart('hashpriceUsd', runDays);
  eachPath(task, plan, market, w, kernel, (k) => {
    windows.forEach((x, i) => {
      let sum = 0;
      for (let d = x.fromDay; d <= x.toDay; d++)
        sum +=
          x.quantity === 'hashrate' ? w.path.networkHashrateHs[d] : kernel.checkpointValues[hashprice + d];
      out[i][k] = sum / (x.toDay - x.fromDay + 1);
    });
  });
  return out;
}

/** What happened: the same fleet replayed on the history, read on the start day and each horizon's last day. */
export async function runActual(
  task: Pick<ForecastTask, 'coin' | 'start' | 'model' | 'horizons'>,
): Promise<Actual> {
  const { s, days } = await setUp(task);
  const inputs = await loadCompileInputs(s);
  const history = historicalPath(s, inputs.history);
  // Starts are chosen so that the history covers every horizon; a cut replay would score a different day.
  if (history.days !== s.days)
    throw new Error(`history ends before ${s.end}: the replay of ${s.name} is cut`);
  const plan = compilePlan(s, inputs, history.days, true);
  // The start day first, then the horizons' last days.
  const withStart = Int32Array.of(0, ...days);
  const kernel = M.createKernelWorkspace(plan, { checkpoints: withStart });
  simulatePath(plan, history.path, kernel, null);
  const values = QUANTITIES.map(() => Array.from({ length: withStart.length }, () => [0]));
  readPath(history.path, kernel, withStart, values, 0);
  return {
    machine: mainstreamMachine(task.start, loadCatalog(), task.coin).machine.model,
    capexUsd: capexOf(s),
    atStart: [values[0][0][0], values[1][0][0], values[2][0][0], Number.NaN],
    values: values.map((q) => q.slice(1).map((h) => h[0])),
  };
}
