// A year as a span of time: 365.25 days, mathjs's year. Said once here, for the domain math
// (loans, tax years) and for the scenario's units (scenario/units.ts), which re-exports it.
export const DAYS_PER_YEAR = 365.25;
