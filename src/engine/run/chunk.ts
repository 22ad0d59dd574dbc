// The Monte Carlo loop for a range of paths: path generator (market.ts), path evaluator (the
// kernel) and statistics accumulator joined in one loop, as in QuantLib. The main thread and every
// worker run this same code; all its arrays are allocated once per runner, none per path.

import {
  addValuesBatched,
  addValueTimes,
  createHistogramSet,
  createValueBatch,
  flushValueBatch,
  type HistogramSet,
  type ValueBatch,
} from '../../stats/histogram.js';
import { OUTCOME, OUTCOME_COUNT } from '../../stats/outcomes.js';
import type { MarketPlan } from '../compile/market-plan.js';
import { OPERATION_ALWAYS_ON, type SimulationPlan } from '../compile/plan.js';
import { breakEvenPrice, breakEvenTariff, type NetworkAtPrice } from '../kernel/breakeven.js';
import { SERIES, SERIES_COUNT, seriesStart } from '../kernel/checkpoints.js';
import { simulatePath } from '../kernel/kernel.js';
import {
  createMarketWorkspace,
  fillMarketPath,
  fillNetwork,
  type MarketWorkspace,
  networkFollowsPrice,
} from '../kernel/market-path.js';
import { copyMetricOutcomes, METRIC } from '../kernel/metrics.js';
import * as M from '../kernel/workspace.js';
import { Rng, type RunKey, STREAM_FEES, STREAM_FLEET, STREAM_NETWORK, STREAM_PRICE } from '../random/rng.js';

/**
 * Per-path results kept for every path: the outcomes, laid out as stats/outcomes.ts OUTCOMES;
 * `scalars[(k - from) * SCALAR_COUNT + OUTCOME.name]`.
 */
export const SCALAR_COUNT = OUTCOME_COUNT;

export interface EngineSetup {
  plan: SimulationPlan;
  market: MarketPlan;
  key: RunKey;
  antithetic: boolean;
  /** Day index of each checkpoint (weekly, and the last day). */
  checkpoints: Int32Array;
  /**
   * Histogram ranges per (series, checkpoint) slot, and each one's kind of bins (HistogramSet.ratio:
   * by value, ratio or signed log); empty for a pilot run.
   */
  lo: Float64Array;
  hi: Float64Array;
  ratio: Uint8Array;
  samplePaths: number;
  /** Paths with index below this get break-even values (each costs a few dozen kernel runs). */
  breakEvenPaths: number;
}

export interface ChunkResult {
  from: number;
  to: number;
  /** Path-major: scalars[(k - from) * SCALAR_COUNT + s]. */
  scalars: Float64Array;
  /** Paths paying back on day d at [d]; never at [days]. */
  payback: Uint32Array;
  /** Pilot runs only: raw checkpoint values, [(k - from) * slots + slot]. */
  raw: Float64Array | null;
  /** Sample paths in this chunk: index, then the series netUsd, priceUsd, difficulty per checkpoint. */
  samples: { index: number; net: Float64Array; price: Float64Array; difficulty: Float64Array }[];
  /**
   * Paths of the chunk whose random network fell below the fleet on some day and was held at it
   * (kernel/market-path.ts fillMarketPath): a count, not a value a path, so a run of any size keeps
   * one number a chunk.
   */
  networkAtFleetPaths: number;
  /** The days, summed over the chunk's paths, on which the network was held at the fleet. */
  networkAtFleetDays: number;
  /** Pilot runs only: 1 at [k - from] when path k's network was held at the fleet, else 0. */
  networkAtFleetByPath: Uint8Array | null;
  /** Pilot runs only: the days on which path k's network was held at the fleet, at [k - from]. */
  networkAtFleetDaysByPath: Uint32Array | null;
}

/**
 * How many of the last checkpoint series are the same on every path: the equity's net position
 * without financing or tax (never written), then the shut-down share (0) when the fleet is always
 * on, and the difficulty before it when the network draws no random numbers. SERIES must end with
 * these three (checked when this module loads).
 */
function sharedSeries(plan: SimulationPlan, market: MarketWorkspace): number {
  // The equity's net position (last) is written only by the books; without them it is 0 throughout.
  if (plan.books !== null) return 0;
  if (plan.operation !== OPERATION_ALWAYS_ON) return 1;
  return market.hashrateFixed ? 3 : 2;
}
if (
  SERIES[SERIES_COUNT - 1] !== 'equityNetUsd' ||
  SERIES[SERIES_COUNT - 2] !== 'shutdownShare' ||
  SERIES[SERIES_COUNT - 3] !== 'difficulty'
)
  throw new Error(
    'chunk.ts: SERIES must end with difficulty, shutdownShare, equityNetUsd (see sharedSeries)',
  );

/** a[from..to) === b[from..to) value for value (NaN equals nothing); compared from the end. */
function equalRange(a: Float64Array, b: Float64Array, from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) if (a[i] !== b[i]) return false;
  return true;
}

