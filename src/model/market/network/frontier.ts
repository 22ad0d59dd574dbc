// The efficiency frontier of mining hardware from the shipped catalog, as known on a start date:
// the best energy per hash of any machine of the coin's hardware class (and of one algorithm,
// since hashes of different algorithms do not compare: the one the chain runs on the start where
// the catalog has two machines made for it, else the one most of them were made for) released
// before the start, and how fast that best improved over the years before it. Only machines released
// before the start month count, so a run uses no hardware it could not have known of. Past the
// catalog's newest machine the rate is measured on the years to it, and the best efficiency is
// carried forward from it at that rate.
import { parseIsoDate } from '../../../data/dates.js';
import type { HardwareModel } from '../../../data/hardware-model.js';
import { DAYS_PER_YEAR } from '../../calendar.js';

/** Years of catalog before the start over which the frontier's improvement is measured. */
export const FRONTIER_YEARS = 4;

export interface Frontier {
  /** Best energy per hash at the start, J/H (past the catalog's newest machine, carried forward at `gainPerYear`). */
  joulesPerHash: number;
  /** Yearly fall in the best energy per hash (0.2 = 20 % less energy a year later). */
  gainPerYear: number;
  /** The machines behind it: the best of the earliest and of the latest date. */
  from: string;
  to: string;
  /**
   * When the catalog has no machine of the class released after the start, the month of its
   * newest (YYYY-MM): the rate is measured on the years to it, which the catalog covers, not to
   * the start; null otherwise.
   */
  newestMonth: string | null;
}

const releaseDay = (m: HardwareModel) => parseIsoDate(`${m.releaseMonth}-01`);

/**
 * The frontier of `catalog` for `hardwareClass` on `start`, or null when fewer than two machines
 * of the class were released before it (no rate can be measured). `inForce`: the algorithm the
 * chain runs on the start (Monero's RandomX from 2019-11-30, when most of the catalog's CPUs
 * before it were benchmarked on CryptoNight, which costs 15 times the energy a hash).
 */
export function catalogFrontier(
  catalog: readonly HardwareModel[],
  hardwareClass: string,
  start: string,
  inForce?: string,
): Frontier | null {
  const startDay = parseIsoDate(`${start.slice(0, 7)}-01`);
  const usable = catalog.filter((m) => m.hardwareClass === hardwareClass && m.hashrateHs > 0 && m.powerW > 0);
  const known = usable.filter((m) => releaseDay(m) < startDay);
  if (known.length < 2) return null;
  // The algorithm most machines of the class were made for: one machine of a coming algorithm
  // (a CPU benchmarked on a later proof of work) does not set the frontier.
  const count = (a: string) => known.filter((m) => m.algorithm === a).length;
  const algorithm =
    inForce !== undefined && count(inForce) >= 2
      ? inForce
      : known.map((m) => m.algorithm).reduce((a, b) => (count(b) > count(a) ? b : a));
  const same = known.filter((m) => m.algorithm === algorithm);
  if (same.length < 2) return null;
  const perHash = (m: HardwareModel) => m.powerW / m.hashrateHs;
  const bestBy = (day: number) =>
    same
      .filter((m) => releaseDay(m) <= day)
      .reduce<HardwareModel | null>((a, b) => (a === null || perHash(b) < perHash(a) ? b : a), null);
  const firstDay = Math.min(...same.map(releaseDay));
  // A start past the catalog's newest machine of the class: the months after it are months the
  // catalog does not cover (not months without better machines), so the rate is measured on the
  // years to that machine's release.
  const exhausted = usable.length === known.length;
  const newestDay = Math.max(...same.map(releaseDay));
  const endDay = exhausted ? newestDay : startDay;
  const fromDay = Math.max(firstDay, endDay - Math.round(FRONTIER_YEARS * DAYS_PER_YEAR));
  const early = bestBy(fromDay) as HardwareModel;
  const now = bestBy(startDay) as HardwareModel;
  const years = (endDay - fromDay) / DAYS_PER_YEAR;
  if (!(years >= 1)) return null;
  const gain = -Math.expm1(-Math.log(perHash(early) / perHash(now)) / years);
  // Past the newest machine the frontier is carried forward at that rate, as the model costs the
  // days before the start back from it: held at the newest machine's, it would put the frontier of
  // the newest machine's month that rate's years above what the catalog has.
  const carriedYears = (startDay - endDay) / DAYS_PER_YEAR;
  const joulesPerHash = perHash(now) * Math.exp(Math.log1p(-gain) * carriedYears);
  const newestMonth = exhausted
    ? (same.find((m) => releaseDay(m) === newestDay) as HardwareModel).releaseMonth
    : null;
  return { joulesPerHash, gainPerYear: gain, from: early.model, to: now.model, newestMonth };
}
