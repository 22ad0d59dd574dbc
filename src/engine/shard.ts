// Runs larger than one machine: shard k of n runs its share of a run's paths and saves what it
// gathered (a "part"); merging all n parts gives the single-machine accumulation exactly, since
// per-path results are placed by path index and histogram counts add up as integers.
import { shardMessages as m } from '../scenario/messages.js';
import { binScale, createHistogramSet, type HistogramSet, mergeHistograms } from '../stats/histogram.js';
import { SCALAR_COUNT } from './chunk.js';
import type { Accumulation } from './run.js';

export const PART_VERSION = 1;

/** Which part of a run a shard is: k of n, counted from 0. */
export interface Shard {
  k: number;
  n: number;
}

/** Paths [from, to) of shard k of n: contiguous, as even as whole paths allow. */
export function shardRange(paths: number, shard: Shard): { from: number; to: number } {
  return { from: Math.floor((shard.k * paths) / shard.n), to: Math.floor(((shard.k + 1) * paths) / shard.n) };
}

/** `k/n` -> Shard, or null when it is not one (0 <= k < n). */
export function parseShard(text: string): Shard | null {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return null;
  const k = Number(match[1]);
  const n = Number(match[2]);
  return n >= 1 && k < n ? { k, n } : null;
}

/** A part as saved: the scenario as written (so merge needs nothing else), and the accumulation. */
export interface Part {
  version: number;
  shard: Shard;
  /** `catalog`: the user hardware catalog the run read (`--catalog` or the scenario's key), with its text. */
  scenario: { path: string; source: string; sets: string[]; catalog?: { file: string; text: string } };
  accumulation: Omit<Accumulation, 'scalars' | 'histograms'> & {
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
const floats = (text: string): Float64Array => {
  const b = Buffer.from(text, 'base64');
  return new Float64Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
};
const counts = (text: string): Uint32Array => {
  const b = Buffer.from(text, 'base64');
  return new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
};

export function toPart(acc: Accumulation, shard: Shard, scenario: Part['scenario']): Part {
  const h = acc.histograms;
  return {
    version: PART_VERSION,
    shard,
    scenario,
    accumulation: {
      ...acc,
      scalars: encode(acc.scalars),
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

export function fromPart(part: Part): Accumulation {
  const a = part.accumulation;
  const h = a.histograms;
  const lo = floats(h.lo);
  const hi = floats(h.hi);
  return {
    ...a,
    scalars: floats(a.scalars),
    histograms: {
      series: h.series,
      checkpoints: h.checkpoints,
      lo,
      hi,
      scale: binScale(lo, hi),
      counts: counts(h.counts),
      min: floats(h.min),
      max: floats(h.max),
    },
  };
}

export type MergeResult = { ok: true; accumulation: Accumulation } | { ok: false; message: string };

const label = (p: Part) => `part ${p.shard.k}/${p.shard.n} (${p.scenario.path})`;

/**
 * Adds up the parts of one run. They must come from the same scenario text, overrides, seed and
 * path count, and their ranges must cover every path exactly once.
 */
export function mergeParts(parts: readonly Part[]): MergeResult {
  if (parts.length === 0) return { ok: false, message: m.noParts() };
  const identity = (p: Part) => {
    const a = p.accumulation;
    return JSON.stringify([
      p.scenario.source,
      p.scenario.sets,
      p.scenario.catalog ?? null,
      a.seed,
      a.paths,
      a.antithetic,
      a.breakEvenPaths,
      a.days,
      a.histograms.lo,
      a.histograms.hi,
    ]);
  };
  const first = parts[0];
  const other = parts.find((p) => identity(p) !== identity(first));
  if (other) return { ok: false, message: m.notOneRun(label(first), label(other)) };
  const sorted = [...parts].sort((a, b) => a.accumulation.from - b.accumulation.from);
  const paths = first.accumulation.paths;
  let next = 0;
  for (let i = 0; i < sorted.length; i++) {
    const { from, to } = sorted[i].accumulation;
    if (from > next) return { ok: false, message: m.missingPaths(next, from) };
    if (from < next)
      return { ok: false, message: m.overlappingParts(label(sorted[i - 1]), label(sorted[i])) };
    next = to;
  }
  if (next !== paths) return { ok: false, message: m.missingPaths(next, paths) };
  const accs = sorted.map(fromPart);
  const base = accs[0];
  const scalars = new Float64Array(paths * SCALAR_COUNT);
  const h = base.histograms;
  const histograms = createHistogramSet(h.series, h.checkpoints, h.lo, h.hi);
  for (const acc of accs) {
    scalars.set(acc.scalars, acc.from * SCALAR_COUNT);
    mergeHistograms(histograms, acc.histograms);
  }
  const samples = accs.flatMap((a) => a.samples).sort((a, b) => a.index - b.index);
  const workers = Math.max(...accs.map((a) => a.workers));
  return { ok: true, accumulation: { ...base, from: 0, to: paths, scalars, histograms, samples, workers } };
}
