// Runs larger than one machine: shard k of n runs its share of a run's paths and saves what it
// gathered (a "part"); merging all n parts gives the single-machine accumulation exactly, since
// per-path results are placed by path index and histogram counts add up as integers
// (merge-parts.ts). Version 2 added the scenario's SHA-256 and the file's checksum (part-file.ts);
// version 4 the minesim and the history that made the part (part-origin.ts).
import { createHash } from 'node:crypto';
import type { HistogramSet } from '../../stats/histogram.js';
import { keptIn, toPathMajor } from '../../stats/outcomes.js';
import type { PartOrigin } from './part-origin.js';
import type { Accumulation } from './run.js';

export const PART_VERSION = 4;

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
    histograms: Omit<HistogramSet, 'lo' | 'hi' | 'counts' | 'min' | 'max' | 'scale'> & {
      lo: string;
      hi: string;
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
        counts: encode(h.counts),
        min: encode(h.min),
        max: encode(h.max),
      },
    },
  };
}
