// How summary.json writes a measure over the paths (summary-schema.ts): the quantiles it reports
// of every measure, a distribution (mean, quantiles, the paths it is over, censored IRRs), a
// distribution every path must have a value in, a probability with its Monte Carlo standard error,
// and the weekly quantile bands of the timeline. The fields of the one schema of summary.json are
// made of these.
import { z } from 'zod';

export const QUANTILES = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95] as const;
export type QuantileKey = 'p5' | 'p10' | 'p25' | 'p50' | 'p75' | 'p90' | 'p95';
export const QUANTILE_KEYS: readonly QuantileKey[] = ['p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95'];

export const nullableNumber = z.number().nullable();
export const quantilesSchema = z
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
export const bandsSchema = z
  .strictObject({
    p5: z.array(z.number()),
    p10: z.array(z.number()),
    p25: z.array(z.number()),
    p50: z.array(z.number()),
    p75: z.array(z.number()),
    p90: z.array(z.number()),
    p95: z.array(z.number()),
  })
  .meta({
    description:
      'Quantile bands at the weekly checkpoints, aligned with timeline.dates. A run of one path (run.paths 1, ' +
      'and a back-test) has no spread: every quantile is that path’s own value (timeline.csv then writes the ' +
      "path once, the charts draw it as one line). A week's quantiles are over every path of the run (run.paths); " +
      "a q-quantile's Monte Carlo error is that of a headline quantile at the same paths, its 95 % interval " +
      "between the paths' own quantiles at about q ± 1.96 sqrt(q (1 - q) / n) (the exact binomial ranks of the " +
      "headline's `intervals`, the pair counted as one path with antithetic pairs: at 10,000 paths the 5 % band's " +
      "from the paths' 4.58 % to their 5.44 %), read from the week's histogram out to the edges of the bins " +
      "that hold those order statistics: timeline.csv's `low` and `high` give every week's, timeline.widestIntervals " +
      "the widest. The last week of netUsd and equityNetUsd is the headline's netAtHorizonUsd and the paths' " +
      "own equity at the horizon, with the paths' own intervals.",
  });
/**
 * A distribution over every path of the run: an NPV, the present value of a path's flows over its
 * days (at least one), which the scenario's bounds keep finite. A path without one (a flow not a
 * number) would be left out of its figures without a word (a measure that may leave paths out says
 * so with `paths`), and a run of such paths only would have no median (a sensitivity study's
 * tornado had drawn it at the point's days): the check refuses it as an internal error.
 */
export const everyPath = <T extends z.ZodType<{ paths?: number }>>(schema: T) =>
  schema.refine((d) => d.paths === undefined, {
    message: 'a path has no value of this measure, which every path has',
  });
/** One quantile's 95 % interval: its ends, null where a payback's end is not within the horizon. */
const quantileIntervalSchema = z
  .strictObject({ low: nullableNumber, high: nullableNumber })
  .nullable()
  .meta({
    description:
      'The 95 % interval of the quantile from the paths (its low and high end), or null where too few paths ' +
      'give one. An end is null where it is a payback not within the horizon (the path at that rank never ' +
      'paid back): the quantile may then lie beyond the horizon.',
  });
export const quantileIntervalsSchema = z
  .strictObject({
    p5: quantileIntervalSchema,
    p10: quantileIntervalSchema,
    p25: quantileIntervalSchema,
    p50: quantileIntervalSchema,
    p75: quantileIntervalSchema,
    p90: quantileIntervalSchema,
    p95: quantileIntervalSchema,
  })
  .meta({
    description:
      "The Monte Carlo error of each quantile: a distribution-free 95 % interval, the order statistics at the ranks of the exact binomial(n, q) distribution (each tail at most 2.5 %: the k-th smallest of n independent values lies at or below the q-quantile with probability P(binomial(n, q) >= k)), widened where need be to hold the quantile given. It is the interval of the quantile of the measure's distribution over every path minesim could draw, not of the value on any one path. Over the paths the quantiles are over (`paths` where some have no value: the quantile of the paths with a value). With antithetic pairs (run.antithetic) the pair is the unit: the binomial over floor(n / 2) pairs, its ranks l and u read on the paths as 2 l - 1 and 2 u (one more with an unpaired last path); exact where a pair's two paths fall alike, wider than needed where they fall apart (a measure monotone in the draws), never narrower. A censored IRR's end at a bound reads as the quantile's: at or beyond it. A quantile needs at least 6 paths (the median), 13 (25 % and 75 %), 36 (10 % and 90 %) or 72 (5 % and 95 %) for an interval, twice as many with antithetic pairs; the field is absent where none has one (a back-test, a run of a few paths).",
  });
export const estimateSchema = z
  .strictObject({ p: z.number(), se: z.number() })
  .meta({ description: 'A probability with its Monte Carlo standard error.' });
export const distributionSchema = z
  .strictObject({
    mean: nullableNumber.meta({
      description:
        'Mean over the paths with a value; null when none has one (`paths` 0), when the mean is infinite ' +
        '(payback on paths that never pay back), or when some values are censored (`censored`): their true ' +
        'values lie beyond the bound they are carried at, so no mean of them can be stated.',
    }),
    quantiles: quantilesSchema,
    paths: z
      .int()
      .optional()
      .meta({
        description:
          'How many paths the mean and quantiles are over, present only when some paths have no value of the ' +
          'measure and are left out (each measure says when that happens); 0 when none has one (the figures ' +
          'are then null). Absent: the figures are over every path the measure is computed on (run.paths; ' +
          'the break-evens: the paths searched).',
      }),
    intervals: quantileIntervalsSchema.optional(),
    infinite: z
      .int()
      .optional()
      .meta({
        description:
          'A cost per coin only: how many paths mined no coin but had costs. Their cost per coin is infinite, ranked after ' +
          'every finite one (as a payback never reached): they count in the figures, a quantile that falls among them ' +
          'is null (no coin mined) and so is the mean. Absent where no path is infinite.',
      }),
    censored: z
      .strictObject({
        low: z.int().meta({
          description:
            'Paths carried at the lowest value searched: an IRR below it, or none (a stake never paid back whose ' +
            'present value is below zero at every rate searched); where there are such paths, the total losses ' +
            '(-1) too, counted with them, as nothing says which did worse.',
        }),
        high: z
          .int()
          .meta({ description: 'Paths whose value lies above the highest value searched, carried as it.' }),
        atMost: z
          .array(z.enum(QUANTILE_KEYS))
          .optional()
          .meta({
            description:
              'Quantiles interpolated between a value censored at the low bound and one above it: the ' +
              'true quantile is at most the figure given ("≤ figure"). Absent when there is none.',
          }),
        atLeast: z
          .array(z.enum(QUANTILE_KEYS))
          .optional()
          .meta({
            description:
              'Quantiles interpolated between a value below the high bound and one censored at it: the ' +
              'true quantile is at least the figure given ("≥ figure"). Absent when there is none.',
          }),
      })
      .optional()
      .meta({
        description:
          'IRRs only, present when some are censored: the path has one IRR beyond the range searched ' +
          '(-99.99 % to 1e6 a year), or at the low end none, so it is carried as that bound (-0.9999 or 1e6) and ' +
          'ranks there: a quantile equal to a bound reads "at or below -99.99 %" / "at or above 1e6"; the mean is ' +
          'then null. Where some paths are at -0.9999, the total losses (-1) are counted with them (`low`).',
      }),
  })
  .meta({ description: 'Mean and quantiles of a measure over the paths.' });
