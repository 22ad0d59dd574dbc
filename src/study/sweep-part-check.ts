// What a sweep's part must satisfy before it is merged, beyond its checksum (part-file.ts): the
// shape of every field, the range of grid points its shard number gives, one result per point of
// that range, each at the axis values the grid puts there, and probabilities that are ones. A part
// that fails is refused with a message naming its file; nothing here throws.
import { z } from 'zod';
import { OUTCOME_BOUND, originSchema } from '../engine/run/part-check.js';
import type { PartOrigin } from '../engine/run/part-origin.js';
import { type Shard, shardRange } from '../engine/run/shard.js';
import { shardMessages as m } from '../messages/shards.js';
import { IRR_CEILING } from '../model/finance/irr-bounds.js';
import { summarySchema } from '../stats/summary-schema.js';
import { sweepBooksSchema } from './sweep-books.js';
import type { SweepPointResult } from './sweep-result.js';
import type { SweepAxis } from './vary.js';

/**
 * Version 2 added the scenario's SHA-256 and the file's checksum (part-file.ts); version 3 the
 * minesim and the history that made the part (engine/run/part-origin.ts); version 4 each point's
 * days (its own horizon); version 5 the paths and days on which a point's random network was held
 * at the fleet (networkAtFleet: a part without it could not say whether its points were).
 */
export const SWEEP_PART_VERSION = 5;

