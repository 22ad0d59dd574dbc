// How far a day's difficulty may move from the day before. Bitcoin retargets once every 2,016
// blocks by at most a factor of 4 either way, and a day holds fewer blocks than an epoch
// (bounds.ts caps it at 1,440), so a day's mean difficulty spans at most two epochs and stays
// within a factor of 4 of the day before's (the shipped history's largest step is 1.55, on
// 2011-05-27). Monero's difficulty follows every block (from the last 720 blocks' times, a day's
// worth), so no rule bounds it; but a day's mean falls only as slowly as blocks still come to
// carry it down, and the shipped history's largest step in either direction is 2.74 (2018-04-08,
// the ASICs gone at the fork; the RandomX fork moved it 1.84): a factor of 10 takes every such
// day and refuses a thousand. A larger step means the file is not this coin's days: a Monero file
// imported as Bitcoin (its difficulty is a thousandth of Bitcoin's), or difficulty in other units
// (a thousand times, kilo for one).
//
// A day's price is bounded by no rule, but no day of either shipped history moved it by as much as
// a factor of 2 (Bitcoin's largest, 1.94 on 2013-04-11; Monero's 1.82 on 2016-08-28): a factor of 5
// takes any such day and refuses a price in other units (thousands of USD, cents) or a last row cut
// inside its price (an interrupted download of a Coin Metrics file, whose last column is PriceUSD:
// a digit cut is a factor of 10), which no day overlapping the history is there to catch.

import { dataMessages as m } from '../../messages/data.js';
import { coinProtocol } from '../../model/coins/index.js';
import type { History } from '../daily-history.js';
import { formatDay } from '../dates.js';
import { columnOf, type ReadDay, type RowReader } from './read-days.js';

/** The retarget rule's clamp: a new epoch's difficulty is within this factor of the last one's. */
export const RETARGET_FACTOR = 4;
/** The most a Monero day's difficulty moves from the day before's (3.6 times its history's largest step). */
export const MONERO_STEP_FACTOR = 10;

/** The most a day's price moves from the day before's (2.6 times either history's largest step). */
export const PRICE_STEP_FACTOR = 5;

/** Each day past the history whose price is out of any day's reach from the day before's. */
export function checkPriceSteps(r: RowReader, days: readonly ReadDay[], base: History): void {
  const protocol = coinProtocol(base.coin);
  for (const { day, prior } of daysAfter(
    days,
    base,
    (i) => base.priceUsd[i],
    (d) => d.priceUsd,
  )) {
    const step = Math.max(day.priceUsd / prior.value, prior.value / day.priceUsd);
    if (step > PRICE_STEP_FACTOR)
      r.problems.push({
        file: r.file,
        line: day.line,
        ...columnOf(r, 'priceUsd'),
        message: m.priceStep(protocol.name, PRICE_STEP_FACTOR, prior.date, prior.value, day.priceUsd),
      });
  }
}

/**
 * Each day of the file past the history with the day before it and its value: the file's row
 * before, or the history's last day for the first.
 */
function daysAfter(
  days: readonly ReadDay[],
  base: History,
  ofBase: (i: number) => number,
  ofDay: (d: ReadDay) => number,
): { day: ReadDay; prior: { date: string; value: number } }[] {
  const out: { day: ReadDay; prior: { date: string; value: number } }[] = [];
  let previous: ReadDay | null = null;
  for (const day of days) {
    const before: ReadDay | null = previous;
    previous = day;
    if (base.indexOf(day.date) >= 0) continue;
    let prior = before?.n === day.n - 1 ? { date: before.date, value: ofDay(before) } : null;
    const i = base.indexOf(formatDay(day.n - 1));
    if (prior === null && i >= 0) prior = { date: base.dateAt(i), value: ofBase(i) };
    if (prior !== null) out.push({ day, prior });
  }
  return out;
}

/** Each day past the history whose difficulty is out of the protocol's reach from the day before's. */
export function checkDifficultySteps(r: RowReader, days: readonly ReadDay[], base: History): void {
  const protocol = coinProtocol(base.coin);
  const retargets = protocol.retargetBlocks > 0;
  const factor = retargets ? RETARGET_FACTOR : MONERO_STEP_FACTOR;
  for (const { day, prior } of daysAfter(
    days,
    base,
    (i) => base.difficulty[i],
    (d) => d.difficulty,
  )) {
    const step = Math.max(day.difficulty / prior.value, prior.value / day.difficulty);
    if (step > factor)
      r.problems.push({
        file: r.file,
        line: day.line,
        ...columnOf(r, day.difficultyDerived ? 'hashrate' : 'difficulty'),
        message: m.difficultyStep(protocol.name, retargets, factor, prior.date, prior.value, day.difficulty),
      });
  }
}
