import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/data/dates.js';
import { formatDayAsDate } from '../../src/report/format.js';

// A fleet of 10 units of 100 TH/s at 3,000 W, 0.05 USD/kWh on 2023-01-01, makes 24.22 USD a day
// held fixed (60.22 USD/PH/s/day x 1 PH/s less 36 USD of power). Bought at 1e7 USD a unit (capex
// 1e8 USD), it pays back held fixed in 1e8 / 24.22 = 4,129,024 days, day 4,129,023: about 11,305
// years after 2023 (4,129,023 / 365.2425), in the year 13327. The run printed "(+013327-11)", a
// date cut in the middle; at 1e12 USD a unit (the schema's bound), 4.1e11 days, past the last day
// a JavaScript date holds (8.64e15 ms, 1e8 days from 1970), `minesim run` stopped with
// "RangeError: Invalid time value" as an internal error.
describe('formatDayAsDate with a day past the year 9999', () => {
  it('formatDayAsDate("2023-01-01", 4,129,023) says the date is after 9999-12-31, not "+013327-11"', () => {
    const text = formatDayAsDate('2023-01-01', 4_129_023);
    expect(text).toBe('after 9999-12-31');
  });

  it('formatDayAsDate("2023-01-01", 4.1e11) returns words instead of throwing a RangeError', () => {
    expect(formatDayAsDate('2023-01-01', 4.1e11)).toBe('after 9999-12-31');
  });

  it('formatDayAsDate at 9999-12-31 itself still writes the date', () => {
    // 2023-01-01 is day 19,358 from 1970-01-01; 9999-12-31 is day 2,932,896: 2,913,538 days later.
    expect(formatDayAsDate('2023-01-01', 2_913_538)).toBe('9999-12-31');
    expect(formatDayAsDate('2023-01-01', 2_913_539)).toBe('after 9999-12-31');
  });

  it('formatDay writes a year past 9999 whole, not cut to 10 characters', () => {
    // Day 2,932,897 from 1970-01-01 is 10000-01-01.
    expect(formatDay(2_932_897)).toBe('+010000-01-01');
  });
});
