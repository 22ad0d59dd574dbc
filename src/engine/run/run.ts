// runMonteCarlo(scenario): the whole simulation. Compiles the plan and the market, runs a small
// pilot to fix the histogram ranges, runs the remaining paths on the workers, merges, and
// summarises. Path k's numbers depend only on (seed, k): the result is the same for any worker count.
import type { Worker } from 'node:worker_threads';
import { addDays } from '../../data/dates.js';
import { coversCoins, hasCovenant } from '../../model/finance/books-plan.js';
import { summaryScenario } from '../../scenario/describe.js';
import { withHedgedProduction } from '../../scenario/hedged-production.js';
import type { Scenario } from '../../scenario/normalize.js';
import { paybackSeenDays } from '../../scenario/payback-horizon.js';
import { LIMITS } from '../../scenario/schema/limits.js';
import { historyBuysFleet, simulatedDays } from '../../scenario/simulated-days.js';
import { createHistogramSet, type HistogramSet, mergeHistograms } from '../../stats/histogram.js';
import {
  addPathMajor,
  keptIn,
  type Outcomes,
  outcomeBufferLength,
  outcomeColumns,
} from '../../stats/outcomes.js';
import { pilotRanges } from '../../stats/pilot-range.js';
import { summarizeRun } from '../../stats/summarize.js';
import type { ChartEvent, RunSummary, SamplePath } from '../../stats/summary.js';
import type { TimelineIntervals } from '../../stats/timeline-intervals.js';
import { type Backtest, runBacktest } from '../backtest/backtest.js';
import { actualSeries } from '../backtest/backtest-summary.js';
import { compilePlan } from '../compile/compile.js';
import { planDailyView } from '../compile/daily-view.js';
import { type CompileInputs, loadCompileInputs } from '../compile/inputs.js';
import { compileMarket, type MarketPlan } from '../compile/market-plan.js';
import { paybackFromDay, type SimulationPlan } from '../compile/plan.js';
import { resaleBaseNotes } from '../compile/resale-base.js';
import { breakEvenTurns } from '../kernel/breakeven.js';
import { positiveSlots, SERIES, SERIES_COUNT, weeklyCheckpoints } from '../kernel/checkpoints.js';
import { runKey } from '../random/rng.js';
import { type ChunkResult, ChunkRunner, type EngineSetup, SCALAR_COUNT } from './chunk.js';
import { claimsOpenAtCut } from './claims-open-at-cut.js';
import { runPilot } from './pilot-run.js';
import { chunkRanges, defaultWorkers, runChunks, startWorkers, stopWorkers } from './pool.js';

export interface RunOptions {
  paths?: number;
  seed?: string | number;
  workers?: number;
  antithetic?: boolean;
  /** Paths below this index also get break-even tariff and price (each costs ~50 kernel runs). */
  breakEvenPaths?: number;
  /** Called as paths complete. */
  progress?: (done: number, total: number) => void;
  /**
   * Keep the run's worker threads, idle, for this process's next run (pool.ts stopWorkers): for a
   * caller that makes several (a sweep, a batch). Off for one run, whose threads end with it: an
   * idle thread keeps its heap, about 40 MB, through the summary and past it.
   */
  keepWorkers?: boolean;
  /** Attach the back-test as `actual` when the history covers the start (default true). */
  withBacktest?: boolean;
  /**
   * The events the run's charts mark (report/chart-events.ts chartEvents), given the compiled plan
   * and market. Passed in by the callers that write a run's folder, since drawing is the report's
   * concern; left out (no events) where no run chart is drawn: a sweep point, a calibration run.
   */
  chartEvents?: (s: Scenario, plan: SimulationPlan, market: MarketPlan) => ChartEvent[];
  /**
   * False: the summary comes back without the check against its schema (stats/summary-check.ts),
   * for a caller that checks it itself before it leaves minesim: `minesim run` does, once its
   * charts are asked for, so that the chart thread starts drawing without waiting for it.
   */
  checkSummary?: boolean;
}

export interface RunResult {
  summary: RunSummary;
  plan: SimulationPlan;
  market: MarketPlan;
  backtest: Backtest | null;
  workers: number;
  /** Per-path outcomes, indexed by path. */
  outcomes: Outcomes;
  /** The weekly bands' 95 % intervals (timeline.csv's low and high); null for a run of one path. */
  timelineIntervals: TimelineIntervals | null;
}

export const PILOT_PATHS = 256;

/**
 * What a run has gathered over paths [from, to): everything the summary is made from, in a form
 * that adds up exactly, so shards of one run merged (shard.ts) give the single run's summary.
 */
