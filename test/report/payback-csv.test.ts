// payback.csv's last row: paths with no payback within the days the run saw. A run cut short where
// the history ends cannot call them "never" (they may pay back after the cut): the tables say
// "not by <cut>", and so does the CSV.
import { describe, expect, it } from 'vitest';
import { paybackCsv } from '../../src/report/tables.js';
import { shareInterval } from '../../src/stats/shares.js';
import type { RunSummary } from '../../src/stats/summary.js';

/** The parts of a summary paybackCsv() reads: 45 days, bins of 30 days, 10 paths, 7 not paid back. */
function summary(cutAt?: string): RunSummary {
  return {
    scenario: { days: 45, ...(cutAt === undefined ? {} : { cutAt }) },
    run: { paths: 10 },
    headline: {},
    payback: {
      binDays: 30,
      counts: [1, 2],
      never: 7,
      cdf: [
        { day: 29, p: 0.1, se: 0.09 },
        { day: 44, p: 0.3, se: 0.15 },
      ],
    },
  } as unknown as RunSummary;
}

describe('paybackCsv', () => {
  it('paybackCsv() of a run to its horizon ends with the `never` row', () => {
    expect(paybackCsv(summary()).trim().split('\n')).toEqual([
      'day_from,day_to,count,cdf,cdf_se,cdf_low,cdf_high',
      `0,29,1,0.1,0.09,${shareInterval({ p: 0.1, se: 0.09 }, 10).join(',')}`,
      `30,44,2,0.3,0.15,${shareInterval({ p: 0.3, se: 0.15 }, 10).join(',')}`,
      'never,,7,,,,',
    ]);
  });

  it('paybackCsv() of a run cut at the end of the history says the 7 paths did not pay back by the cut, not never', () => {
    const last = paybackCsv(summary('2025-11-14')).trim().split('\n').at(-1);
    expect(last).toBe('not by 2025-11-14,,7,,,,');
  });
});
