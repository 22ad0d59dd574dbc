// How runMonteCarlo (run.ts) counts the pilot's paths into the timeline histograms once their
// ranges are fixed: value by value for a few paths, through a batch for more.

import {
  addValue,
  addValuesBatched,
  createValueBatch,
  flushValueBatch,
  type HistogramSet,
} from '../../stats/histogram.js';

/**
 * Below this many pilot paths, countPilot adds their values one by one: a batch's own counts span
 * every slot's bins (2 million for five years' weekly timelines), and adding them into the set
 * costs about 4 ms however few paths it holds; a value costs a random count line, so from about
 * a hundred paths on the batch is the cheaper.
 */
export const PILOT_VALUE_BY_VALUE = 64;

/**
 * Counts pilot paths [first, end) of `raw` (path-major, `slots` values a path) into `h`. Both ways
 * give the same counts, minima and maxima: a batch bins as binOf and keeps the extremes in the
 * same order (see addValuesBatched).
 */
export function countPilot(
  h: HistogramSet,
  raw: Float64Array,
  slots: number,
  first: number,
  end: number,
): void {
  if (end - first < PILOT_VALUE_BY_VALUE) {
    for (let k = first; k < end; k++)
      for (let slot = 0, at = k * slots; slot < slots; slot++, at++) addValue(h, slot, raw[at]);
    return;
  }
  const batch = createValueBatch(slots, end - first);
  for (let k = first; k < end; k++) addValuesBatched(h, raw.subarray(k * slots, (k + 1) * slots), batch);
  flushValueBatch(h, batch);
}
