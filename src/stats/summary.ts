// The result of a run, as written to summary.json (its JSON Schema is published under schema/).
// Everything in it depends only on the scenario, the seed and the number of paths: never on the
// number of workers or shards, the machine, or the time (those go in manifest.json).

export const SUMMARY_VERSION = 1;

export const QUANTILES = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95] as const;
export type QuantileKey = 'p5' | 'p10' | 'p25' | 'p50' | 'p75' | 'p90' | 'p95';
export const QUANTILE_KEYS: readonly QuantileKey[] = ['p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95'];

/** Quantiles of a distribution; null where undefined (e.g. no path paid back). */
export type Quantiles = Record<QuantileKey, number | null>;

/** A probability estimated from the paths, with its Monte Carlo standard error. */
export interface Estimate {
  p: number;
  se: number;
}

export interface Distribution {
  mean: number | null;
  quantiles: Quantiles;
}

/** Weekly checkpoint series; one array per quantile, aligned with `dates`. */
export type Bands = Record<QuantileKey, number[]>;

export interface ClaimResult {
  text: string;
  /** Share of paths in which the claimed event holds. */
  share: number;
  se: number;
  /** 95 % interval of the share (Wilson). */
  low: number;
  high: number;
  /** What the claim says of the share, e.g. `> 0.5`. */
  threshold: string;
  verdict: 'supported' | 'refuted' | 'inconclusive';
}

export interface ChartEvent {
  date: string;
  label: string;
  kind: 'halving' | 'fork' | 'retire' | 'mark';
}

export interface SamplePath {
  index: number;
  /** Weekly, aligned with timeline.dates. */
  net: number[];
  price: number[];
  difficulty: number[];
}

export interface RunSummary {
  version: number;
  kind: 'monte-carlo' | 'backtest';
  scenario: {
    name: string;
    description: string;
    coin: 'bitcoin' | 'monero';
    start: string;
    end: string;
    days: number;
    units: number;
    fleetHashrateHs: number;
    fleetPowerW: number;
    capexUsd: number;
    /** Human-readable assumptions: label, value, note. */
    assumptions: { label: string; value: string; note?: string }[];
    /** Set when the horizon was cut to the end of the shipped history. */
    cutAt?: string;
  };
  run: { paths: number; seed: string | number; antithetic: boolean };
  /**
   * Money in USD; ROI and IRR as fractions (0.25 = 25 %), IRR annualised; payback in days from
   * the start (day 0 = start date). A path pays back on the first day its net position (cash plus
   * any coins held, at that day's price, after capex; resale not counted) reaches zero; it may fall
   * below zero again later, which netBelowZeroAtHorizon counts. Net position, ROI and payback
   * leave out the machines' resale value; roiWithSalvage, NPV and IRR count it (on retirement, or
   * as a last-day inflow at the horizon). Break-even tariff: the constant electricity price (USD/kWh) at
   * which the net position at the horizon is zero; break-even price: the constant coin price (USD)
   * at which it is zero, with the path's own network and fees. Both are computed on the first
   * paths only (RunOptions.breakEvenPaths, 200 by default), as each costs dozens of kernel runs.
   */
  headline: {
    paybackWithin1y: Estimate;
    paybackWithin2y: Estimate;
    noPayback: Estimate;
    /** Share of paths whose net position at the horizon is below zero (paid back or not). */
    netBelowZeroAtHorizon: Estimate;
    paybackDays: Distribution;
    netAtHorizonUsd: Distribution;
    roiAtHorizon: Distribution;
    roiWithSalvage: Distribution;
    npvUsd: Distribution;
    irr: Distribution;
    coinsMined: Distribution;
    costPerCoinUsd: Distribution;
    breakEvenTariffUsdPerKwh: Distribution;
    breakEvenPriceUsd: Distribution;
  };
  payback: {
    /** Paths paying back on each day 0..days-1 are counted in bins of binDays. */
    binDays: number;
    counts: number[];
    /** Paths with no payback within the horizon. */
    never: number;
    /** P(payback <= day) at each bin end (day is the last day of the bin, inclusive). */
    cdf: { day: number; p: number }[];
  };
  timeline: {
    dates: string[];
    netUsd: Bands;
    revenueUsdPerDay: Bands;
    powerCostUsdPerDay: Bands;
    hashpriceUsd: Bands;
    priceUsd: Bands;
    difficulty: Bands;
    /** Share of fleet capacity shut down for unprofitability that week (median path). */
    shutdownShare: Bands;
  };
  claims: ClaimResult[];
  events: ChartEvent[];
  samplePaths: SamplePath[];
  /** The back-test (actual history), weekly, when the history covers the scenario. */
  actual?: {
    dates: string[];
    netUsd: number[];
    priceUsd: number[];
    difficulty: number[];
    paybackDay: number | null;
    paybackDate: string | null;
  };
}