export class ChunkRunner {
  private readonly kernel: M.KernelWorkspace;
  private readonly market: MarketWorkspace;
  private readonly price = new Rng();
  private readonly network = new Rng();
  private readonly fees = new Rng();
  private readonly fleet = new Rng();
  /** Checkpoint histograms of every path this runner has run (outside pilots): merged once, at the end. */
  private histograms: HistogramSet | null = null;
  /** Values of paths not yet counted into this.histograms: a batch per binned series. */
  private batches: ValueBatch[] | null = null;
  /** The kernel's network tables hold a path's network (the same on every path when it is fixed). */
  private networkFilled = false;
  /**
   * Series binned path by path; the series after them (trailing series that are the same on every
   * path, see sharedSeries) are counted once, when the histograms are taken.
   */
  private readonly binnedSeries: number;
  /** The kernel's checkpoint values of each binned series (views, made once). */
  private readonly seriesValues: Float64Array[];
  /** Paths counted into this.histograms (binned or not). */
  private binnedPaths = 0;
  /**
   * A network that follows the coin price, stepped again for the break-even price's trials on the
   * draws of path this.breakEvenPath (made once); null for a network the price does not move.
   */
  private readonly networkAtPrice: NetworkAtPrice | null;
  private breakEvenPath = 0;
  /** Path this.breakEvenPath's fleet stream from its start: the failures a break-even trial draws again. */
  private readonly pathFailures = (): Rng => {
    this.fleet.reset(this.setup.key, this.breakEvenPath, STREAM_FLEET, false);
    return this.fleet;
  };
  /**
   * The checkpoint values of the first path counted (every slot): a series of a later path that
   * equals this one's, value for value, is not binned but counted in sameAsReference, and those
   * counts are added once, when the histograms are taken, as for the shared series. A series
   * that is the same on every path of this model without being known so beforehand (the power
   * cost of a fleet that never fails at a fixed tariff) so costs a comparison a path, not a
   * binning; a series that differs mostly fails it at once (compared from the last checkpoint,
   * where paths lie furthest apart). A value equal to the reference's falls in the same bin, so
   * the counts are those of binning every path (extremes alike but for the sign of a zero).
   */
  private reference: Float64Array | null = null;
  /** Paths whose binned series s equalled the reference's, at [s] (the reference path included). */
  private readonly sameAsReference: Float64Array;

  constructor(private readonly setup: EngineSetup) {
    this.kernel = M.createKernelWorkspace(setup.plan, { checkpoints: setup.checkpoints });
    this.market = createMarketWorkspace(setup.market);
    this.binnedSeries = SERIES_COUNT - sharedSeries(setup.plan, this.market);
    const c = setup.checkpoints.length;
    this.seriesValues = Array.from({ length: this.binnedSeries }, (_, s) =>
      this.kernel.checkpointValues.subarray(s * c, (s + 1) * c),
    );
    this.sameAsReference = new Float64Array(this.binnedSeries);
    this.networkAtPrice = networkFollowsPrice(setup.market) ? (price) => this.networkHeldAt(price) : null;
  }

  run(from: number, to: number, pilot = false): ChunkResult {
    const { plan, checkpoints } = this.setup;
    const n = to - from;
    const c = checkpoints.length;
    const slots = SERIES_COUNT * c;
    const result: ChunkResult = {
      from,
      to,
      scalars: new Float64Array(n * SCALAR_COUNT),
      payback: new Uint32Array(plan.days + 1),
      raw: pilot ? new Float64Array(n * slots) : null,
      samples: [],
      networkAtFleetPaths: 0,
      networkAtFleetDays: 0,
      networkAtFleetByPath: pilot ? new Uint8Array(n) : null,
      networkAtFleetDaysByPath: pilot ? new Uint32Array(n) : null,
    };
    if (!pilot) this.prepareCounts(c);
    for (let k = from; k < to; k++) {
      const heldDays = this.evaluate(k);
      if (heldDays > 0) {
        result.networkAtFleetPaths++;
        result.networkAtFleetDays += heldDays;
        if (result.networkAtFleetByPath) result.networkAtFleetByPath[k - from] = 1;
        if (result.networkAtFleetDaysByPath) result.networkAtFleetDaysByPath[k - from] = heldDays;
      }
      const values = this.kernel.checkpointValues;
      if (result.raw) result.raw.set(values, (k - from) * slots);
      else this.count(values, c);
      const metrics = this.kernel.metrics;
      const payback = metrics[METRIC.paybackDay];
      result.payback[Number.isNaN(payback) ? plan.days : payback]++;
      const o = (k - from) * SCALAR_COUNT;
      const s = result.scalars;
      copyMetricOutcomes(metrics, s, o);
      s[o + OUTCOME.breakEvenTariffUsdPerKwh] = Number.NaN;
      s[o + OUTCOME.breakEvenPriceUsd] = Number.NaN;
      if (k < this.setup.samplePaths) {
        const series = (name: (typeof SERIES)[number]) =>
          values.slice(seriesStart(name, c), seriesStart(name, c) + c);
        result.samples.push({
          index: k,
          net: series('netUsd'),
          price: series('priceUsd'),
          difficulty: series('difficulty'),
        });
      }
      if (k < this.setup.breakEvenPaths) {
        // Break-even searches overwrite the kernel's outputs: they come after everything is read.
        // Each trial loses the machines path k lost, on the same days (this.pathFailures).
        this.breakEvenPath = k;
        s[o + OUTCOME.breakEvenTariffUsdPerKwh] = breakEvenTariff(
          plan,
          this.market.path,
          this.kernel,
          this.pathFailures,
        );
        s[o + OUTCOME.breakEvenPriceUsd] = breakEvenPrice(
          plan,
          this.market.path,
          this.kernel,
          this.networkAtPrice,
          this.pathFailures,
        );
      }
    }
    return result;
  }

