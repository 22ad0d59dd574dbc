// Sweeps larger than one machine: shard k of n runs its share of the grid's points and saves
// them (a sweep part); merging the parts gives the single-machine sweep. Every point runs the
// same seed and paths wherever it runs, so a point's result does not depend on the shard.
import type { Shard } from '../engine/shard.js';
import { shardMessages as m } from '../scenario/messages.js';
import { assembleSweep, type SweepPointResult, type SweepResult } from './sweep.js';
import type { SweepAxis } from './vary.js';

export const SWEEP_PART_VERSION = 1;

export interface SweepPart {
  version: number;
  kind: 'sweep';
  shard: Shard;
  /** `catalog`: the user hardware catalog the sweep read, with its text. */
  scenario: {
    path: string;
    source: string;
    sets: string[];
    name: string;
    start: string;
    catalog?: { file: string; text: string };
  };
  paths: number;
  seed: string | number;
  axes: SweepAxis[];
  /** Grid points [from, to) of `total`. */
  from: number;
  to: number;
  total: number;
  points: SweepPointResult[];
  days: number;
}

export function isSweepPart(value: unknown): value is SweepPart {
  return (value as SweepPart | null)?.kind === 'sweep' && (value as SweepPart).version === SWEEP_PART_VERSION;
}

const label = (p: SweepPart) => `sweep part ${p.shard.k}/${p.shard.n} (${p.scenario.path})`;

export type SweepMerge = { ok: true; result: SweepResult; part: SweepPart } | { ok: false; message: string };

/** Puts the parts' points back in grid order; they must be one sweep and cover every point once. */
export function mergeSweepParts(parts: readonly SweepPart[]): SweepMerge {
  if (parts.length === 0) return { ok: false, message: m.noParts() };
  const identity = (p: SweepPart) =>
    JSON.stringify([
      p.scenario.source,
      p.scenario.sets,
      p.scenario.catalog ?? null,
      p.paths,
      p.seed,
      p.axes,
      p.total,
    ]);
  const first = parts[0];
  const other = parts.find((p) => identity(p) !== identity(first));
  if (other) return { ok: false, message: m.notOneRun(label(first), label(other)) };
  const sorted = [...parts].sort((a, b) => a.from - b.from);
  let next = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i].from > next) return { ok: false, message: m.missingPoints(next, sorted[i].from) };
    if (sorted[i].from < next)
      return { ok: false, message: m.overlappingParts(label(sorted[i - 1]), label(sorted[i])) };
    next = sorted[i].to;
  }
  if (next !== first.total) return { ok: false, message: m.missingPoints(next, first.total) };
  const points = sorted.flatMap((p) => p.points);
  const days = Math.max(...sorted.map((p) => p.days));
  const { name, start } = first.scenario;
  return { ok: true, part: first, result: assembleSweep({ name, start }, first, first.axes, points, days) };
}
