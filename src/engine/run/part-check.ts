// What a run's part must satisfy before it is merged, beyond its checksum (part-file.ts): the
// shape of every field, base64 that decodes exactly, the range its shard number gives, buffers
// as long as that range needs, histogram counts that add up, extremes that agree with the bins,
// sample paths within the range, once each, and payback days inside the horizon. A part that fails
// is refused with a message naming its file; nothing here throws.
import { z } from 'zod';
import { shardMessages as m } from '../../messages/shards.js';
import { COIN_IDS } from '../../model/coins/index.js';
import { binOf, binScale, type HistogramSet, SLOT } from '../../stats/histogram.js';
import { BY_RATIO, BY_SIGNED_LOG, BY_VALUE } from '../../stats/log-bins.js';
import { BOOKS_OUTCOMES, keptIn, OUTCOME, OUTCOMES, toColumnMajor } from '../../stats/outcomes.js';
import { SERIES_COUNT } from '../kernel/checkpoints.js';
import { SCALAR_COUNT } from './chunk.js';
import type { Accumulation } from './run.js';
import { PART_VERSION, type Part, shardRange } from './shard.js';

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const series = z.array(z.number().nullable());
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The minesim and the history that made a part of a run or a sweep (part-origin.ts). */
export const originSchema = z.object({
  minesim: z.string(),
  code: sha256,
  data: z
    .array(
      z.object({
        coin: z.enum(COIN_IDS),
        kind: z.enum(['shipped', 'imported']),
        file: z.string(),
        sha256,
        firstDate: day,
        lastDate: day,
      }),
    )
    .min(1),
});

export const partSchema = z.object({
  version: z.literal(PART_VERSION),
  shard: z.object({ k: z.int().min(0), n: z.int().min(1) }),
  scenario: z.object({
    path: z.string(),
    source: z.string(),
    sha256,
    sets: z.array(z.string()),
    catalog: z.object({ file: z.string(), text: z.string() }).optional(),
  }),
  origin: originSchema,
  accumulation: z.object({
    paths: z.int().min(1),
    seed: z.union([z.string(), z.number()]),
    antithetic: z.boolean(),
    breakEvenPaths: z.int().min(0),
    books: z.boolean(),
    days: z.int().min(1),
    from: z.int().min(0),
    to: z.int().min(0),
    scalars: base64,
    histograms: z.object({
      series: z.int(),
      checkpoints: z.int(),
      lo: base64,
      hi: base64,
      ratio: base64,
      counts: base64,
      min: base64,
      max: base64,
    }),
    samples: z.array(z.object({ index: z.int().min(0), net: series, price: series, difficulty: series })),
    networkAtFleetPaths: z.int().min(0),
    networkAtFleetDays: z.int().min(0),
    workers: z.int().min(1),
  }),
});

export type Checked = { ok: true; part: Part; acc: Accumulation } | { ok: false; message: string };

/** Bytes of canonical base64 (what minesim writes), or null for anything else. */
function decode(text: string, width: number): ArrayBuffer | null {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.toString('base64') !== text || bytes.byteLength % width !== 0) return null;
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** weeklyCheckpoints(days).length, without building the list. */
function checkpointCount(days: number): number {
  return Math.ceil(days / 7) + ((days - 1) % 7 === 0 ? 0 : 1);
}

const PAYBACK = OUTCOME.paybackDay;