/** A sweep's part as a shard saves it; sweepPartSchema below is what a read part must satisfy. */
export interface SweepPart {
  version: number;
  kind: 'sweep';
  shard: Shard;
  /** `catalog`: the user hardware catalog the sweep read, with its text. */
  scenario: {
    path: string;
    source: string;
    sha256: string;
    sets: string[];
    name: string;
    start: string;
    catalog?: { file: string; text: string };
  };
  /** The minesim and the history the part was made with: a merge needs the same. */
  origin: PartOrigin;
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

const estimate = z.object({ p: z.number().min(0).max(1), se: z.number().min(0) });
const medianInterval = z.object({ low: z.number().nullable(), high: z.number().nullable() });

export const sweepPartSchema = z.object({
  version: z.literal(SWEEP_PART_VERSION),
  kind: z.literal('sweep'),
  shard: z.object({ k: z.int().min(0), n: z.int().min(1) }),
  scenario: z.object({
    path: z.string(),
    source: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    sets: z.array(z.string()),
    name: z.string(),
    start: z.string(),
    catalog: z.object({ file: z.string(), text: z.string() }).optional(),
  }),
  origin: originSchema,
  paths: z.int().min(1),
  seed: z.union([z.string(), z.number()]),
  axes: z
    .array(
      z.object({
        text: z.string(),
        key: z.string(),
        path: z.array(z.union([z.string(), z.int().min(0)])),
        values: z.array(z.number()).min(1),
        unit: z.string().nullable(),
      }),
    )
    .min(1),
  from: z.int().min(0),
  to: z.int().min(0),
  total: z.int().min(1),
  points: z.array(
    z.object({
      values: z.array(z.number()),
      days: z.int().min(1),
      paybackWithin1y: estimate,
      paybackWithin2y: estimate,
      noPayback: estimate,
      medianPaybackDays: z.number().nullable(),
      medianNpvUsd: z.number().nullable(),
      medianPaybackDaysInterval: medianInterval.optional(),
      medianNpvUsdInterval: medianInterval.optional(),
      claims: summarySchema.shape.claims,
      books: sweepBooksSchema.optional(),
      cutAt: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .optional(),
      networkAtFleet: z.object({ paths: z.int().min(1), days: z.int().min(1) }).optional(),
      antithetic: z.literal(true).optional(),
      oneOutcome: z.literal(true).optional(),
    }),
  ),
  days: z.int().min(1),
});

export type SweepChecked = { ok: true; part: SweepPart } | { ok: false; message: string };

/** The axis values at grid point `index`: the first axis varies slowest, the last fastest. */
function gridValues(axes: SweepPart['axes'], index: number): number[] {
  const values: number[] = new Array(axes.length);
  for (let i = axes.length - 1; i >= 0; i--) {
    const n = axes[i].values.length;
    values[i] = axes[i].values[index % n];
    index = Math.floor(index / n);
  }
  return values;
}

/** Checks `value` (a sweep part as read from `file`). */
export function checkSweepPart(file: string, value: unknown): SweepChecked {
  const fail = (message: string): SweepChecked => ({ ok: false, message });
  const parsed = sweepPartSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(m.malformedPart(file, `${issue.path.join('.') || 'the part'}: ${issue.message}`));
  }
  const part = parsed.data as SweepPart;
  const { shard, total } = part;
  const name = `${shard.k}/${shard.n}`;
  const grid = part.axes.reduce((n, axis) => n * axis.values.length, 1);
  if (grid !== total) return fail(m.malformedPart(file, `the axes make ${grid} grid points, not ${total}`));
  if (shard.k >= shard.n) return fail(m.malformedPart(file, `the shard ${name} is not k/n with k < n`));
  if (shard.n > total) return fail(m.malformedPart(file, `${shard.n} shards of ${total} grid points`));
  const range = shardRange(total, shard);
  if (part.from !== range.from || part.to !== range.to)
    return fail(m.partRange(file, name, part.from, part.to, range.from, range.to));
  if (part.points.length !== part.to - part.from)
    return fail(m.partLength(file, 'points', part.points.length, part.to - part.from));
  for (const [i, point] of part.points.entries()) {
    const expected = gridValues(part.axes, part.from + i);
    if (point.values.length !== expected.length || point.values.some((v, j) => v !== expected[j]))
      return fail(
        m.badPoint(file, part.from + i, `is at ${point.values.join(', ')}, not at ${expected.join(', ')}`),
      );
    // No point is run again: its figures must be ones a run gives.
    const day = point.medianPaybackDays;
    if (day !== null && !(day >= 0 && day < point.days))
      return fail(m.badPoint(file, part.from + i, `has a median payback day no run gives (got ${day})`));
    const npv = point.medianNpvUsd;
    if (npv !== null && !(Math.abs(npv) <= OUTCOME_BOUND))
      return fail(m.badPoint(file, part.from + i, `has a median NPV no run gives (got ${npv})`));
    // Paths held at the fleet are some of the point's paths, each held on 1 to its days.
    const held = point.networkAtFleet;
    if (held && (held.paths > part.paths || held.days < held.paths || held.days > held.paths * point.days))
      return fail(
        m.badPoint(
          file,
          part.from + i,
          `has ${held.paths} paths and ${held.days} days held at the fleet, which no run of ${part.paths} paths of ${point.days} days gives`,
        ),
      );
    const books = point.books;
    if (books) {
      for (const [what, usd] of [
        ['median equity NPV', books.medianEquityNpvUsd],
        ['median after-tax NPV', books.medianAfterTaxNpvUsd],
        ['median hedge net', books.medianHedgeNetUsd],
      ] as const)
        if (usd !== null && !(Math.abs(usd) <= OUTCOME_BOUND))
          return fail(m.badPoint(file, part.from + i, `has a ${what} no run gives (got ${usd})`));
      const irr = books.medianEquityIrr;
      if (irr !== null && !(irr >= -1 && irr <= IRR_CEILING))
        return fail(m.badPoint(file, part.from + i, `has a median equity IRR no run gives (got ${irr})`));
    }
    // The books' figures come with a scenario's finance: on every point of a part, or on none.
    const first = part.points[0];
    if ((first.books === undefined) !== (books === undefined))
      return fail(
        m.badPoint(
          file,
          part.from + i,
          books === undefined
            ? `has no books’ figures where grid point ${part.from} has them`
            : `has books’ figures where grid point ${part.from} has none`,
        ),
      );
  }
  return { ok: true, part };
}
