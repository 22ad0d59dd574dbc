// The annual rates the IRR is searched over (irr.ts), apart so that what only needs the bounds (the
// rule on a claim's IRR threshold, scenario/rules.ts) loads none of the solver.

/** Lowest annual IRR searched: -99.99 % a year; a unique rate below it is reported as this value (censored). */
export const IRR_FLOOR = -0.9999;
/**
 * The search stops when the daily log rate (rho) moves less than this (irr.ts, sparse-irr.ts): an
 * annual rate within IRR_RESOLUTION of zero cannot be told from zero.
 */
export const RHO_TOLERANCE = 1e-15;
/** 365.25 x RHO_TOLERANCE a year: 3.65e-13. */
export const IRR_RESOLUTION = Math.expm1(RHO_TOLERANCE * 365.25);
/** Highest annual IRR searched: 1e6 (100,000,000 %) a year; a unique rate above it is reported as this value. */
export const IRR_CEILING = 1e6;