/** Checks `value` (a part as read from `file`) and decodes it. */
export function checkPart(file: string, value: unknown): Checked {
  const fail = (message: string): Checked => ({ ok: false, message });
  const parsed = partSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(m.malformedPart(file, `${issue.path.join('.') || 'the part'}: ${issue.message}`));
  }
  const part = parsed.data as Part;
  const { shard, accumulation: a } = part;
  const h = a.histograms;
  const name = `${shard.k}/${shard.n}`;
  if (shard.k >= shard.n) return fail(m.malformedPart(file, `the shard ${name} is not k/n with k < n`));
  if (shard.n > a.paths) return fail(m.malformedPart(file, `${shard.n} shards of ${a.paths} paths`));
  if (a.breakEvenPaths > a.paths) return fail(m.malformedPart(file, 'breakEvenPaths exceeds paths'));
  const range = shardRange(a.paths, shard);
  if (a.from !== range.from || a.to !== range.to)
    return fail(m.partRange(file, name, a.from, a.to, range.from, range.to));
  const checkpoints = checkpointCount(a.days);
  if (h.series !== SERIES_COUNT || h.checkpoints !== checkpoints)
    return fail(m.malformedPart(file, `histograms for ${h.series} x ${h.checkpoints} slots`));
  const slots = SERIES_COUNT * checkpoints;
  const count = a.to - a.from;
  if (a.networkAtFleetPaths > count)
    return fail(
      m.malformedPart(file, `networkAtFleetPaths ${a.networkAtFleetPaths} exceeds the part's ${count} paths`),
    );
  // Each path held at the fleet was held on 1 to `days` days; a path not held, on none.
  const heldDays = a.networkAtFleetDays;
  if (heldDays < a.networkAtFleetPaths || heldDays > a.networkAtFleetPaths * a.days)
    return fail(
      m.malformedPart(
        file,
        `networkAtFleetDays ${heldDays} is not between 1 and ${a.days} days on each of the ${a.networkAtFleetPaths} paths held at the fleet`,
      ),
    );

  const buffers = {
    scalars: [decode(a.scalars, 8), count * SCALAR_COUNT],
    'histograms.lo': [decode(h.lo, 8), slots],
    'histograms.hi': [decode(h.hi, 8), slots],
    'histograms.ratio': [decode(h.ratio, 1), slots],
    'histograms.min': [decode(h.min, 8), slots],
    'histograms.max': [decode(h.max, 8), slots],
    'histograms.counts': [decode(h.counts, 4), slots * SLOT],
  } as const;
  for (const [what, [bytes, length]] of Object.entries(buffers)) {
    if (bytes === null) return fail(m.malformedPart(file, `${what} is not base64 of whole numbers`));
    const got = bytes.byteLength / (what === 'histograms.counts' ? 4 : what === 'histograms.ratio' ? 1 : 8);
    if (got !== length) return fail(m.partLength(file, what, got, length));
  }
  const scalars = new Float64Array(buffers.scalars[0]!);
  const lo = new Float64Array(buffers['histograms.lo'][0]!);
  const hi = new Float64Array(buffers['histograms.hi'][0]!);
  const ratio = new Uint8Array(buffers['histograms.ratio'][0]!);
  const min = new Float64Array(buffers['histograms.min'][0]!);
  const max = new Float64Array(buffers['histograms.max'][0]!);
  const counts = new Uint32Array(buffers['histograms.counts'][0]!);

  for (let k = 0; k < count; k++) {
    const day = scalars[k * SCALAR_COUNT + PAYBACK];
    if (!Number.isNaN(day) && !(Number.isInteger(day) && day >= 0 && day < a.days))
      return fail(m.badPathValue(file, a.from + k, 'payback day'));
    const wrong = outcomeProblem(scalars, k, a.from + k < a.breakEvenPaths, a.books);
    if (wrong !== null)
      return fail(
        m.badPathOutcome(file, a.from + k, OUTCOMES[wrong], String(scalars[k * SCALAR_COUNT + wrong])),
      );
  }
  const histograms = {
    series: h.series,
    checkpoints,
    lo,
    hi,
    ratio,
    scale: binScale(lo, hi, ratio),
    counts,
    min,
    max,
  };
  const broken = histogramProblem(file, histograms, count);
  if (broken) return fail(broken);

  let previous = -1;
  for (const sample of a.samples) {
    if (sample.index <= previous) return fail(m.badSamples(file, 'repeat a path or are out of order'));
    if (sample.index < a.from || sample.index >= a.to)
      return fail(m.badSamples(file, `include path ${sample.index}, outside the part`));
    const lengths = [sample.net.length, sample.price.length, sample.difficulty.length];
    if (lengths.some((l) => l !== checkpoints))
      return fail(m.badSamples(file, `have series of ${lengths.join(', ')} values, not ${checkpoints}`));
    previous = sample.index;
  }
  const acc: Accumulation = {
    ...a,
    samples: a.samples as Accumulation['samples'],
    scalars: toColumnMajor(scalars, count, keptIn(a.from, a.to, a.breakEvenPaths, a.books)),
    histograms,
  };
  return { ok: true, part, acc };
}

