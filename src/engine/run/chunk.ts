// The Monte Carlo loop for a range of paths: path generator (market.ts), path evaluator (the
// kernel) and statistics accumulator (checkpoint-counts.ts) joined in one loop, as in QuantLib.
// The main thread and every worker run this same code; all its arrays are allocated once per
// runner, none per path.

import type { HistogramSet } from '../../stats/histogram.js';
import { OUTCOME, OUTCOME_COUNT } from '../../stats/outcomes.js';
import type { MarketPlan } from '../compile/market-plan.js';
import type { SimulationPlan } from '../compile/plan.js';
import { breakEvenPrice, breakEvenTariff, type NetworkAtPrice } from '../kernel/breakeven.js';
import { type SERIES, SERIES_COUNT, seriesStart } from '../kernel/checkpoints.js';
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
import { CheckpointCounts } from './checkpoint-counts.js';

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

export class ChunkRunner {
  private readonly kernel: M.KernelWorkspace;
  private readonly market: MarketWorkspace;
  private readonly price = new Rng();
  private readonly network = new Rng();
  private readonly fees = new Rng();
  private readonly fleet = new Rng();
  /** Checkpoint histograms of every path this runner has run (outside pilots). */
  private readonly counts: CheckpointCounts;
  /** The kernel's network tables hold a path's network (the same on every path when it is fixed). */
  private networkFilled = false;
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
  constructor(private readonly setup: EngineSetup) {
    this.kernel = M.createKernelWorkspace(setup.plan, { checkpoints: setup.checkpoints });
    this.market = createMarketWorkspace(setup.market);
    this.counts = new CheckpointCounts(
      setup.plan,
      this.market,
      this.kernel.checkpointValues,
      setup.checkpoints.length,
    );
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
    if (!pilot) this.counts.prepare(this.setup.lo, this.setup.hi, this.setup.ratio);
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
      else this.counts.count(values);
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
    this.counts.prepare(this.setup.lo, this.setup.hi, this.setup.ratio);
    // The kernel's own buffer, which the counts' series view: a pilot row holds what the kernel
    // wrote there for that path, the slots it never writes included.
    const values = this.kernel.checkpointValues;
    for (let k = first; k < end; k++) {
      values.set(raw.subarray(k * slots, (k + 1) * slots));
      this.counts.count(values);
    }
  }

  /** The histograms of all paths run so far (null when only pilots ran). */
  takeHistograms(): HistogramSet | null {
    return this.counts.take();
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
