// A year as a span of time: 365.25 days, mathjs's year. Said once here, for the domain math
// (loans, tax years) and for the scenario's units (scenario/units.ts), which re-exports it.
export const DAYS_PER_YEAR = 365.25;

/**
 * The year of annual rates (drift, volatility, jump and spike rates, the discount rate, failure
 * and degradation rates, the annualised IRR): the same 365.25 days, so that a rate per year and a
 * span of a year mean one thing.
 */
export const DAYS_PER_RATE_YEAR = DAYS_PER_YEAR;
