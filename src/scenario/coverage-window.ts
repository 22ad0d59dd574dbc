// The check every calibration window goes through (scenario/coverage.ts): the days of the history
// it holds against the days it asks for, and what a partial window must still hold. Its problems
// name the keys that would fix them.

import { addDays, daysBetween } from '../data/dates.js';
import type { History } from '../data/history.js';
import { coverageMessages as m } from '../messages/coverage.js';
import { type CalibrationWindow, calibrationWindow } from '../model/market/calibrate.js';
import type { RuleProblem, Scenario } from './normalize.js';
import type { PathKey } from './problem.js';
import { LIMITS } from './schema/limits.js';

/** Fewest days a partial calibration window may hold. */
export const MIN_PARTIAL_DAYS: number = LIMITS.minCalibrationDays;

/**
 * A window of `days` before the start (or as `windowOf` reads it) that the history does not cover:
 * refused, or where `partial` is allowed, refused only below `minDays`; `instead` says what to give.
 * `shortest`: the shortest window the model calibrates on (its schema's least, or its rule's), the
 * least a shorter window offered instead may hold. `written`: the model in full with a window of
 * the days given and `partial: allowed`, where the scenario wrote none of it (a defaulted model):
 * the advice of a longer partial window then writes it, since its key alone would lack the type.
 */
export function checkWindow(
  s: Scenario,
  h: History,
  days: number,
  partial: 'allowed' | 'refused',
  path: PathKey[],
  instead: string,
  out: RuleProblem[],
  minDays = MIN_PARTIAL_DAYS,
  windowOf: (days: number) => CalibrationWindow = (d) => calibrationWindow(h, s.start, d),
  shortest = minDays,
  written?: (days: number) => string,
  /**
   * Why a window of `days` cannot calibrate the model though the history covers it (a network's
   * window across Monero's RandomX: a change of hash unit), else undefined: a longer window is not
   * advised where the shortest that holds enough already is such a window.
   */
  unadvisable?: (days: number) => string | undefined,
): void {
  const w = windowOf(days);
  if (w.coveredDays >= w.requestedDays) return;
  const partialKey = `${path.slice(0, -1).join('.')}.partial: allowed`;
  if (partial === 'allowed' && w.coveredDays >= minDays) return;
  // The most days of the history any window of this start holds (a window is at most 100 years):
  // a longer window adds days only where its missing ones lie past the history's end, and a start
  // far past the history reaches it only across the days between.
  const most = windowOf(LIMITS.durationDays).coveredDays;
  // Every window long enough reaches at least as far back as the shortest: if it spans a change, all do.
  const across =
    partial === 'allowed' && most >= minDays
      ? unadvisable?.(leastDaysHolding(windowOf, minDays, w.requestedDays))
      : undefined;
  if (across !== undefined) {
    out.push({
      path,
      message: m.partialOnlyAcross(
        w.firstDate,
        w.lastDate,
        w.coveredDays,
        minDays,
        s.coin,
        h.firstDate,
        h.lastDate,
        across,
        instead,
      ),
    });
    return;
  }
  // Days the window asks for before the history's first day: no import adds them (it adds only
  // newer days), a later start does.
  const missingBefore = Math.max(0, daysBetween(w.firstDate, h.firstDate));
  const beforeOnly = missingBefore > 0 && w.lastDate <= h.lastDate;
  out.push({
    path,
    message:
      partial === 'allowed'
        ? m.partialTooShort(
            w.firstDate,
            w.lastDate,
            w.coveredDays,
            minDays,
            s.coin,
            h.firstDate,
            h.lastDate,
            instead,
            most >= minDays ? leastDaysHolding(windowOf, minDays, w.requestedDays) : null,
            most,
            // Days missing before the history only: a start that much later holds `minDays` (the
            // window's first day moved to `minDays` days short of its length before the history's
            // first, however far before it the window ends).
            beforeOnly && minDays <= w.requestedDays && minDays <= h.days
              ? {
                  days: missingBefore + minDays - w.requestedDays,
                  start: addDays(s.start, missingBefore + minDays - w.requestedDays),
                }
              : null,
            // Days missing past the history's end: the window that holds as many of its days as
            // this one asks for (the least that holds `minDays` reads a month, a year stale).
            w.lastDate > h.lastDate && most >= minDays
              ? {
                  days: leastDaysHolding(windowOf, Math.min(w.requestedDays, most), w.requestedDays),
                  held: Math.min(w.requestedDays, most),
                  daysBefore: daysBetween(h.lastDate, s.start),
                  partialKey,
                  ...(written ? { written } : {}),
                }
              : null,
          )
        : beforeOnly
          ? m.windowBeforeHistory(
              w.firstDate,
              w.lastDate,
              w.coveredDays,
              w.requestedDays,
              s.coin,
              h.firstDate,
              h.lastDate,
              instead,
              partialKey,
              // A later start holds the whole window only where the history is as long as it.
              w.requestedDays <= h.days
                ? { days: missingBefore, start: addDays(s.start, missingBefore) }
                : null,
              shortest,
              minDays,
            )
          : m.windowNotCovered(
              w.firstDate,
              w.lastDate,
              w.coveredDays,
              w.requestedDays,
              s.coin,
              h.firstDate,
              h.lastDate,
              instead,
              partialKey,
              minDays,
            ),
  });
}

/**
 * The shortest window of at least `from` days that holds `minDays` days of the history (the days a
 * window holds never fall as it lengthens); one holds them by LIMITS.durationDays.
 */
function leastDaysHolding(
  windowOf: (days: number) => CalibrationWindow,
  minDays: number,
  from: number,
): number {
  let low = from;
  let high = Math.floor(LIMITS.durationDays);
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (windowOf(mid).coveredDays >= minDays) high = mid;
    else low = mid + 1;
  }
  return low;
}
