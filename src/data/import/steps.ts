// How far a day's difficulty may move from the day before, where the protocol bounds it. Bitcoin
// retargets once every 2,016 blocks by at most a factor of 4 either way, and a day holds fewer
// blocks than an epoch (bounds.ts caps it at 1,440), so a day's mean difficulty spans at most two
// epochs and stays within a factor of 4 of the day before's (the shipped history's largest step
// is 1.55, on 2011-05-27). A larger step means the file is not this coin's days: a Monero file
// imported as Bitcoin (its difficulty is a thousandth of Bitcoin's), or difficulty in other
// units. Monero, whose difficulty follows every block and resets at proof-of-work forks, has no
// such bound.

import { dataMessages as m } from '../../messages/data.js';
import { coinProtocol } from '../../model/coins/index.js';
import type { History } from '../daily-history.js';
import { formatDay } from '../dates.js';
import { columnOf, type ReadDay, type RowReader } from './read-days.js';

/** The retarget rule's clamp: a new epoch's difficulty is within this factor of the last one's. */
export const RETARGET_FACTOR = 4;

/** Each day past the history whose difficulty is out of the protocol's reach from the day before's. */
export function checkDifficultySteps(r: RowReader, days: readonly ReadDay[], base: History): void {
  if (coinProtocol(base.coin).retargetBlocks <= 0) return;
  let previous: ReadDay | null = null;
  for (const day of days) {
    const before: ReadDay | null = previous;
    previous = day;
    if (base.indexOf(day.date) >= 0) continue;
    let prior: { date: string; difficulty: number } | null = before?.n === day.n - 1 ? before : null;
    const i = base.indexOf(formatDay(day.n - 1));
    if (prior === null && i >= 0) prior = { date: base.dateAt(i), difficulty: base.difficulty[i] };
    if (prior === null) continue;
    const step = Math.max(day.difficulty / prior.difficulty, prior.difficulty / day.difficulty);
    if (step > RETARGET_FACTOR)
      r.problems.push({
        file: r.file,
        line: day.line,
        ...columnOf(r, day.difficultyDerived ? 'hashrate' : 'difficulty'),
        message: m.difficultyStep(base.coin, RETARGET_FACTOR, prior.date, prior.difficulty, day.difficulty),
      });
  }
}
