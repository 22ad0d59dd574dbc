// Sweeps larger than one machine: shard k of n runs its share of the grid's points and saves
// them (a sweep part); merging the parts gives the single-machine sweep. Every point runs the
// same seed and paths wherever it runs, so a point's result does not depend on the shard. Each
// part is checked on its own first (sweep-part-check.ts), then the parts together: one sweep,
// each shard once, every point covered once.
import { sha256Hex } from '../data/provenance.js';
import { originDifference } from '../engine/run/part-identity.js';
import { shardMessages as m } from '../messages/shards.js';
import { assembleSweep } from './sweep.js';
import { checkSweepPart, SWEEP_PART_VERSION, type SweepPart } from './sweep-part-check.js';
import { type SweepResult, studyScenario } from './sweep-result.js';

export { SWEEP_PART_VERSION, type SweepPart };

/** Whether a part file's JSON says it is a sweep part (of any version; checkSweepPart checks the rest). */
export function isSweepPart(value: unknown): boolean {
  return (value as { kind?: unknown } | null)?.kind === 'sweep';
}

/** A sweep part as read: the file it came from (for messages) and its decoded JSON. */
export interface NamedSweepPart {
  file: string;
  part: unknown;
}

export type SweepMerge = { ok: true; result: SweepResult; part: SweepPart } | { ok: false; message: string };

/** Puts the parts' points back in grid order; they must be one sweep and cover every point once. */
export function mergeSweepParts(named: readonly NamedSweepPart[]): SweepMerge {
  if (named.length === 0) return { ok: false, message: m.noParts() };
  const parts: { file: string; part: SweepPart }[] = [];
  for (const { file, part } of named) {
    const checked = checkSweepPart(file, part);
    if (!checked.ok) return checked;
    parts.push({ file, part: checked.part });
  }
  const label = ({ file, part }: (typeof parts)[number]) =>
    `${file} (sweep part ${part.shard.k}/${part.shard.n})`;
  // What one sweep's parts share, each shown in a refusal as each part has it.
  const shared: [string, (p: SweepPart) => unknown][] = [
    ['their scenario texts (SHA-256)', (p) => p.scenario.sha256],
    ['their --set overrides', (p) => p.scenario.sets],
    ['their user hardware catalogs', (p) => p.scenario.catalog?.file ?? null],
    [
      'their user hardware catalogs (SHA-256)',
      (p) => (p.scenario.catalog ? sha256Hex(p.scenario.catalog.text) : null),
    ],
    ['their paths', (p) => p.paths],
    // A number and its digits quoted are one seed (rng.ts runKey reads its text): the same points.
    ['their seeds', (p) => String(p.seed)],
    ['their sweep axes', (p) => p.axes],
    ['their grid points', (p) => p.total],
  ];
  const first = parts[0];
  for (const other of parts.slice(1)) {
    const origin = originDifference(label(first), first.part.origin, label(other), other.part.origin);
    if (origin) return { ok: false, message: origin };
    for (const [what, value] of shared) {
      const [a, b] = [JSON.stringify(value(first.part)), JSON.stringify(value(other.part))];
      if (a !== b) return { ok: false, message: m.notOneRun(label(first), label(other), what, a, b) };
    }
  }
  const seen = new Map<string, (typeof parts)[number]>();
  for (const p of parts) {
    const key = `${p.part.shard.k}/${p.part.shard.n}`;
    const twin = seen.get(key);
    if (twin) return { ok: false, message: m.duplicatePart(label(twin), label(p)) };
    seen.set(key, p);
  }
  const sorted = [...parts].sort((a, b) => a.part.from - b.part.from);
  let next = 0;
  for (let i = 0; i < sorted.length; i++) {
    const { from, to } = sorted[i].part;
    if (from > next) return { ok: false, message: m.missingPoints(next, from) };
    if (from < next)
      return {
        ok: false,
        message: m.overlappingPoints(label(sorted[i - 1]), label(sorted[i])),
      };
    next = to;
  }
  const base = first.part;
  if (next !== base.total) return { ok: false, message: m.missingPoints(next, base.total) };
  const points = sorted.flatMap((p) => p.part.points);
  const days = Math.max(...sorted.map((p) => p.part.days));
  const { name, start, sets } = base.scenario;
  return {
    ok: true,
    part: base,
    result: assembleSweep(studyScenario(name, start, sets), base, base.axes, points, days),
  };
}
