// summary.json's format, as one zod schema: the published JSON Schema (schema/summary.schema.json,
// written by `npm run generate` with these descriptions) and, through z.infer, the RunSummary type
// (summary.ts). Every summary minesim writes is checked against it (summary-check.ts).
// The fields of its headline, timeline and back-test are each described in a file of their own
// (headline-schema.ts, timeline-schema.ts, actual-schema.ts); its measures over the paths are
// written as distribution-schema.ts says.
import { z } from 'zod';
import { actualSchema } from './actual-schema.js';
import { claimResultSchema } from './claim-result-schema.js';
import { dailyViewSchema } from './daily-view-schema.js';
import { headlineSchema } from './headline-schema.js';
import { date, undecidedAtCutSchema } from './summary-cut-schema.js';
import { timelineSchema } from './timeline-schema.js';

export const SUMMARY_VERSION = 1;

export const chartEventSchema = z.strictObject({
  date,
  label: z.string(),
  kind: z.enum(['halving', 'fork', 'retire', 'mark']),
});
export const samplePathSchema = z.strictObject({
  index: z.int(),
  net: z.array(z.number()).meta({ description: 'Weekly, aligned with timeline.dates.' }),
  price: z.array(z.number()),
  difficulty: z.array(z.number()),
});

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
      curtailmentCredits: z.boolean().optional().meta({
        description:
          'Whether the scenario earns curtailment credits (power.curtailment): true, the cost of power (headline.powerCostNetUsd) is net of them; false, it is the power bill alone. Absent in summaries of earlier builds.',
      }),
      assumptions: z
        .array(z.strictObject({ label: z.string(), value: z.string(), note: z.string().optional() }))
        .meta({ description: 'Human-readable assumptions: label, value, note.' }),
      cutAt: date
        .optional()
        .meta({ description: 'Set when the horizon was cut at the end of the shipped history.' }),
      overrides: z.array(z.string()).optional().meta({
        description:
          'The `--set` overrides the run applied to the scenario file, as given (`fleet[0].count=50`); absent without any. The name and description are the file’s as written.',
      }),
      paybackUndecidedAtCut: undecidedAtCutSchema.optional().meta({
        description:
          'Present when the run is cut at the end of the history (scenario.cutAt) before the last purchase of a fleet bought in stages: a payback counts from that purchase (it may put money at stake again), so whether or when the fleet pays back is not decidable by the cut, the equity’s neither (looked for from the same purchase unless a lease leaves that cohort out or a default comes first). headline.noPayback is then 1 by this rule, not by what the paths did, headline.paybackDays and paybackWithin1y/2y count no path paid back, and the net position, ROI and NPV at the cut are those of the cohorts bought by then (above zero, no payback).',
      }),
    }),
    run: z.strictObject({ paths: z.int(), seed: z.union([z.number(), z.string()]), antithetic: z.boolean() }),
    headline: headlineSchema,
    dailyView: dailyViewSchema.optional(),
    payback: z.strictObject({
      binDays: z.int(),
      counts: z
        .array(z.int())
        .meta({ description: 'Paths paying back on each day 0..days-1, counted in bins of binDays.' }),
      never: z.int().meta({ description: 'Paths with no payback within the horizon.' }),
      cdf: z
        .array(
          z.strictObject({
            day: z.int(),
            p: z.number(),
            se: z.number().optional().meta({
              description:
                "p's Monte Carlo standard error, as every P(...) of the headline has its own: sqrt(p (1 - p) / n) over n independent paths; with antithetic pairs (run.antithetic) from the variance of the pairs' means (the pair counted as one draw, an unpaired last path with its own p (1 - p)). Absent in a run of one path and a back-test, which have no error to state.",
            }),
          }),
        )
        .meta({
          description:
            'P(payback <= day) at each bin end (day is the last day of the bin, inclusive), with its standard error. At day 0 it is headline.nothingAtStake (0 when absent): the paths that had nothing at stake, counted at day 0 and in the first bin.',
        }),
    }),
    timeline: timelineSchema,
    claims: z.array(claimResultSchema),
    events: z.array(chartEventSchema),
    samplePaths: z.array(samplePathSchema),
    actual: actualSchema,
  })
  .meta({
    title: 'minesim run summary',
    description: 'summary.json: the result of a minesim run (Monte Carlo or back-test).',
  });

export function summaryJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(summarySchema, { io: 'input' }) as Record<string, unknown>;
}
