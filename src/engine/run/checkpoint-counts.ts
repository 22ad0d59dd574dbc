// The checkpoint histograms a runner counts its paths into, QuantLib's statistics accumulator:
// the series binned path by path in batches, a series equal to the first path's counted without
// binning, and the trailing series that are the same on every path counted once, when the
// histograms are taken. Its arrays are allocated once per runner, none per path.

import {
  addValuesBatched,
  addValueTimes,
  createHistogramSet,
  createValueBatch,
  flushValueBatch,
  type HistogramSet,
  type ValueBatch,
} from '../../stats/histogram.js';
import { OPERATION_ALWAYS_ON, type SimulationPlan } from '../compile/plan.js';
import { SERIES, SERIES_COUNT } from '../kernel/checkpoints.js';
import type { MarketWorkspace } from '../kernel/market-path.js';

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
    'checkpoint-counts.ts: SERIES must end with difficulty, shutdownShare, equityNetUsd (see sharedSeries)',
  );

/** a[from..to) === b[from..to) value for value (NaN equals nothing); compared from the end. */
function equalRange(a: Float64Array, b: Float64Array, from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) if (a[i] !== b[i]) return false;
  return true;
}

/** A runner's checkpoint histograms (chunk.ts ChunkRunner), counted path by path. */
export class CheckpointCounts {
  /** Checkpoint histograms of every path counted: merged once, at the end. */
  private histograms: HistogramSet | null = null;
  /** Values of paths not yet counted into this.histograms: a batch per binned series. */
  private batches: ValueBatch[] | null = null;
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

  /**
   * Counts for `plan`'s paths on `market`, whose checkpoint values the kernel writes into `values`
   * (series-major, `c` checkpoints a series).
   */
  constructor(
    plan: SimulationPlan,
    market: MarketWorkspace,
    values: Float64Array,
    private readonly c: number,
  ) {
    this.binnedSeries = SERIES_COUNT - sharedSeries(plan, market);
    this.seriesValues = Array.from({ length: this.binnedSeries }, (_, s) =>
      values.subarray(s * c, (s + 1) * c),
    );
    this.sameAsReference = new Float64Array(this.binnedSeries);
  }

  /**
   * Makes the histograms, over the ranges `lo`, `hi` and `ratio` (EngineSetup's, set after a pilot),
   * and the batches, unless made already.
   */
  prepare(lo: Float64Array, hi: Float64Array, ratio: Uint8Array): void {
    const c = this.c;
    this.histograms ??= createHistogramSet(SERIES_COUNT, c, lo, hi, ratio);
    this.batches ??= Array.from({ length: this.binnedSeries }, (_, s) => createValueBatch(c, 512, s * c));
  }

  /** Counts one path's checkpoint values (all slots, series-major) into this.histograms. */
  count(values: Float64Array): void {
    const c = this.c;
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

  /** The histograms of all paths counted so far (null when only pilots ran), and a fresh count. */
  take(): HistogramSet | null {
    const h = this.histograms;
    if (h !== null && this.batches !== null) for (const batch of this.batches) flushValueBatch(h, batch);
    const reference = this.reference;
    if (h !== null && reference !== null) {
      const c = this.c;
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
}
