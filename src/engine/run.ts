// runMonteCarlo(scenario): the whole simulation. Compiles the plan and the market, runs a small
// pilot to fix the histogram ranges, runs the remaining paths on the workers, merges, and
// summarises. Path k's numbers depend only on (seed, k): the result is the same for any worker count.
import { addDays } from '../data/dates.js';
import { halvingHeight } from '../model/bitcoin.js';
import { summaryScenario } from '../scenario/describe.js';
import type { Scenario } from '../scenario/normalize.js';
import { addValue, createHistogramSet, mergeHistograms, pilotRange } from '../stats/histogram.js';
import { type Outcomes, summarize } from '../stats/summarize.js';
import type { ChartEvent, RunSummary, SamplePath } from '../stats/summary.js';
import { type Backtest, runBacktest } from './backtest.js';
import { SERIES, SERIES_COUNT, weeklyCheckpoints } from './checkpoints.js';
import { type ChunkResult, ChunkRunner, type EngineSetup, SCALAR_COUNT, SCALARS } from './chunk.js';
import { compilePlan } from './compile.js';
import { historyDaysFrom } from './history-path.js';
import { simulatePath } from './kernel.js';
import { createMarketWorkspace, fillMarketPath } from './market.js';
import {
  compileMarket,
  FEES_HISTORICAL,
  HASHRATE_HISTORICAL,
  type MarketPlan,
  PRICE_HISTORICAL,
} from './market-plan.js';
import type { SimulationPlan } from './plan.js';
import { chunkRanges, defaultWorkers, runChunks } from './pool.js';
import { Rng, runKey } from './rng.js';
import * as M from './workspace.js';

export interface RunOptions {
  paths?: number;
  seed?: string | number;
  workers?: number;
  antithetic?: boolean;
  /** Paths below this index also get break-even tariff and price (each costs ~50 kernel runs). */
  breakEvenPaths?: number;
  /** Called as paths complete. */
  progress?: (done: number, total: number) => void;
  /** Attach the back-test as `actual` when the history covers the start (default true). */
  withBacktest?: boolean;
}

export interface RunResult {
  summary: RunSummary;
  plan: SimulationPlan;
  market: MarketPlan;
  backtest: Backtest | null;
  workers: number;
  /** Per-path outcomes, indexed by path. */
  outcomes: Outcomes;
}

const PILOT_PATHS = 256;

export async function runMonteCarlo(s: Scenario, options: RunOptions = {}): Promise<RunResult> {
  const paths = options.paths ?? s.monteCarlo.paths;
  const seed = options.seed ?? s.monteCarlo.seed;
  const antithetic = options.antithetic ?? s.monteCarlo.antithetic;
  const workers = Math.max(1, Math.min(options.workers ?? defaultWorkers(), 64));
  const replays =
    s.price.model.type === 'historical' ||
    s.network.model.type === 'historical' ||
    s.fees.model.type === 'historical';
  // A replayed series ends with the shipped history: the horizon is cut there.
  const days = replays ? Math.min(s.days, historyDaysFrom(s)) : s.days;
  const plan = compilePlan(s, days);
  const market = compileMarket(s, plan);
  const checkpoints = weeklyCheckpoints(days);
  const c = checkpoints.length;
  const setup: EngineSetup = {
    plan,
    market,
    key: runKey(seed),
    antithetic,
    checkpoints,
    lo: new Float64Array(0),
    hi: new Float64Array(0),
    samplePaths: Math.min(paths, s.outputs.samplePaths),
    breakEvenPaths: Math.min(paths, options.breakEvenPaths ?? 200),
  };

  // Pilot: the first paths fix the histogram ranges; their values are then counted like any other.
  const pilotCount = Math.min(paths, PILOT_PATHS);
  const pilot = new ChunkRunner(setup).run(0, pilotCount, true);
  const slots = SERIES_COUNT * c;
  const lo = new Float64Array(slots);
  const hi = new Float64Array(slots);
  for (let slot = 0; slot < slots; slot++) {
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < pilotCount; k++) {
      const v = pilot.raw![k * slots + slot];
      if (v < min) min = v;
      if (v > max) max = v;
    }
    [lo[slot], hi[slot]] = pilotRange(min, max);
  }
  setup.lo = lo;
  setup.hi = hi;
  const histograms = createHistogramSet(SERIES_COUNT, c, lo, hi);
  for (let k = 0; k < pilotCount; k++)
    for (let slot = 0; slot < slots; slot++) addValue(histograms, slot, pilot.raw![k * slots + slot]);

  const scalars = new Float64Array(paths * SCALAR_COUNT);
  const payback = new Uint32Array(days + 1);
  const samples: SamplePath[] = [];
  let done = 0;
  const absorb = (r: ChunkResult) => {
    scalars.set(r.scalars, r.from * SCALAR_COUNT);
    for (let d = 0; d <= days; d++) payback[d] += r.payback[d];
    for (const sample of r.samples)
      samples.push({
        index: sample.index,
        net: [...sample.net],
        price: [...sample.price],
        difficulty: [...sample.difficulty],
      });
    done += r.to - r.from;
    options.progress?.(done, paths);
  };
  absorb(pilot);
  await runChunks(setup, chunkRanges(pilotCount, paths, workers), workers, absorb, (h) =>
    mergeHistograms(histograms, h),
  );
  samples.sort((a, b) => a.index - b.index);

  const outcomes = splitScalars(scalars, paths, setup.breakEvenPaths);
  const backtest = options.withBacktest !== false && historyDaysFrom(s) > 0 ? runBacktest(s) : null;
  const dates = Array.from(checkpoints, (d) => addDays(s.start, d));
  const summary = summarize({
    kind: 'monte-carlo',
    scenario: summaryScenario(s, days, market.assumptions),
    run: { paths, seed, antithetic },
    antithetic,
    claims: s.claims,
    outcomes,
    payback,
    dates,
    series: SERIES,
    histograms,
    events: chartEvents(s, plan, market),
    samples,
    ...(backtest ? { actual: actualSeries(s, backtest, checkpoints) } : {}),
  });
  return { summary, plan, market, backtest, workers, outcomes };
}

