// The payback held fixed on the fleet's own calendar: each outlay (a cohort's capex) on the day it
// is paid, each profit from the day it starts (a cohort hashes from its deployment day; the fixed
// costs run from the start), at rates the day held fixed sets. Payback is as the run counts it
// (engine/kernel/treasury.ts): the first moment the position is back at zero or above after it was
// below; a position never below zero has nothing to pay back (day 0). Time is continuous here (a
// calculator's capex / profit), where the run counts whole days.

/** Money paid out once, on `day` (days from the day held fixed), USD; negative for money in (a resale). */
export interface Outlay {
  day: number;
  usd: number;
}

/** A profit (or a loss) of `usdPerDay` from `fromDay` until `toDay` (Infinity: for ever). */
export interface Stream {
  fromDay: number;
  toDay: number;
  usdPerDay: number;
}

/**
 * Days from the day held fixed to the payback; null when the position, once below zero, never
 * comes back. The payback is looked for from `fromDay` on (the fleet's last purchase, as the run
 * looks for it: engine/compile/plan.ts paybackFromDay), the position at zero or above then
 * counting if it was below before.
 */
export function paybackOnSchedule(
  outlays: readonly Outlay[],
  streams: readonly Stream[],
  fromDay = 0,
): number | null {
  // What happens on each day: money paid out (or in), and the change in the profit a day. One
  // sweep over the days in order (a fleet of many cohorts, or an emission of many eras, stays fast).
  const events = new Map<number, { usd: number; rate: number }>();
  const at = (day: number) => {
    const d = Math.max(0, day);
    const e = events.get(d) ?? { usd: 0, rate: 0 };
    events.set(d, e);
    return e;
  };
  at(0);
  at(fromDay);
  for (const o of outlays) at(o.day).usd += o.usd;
  for (const s of streams) {
    if (!(s.fromDay < s.toDay)) continue;
    at(s.fromDay).rate += s.usdPerDay;
    if (Number.isFinite(s.toDay)) at(s.toDay).rate -= s.usdPerDay;
  }
  const edges = [...events.keys()].sort((a, b) => a - b);
  let foreverRate = 0;
  for (const s of streams) if (s.toDay === Number.POSITIVE_INFINITY) foreverRate += s.usdPerDay;
  let position = 0;
  let rate = 0;
  let atStake = false;
  for (let i = 0; i < edges.length; i++) {
    const from = edges[i];
    const length = i + 1 < edges.length ? edges[i + 1] - from : Number.POSITIVE_INFINITY;
    const e = events.get(from) as { usd: number; rate: number };
    position -= e.usd;
    // The last stretch's rate is summed afresh from the streams that run for ever, so what is left
    // of the ones that ended is exactly 0, not a rounding error of either sign.
    rate = length === Number.POSITIVE_INFINITY ? foreverRate : rate + e.rate;
    if (!Number.isFinite(position) || !Number.isFinite(rate))
      throw new Error(`internal: a held-fixed payback on a position of ${position} USD at ${rate} USD a day`);
    // Money in on this day (a resale) can bring the position back at once.
    // Before fromDay (an edge, so a stretch ends on it) the position is followed, not judged.
    const judged = from >= fromDay;
    // Back at zero on an edge (money in on its day, a resale, or the last purchase paid): the run
    // books that day's flows at its end, so it pays back at the end of day `from`, from + 1 days in
    // (a resale on day 60 is day 60's payback; read as `from` days in, it was printed as day 59).
    if (judged && atStake && position >= 0) return from + 1;
    if (position < 0) {
      atStake = true;
      if (judged && rate > 0 && -position / rate <= length) return from - position / rate;
    } else if (rate < 0 && position + rate * length < 0) atStake = true;
    // The last stretch runs for ever: below zero, or falling below, without coming back is never;
    // never below zero is nothing to pay back.
    if (length === Number.POSITIVE_INFINITY) return position < 0 || rate < 0 ? null : 0;
    position += rate * length;
  }
  return null;
}

/**
 * The day a payback of `days` (paybackOnSchedule's continuous days, capex / profit) falls on, as
 * the run counts days (engine/kernel/treasury.ts): the start is day 0, a day's profit comes at its
 * end, and the payback is the first day whose end finds the position at zero or above. So 350.53
 * days of profit pay back on day 350 (its end is 351 days in), exactly 100 on day 99, and
 * nothing at stake (0) is day 0. Every place that prints a payback held fixed (the daily view's
 * row and sentence, their dates, the halving's and the emission's paybacks, `minesim quote`)
 * prints this day, the one the run gives the same flows; summary.json keeps the continuous days.
 */
export function heldFixedPaybackDay(days: number | null): number | null {
  if (days === null) return null;
  return days <= 0 ? 0 : Math.ceil(days) - 1;
}

/** An era of the subsidy: from `fromDay` on, the day's revenue from blocks scaled by `factor`. */
export interface RewardEra {
  fromDay: number;
  factor: number;
}

/**
 * A profit from `fromDay` until `toDay` (Infinity: for ever), era by era: `usdPerDay(factor)` a
 * day in each era of the subsidy, the era's index second (eras in order, the first from day 0 or
 * before).
 */
export function streamThroughEras(
  fromDay: number,
  eras: readonly RewardEra[],
  usdPerDay: (factor: number, era: number) => number,
  toDay = Number.POSITIVE_INFINITY,
): Stream[] {
  const streams: Stream[] = [];
  for (let i = 0; i < eras.length; i++) {
    const to = Math.min(toDay, i + 1 < eras.length ? eras[i + 1].fromDay : Number.POSITIVE_INFINITY);
    const from = Math.max(fromDay, eras[i].fromDay);
    if (from < to) streams.push({ fromDay: from, toDay: to, usdPerDay: usdPerDay(eras[i].factor, i) });
  }
  return streams;
}
