import { describe, expect, it } from 'vitest';
import {
  BOOKS_OUTCOMES,
  keptIn,
  OUTCOME,
  OUTCOME_COUNT,
  outcomeBufferLength,
  outcomeColumns,
  SEARCHED_OUTCOMES,
  toColumnMajor,
  toPathMajor,
} from '../../src/stats/outcomes.js';

describe('per-path outcome columns', () => {
  it('outcomeBufferLength() keeps no books column for a run without financing or tax', () => {
    const plain = OUTCOME_COUNT - BOOKS_OUTCOMES.length - SEARCHED_OUTCOMES.length;
    expect(outcomeBufferLength(1000, keptIn(0, 1000, 200, false))).toBe(plain * 1000 + 2 * 200);
    expect(outcomeBufferLength(1000, keptIn(0, 1000, 200, true))).toBe(
      (plain + BOOKS_OUTCOMES.length) * 1000 + 2 * 200,
    );
  });

  it('keptIn() keeps the searched columns of the paths searched only, the books of every path with books', () => {
    expect(keptIn(150, 400, 200, true)).toEqual({ searched: 50, booked: 250 });
    expect(keptIn(300, 400, 200, false)).toEqual({ searched: 0, booked: 0 });
  });

  it('toColumnMajor() then toPathMajor() give back every kept value, and NaN for the books without books', () => {
    const paths = 5;
    const pathMajor = new Float64Array(paths * OUTCOME_COUNT).map((_, i) => i + 0.5);
    for (const books of [false, true]) {
      const kept = keptIn(0, paths, 3, books);
      const columns = toColumnMajor(pathMajor, paths, kept);
      const outcomes = outcomeColumns(columns, paths, kept);
      expect(outcomes.irr[4]).toBe(pathMajor[4 * OUTCOME_COUNT + OUTCOME.irr]);
      expect(outcomes.equityIrr.length).toBe(books ? paths : 0);
      expect(outcomes.breakEvenPriceUsd.length).toBe(3);
      const back = toPathMajor(columns, paths, kept);
      for (let k = 0; k < paths; k++)
        for (let slot = 0; slot < OUTCOME_COUNT; slot++) {
          const isBooks = BOOKS_OUTCOMES.some((name) => OUTCOME[name] === slot);
          const searched = slot >= OUTCOME_COUNT - SEARCHED_OUTCOMES.length;
          const keptHere = (!isBooks || books) && (!searched || k < 3);
          const got = back[k * OUTCOME_COUNT + slot];
          if (keptHere) expect(got).toBe(pathMajor[k * OUTCOME_COUNT + slot]);
          else expect(got).toBeNaN();
        }
    }
  });
});