export interface Accumulation {
  paths: number;
  seed: string | number;
  antithetic: boolean;
  breakEvenPaths: number;
  /** Whether the plan has financing or tax: only then are the books' outcomes kept. */
  books: boolean;
  days: number;
  from: number;
  to: number;
  /** Per-path results of paths from..to-1, column-major, as keptIn(from, to, breakEvenPaths, books) says. */
  scalars: Float64Array;
  histograms: HistogramSet;
  samples: SamplePath[];
  /** Paths of from..to-1 whose random network was held at the fleet's hashrate on some day. */
  networkAtFleetPaths: number;
  /** The days, summed over paths from..to-1, on which the network was held at the fleet's hashrate. */
  networkAtFleetDays: number;
  workers: number;
}

export async function runMonteCarlo(s: Scenario, options: RunOptions = {}): Promise<RunResult> {
  const inputs = await loadCompileInputs(s);
  return finishWith(s, inputs, await accumulateFrom(s, inputs, options), options);
}

/** Runs paths [from, to) of the run (all of them by default) and gathers their results. */
export async function accumulateRun(
  s: Scenario,
  options: RunOptions = {},
  range?: { from: number; to: number },
): Promise<Accumulation> {
  return accumulateFrom(s, await loadCompileInputs(s), options, range);
}

async function accumulateFrom(
  s: Scenario,
  inputs: CompileInputs,
  options: RunOptions,
  range?: { from: number; to: number },
): Promise<Accumulation> {
  const paths = options.paths ?? s.monteCarlo.paths;
  const seed = options.seed ?? s.monteCarlo.seed;
  const antithetic = options.antithetic ?? s.monteCarlo.antithetic;
  const workers = Math.max(1, Math.min(options.workers ?? defaultWorkers(), LIMITS.workers));
  const from = range?.from ?? 0;
  const to = range?.to ?? paths;
  const pilotCount = Math.min(paths, PILOT_PATHS);
  const ranges = chunkRanges(Math.max(from, pilotCount), to, workers);
  // The worker threads start now: their start-up overlaps compiling the plan and the pilot.
  const threads = startWorkers(Math.min(workers - 1, ranges.length - 1));
  let finished = false;
  try {
    const accumulation = await accumulateWith(s, inputs, options, threads, ranges, {
      paths,
      seed,
      antithetic,
      workers,
      from,
      to,
    });
    finished = true;
    return accumulation;
  } finally {
    await stopWorkers(threads, finished && options.keepWorkers === true);
  }
}

async function accumulateWith(
  s: Scenario,
  inputs: CompileInputs,
  options: RunOptions,
  threads: Worker[],
  ranges: [number, number][],
  run: {
    paths: number;
    seed: string | number;
    antithetic: boolean;
    workers: number;
    from: number;
    to: number;
  },
): Promise<Accumulation> {
  const { paths, seed, antithetic, workers, from, to } = run;
  const days = simulatedDays(s);
  const plan = compilePlan(s, inputs, days);
  const market = compileMarket(s, plan, inputs);
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
    ratio: new Uint8Array(0),
    samplePaths: Math.min(paths, s.outputs.samplePaths),
    breakEvenPaths: Math.min(paths, options.breakEvenPaths ?? 200),
  };

  // Pilot: the first paths fix the histogram ranges (every shard runs it, so all agree); the
  // pilot paths inside [from, to) are then counted like any other.
  const pilotCount = Math.min(paths, PILOT_PATHS);
  // One runner on this thread for the pilot and the chunks after it. A second runner's workspaces
  // would be the second objects of their shapes holding typed arrays: V8 then widens the type it
  // had noted for each such field (a Float64Array) to any object, and throws away every day loop
  // compiled during the pilot on that note (the kernel, the market's passes), to compile it again.
  const runner = new ChunkRunner(setup);
  const slots = SERIES_COUNT * c;
  const pilot = await runPilot(runner, pilotCount, slots);
  const raw = pilot.raw!;
  const [lo, hi, ratio] = pilotRanges(raw, pilotCount, slots, positiveSlots(c));
  setup.lo = lo;
  setup.hi = hi;
  setup.ratio = ratio;
  const books = plan.books !== null;
  const kept = keptIn(from, to, setup.breakEvenPaths, books);
  const scalars = new Float64Array(outcomeBufferLength(to - from, kept));
  const samples: SamplePath[] = [];
  let done = 0;
  const keep = (sample: ChunkResult['samples'][number]) => {
    if (sample.index < from || sample.index >= to) return;
    samples.push({
      index: sample.index,
      net: [...sample.net],
      price: [...sample.price],
      difficulty: [...sample.difficulty],
    });
  };
  // The pilot paths of the range: their outcomes now, their timeline values into the main thread
  // runner's histograms once the worker threads have their first chunks (runChunks' `first`).
  const pilotFrom = Math.max(from, 0);
  const pilotTo = Math.min(to, pilotCount);
  for (let k = pilotFrom; k < pilotTo; k++) {
    addPathMajor(scalars, to - from, kept, k - from, pilot.scalars.subarray(k * SCALAR_COUNT), 1);
    done++;
  }
  pilot.samples.forEach(keep);
  let networkAtFleetPaths = 0;
  let networkAtFleetDays = 0;
  for (let k = pilotFrom; k < pilotTo; k++) {
    networkAtFleetPaths += pilot.networkAtFleetByPath![k];
    networkAtFleetDays += pilot.networkAtFleetDaysByPath![k];
  }
  options.progress?.(done, to - from);
  const absorb = (r: ChunkResult) => {
    addPathMajor(scalars, to - from, kept, r.from - from, r.scalars, r.to - r.from);
    r.samples.forEach(keep);
    networkAtFleetPaths += r.networkAtFleetPaths;
    networkAtFleetDays += r.networkAtFleetDays;
    done += r.to - r.from;
    options.progress?.(done, to - from);
  };
  // The first thread's histograms to come back are the run's; the others' are merged into them.
  let merged: HistogramSet | null = null;
  const merge = (h: HistogramSet) => {
    if (merged === null) merged = h;
    else mergeHistograms(merged, h);
  };
  await runChunks(setup, ranges, threads, absorb, merge, runner, (main) =>
    main.countPilotRows(raw, pilotFrom, pilotTo),
  );
  const histograms = merged ?? createHistogramSet(SERIES_COUNT, c, lo, hi, ratio);
  samples.sort((a, b) => a.index - b.index);
  return {
    paths,
    seed,
    antithetic,
    breakEvenPaths: setup.breakEvenPaths,
    books,
    days,
    from,
    to,
    scalars,
    histograms,
    samples,
    networkAtFleetPaths,
    networkAtFleetDays,
    workers,
  };
}

