// The merge's own look at the numbers: it runs the pilot again (the first 256 paths, or all of a
// smaller run), on its scenario, seed, code and history, and the merged parts must hold what it
// gives: the histogram ranges the pilot fixes, and each pilot path's outcomes and sample, to the
// bit. Parts of another seed, antithetic setting or build, or a pilot path edited with its
// checksum recomputed, give other numbers there; what every part claims alike (its seed, say) is
// otherwise taken on trust. Paths past the pilot are not run again: that would be the whole run.
import type { Scenario } from '../../scenario/normalize.js';
import { keptIn, OUTCOMES, outcomeColumns } from '../../stats/outcomes.js';
import { type Accumulation, accumulateRun, PILOT_PATHS } from './run.js';

/** What of the merged accumulation differs from the pilot's: the ranges, a path, or nothing (null). */
export type PilotDifference = { what: 'ranges' } | { what: 'path'; path: number } | null;

const same = (a: ArrayLike<number>, b: ArrayLike<number>, from: number, to: number): number => {
  for (let i = from; i < to; i++) if (!Object.is(a[i], b[i])) return i;
  return -1;
};

/** Runs the pilot of `acc`'s run of `s` and compares (acc holds every path: a merge's). */
export async function pilotDifference(s: Scenario, acc: Accumulation): Promise<PilotDifference> {
  const count = Math.min(acc.paths, PILOT_PATHS);
  const pilot = await accumulateRun(
    s,
    {
      paths: acc.paths,
      seed: acc.seed,
      antithetic: acc.antithetic,
      workers: 1,
      breakEvenPaths: acc.breakEvenPaths,
    },
    { from: 0, to: count },
  );
  const h = acc.histograms;
  const slots = h.lo.length;
  if (
    pilot.histograms.lo.length !== slots ||
    same(pilot.histograms.lo, h.lo, 0, slots) >= 0 ||
    same(pilot.histograms.hi, h.hi, 0, slots) >= 0 ||
    pilot.histograms.ratio.some((r, slot) => r !== h.ratio[slot])
  )
    return { what: 'ranges' };
  const merged = outcomeColumns(acc.scalars, acc.paths, keptIn(0, acc.paths, acc.breakEvenPaths, acc.books));
  const ran = outcomeColumns(pilot.scalars, count, keptIn(0, count, pilot.breakEvenPaths, pilot.books));
  let first = -1;
  for (const name of OUTCOMES) {
    const k = same(ran[name], merged[name], 0, ran[name].length);
    if (k >= 0 && (first < 0 || k < first)) first = k;
  }
  for (const sample of pilot.samples) {
    const other = acc.samples[sample.index];
    if (JSON.stringify(other) !== JSON.stringify(sample) && (first < 0 || sample.index < first))
      first = sample.index;
  }
  return first >= 0 ? { what: 'path', path: first } : null;
}
