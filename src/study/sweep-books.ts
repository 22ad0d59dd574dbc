// The books' measures at a point of a sweep or a sensitivity study (scenario `finance`): the
// loan's margin calls and defaults, the equity's and the after-tax NPV and IRR, the hedges' net. A
// point moves a loan's rate, its covenant, a hedge's price or the tax rate without moving any of the
// project's measures (the machines run the same either way), so without these a study of a finance
// input shows it as having no effect. The figures are the run's summary.json headline, as `minesim run` gives them.
import { z } from 'zod';
import { boundMark } from '../report/coverage.js';
import { estimateSchema } from '../stats/distribution-schema.js';
import type { Estimate, RunSummary } from '../stats/summary.js';

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
  };
}
