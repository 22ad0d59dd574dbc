// Adding up the parts of one run: each part checked on its own (part-check.ts), then together:
// one run (the minesim and history that made them, scenario text, overrides, seed, paths,
// histogram ranges: part-identity.ts), each shard once, and ranges
// that cover every path exactly once. The sum is the single-machine accumulation exactly.
import { shardMessages as m } from '../../messages/shards.js';
import type { Scenario } from '../../scenario/normalize.js';
import type { Problem } from '../../scenario/problem.js';
import { simulatedDays } from '../../scenario/simulated-days.js';
import { createHistogramSet, mergeHistograms } from '../../stats/histogram.js';
import { addColumnMajor, keptIn, outcomeBufferLength } from '../../stats/outcomes.js';
import { keepsBooks } from '../compile/books.js';
import { checkPart } from './part-check.js';
import { runDifference } from './part-identity.js';
import type { Accumulation } from './run.js';
import { type Part, shardRange } from './shard.js';

/** A part as read: the file it came from (for messages) and its decoded JSON. */
export interface NamedPart {
  file: string;
  part: unknown;
}

export type MergeResult =
  | { ok: true; accumulation: Accumulation; part: Part }
  | { ok: false; message: string };

interface Checked {
  file: string;
  part: Part;
  acc: Accumulation;
}

const label = (c: Checked) => `${c.file} (part ${c.part.shard.k}/${c.part.shard.n})`;

export function mergeParts(parts: readonly NamedPart[]): MergeResult {
  if (parts.length === 0) return { ok: false, message: m.noParts() };
  const checked: Checked[] = [];
  for (const { file, part } of parts) {
    const c = checkPart(file, part);
    if (!c.ok) return c;
    checked.push({ file, part: c.part, acc: c.acc });
  }
  const first = checked[0];
  for (const c of checked.slice(1)) {
    const differ = runDifference(label(first), first.part, label(c), c.part);
    if (differ) return { ok: false, message: differ };
  }
  const seen = new Map<string, Checked>();
  for (const c of checked) {
    const key = `${c.part.shard.k}/${c.part.shard.n}`;
    const twin = seen.get(key);
    if (twin) return { ok: false, message: m.duplicatePart(label(twin), label(c)) };
    seen.set(key, c);
  }

  // Shards of different counts may tile too (a failed 3/4 rerun as 6/8 and 7/8).
  const sorted = [...checked].sort((a, b) => a.acc.from - b.acc.from);
  const paths = first.acc.paths;
  let next = 0;
  for (let i = 0; i < sorted.length; i++) {
    const { from, to } = sorted[i].acc;
    if (from > next)
      return { ok: false, message: m.missingPaths(next, from, missingShards(next, from, checked)) };
    if (from < next)
      return { ok: false, message: m.overlappingParts(label(sorted[i - 1]), label(sorted[i])) };
    next = to;
  }
  if (next !== paths)
    return { ok: false, message: m.missingPaths(next, paths, missingShards(next, paths, checked)) };

  const base = sorted[0].acc;
  const kept = keptIn(0, paths, base.breakEvenPaths, base.books);
  const scalars = new Float64Array(outcomeBufferLength(paths, kept));
  const h = base.histograms;
  const histograms = createHistogramSet(h.series, h.checkpoints, h.lo, h.hi, h.ratio);
  for (const { acc } of sorted) {
    // Column-major, like each part's: a part's columns go to its paths' place in the whole ones.
    const partKept = keptIn(acc.from, acc.to, acc.breakEvenPaths, acc.books);
    addColumnMajor(scalars, paths, kept, acc.from, acc.scalars, acc.to - acc.from, partKept);
    mergeHistograms(histograms, acc.histograms);
  }
  // Every part keeps the sample paths in its range, so together they are paths 0, 1, 2, ...
  const samples = sorted.flatMap((c) => c.acc.samples);
  const gap = samples.findIndex((s, i) => s.index !== i);
  if (gap >= 0) {
    const holder = sorted.find((c) => c.acc.from <= gap && gap < c.acc.to) ?? sorted[0];
    return { ok: false, message: m.samplesGap(label(holder), gap) };
  }
  const workers = Math.max(...sorted.map((c) => c.acc.workers));
  // Each part counts the paths of its range whose network was held at the fleet: the run's is the sum.
  const networkAtFleetPaths = sorted.reduce((sum, c) => sum + c.acc.networkAtFleetPaths, 0);
  const networkAtFleetDays = sorted.reduce((sum, c) => sum + c.acc.networkAtFleetDays, 0);
  return {
    ok: true,
    part: first.part,
    accumulation: {
      ...base,
      from: 0,
      to: paths,
      scalars,
      histograms,
      samples,
      networkAtFleetPaths,
      networkAtFleetDays,
      workers,
    },
  };
}

/**
 * The shards, of a count the given parts were split into, that would fill paths [from, to) exactly,
 * as `k/n`; none when no one count's shards fill it.
 */
function missingShards(from: number, to: number, given: readonly Checked[]): string[] {
  const counts = [...new Set(given.map((c) => c.part.shard.n))];
  const paths = given[0].acc.paths;
  for (const n of counts) {
    const shards: string[] = [];
    let at = from;
    for (let k = 0; k < n && at < to; k++) {
      const range = shardRange(paths, { k, n });
      if (range.from < from) continue;
      if (range.from !== at || range.to > to) break;
      shards.push(`${k}/${n}`);
      at = range.to;
    }
    if (at === to) return shards;
  }
  return [];
}

/**
 * What the merged parts must agree on with their scenario, once it is validated: the days it
 * simulates, whether it keeps the books' outcomes, and as many sample paths as it keeps. Null
 * when they agree; `named` is the first part, for the message (the parts agree on all three).
 */
export function scenarioMismatch(acc: Accumulation, s: Scenario, named: string): string | null {
  const days = simulatedDays(s);
  if (acc.days !== days) return m.partDays(named, acc.days, days);
  if (acc.books !== keepsBooks(s)) return m.partBooks(named, acc.books, keepsBooks(s));
  const samples = Math.min(acc.paths, s.outputs.samplePaths);
  return acc.samples.length === samples ? null : m.samplesMissing(named, samples, acc.samples.length);
}

/**
 * `problems` with those of the overrides a part carries (`--set ...`, and a sweep's first point)
 * put on the part, `named`: a merge takes no --set of its own, so such a problem is the part's.
 */
export function inPart(problems: readonly Problem[], named: string): Problem[] {
  return problems.map((p) =>
    p.file === '--set' || p.file.startsWith('--set ') ? { ...p, file: m.partOverride(named, p.file) } : p,
  );
}
