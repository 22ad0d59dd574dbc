// How a daily file must fit the history it extends: heights that follow from the blocks, the
// same heights as the history where they meet, and, on the days both cover, the same price,
// difficulty and blocks within a stated tolerance.

import { dataMessages as m } from '../../messages/data.js';
import type { History } from '../daily-history.js';
import { addDays } from '../dates.js';
import type { ReadDay, RowReader } from './read-days.js';
import { columnOf } from './read-days.js';

/**
 * Agreement required where a file overlaps the history in use. Both come from Coin Metrics, whose
 * published figures agree to far better than this; the margins allow for the reference-rate price
 * being revised and for difficulty rebuilt from HashRate (which differs from DiffMean by 1e-8).
 * Blocks are counted, not measured, so they must match exactly, as must heights. A source that
 * assigns blocks to days differently should start its file the day after the history ends.
 */
export const TOLERANCE = {
  /** Relative difference allowed in the price. */
  price: 0.01,
  /** Relative difference allowed in the mean difficulty. */
  difficulty: 0.001,
  /** Blocks a day may differ by. */
  blocks: 0,
} as const;

const relative = (a: number, b: number) => Math.abs(a / b - 1);

/** Within the file: each day's height is the day before's plus its blocks. */
export function checkHeightChain(r: RowReader, days: readonly ReadDay[]): void {
  for (let k = 1; k < days.length; k++) {
    const a = days[k - 1];
    const b = days[k];
    if (b.n !== a.n + 1 || a.height === undefined || b.height === undefined) continue;
    if (b.height !== a.height + a.blocks) {
      r.problems.push({
        file: r.file,
        line: b.line,
        ...columnOf(r, 'height'),
        message: m.heightChain(a.height + a.blocks, a.date, b.height),
      });
    }
  }
}

/** Days the history also covers must agree with it; the first day after it must continue its heights. */
export function checkAgainstHistory(r: RowReader, days: readonly ReadDay[], base: History): number {
  const lastIndex = base.days - 1;
  const nextHeight = base.height[lastIndex] + base.blocks[lastIndex];
  let overlap = 0;
  for (const day of days) {
    const i = base.indexOf(day.date);
    const push = (field: Parameters<typeof columnOf>[1], message: string) =>
      r.problems.push({ file: r.file, line: day.line, ...columnOf(r, field), message });
    if (i < 0) {
      if (day.height !== undefined && day.date === addDays(base.lastDate, 1) && day.height !== nextHeight)
        push('height', m.heightJoin(base.coin, nextHeight, base.lastDate, day.height));
      continue;
    }
    overlap++;
    const price = relative(day.priceUsd, base.priceUsd[i]);
    if (price > TOLERANCE.price)
      push(
        'priceUsd',
        m.disagrees(base.coin, 'the price', day.date, base.priceUsd[i], price, TOLERANCE.price, day.priceUsd),
      );
    const difficulty = relative(day.difficulty, base.difficulty[i]);
    if (difficulty > TOLERANCE.difficulty) {
      const what = day.difficultyDerived ? 'the difficulty derived from HashRate' : 'the difficulty';
      const field = day.difficultyDerived ? 'hashrate' : 'difficulty';
      push(
        field,
        m.disagrees(
          base.coin,
          what,
          day.date,
          base.difficulty[i],
          difficulty,
          TOLERANCE.difficulty,
          day.difficulty,
        ),
      );
    }
    if (Math.abs(day.blocks - base.blocks[i]) > TOLERANCE.blocks)
      push('blocks', m.blocksDisagree(base.coin, day.date, base.blocks[i], day.blocks));
    if (day.height !== undefined && day.height !== base.height[i])
      push('height', m.heightHistory(base.coin, day.date, base.height[i], day.height));
  }
  return overlap;
}
