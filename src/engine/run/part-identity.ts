// What every part of one run shares, and the first thing two parts differ in, shown so that a
// refused merge says which input to make the same: the minesim and the history that made them
// first (a difference there explains every other), then the run's inputs, then what the same
// inputs give alike (the days simulated, the histogram ranges the pilot fixed).
import { sha256Hex } from '../../data/provenance.js';
import { shardMessages as m } from '../../messages/shards.js';
import { dataKey, type PartOrigin } from './part-origin.js';
import type { Part } from './shard.js';

/**
 * One thing parts of a run share: its name in a message, how it is compared and shown, or the
 * message of its own where two values shown side by side would say little.
 */
interface Shared {
  what: string;
  key: (p: Part) => string;
  shown: (p: Part) => string;
  message?: (la: string, a: Part, lb: string, b: Part) => string;
}

const json = (value: unknown) => JSON.stringify(value ?? null);

const SHARED: Shared[] = [
  {
    what: 'their scenario texts',
    key: (p) => p.scenario.source,
    shown: (p) => p.scenario.sha256,
    message: (la, a, lb, b) => m.otherScenario(la, lb, firstOtherLine(a.scenario.source, b.scenario.source)),
  },
  { what: 'their --set overrides', key: (p) => json(p.scenario.sets), shown: (p) => json(p.scenario.sets) },
  {
    what: 'their user hardware catalogs',
    key: (p) => json(p.scenario.catalog),
    shown: (p) =>
      p.scenario.catalog
        ? m.catalogShown(p.scenario.catalog.file, sha256Hex(p.scenario.catalog.text))
        : 'none',
  },
  // A number and its digits quoted are one seed (rng.ts runKey reads its text): the same paths.
  { what: 'their seeds', key: (p) => String(p.accumulation.seed), shown: (p) => json(p.accumulation.seed) },
  { what: 'their paths', key: (p) => json(p.accumulation.paths), shown: (p) => json(p.accumulation.paths) },
  {
    what: 'their antithetic settings',
    key: (p) => json(p.accumulation.antithetic),
    shown: (p) => json(p.accumulation.antithetic),
  },
  {
    what: "whether they keep the books' outcomes",
    key: (p) => json(p.accumulation.books),
    shown: (p) => json(p.accumulation.books),
  },
  {
    what: 'the days they simulate',
    key: (p) => json(p.accumulation.days),
    shown: (p) => json(p.accumulation.days),
  },
  {
    what: 'the paths searched for break-evens',
    key: (p) => json(p.accumulation.breakEvenPaths),
    shown: (p) => json(p.accumulation.breakEvenPaths),
  },
  {
    what: "the histogram ranges their pilot fixed, which one run's parts share",
    key: (p) =>
      json([p.accumulation.histograms.lo, p.accumulation.histograms.hi, p.accumulation.histograms.ratio]),
    shown: () => '',
    message: (la, _, lb) => m.otherRanges(la, lb),
  },
];

/**
 * Where the minesim builds or the histories that made two parts (of a run or a sweep, labelled `la`
 * and `lb`) differ, as a message, or null.
 */
export function originDifference(la: string, a: PartOrigin, lb: string, b: PartOrigin): string | null {
  if (a.minesim !== b.minesim || a.code !== b.code)
    return m.notOneRun(
      la,
      lb,
      'the minesim builds that made them',
      m.minesimShown(a.minesim, a.code),
      m.minesimShown(b.minesim, b.code),
    );
  if (dataKey(a.data) !== dataKey(b.data))
    return m.notOneRun(la, lb, 'the histories they read', m.dataShown(a.data), m.dataShown(b.data));
  return null;
}

/** The first difference between parts `a` and `b` (labelled `la`, `lb`) as a message, or null. */
export function runDifference(la: string, a: Part, lb: string, b: Part): string | null {
  const origin = originDifference(la, a.origin, lb, b.origin);
  if (origin) return origin;
  const shared = SHARED.find((s) => s.key(a) !== s.key(b));
  if (!shared) return null;
  if (shared.message) return shared.message(la, a, lb, b);
  return m.notOneRun(la, lb, shared.what, shared.shown(a), shared.shown(b));
}

/** The first line two texts differ on: its number (from 1) and each text's line (null past its end). */
function firstOtherLine(a: string, b: string): { line: number; a: string | null; b: string | null } {
  // A line ends at LF, CR LF or CR alone, as YAML 1.2 reads a scenario (scenario/document.ts).
  const la = a.split(/\r\n|\r|\n/);
  const lb = b.split(/\r\n|\r|\n/);
  let i = 0;
  while (i < la.length && i < lb.length && la[i] === lb[i]) i++;
  return { line: i + 1, a: la[i] ?? null, b: lb[i] ?? null };
}