  /**
   * Counts pilot paths [first, end) of `raw` (a pilot run's rows: path-major, every slot of a path)
   * into this runner's histograms, as run() counts the paths it runs: the pilot paths of a run's
   * range join the runner's counts, with no set of their own to make and merge.
   */
  countPilotRows(raw: Float64Array, first: number, end: number): void {
    const c = this.setup.checkpoints.length;
    const slots = SERIES_COUNT * c;
    this.prepareCounts(c);
    // The kernel's own buffer, which this.seriesValues view: a pilot row holds what the kernel
    // wrote there for that path, the slots it never writes included.
    const values = this.kernel.checkpointValues;
    for (let k = first; k < end; k++) {
      values.set(raw.subarray(k * slots, (k + 1) * slots));
      this.count(values, c);
    }
  }

  /** Makes this runner's histograms and batches, once the setup holds the ranges. */
  private prepareCounts(c: number): void {
    this.histograms ??= createHistogramSet(SERIES_COUNT, c, this.setup.lo, this.setup.hi, this.setup.ratio);
    this.batches ??= Array.from({ length: this.binnedSeries }, (_, s) => createValueBatch(c, 512, s * c));
  }

  /** Counts one path's checkpoint values (all slots, series-major) into this.histograms. */
  private count(values: Float64Array, c: number): void {
    this.reference ??= values.slice();
    const reference = this.reference;
    const same = this.sameAsReference;
    const batches = this.batches!;
    for (let s = 0; s < this.binnedSeries; s++) {
      if (equalRange(values, reference, s * c, (s + 1) * c)) same[s]++;
      else addValuesBatched(this.histograms!, this.seriesValues[s], batches[s]);
    }
    this.binnedPaths++;
  }

  /** The histograms of all paths run so far (null when only pilots ran). */
  takeHistograms(): HistogramSet | null {
    const h = this.histograms;
    if (h !== null && this.batches !== null) for (const batch of this.batches) flushValueBatch(h, batch);
    const reference = this.reference;
    if (h !== null && reference !== null) {
      const c = this.setup.checkpoints.length;
      const binnedSlots = this.binnedSeries * c;
      for (let slot = 0; slot < reference.length; slot++) {
        const times = slot < binnedSlots ? this.sameAsReference[Math.floor(slot / c)] : this.binnedPaths;
        addValueTimes(h, slot, reference[slot], times);
      }
    }
    this.histograms = null;
    this.binnedPaths = 0;
    this.reference = null;
    this.sameAsReference.fill(0);
    return h;
  }

  /**
   * Fills the market path's network again as path this.breakEvenPath's draws move it with the coin
   * price at `priceUsd` (a break-even trial's constant price) instead of the path's own; the price
   * series itself is put back. Later paths fill their networks afresh (such a network is never
   * fixed), so the trials' network is not left to them.
   */
  private networkHeldAt(priceUsd: Float64Array): void {
    const { market, key, antithetic } = this.setup;
    const k = this.breakEvenPath;
    const base = antithetic ? k - (k & 1) : k;
    this.network.reset(key, base, STREAM_NETWORK, antithetic && (k & 1) === 1);
    const path = this.market.path;
    const own = path.priceUsd;
    path.priceUsd = priceUsd;
    fillNetwork(market, this.market, this.network);
    path.priceUsd = own;
  }

  /**
   * Runs path k; its checkpoint values are then in this.kernel.checkpointValues (series-major).
   * Returns on how many days the path's network was held at the fleet's hashrate (0 on none).
   */
  private evaluate(k: number): number {
    const { plan, market, key, antithetic } = this.setup;
    // Antithetic pairs (2j, 2j + 1) share path 2j's market streams, mirrored for the odd one.
    const base = antithetic ? k - (k & 1) : k;
    const flip = antithetic && (k & 1) === 1;
    this.price.reset(key, base, STREAM_PRICE, flip);
    this.network.reset(key, base, STREAM_NETWORK, flip);
    this.fees.reset(key, base, STREAM_FEES, flip);
    this.fleet.reset(key, k, STREAM_FLEET, false);
    const floored = fillMarketPath(market, this.market, this.price, this.network, this.fees);
    // A network that draws no random numbers is stepped once per runner, not once per path.
    const reuseNetwork = this.networkFilled && this.market.hashrateFixed && this.market.feesFixed;
    simulatePath(plan, this.market.path, this.kernel, this.fleet, reuseNetwork);
    this.networkFilled = true;
    return floored;
  }
}
