// The pilot's paths (run.ts: the first paths, which fix the histograms' ranges and carry the
// break-even searches) run on this thread a slice at a time, with a turn of the event loop
// between slices. Run in one call they held the thread for the whole pilot: about a second on a
// quiet 2-core machine with the flagship's 200 break-evens, seven on a loaded one, during which a
// Ctrl-C that stops a --watch preview (cli/watch.ts) could not be heard. The slices are the same
// runner's calls on the same paths in the same order: every number is the same.

import { type ChunkResult, type ChunkRunner, SCALAR_COUNT } from './chunk.js';

/** Pilot paths a slice: a few break-even searches, well under a tenth of a second each slice. */
const PILOT_SLICE = 16;

/** Runs pilot paths [0, count) on `runner` (each path's timeline values `slots` long), yielding between slices. */
export async function runPilot(runner: ChunkRunner, count: number, slots: number): Promise<ChunkResult> {
  if (count <= PILOT_SLICE) return runner.run(0, count, true);
  const whole = runner.run(0, PILOT_SLICE, true);
  const scalars = new Float64Array(count * SCALAR_COUNT);
  const raw = new Float64Array(count * slots);
  const heldByPath = new Uint8Array(count);
  const heldDaysByPath = new Uint32Array(count);
  const take = (part: ChunkResult) => {
    scalars.set(part.scalars, part.from * SCALAR_COUNT);
    raw.set(part.raw!, part.from * slots);
    heldByPath.set(part.networkAtFleetByPath!, part.from);
    heldDaysByPath.set(part.networkAtFleetDaysByPath!, part.from);
    if (part === whole) return;
    for (let d = 0; d < whole.payback.length; d++) whole.payback[d] += part.payback[d];
    whole.samples.push(...part.samples);
    whole.networkAtFleetPaths += part.networkAtFleetPaths;
    whole.networkAtFleetDays += part.networkAtFleetDays;
  };
  take(whole);
  for (let from = PILOT_SLICE; from < count; from += PILOT_SLICE) {
    await new Promise((resolve) => setImmediate(resolve));
    take(runner.run(from, Math.min(count, from + PILOT_SLICE), true));
  }
  return {
    ...whole,
    to: count,
    scalars,
    raw,
    networkAtFleetByPath: heldByPath,
    networkAtFleetDaysByPath: heldDaysByPath,
  };
}
