// summary.md's "Weekly bands' Monte Carlo error" rounded each interval's ends to the nearest 4
// significant digits, inwards as often as not: the S21 fleet's net position printed "548,200 to
// 765,300 USD" for timeline.csv's 548,156.49 to 765,306.75, an interval that leaves out both ends,
// beside the fan's caption, which rounds them outwards (548,100 to 765,400). Both now round outwards.
import { describe, expect, it } from 'vitest';
import { bandsError } from '../../src/report/bands-error.js';
import { bandsErrorTable } from '../../src/report/bands-error-table.js';
import { makeSummary } from '../fixtures/summary.js';

const base = makeSummary();
const summary = makeSummary({
  run: { ...base.run, paths: 10_000 },
  timeline: {
    ...base.timeline,
    widestIntervals: {
      netUsd: {
        date: '2029-01-11',
        quantile: 0.95,
        value: 650217.1160149896,
        low: 548156.4936583057,
        high: 765306.7539911963,
      },
    },
  },
});

describe('the weekly bands’ widest interval reads the same, rounded outwards, in summary.md and on the fan', () => {
  it('summary.md: 548,100 to 765,400, not 548,200 to 765,300', () => {
    const row = bandsErrorTable(summary)!.rows.find((r) => r[0] === 'netUsd')!;
    expect(row[4]).toBe('548,100 to 765,400');
  });

  it('the fan’s caption gives the same ends', () => {
    expect(bandsError(summary, [{ key: 'netUsd', name: null, unit: 'USD' }])).toContain(
      '548,100 to 765,400 USD',
    );
  });
});
