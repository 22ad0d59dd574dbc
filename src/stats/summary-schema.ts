// The published JSON Schema of summary.json (schema/summary.schema.json), written as a zod schema
// so tests can check every summary minesim writes against it. It mirrors RunSummary in
// summary.ts; a test parses real summaries with it, which keeps the two in step.
import { z } from 'zod';
import { SUMMARY_VERSION } from './summary.js';

const nullableNumber = z.number().nullable();
const quantiles = z
  .strictObject({
    p5: nullableNumber,
    p10: nullableNumber,
    p25: nullableNumber,
    p50: nullableNumber,
    p75: nullableNumber,
    p90: nullableNumber,
    p95: nullableNumber,
  })
  .meta({ description: 'Quantiles; null where undefined (e.g. payback on paths that never pay back).' });
const bands = z
  .strictObject({
    p5: z.array(z.number()),
    p10: z.array(z.number()),
    p25: z.array(z.number()),
    p50: z.array(z.number()),
    p75: z.array(z.number()),
    p90: z.array(z.number()),
    p95: z.array(z.number()),
  })
  .meta({ description: 'Quantile bands at the weekly checkpoints, aligned with timeline.dates.' });
const estimate = z
  .strictObject({ p: z.number(), se: z.number() })
  .meta({ description: 'A probability with its Monte Carlo standard error.' });
const distribution = z.strictObject({ mean: nullableNumber, quantiles });
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const summarySchema = z
  .strictObject({
    version: z.literal(SUMMARY_VERSION).meta({ description: 'Version of this format.' }),
    kind: z.enum(['monte-carlo', 'backtest']),
    scenario: z.strictObject({
      name: z.string(),
      description: z.string(),
      coin: z.enum(['bitcoin', 'monero']),
      start: date,
      end: date,
      days: z.int(),
      units: z.number(),
      fleetHashrateHs: z.number().meta({ description: 'H/s' }),
      fleetPowerW: z.number().meta({ description: 'W' }),
      capexUsd: z.number(),
      assumptions: z.array(
        z.strictObject({ label: z.string(), value: z.string(), note: z.string().optional() }),
      ),
      cutAt: date
        .optional()
        .meta({ description: 'Set when the horizon was cut at the end of the shipped history.' }),
    }),
    run: z.strictObject({ paths: z.int(), seed: z.union([z.number(), z.string()]), antithetic: z.boolean() }),
    headline: z.strictObject({
      paybackWithin1y: estimate,
      paybackWithin2y: estimate,
      noPayback: estimate,
      netBelowZeroAtHorizon: estimate,
      paybackDays: distribution,
      netAtHorizonUsd: distribution,
      roiAtHorizon: distribution,
      roiWithSalvage: distribution,
      npvUsd: distribution,
      irr: distribution,
      coinsMined: distribution,
      costPerCoinUsd: distribution,
      breakEvenTariffUsdPerKwh: distribution,
      breakEvenPriceUsd: distribution,
    }),
    payback: z.strictObject({
      binDays: z.int(),
      counts: z.array(z.int()),
      never: z.int(),
      cdf: z.array(z.strictObject({ day: z.int(), p: z.number() })),
    }),
    timeline: z.strictObject({
      dates: z.array(date),
      netUsd: bands,
      revenueUsdPerDay: bands,
      powerCostUsdPerDay: bands,
      hashpriceUsd: bands,
      priceUsd: bands,
      difficulty: bands,
      shutdownShare: bands,
    }),
    claims: z.array(
      z.strictObject({
        text: z.string(),
        share: z.number(),
        se: z.number(),
        low: z.number(),
        high: z.number(),
        threshold: z.string(),
        verdict: z.enum(['supported', 'refuted', 'inconclusive']),
      }),
    ),
    events: z.array(
      z.strictObject({ date, label: z.string(), kind: z.enum(['halving', 'fork', 'retire', 'mark']) }),
    ),
    samplePaths: z.array(
      z.strictObject({
        index: z.int(),
        net: z.array(z.number()),
        price: z.array(z.number()),
        difficulty: z.array(z.number()),
      }),
    ),
    actual: z
      .strictObject({
        dates: z.array(date),
        netUsd: z.array(z.number()),
        priceUsd: z.array(z.number()),
        difficulty: z.array(z.number()),
        paybackDay: nullableNumber,
        paybackDate: date.nullable(),
      })
      .optional(),
  })
  .meta({
    title: 'minesim run summary',
    description: 'summary.json: the result of a minesim run (Monte Carlo or back-test).',
  });

export function summaryJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(summarySchema, { io: 'input' }) as Record<string, unknown>;
}