/** Turns the accumulation of all paths into the run's summary (with the back-test, events). */
export async function finishRun(
  s: Scenario,
  acc: Accumulation,
  options: RunOptions = {},
): Promise<RunResult> {
  return finishWith(s, await loadCompileInputs(s), acc, options);
}

function finishWith(s: Scenario, inputs: CompileInputs, acc: Accumulation, options: RunOptions): RunResult {
  if (acc.from !== 0 || acc.to !== acc.paths)
    throw new Error(`finishRun needs every path (got ${acc.from}..${acc.to} of ${acc.paths})`);
  const { paths, days } = acc;
  const plan = compilePlan(s, inputs, days);
  const market = compileMarket(s, plan, inputs);
  const checkpoints = weeklyCheckpoints(days);
  // Only the first paths are searched for break-evens (see RunOptions.breakEvenPaths).
  const outcomes = outcomeColumns(acc.scalars, paths, keptIn(0, paths, acc.breakEvenPaths, acc.books));
  // Payback counts from the per-path days: the same numbers however the paths were split.
  const payback = new Uint32Array(days + 1);
  for (let k = 0; k < paths; k++) {
    const d = outcomes.paybackDay[k];
    payback[Number.isNaN(d) ? days : d]++;
  }
  const backtest = options.withBacktest !== false && historyBuysFleet(s) ? runBacktest(s, inputs) : null;
  const run = { paths, seed: acc.seed, antithetic: acc.antithetic };
  const { summary, timelineIntervals } = summarizeRun(
    {
      kind: 'monte-carlo',
      scenario: summaryScenario(s, days, market.assumptions, run, resaleBaseNotes(s, plan, inputs.history)),
      run,
      antithetic: acc.antithetic,
      claims: s.claims,
      outcomes,
      payback,
      dates: Array.from(checkpoints, (d) => addDays(s.start, d)),
      series: SERIES,
      histograms: acc.histograms,
      events: options.chartEvents?.(s, plan, market) ?? [],
      samples: acc.samples,
      breakEvenTurns: breakEvenTurns(plan),
      books: plan.books !== null,
      covenant: hasCovenant(plan.books),
      hedges: (plan.books?.hedges.length ?? 0) > 0,
      coinHedges: plan.books?.hedges.some(coversCoins) === true,
      taxed: (plan.books?.tax ?? null) !== null,
      paybackSeenDays: paybackSeenDays(s, days),
      equityPaybackSeenDays: paybackSeenDays(s, days, true),
      ...(plan.books === null ? {} : { equityPaybackFromDay: paybackFromDay(plan, plan.books.leases) }),
      networkAtFleetPaths: acc.networkAtFleetPaths,
      networkAtFleetDays: acc.networkAtFleetDays,
      ...(backtest ? { actual: actualSeries(s, backtest, checkpoints) } : {}),
      dailyView: planDailyView(s, plan, inputs.history),
    },
    options.checkSummary !== false,
  );
  return {
    summary: withHedgedProduction(s, claimsOpenAtCut(s, plan, summary)),
    plan,
    market,
    backtest,
    workers: acc.workers,
    outcomes,
    timelineIntervals,
  };
}
