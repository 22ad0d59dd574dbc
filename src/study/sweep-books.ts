// The books' measures at a point of a sweep or a sensitivity study (scenario `finance`): the
// loan's margin calls and defaults, the equity's and the after-tax NPV and IRR, the hedges' net. A
// point moves a loan's rate, its covenant, a hedge's price or the tax rate without moving any of the
// project's measures (the machines run the same either way), so without these a study of a finance
// input shows it as having no effect. The figures are the run's summary.json headline, as `minesim run` gives them.
import { z } from 'zod';
import { boundMark } from '../report/coverage.js';
import { estimateSchema } from '../stats/distribution-schema.js';
import type { Estimate, RunSummary } from '../stats/summary.js';

/** A median's distribution-free 95 % interval, its ends as the run's summary gives them. */
export interface MedianInterval {
  low: number | null;
  high: number | null;
}

/** How a sweep part carries a median's interval (sweep-part-check.ts). */
export const medianIntervalSchema = z.object({ low: z.number().nullable(), high: z.number().nullable() });

/** `{ [key]: interval }` where the run gives the median an interval, else nothing. */
export function medianInterval<K extends string>(
  key: K,
  interval: MedianInterval | null | undefined,
): { [k in K]?: MedianInterval } {
  return interval == null
    ? {}
    : ({ [key]: { low: interval.low, high: interval.high } } as { [k in K]?: MedianInterval });
}

export interface SweepBooks {
  /** P(margin call) and P(default); null without a loan covenant, which neither can happen without. */
  marginCall: Estimate | null;
  default: Estimate | null;
  equityNoPayback: Estimate;
  medianEquityNpvUsd: number | null;
  /** Annualised; at a bound of the rates searched (-0.9999, 1e6) when the median path's IRR is censored. */
  medianEquityIrr: number | null;
  /** '≤' or '≥' when the median only bounds the true one (a censored path's neighbour), else null. */
  medianEquityIrrBound: '≤' | '≥' | null;
  medianAfterTaxNpvUsd: number | null;
  /** The hedges' median net settlements and premiums (summary hedgeNetUsd); null without hedges. */
  medianHedgeNetUsd: number | null;
  /**
   * The medians' 95 % intervals (the run's summary.json intervals.p50, stats/quantile-interval.ts):
   * each absent where the run has too few paths for one (or no such median).
   */
  medianEquityNpvUsdInterval?: MedianInterval;
  medianEquityIrrInterval?: MedianInterval;
  medianAfterTaxNpvUsdInterval?: MedianInterval;
  medianHedgeNetUsdInterval?: MedianInterval;
}

/** How a sweep part carries a point's books (sweep-part-check.ts). */
export const sweepBooksSchema = z.object({
  marginCall: estimateSchema.nullable(),
  default: estimateSchema.nullable(),
  equityNoPayback: estimateSchema,
  medianEquityNpvUsd: z.number().nullable(),
  medianEquityIrr: z.number().nullable(),
  medianEquityIrrBound: z.enum(['≤', '≥']).nullable(),
  medianAfterTaxNpvUsd: z.number().nullable(),
  medianHedgeNetUsd: z.number().nullable(),
  medianEquityNpvUsdInterval: medianIntervalSchema.optional(),
  medianEquityIrrInterval: medianIntervalSchema.optional(),
  medianAfterTaxNpvUsdInterval: medianIntervalSchema.optional(),
  medianHedgeNetUsdInterval: medianIntervalSchema.optional(),
});

/** The books' measures of a run, or undefined when its scenario has no `finance`. */
export function sweepBooks(h: RunSummary['headline']): SweepBooks | undefined {
  if (h.equityNpvUsd === undefined) return undefined;
  const bound = boundMark(h.equityIrr, 'p50').trim();
  return {
    marginCall: h.marginCall ?? null,
    default: h.default ?? null,
    equityNoPayback: h.equityNoPayback!,
    medianEquityNpvUsd: h.equityNpvUsd!.quantiles.p50,
    medianEquityIrr: h.equityIrr!.quantiles.p50,
    medianEquityIrrBound: bound === '≤' || bound === '≥' ? bound : null,
    medianAfterTaxNpvUsd: h.afterTaxNpvUsd?.quantiles.p50 ?? null,
    medianHedgeNetUsd: h.hedgeNetUsd?.quantiles.p50 ?? null,
    ...medianInterval('medianEquityNpvUsdInterval', h.equityNpvUsd?.intervals?.p50),
    ...medianInterval('medianEquityIrrInterval', h.equityIrr?.intervals?.p50),
    ...medianInterval('medianAfterTaxNpvUsdInterval', h.afterTaxNpvUsd?.intervals?.p50),
    ...medianInterval('medianHedgeNetUsdInterval', h.hedgeNetUsd?.intervals?.p50),
  };
}
