// summary.json's timeline: the weekly quantile bands of every path, read from histograms, and the
// widest of their Monte Carlo intervals.
import { z } from 'zod';
import { bandsSchema } from './distribution-schema.js';
import { date } from './summary-cut-schema.js';

/** The timeline of summary.json (RunSummary['timeline']). */
export const timelineSchema = z
  .strictObject({
    dates: z.array(date),
    netUsd: bandsSchema,
    revenueUsdPerDay: bandsSchema.meta({
      description:
        "Revenue a day, averaged over each week, as quantile bands: the coins the operation keeps (after the pool fee and a revenue share's site part) at the day's price. The daily view's revenue is before a revenue share, which it shows as hosting.",
    }),
    powerCostUsdPerDay: bandsSchema.meta({
      description:
        'The power bill a day, averaged over each week, as quantile bands: gross of curtailment credits; under an all-in hosting rate, what the rate charges (power and hosting together).',
    }),
    hashpriceUsd: bandsSchema,
    priceUsd: bandsSchema,
    difficulty: bandsSchema,
    shutdownShare: bandsSchema.meta({
      description:
        "Share of the running fleet's hashrate switched off as unprofitable (each cohort weighed by its hashrate), averaged over the days since the previous weekly checkpoint, as quantile bands.",
    }),
    equityNetUsd: bandsSchema.optional().meta({
      description:
        "The equity's net position (its flows after debt service, leases, hedges and tax, plus coins held), with `finance` only. As the project's, it leaves out the machines still held at the horizon: their resale, and the tax the horizon's tax year charges on them valued as sold (the equity's NPV and IRR count both); a balance a loan still owes, repaid then, is in it.",
    }),
    widestIntervals: z
      .partialRecord(
        z.enum([
          'netUsd',
          'revenueUsdPerDay',
          'powerCostUsdPerDay',
          'hashpriceUsd',
          'priceUsd',
          'difficulty',
          'shutdownShare',
          'equityNetUsd',
        ]),
        z.strictObject({
          date,
          quantile: z.number().meta({ description: 'The band: 0.05 ... 0.95.' }),
          value: z.number().meta({ description: "The band's value that week." }),
          low: z.number().meta({ description: "The low end of the value's 95 % interval." }),
          high: z.number().meta({ description: "The high end of the value's 95 % interval." }),
        }),
      )
      .optional()
      .meta({
        description:
          "The Monte Carlo error of the weekly bands (timeline.csv's `low` and `high` give every week's): for each series, the week and band whose 95 % interval is widest (high - low, in the series' unit). A week's q-quantile has the interval of a headline quantile at the same paths (the order statistics at the exact binomial ranks, the pair the unit with antithetic pairs), read from the week's histogram: its low end is the low edge of the bin that holds the low order statistic, its high end the high edge of the bin that holds the high one (the week's least or greatest value at the first or last rank), so it holds the paths' own interval and the band's value, and it is never narrower than a bin (a 1,024th of the week's range, in value, ratio or signed log: where the paths' interval is narrower, the width is the bin's, not the Monte Carlo error). The last week of netUsd and equityNetUsd is the paths' own quantile, and its interval the paths' own. The ranks are over the paths with a value that week (every path: the engine writes every series every week); with antithetic pairs, a week where paths were left out would have no interval (a histogram does not know which pairs kept their values). Absent where no week has an interval: a run of fewer than 6 paths (12 in antithetic pairs), where even the median has none, one of one path, and a back-test.",
      }),
  })
  .meta({
    description:
      "Weekly quantile bands of every path, read from histograms of 1,024 bins a series and week over a range set from the run's first 256 paths (their values but the farthest few, with a margin): bins of even width, or, for a week of the price, the difficulty or the hashprice (positive on every path) whose first paths' values span a factor of 2 or more, bins of near-even ratio (even steps of the values' high 32 bits: 2^20 to a doubling); or, for a week of a series at 0 or above on those paths (a revenue) whose values spread so widely that even bins would hold their middle half in fewer than 32 bins and would read fewer than four of the seven quantiles more finely, bins of near-even ratio from a low edge above 0 (the least positive value with a margin, at least the greatest x 2^-40), the zeros and values below it read as a point mass at the least value; or, for a week of a series of either sign (a net position) whose first paths' values spread so widely that even bins would hold their middle half in fewer than 32 bins and would read fewer than four of the seven quantiles more finely, bins of near-even ratio on each side of 0 (signed log: even steps of the magnitude's high 32 bits above a floor, the larger edge's magnitude x 2^-40 or the smaller's x 2^-20, the magnitudes below it in one bin about 0). Each quantile is read by the paths' own rule (linear between the order statistics at (n - 1) q), each order statistic within its bin, so within that range it lies within one bin (a 1,024th of the range, in value, in ratio or in signed log) of the paths' exact quantile; a quantile past the range is read between its edge and the paths' extreme. The headline's quantiles are exact.",
  });