function splitScalars(scalars: Float64Array, paths: number, breakEvenPaths: number): Outcomes {
  const column = (name: (typeof SCALARS)[number]) => {
    const s = SCALARS.indexOf(name);
    const out = new Float64Array(paths);
    for (let k = 0; k < paths; k++) out[k] = scalars[k * SCALAR_COUNT + s];
    return out;
  };
  // Only the first paths are searched for break-evens (see RunOptions.breakEvenPaths).
  const searched = (values: Float64Array) => values.subarray(0, breakEvenPaths);
  return {
    paybackDay: column('paybackDay'),
    netAtHorizonUsd: column('netAtHorizonUsd'),
    roiAtHorizon: column('roiAtHorizon'),
    roiWithSalvage: column('roiWithSalvage'),
    npvUsd: column('npvUsd'),
    irr: column('irr'),
    coinsMined: column('coinsMined'),
    costPerCoinUsd: column('costPerCoinUsd'),
    breakEvenTariffUsdPerKwh: searched(column('breakEvenTariffUsdPerKwh')),
    breakEvenPriceUsd: searched(column('breakEvenPriceUsd')),
  };
}

/** The back-test sampled at the run's checkpoints, for drawing over the fan. */
function actualSeries(s: Scenario, b: Backtest, checkpoints: Int32Array): NonNullable<RunSummary['actual']> {
  const within = Array.from(checkpoints).filter((d) => d < b.plan.days);
  const payback = b.metrics[M.METRIC_PAYBACK_DAY];
  return {
    dates: within.map((d) => addDays(s.start, d)),
    netUsd: within.map((d) => b.netPositionUsd[d]),
    priceUsd: within.map((d) => b.trace.priceUsd[d]),
    difficulty: within.map((d) => b.trace.difficulty[d]),
    paybackDay: Number.isNaN(payback) ? null : payback,
    paybackDate: b.paybackDate,
  };
}

/**
 * Halvings (on the expected path: the market with every shock at zero), proof-of-work changes
 * and cohort retirements, for marking on charts.
 */
function chartEvents(s: Scenario, plan: SimulationPlan, market: MarketPlan): ChartEvent[] {
  const events: ChartEvent[] = [];
  if (s.coin === 'bitcoin' && market.price.kind !== PRICE_HISTORICAL) {
    const expected = expectedPathHeights(plan, market);
    for (let n = 1; n < 40; n++) {
      const h = halvingHeight(n);
      if (h <= plan.initial.height) continue;
      const d = expected.findIndex((height) => height >= h);
      if (d < 0) break;
      events.push({ date: addDays(s.start, d), label: `halving ${n} (expected)`, kind: 'halving' });
    }
  }
  for (const change of s.network.powChanges)
    if (change.date >= s.start && change.date <= addDays(s.start, plan.days - 1))
      events.push({ date: change.date, label: change.name, kind: 'fork' });
  for (const cohort of s.fleet)
    if (cohort.retire) events.push({ date: cohort.retire, label: `${cohort.name} retired`, kind: 'retire' });
  return events.sort((a, b) => a.date.localeCompare(b.date));
}

/** Block heights along the expected market path (all shocks zero). */
export function expectedPathHeights(plan: SimulationPlan, market: MarketPlan): Float64Array {
  const calm: MarketPlan = {
    ...market,
    price: {
      ...market.price,
      volPerSqrtDay: 0,
      jumpsPerDay: 0,
      kind: market.price.kind === 3 ? 0 : market.price.kind,
    },
    hashrate: { ...market.hashrate, volPerSqrtDay: 0 },
    fees: { ...market.fees, spikeProbPerDay: 0 },
  };
  const w = createMarketWorkspace(calm);
  const rng = new Rng();
  fillMarketPath(calm, w, rng, rng, rng);
  const kernel = M.createKernelWorkspace(plan, { trace: true });
  simulatePath(plan, w.path, kernel, null);
  return kernel.trace!.height.slice();
}

export { FEES_HISTORICAL, HASHRATE_HISTORICAL };
