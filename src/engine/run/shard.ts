// Runs larger than one machine: shard k of n runs its share of a run's paths and saves what it
// gathered (a "part"); merging all n parts gives the single-machine accumulation exactly, since
// per-path results are placed by path index and histogram counts add up as integers
// (merge-parts.ts). Version 2 added the scenario's SHA-256 and the file's checksum (part-file.ts);
// version 4 the minesim and the history that made the part (part-origin.ts); version 5 the count
// of paths whose random network was held at the fleet (accumulation.networkAtFleetPaths); version 6
// each path's equity position at the horizon (outcome equityNetAtHorizonUsd, the timeline's last week);
// version 7 the days, over the part's paths, on which that network was held at the fleet
// (accumulation.networkAtFleetDays); version 9 the tax paid and the losses left unused of each path
// with books (outcomes taxPaidUsd and lossCarriedUsd).
import { createHash } from 'node:crypto';
import { type HistogramSet, SLOT } from '../../stats/histogram.js';
import { keptIn, OUTCOME_COUNT, toPathMajor } from '../../stats/outcomes.js';
import { SERIES_COUNT, weeklyCheckpoints } from '../kernel/checkpoints.js';
import type { PartOrigin } from './part-origin.js';
import type { Accumulation } from './run.js';

export const PART_VERSION = 9;

/** Which part of a run a shard is: k of n, counted from 0. */
export interface Shard {
  k: number;
  n: number;
}

/** Paths [from, to) of shard k of n: contiguous, as even as whole paths allow; none when n > paths. */
export function shardRange(paths: number, shard: Shard): { from: number; to: number } {
  return { from: Math.floor((shard.k * paths) / shard.n), to: Math.floor(((shard.k + 1) * paths) / shard.n) };
}

/** `k/n` -> Shard, or null when it is not one (0 <= k < n). */
export function parseShard(text: string): Shard | null {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return null;
  const k = Number(match[1]);
  const n = Number(match[2]);
  return Number.isSafeInteger(n) && n >= 1 && k < n ? { k, n } : null;
}

/** V8's longest string (2^29 - 24 characters): a part is written and read as one JSON text. */
export const MAX_PART_CHARS = 0x1fffffe8;

/** Characters of base64 of `bytes` bytes. */
const base64Chars = (bytes: number) => 4 * Math.ceil(bytes / 3);
/** The longest JSON of a double (`-1.2345678901234567e-300`) and its comma. */
const NUMBER_CHARS = 25;
/** Field names, the shard, the counts and the checksum, with room to spare. */
const FIXED_CHARS = 4096;

/**
 * At least as many characters as the JSON of a part of `paths` paths over `days` days, with
 * `samples` sample paths and `text` characters of the scenario's JSON (its text, overrides and
 * catalog): the per-path outcomes and the histograms are base64 of known lengths, a sample's
 * values at most NUMBER_CHARS each. A shard whose part would pass MAX_PART_CHARS is refused
 * before it runs, since the part could not be written.
 */
export function partCharsBound(paths: number, days: number, samples: number, text: number): number {
  const slots = SERIES_COUNT * weeklyCheckpoints(days).length;
  const histograms = 4 * base64Chars(slots * 8) + base64Chars(slots) + base64Chars(slots * SLOT * 4);
  const perSample = 3 * (slots / SERIES_COUNT) * NUMBER_CHARS + 64;
  return base64Chars(paths * OUTCOME_COUNT * 8) + histograms + samples * perSample + text + FIXED_CHARS;
}

/**
 * The fewest shards of a run of `paths` paths whose every part fits in MAX_PART_CHARS (partCharsBound
 * with every sample path in one part), or null when not even a one-path part would.
 */
export function fewestShards(paths: number, days: number, samples: number, text: number): number | null {
  const fixed = partCharsBound(0, days, samples, text);
  const perPath = partCharsBound(3, days, samples, text) - fixed;
  const most = Math.floor(((MAX_PART_CHARS - fixed) / perPath) * 3);
  if (most < 1) return null;
  let n = Math.ceil(paths / most);
  while (partCharsBound(Math.ceil(paths / n), days, samples, text) > MAX_PART_CHARS) n++;
  return n;
}

/** A part as saved: the scenario as written (so merge needs nothing else), and the accumulation. */
export interface Part {
  version: number;
  shard: Shard;
  /** `catalog`: the user hardware catalog the run read (`--catalog` or the scenario's key), with its text. */
  scenario: {
    path: string;
    source: string;
    sha256: string;
    sets: string[];
    catalog?: { file: string; text: string };
  };
  /** The minesim and the history the part was made with: a merge needs the same (part-origin.ts). */
  origin: PartOrigin;
  accumulation: Omit<Accumulation, 'scalars' | 'histograms'> & {
    /** Path-major (`[k * OUTCOME_COUNT + slot]`), base64. */
    scalars: string;
    histograms: Omit<HistogramSet, 'lo' | 'hi' | 'ratio' | 'counts' | 'min' | 'max' | 'scale'> & {
      lo: string;
      hi: string;
      ratio: string;
      counts: string;
      min: string;
      max: string;
    };
  };
}

const encode = (a: ArrayBufferView): string =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

/** The part of `acc`, with the scenario's text and its SHA-256 (merge-parts.ts checks and adds them up). */
export function toPart(
  acc: Accumulation,
  shard: Shard,
  scenario: Omit<Part['scenario'], 'sha256'>,
  origin: PartOrigin,
): Part {
  const h = acc.histograms;
  return {
    version: PART_VERSION,
    shard,
    scenario: {
      path: scenario.path,
      source: scenario.source,
      sha256: createHash('sha256').update(scenario.source).digest('hex'),
      sets: scenario.sets,
      ...(scenario.catalog ? { catalog: scenario.catalog } : {}),
    },
    origin,
    accumulation: {
      ...acc,
      scalars: encode(
        toPathMajor(acc.scalars, acc.to - acc.from, keptIn(acc.from, acc.to, acc.breakEvenPaths, acc.books)),
      ),
      histograms: {
        series: h.series,
        checkpoints: h.checkpoints,
        lo: encode(h.lo),
        hi: encode(h.hi),
        ratio: encode(h.ratio),
        counts: encode(h.counts),
        min: encode(h.min),
        max: encode(h.max),
      },
    },
  };
}