/**
 * The largest size of a path's outcome a run can give: a day's revenue stays under 1e255 USD and a
 * horizon is at most 36,525 days (scenario/schema/limits.ts), so a path's sums stay under 1e260.
 * Summed over the paths, larger values would overflow the summary's means.
 */
export const OUTCOME_BOUND = 1e262;
/** Outcomes every path has (never NaN): the summary requires them of each path. */
const REQUIRED = new Set<number>(
  (['netAtHorizonUsd', 'npvUsd', 'coinsMined', 'equityNpvUsd', 'afterTaxNpvUsd'] as const).map(
    (name) => OUTCOME[name],
  ),
);
const FLAGS = new Set<number>([OUTCOME.marginCall, OUTCOME.defaulted]);
const SEARCHED = new Set<number>([OUTCOME.breakEvenTariffUsdPerKwh, OUTCOME.breakEvenPriceUsd]);
const IS_BOOKS = OUTCOMES.map((name) => BOOKS_OUTCOMES.includes(name));
/** The costs per coin: +Infinity on a path that mined no coin but had costs (kernel/path-metrics.ts perCoin). */
const PER_COIN = new Set<number>([
  OUTCOME.costPerCoinUsd,
  OUTCOME.cashCostPerCoinUsd,
  OUTCOME.allInCostPerCoinUsd,
]);

/**
 * The first outcome slot of path `k` (path-major `scalars`) holding a value no run gives, or null:
 * an infinity (but a cost per coin's on a path that mined no coin), a size past OUTCOME_BOUND, no value where every path has one, coins below zero, a
 * flag other than 0 or 1. Outcomes the part does not keep (the books' without books, the
 * break-evens of paths not searched) are not read.
 */
function outcomeProblem(scalars: Float64Array, k: number, searched: boolean, books: boolean): number | null {
  for (let slot = 0; slot < SCALAR_COUNT; slot++) {
    if ((IS_BOOKS[slot] && !books) || (SEARCHED.has(slot) && !searched)) continue;
    const value = scalars[k * SCALAR_COUNT + slot];
    if (Number.isNaN(value)) {
      if (REQUIRED.has(slot)) return slot;
    } else if (
      value === Number.POSITIVE_INFINITY &&
      PER_COIN.has(slot) &&
      scalars[k * SCALAR_COUNT + OUTCOME.coinsMined] === 0
    )
      continue;
    else if (
      !(Math.abs(value) <= OUTCOME_BOUND) ||
      (slot === OUTCOME.coinsMined && value < 0) ||
      (FLAGS.has(slot) && value !== 0 && value !== 1)
    )
      return slot;
  }
  return null;
}

/**
 * What is wrong with the first slot whose counts cannot be, or null: more values than paths (a
 * NaN value is not counted, so fewer is possible), a range that is not one, or extremes outside
 * the first and last bins counted.
 */
function histogramProblem(file: string, h: HistogramSet, paths: number): string | null {
  for (let slot = 0; slot < h.lo.length; slot++) {
    let total = 0;
    let first = -1;
    let last = -1;
    for (let bin = 0; bin < SLOT; bin++) {
      const c = h.counts[slot * SLOT + bin];
      total += c;
      if (c > 0) {
        if (first < 0) first = bin;
        last = bin;
      }
    }
    if (total > paths) return m.histogramTotal(file, slot, total, paths);
    const lo = h.lo[slot];
    const hi = h.hi[slot];
    const min = h.min[slot];
    const max = h.max[slot];
    const kind = h.ratio[slot];
    if (kind !== BY_VALUE && kind !== BY_RATIO && kind !== BY_SIGNED_LOG)
      return m.malformedPart(file, `histograms.ratio of slot ${slot} is ${kind}, not 0, 1 or 2`);
    // A range binned by ratio is of positive values; one by signed log runs from below 0 to above.
    const range =
      Number.isFinite(lo) &&
      Number.isFinite(hi) &&
      lo < hi &&
      (kind !== BY_RATIO || lo > 0) &&
      (kind !== BY_SIGNED_LOG || (lo < 0 && hi > 0));
    const extremes =
      total === 0
        ? min === Number.POSITIVE_INFINITY && max === Number.NEGATIVE_INFINITY
        : min <= max && binOf(h, slot, min) === first && binOf(h, slot, max) === last;
    if (!range || !extremes) return m.histogramExtremes(file, slot);
  }
  return null;
}
