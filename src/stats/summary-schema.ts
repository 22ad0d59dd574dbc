// summary.json's format, as one zod schema: the published JSON Schema (schema/summary.schema.json,
// written by `npm run generate` with these descriptions) and, through z.infer, the RunSummary type
// (summary.ts). Every summary minesim writes is checked against it (summary-check.ts).
// Over the 300-line guide as one concept: the one schema of summary.json, each field described;
// its measures over the paths are written as distribution-schema.ts says.
import { z } from 'zod';
import { dailyViewSchema } from './daily-view-schema.js';
import {
  bandsSchema,
  distributionSchema,
  estimateSchema,
  everyPath,
  nullableNumber,
} from './distribution-schema.js';

export const SUMMARY_VERSION = 1;

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * A payback a run (or a back-test) cut at the end of the history cannot decide: the fleet is bought
 * in stages and its last purchase, from which a payback counts, falls after the cut (stats/staged-cut.ts).
 */
const undecidedAtCutSchema = z.strictObject({
  cutAt: date.meta({ description: 'The last day simulated: the end of the history.' }),
  lastPurchaseDay: z.int().meta({ description: 'The fleet’s last purchase, days from the start.' }),
  lastPurchaseDate: date,
});

export const claimResultSchema = z.strictObject({
  text: z.string(),
  share: z.number().meta({ description: 'Share of paths in which the claimed event holds.' }),
  se: z.number(),
  low: z.number().meta({ description: 'Lower end of the 95 % interval of the share (Wilson).' }),
  high: z.number().meta({ description: 'Upper end of the 95 % interval of the share (Wilson).' }),
  threshold: z.string().meta({ description: 'What the claim says of the share, e.g. `> 0.5`.' }),
  verdict: z.enum(['supported', 'refuted', 'inconclusive']),
  paths: z
    .int()
    .optional()
    .meta({
      description:
        'Present when the claim is about an IRR and some paths have none (several rates or none in the range ' +
        'searched, or nothing put in), or about an ROI and the fleet has no capex: the share is over this many paths, the others left out rather than ' +
        'counted as losses. 0: no path has an IRR (or an ROI); the share is then 0, the interval 0-1 and the verdict inconclusive. ' +
        'Also present when the claim is about a payback time past the days a run cut short at the end of the history ' +
        'can judge: the share is over the paths that paid back by the cut, while the interval (and the verdict read ' +
        'from it) is over every path, from the paths not paid back by then all failing the event to all holding it.',
    }),
  openAtCut: z
    .int()
    .optional()
    .meta({
      description:
        'A back-test cut at the end of the shipped history only: the contracts still open at the cut (actual.booksAtCut) ' +
        "whose later flows or events this claim's measure would count: hedges' settlements after the cut (claims on " +
        "the equity's NPV or IRR and on the hedges' net), a covenant's later tests (a margin call or a default " +
        'that had not happened by the cut). The history cannot say whether the claim holds: the verdict is inconclusive, ' +
        'except on a margin call or a default, which stay happened: the share of paths with one by the cut is a floor, ' +
        'the interval runs from its low end to 1, and a claim that floor decides is decided. Also on a Monte Carlo run ' +
        'cut where its replayed history ends.',
    }),
  byRule: z
    .literal(true)
    .optional()
    .meta({
      description:
        'A Monte Carlo run cut at the end of the history before the last purchase of a fleet bought in stages ' +
        '(scenario.paybackUndecidedAtCut) only, on a claim on the payback or the equity payback by the cut: no path can pay back before that ' +
        'purchase, so the share is 1 or 0 by the rule, not by what the paths did. The interval (low, high) is kept as ' +
        'computed; the report prints the share bare, with the reason.',
    }),
});
/** A book item open at the cut of a back-test at the end of the shipped history (actual.booksAtCut). */
export const bookAtCutSchema = z.strictObject({
  kind: z.enum(['hashprice-swap', 'price-swap', 'put', 'call', 'loan', 'lease']),
  name: z.string().meta({ description: "The contract's name (a lease: its cohort's)." }),
  counted: z.enum(['not-counted', 'repaid-at-cut', 'bought-out-at-cut']).meta({
    description:
      '`not-counted`: a hedge whose settlements after the cut are left out of the equity (its premium, paid on its first ' +
      'day, is counted when that day is within the history), or a loan drawn after the cut; `repaid-at-cut`: a loan whose ' +
      'balance left is repaid on the last day of the history, with the interest accrued since its last payment (as a ' +
      'balloon at the horizon); `bought-out-at-cut`: a lease whose payments left, undiscounted, and residual are paid ' +
      'on that day, so the machines valued at the cut are paid for.',
  }),
  settlementsLeft: z.int().optional().meta({
    description:
      "A hedge: settlements after the cut (a swap's months, the one in progress included; an option's 1).",
  }),
  lastSettlement: date.optional().meta({
    description:
      "A hedge: the day its last settlement was due (a swap's last month's last day, an option's expiry).",
  }),
  paymentsLeft: z.int().optional().meta({
    description:
      "A loan or a lease: its monthly payments due after the cut, within the horizon (a balloon loan's later ones are never due: its balloon repays them).",
  }),
  amountUsd: z.number().optional().meta({
    description:
      'A loan: the balance repaid at the cut (before the interest accrued); a lease: its payments left and residual paid at the cut.',
  }),
});
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
    headline: z
      .strictObject({
        paybackWithin1y: estimateSchema.nullable().meta({
          description:
            'Share of paths paid back within 1 year, with its Monte Carlo standard error; null when the run is shorter and some path has not paid back by its end (it may pay back within the year or not).',
        }),
        paybackWithin2y: estimateSchema.nullable().meta({
          description:
            'Share of paths paid back within 2 years, with its Monte Carlo standard error; null when the run is shorter and some path has not paid back by its end (it may pay back within the 2 years or not).',
        }),
        noPayback: estimateSchema,
        nothingAtStake: estimateSchema.optional().meta({
          description:
            'Share of paths whose net position never falls below zero (a fleet that cost nothing and never lost money): nothing was at stake, so there is nothing to pay back, and paybackDays, the payback histogram and its CDF count these paths at day 0 (P(payback <= day 0) is this share). Present only when some path is such a path. Not in a run cut at the end of the history before the fleet’s last purchase, which may put money at stake: a path never below zero by the cut is not paid back by it.',
        }),
        netBelowZeroAtHorizon: estimateSchema.meta({
          description:
            'Share of paths whose net position at the horizon is below zero (paid back or not), with its Monte Carlo standard error.',
        }),
        paybackDays: distributionSchema.meta({
          description:
            'First day the net position is back at zero or above after it was below zero (see `definitions`); a path whose position never falls below zero counts at day 0 (see nothingAtStake), which a payback, needing an earlier day below zero, never is.',
        }),
        netAtHorizonUsd: distributionSchema,
        roiAtHorizon: distributionSchema.meta({
          description: 'Net position at the horizon / capex; none without capex (see `paths`).',
        }),
        roiWithSalvage: distributionSchema.meta({
          description:
            'Net position plus resale value at the horizon / capex; none without capex (see `paths`).',
        }),
        npvUsd: everyPath(distributionSchema),
        irr: distributionSchema.meta({
          description:
            "IRR of the project's flows, annualised. A path whose one IRR lies beyond -99.99 % to 1e6 a year (a " +
            'near-total loss within months, a stake multiplied within days) is censored at that bound (see ' +
            '`censored`). Paths with no IRR are left out (see `paths`): their flows may have several rates or ' +
            'none in that range, or nothing was ever at stake (the cumulative position never below zero). Where ' +
            'money comes back before any is put in, the IRR is the stake’s, from the first day the cumulative ' +
            'position is below zero, the flows before it summed into it. A total loss ' +
            '(money put in, nothing back) is -1 (-100 %).',
        }),
        coinsMined: distributionSchema.meta({
          description:
            "Coins credited to the operation over the horizon, after the pool fee and, under a revenue share, after the site's share (the coins the operation keeps; the daily view's revenue is before the share).",
        }),
        costPerCoinUsd: distributionSchema.meta({
          description:
            'Cost of power, hosting, maintenance and fixed costs plus capex net of resale, per coin mined; paths that mined no coin are left out (see `paths`).',
        }),
        powerCostNetUsd: distributionSchema.meta({
          description:
            'Cost of power over the horizon net of curtailment credits (power.curtailment), USD: the power bill the owner pays minus the credits earned, as listed miners report it. Under an all-in hosting rate (`dailyView.hosting.basis`), which pays for the power, the bill is what the rate charges (power and hosting together).',
        }),
        breakEvenTariffUsdPerKwh: distributionSchema.meta({
          description:
            'The constant electricity tariff, USD/kWh, at which the net position at the horizon is zero; under an all-in hosting rate (`dailyView.hosting.basis`), which pays for the power, the all-in rate per kWh drawn. Over the paths searched; those where no tariff in the range searched (0 to 1e15 USD/kWh) zeroes the net position are left out (see `paths`).',
        }),
        breakEvenPriceUsd: distributionSchema.meta({
          description:
            'Over the paths searched; those where no coin price in the range searched (0 to 1e30 USD) zeroes the net position are left out (see `paths`).',
        }),
        breakEvenTurns: z.enum(['waterfall', 'share-shutdown', 'shutdown-held']).optional().meta({
          description:
            'Present when a break-even is not searched (over no path) because the net position at the horizon can cross zero more than once, so no one tariff or price is the break-even: `waterfall`, a revenue share whose waterfall raises the site’s share (a dearer tariff delays the switch to the larger share, so the net can rise with the tariff, and a higher price brings it earlier, so the net can fall as the price rises): neither; `share-shutdown`, a revenue share under the shutdown rule, which keeps the machines on while the whole revenue covers the power, so a dearer tariff that switches off days the owner’s share does not cover can raise the net: neither; `shutdown-held`, the shutdown rule with the coins held, which decides at the day’s price while the coins are worth the horizon’s, so a dearer tariff that switches off days whose coins end up worth less than their power can raise the net: the tariff’s only, and only on the paths whose price is ever above its last day’s (breakEvenPriceUsd is searched).',
        }),
        // Financing and tax (scenario `finance`), present only when the scenario has them.
        marginCall: estimateSchema.optional().meta({
          description:
            'Share of paths with at least one margin call on a loan. Only with a loan that has a `marginCall` covenant: without one no call can happen, and the field is absent.',
        }),
        default: estimateSchema.optional().meta({
          description:
            'Share of paths on which a margin call could not be met and the lender took the machines. Only with a loan that has a `marginCall` covenant, as `marginCall`.',
        }),
        equityNoPayback: estimateSchema.optional().meta({
          description:
            "Share of paths on which the equity's net position falls below zero and is not back at zero within the horizon.",
        }),
        equityNothingAtStake: estimateSchema.optional().meta({
          description:
            "Share of paths on which the equity's net position never falls below zero (a lease, or a loan of the whole capex, whose payments the operation's cash always covers): the owners never put money in, so there is nothing to pay back, and equityPaybackDays counts these paths at day 0. Not in a run cut at the end of the history before the equity's last purchase or buyout, which may put its money at stake: a path never below zero by the cut is not paid back by it.",
        }),
        equityUndecidedAtCut: z
          .strictObject({
            p: z.number(),
            se: z.number(),
            fromDay: z.int().meta({
              description:
                "The first day the equity's payback can fall on without a default, days from the start: its last purchase (a leased cohort's buyout instead of its purchase).",
            }),
            fromDate: date,
          })
          .optional()
          .meta({
            description:
              "Present when a run is cut at the end of the history (scenario.cutAt) before the first day the equity's payback can fall on (a fleet bought in stages, or a lease's buyout, after the cut): the share of paths (with its Monte Carlo standard error) whose equity payback is therefore not decidable by the cut, the paths with no default by then (a default moves that day to its own, so a defaulted path's payback is decided). Those paths are in equityNoPayback and at null in equityPaybackDays, with the defaulted paths not paid back.",
          }),
        equityPaybackDays: distributionSchema.optional().meta({
          description:
            "First day the equity's net position (its flows after debt service, leases, hedges and tax, plus coins held) is back at zero or above after the owners had money at stake (it was below zero on an earlier day); it may fall below zero again later. A path whose position never falls below zero counts at day 0 (see equityNothingAtStake), which a payback, needing an earlier day below zero, never is.",
        }),
        equityNpvUsd: everyPath(distributionSchema).optional().meta({
          description:
            "NPV of the equity's flows (after debt service, leases, hedges and tax), with salvage.",
        }),
        equityIrr: distributionSchema.optional().meta({
          description:
            "IRR of the equity's flows (after a default, its hedges' settlements and their tax alone), annualised; censored and left out as for `irr`. An equity that lost all it put in is -1 (-100 %).",
        }),
        afterTaxNpvUsd: everyPath(distributionSchema)
          .optional()
          .meta({ description: "NPV of the project's flows after tax, before financing." }),
        afterTaxIrr: distributionSchema.optional().meta({
          description: "IRR of the project's flows after tax; censored and left out as for `irr`.",
        }),
        cashCostPerCoinUsd: distributionSchema.optional().meta({
          description:
            'Power (net of curtailment credits), hosting, maintenance and fixed costs per coin mined; paths that mined no coin are left out (see `paths`).',
        }),
        hedgeNetUsd: distributionSchema.optional().meta({
          description:
            "With `finance.hedges` only: the hedges' settlements and premiums, received less paid, summed to the horizon (a default does not end them: they are the owners' contracts, not secured on the machines), undiscounted and before tax, USD. Above 0 the hedges paid the operation. A back-test cut at the end of the history counts none of the settlements after the cut (actual.booksAtCut lists the contracts).",
        }),
        overHedged: estimateSchema.optional().meta({
          description:
            "With a forward or a hedging option in `finance.hedges` (a price swap, a bought put, a sold call) only: the share of paths on which the hedges together committed more coins than the path mined over one month of one of them (an option's: its start to its expiry), the coins mined after a default none of the owners'. Counted, as a risk officer counts them: an obligation to deliver or sell, not a right unless exercised: a forward's coins every month, a sold call's where its holder exercises it on the path (the price at its expiry above the strike), a bought put's only where the operation exercises it (below the strike), a collar's put and call of the same dates once (the larger where both are exercised); each spread over its months (an option: its days) pro rata to the days where periods do not line up. On those months the part beyond the production is a naked short on the price. Only the months the run simulates to their end are counted.",
        }),
        hedgedShare: distributionSchema.optional().meta({
          description:
            "With a forward or a hedging option only, as `overHedged`: on each path the largest share the hedges together took of the coins mined over one hedge's own days (the coins they committed over its months, counted as `overHedged` counts them, over the coins mined in them: a lone forward's coins a month times its months over its term's coins), its distribution over the paths; above 1 the hedges exceeded the production over those days; 0 where none counted (a bought put not exercised). A path that mined no coin then is +Infinity, ranked last; one on which no month of such a hedge is simulated to its end (a run cut at the end of the history before it) has no value (`paths`).",
        }),
        allInCostPerCoinUsd: distributionSchema.optional().meta({
          description:
            'Cash cost plus tax depreciation over the horizon, per coin mined; none (`paths` 0, every figure null) without a depreciation rule. The depreciation is the tax rule’s (a bonus front-loads it into the first tax year), not the book depreciation in listed miners’ published all-in costs: not comparable with them.',
        }),
        networkAtFleetPaths: z.int().min(1).optional().meta({
          description:
            "Paths (of run.paths) on which the random network model fell below the fleet's own hashrate (every unit bought, before failures, after uptime and wear) on some day: the fleet is part of the network, so on those days the blocks and retargets followed the fleet's hashrate instead, and the fleet earned every block. The model's network and the fleet collided: a fleet this large moves the network, which minesim does not model. Absent when no path did (always for a network that draws no random numbers, judged against the fleet at validation).",
        }),
        networkAtFleetDays: z.int().min(1).optional().meta({
          description:
            "With networkAtFleetPaths only: the days, summed over those paths, on which the network was held at the fleet's hashrate (at most networkAtFleetPaths x scenario.days); over run.paths x scenario.days, the share of the run's path-days on which the fleet earned every block.",
        }),
      })
      .meta({
        description:
          'Money in USD; ROI and IRR as fractions (0.25 = 25 %), IRR annualised; payback in days from ' +
          'the start (day 0 = start date). A path pays back on the first day its net position (cash plus ' +
          "any coins held, at that day's price, after capex; machines sold on their retire day at what they " +
          'fetched, the machines still held not valued) is back at zero or above ' +
          'after it was below zero (the capex, or losses, put money at stake); it may fall below zero again ' +
          'later, which netBelowZeroAtHorizon counts. A path whose position never falls below zero (nothing ' +
          'was at stake, as for a fleet that costs nothing and never loses) counts as paid back on day 0. ' +
          'Net position, ROI and payback ' +
          'count the machines sold on their retire day and leave out the resale value of the machines still held; ' +
          'roiWithSalvage, NPV and IRR count that too (as a last-day inflow at the horizon). Break-even tariff: the constant electricity price (USD/kWh) ' +
          'at which the net position at the horizon is zero; break-even price: the constant coin price (USD) ' +
          "at which it is zero, with the path's own network and fees. Both are computed on the first " +
          'paths only (200 by default), as each costs dozens of kernel runs.',
      }),
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
    timeline: z
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
      }),
    claims: z.array(claimResultSchema),
    events: z.array(chartEventSchema),
    samplePaths: z.array(samplePathSchema),
    actual: z
      .strictObject({
        dates: z.array(date),
        netUsd: z.array(z.number()),
        priceUsd: z.array(z.number()),
        difficulty: z.array(z.number()),
        paybackDay: nullableNumber,
        paybackDate: date.nullable(),
        paybackUndecidedAtCut: undecidedAtCutSchema.optional().meta({
          description:
            'Present when the back-test stops at the end of the history (actual.cutAt, or scenario.cutAt) before the last purchase of a fleet bought in stages: its payback (paybackDate null) is not decidable, not “not paid back” (as scenario.paybackUndecidedAtCut for the run).',
        }),
        curtailmentCreditsUsd: z.number().optional().meta({
          description:
            'With `power.curtailment` only: the curtailment credits earned on the history, USD (headline.powerCostNetUsd is the power bill less them).',
        }),
        waterfall: z
          .strictObject({
            siteShare: z.number().meta({
              description: 'The site’s share of the coins until the owner has recovered recoverUsd.',
            }),
            siteShareAfter: z.number().meta({ description: 'The site’s share from flipDate on.' }),
            recoverUsd: z.number().meta({
              description:
                'What the owner recovers first: its share of the revenue less the power it pays, net of curtailment credits, added up from the start, USD.',
            }),
            recoveredDate: date.nullable().meta({
              description:
                'The day whose margin completed the recovery; null when the owner had not recovered recoverUsd by the back-test’s last day.',
            }),
            flipDate: date.nullable().meta({
              description:
                'The first day at the later split, the day after recoveredDate; null when that is after the back-test’s last day (or nothing was recovered).',
            }),
          })
          .optional()
          .meta({
            description:
              'With a revenue share whose waterfall changes the split only: when it changed on the history.',
          }),
        equity: z
          .strictObject({
            paybackDate: date.nullable().meta({
              description:
                "The equity's payback on the history (as headline.equityPaybackDays); the start date when its position never fell below zero (nothing at stake); null when it fell below zero and was not back at zero by the horizon (after a default its position moves by its hedges' settlements and their tax alone, which may bring it back), or when it is not decidable (paybackUndecidedAtCut).",
            }),
            paybackUndecidedAtCut: z
              .strictObject({
                cutAt: date.meta({ description: 'The last day of the history, where the back-test stops.' }),
                fromDay: z.int().meta({
                  description:
                    "The first day the equity's payback can fall on, days from the start: its last purchase (a leased cohort's buyout instead of its purchase), or its default if earlier.",
                }),
                fromDate: date,
              })
              .optional()
              .meta({
                description:
                  "Present when the back-test stops at the end of the history before the first day the equity's payback can fall on (a fleet bought in stages, or a lease's buyout, after the cut): paybackDate null is then not decidable, not “not paid back”.",
              }),
            npvUsd: nullableNumber,
            irr: nullableNumber.meta({
              description:
                "The equity's IRR on the history, annualised; -0.9999 or 1e6 when censored at a bound of the range searched (as for headline.irr: e.g. a stake mostly lost within months is at or below -0.9999); null where it has none (several rates or none in the range); a total loss is -1.",
            }),
            marginCall: z.boolean(),
            firstMarginCallDate: date.nullable().optional().meta({
              description:
                "With a loan covenant only: the day of the history's first margin call (met, or the one that defaulted); null when none.",
            }),
            marginCallsMet: z.number().optional().meta({
              description:
                'With a loan covenant only: how many margin calls were met on the history (each repaying principal; a daily test can call on many days).',
            }),
            marginCallsUsd: z.number().optional().meta({
              description:
                'With a loan covenant only: the principal the margin calls met repaid on the history, USD.',
            }),
            defaultDate: date.nullable(),
            taxPaidUsd: z.number().optional().meta({
              description:
                "With `finance.tax` only: the income tax the equity paid on the history, at its tax years' ends, USD (undiscounted).",
            }),
            lossCarriedUsd: z.number().optional().meta({
              description:
                "With `finance.tax` only: the equity's tax losses carried forward and left unused at the history's last day (never refunded), USD; 0 when none.",
            }),
            taxYears: z
              .array(
                z.strictObject({
                  end: date.meta({
                    description: 'The tax year’s last day (the last ends on the back-test’s last day).',
                  }),
                  taxUsd: z.number().meta({
                    description:
                      'The income tax the equity paid for the year, on its last day (and on a default day within it), USD.',
                  }),
                  lossCarriedUsd: z.number().meta({
                    description: 'The tax losses carried forward after the year’s tax, USD; 0 when none.',
                  }),
                }),
              )
              .optional()
              .meta({
                description:
                  "With `finance.tax` only: the equity's tax year by year on the history (taxPaidUsd is their sum).",
              }),
            hedgeNetUsd: z.number().optional().meta({
              description:
                "With `finance.hedges` only: the hedges' settlements and premiums on the history, received less paid, to the horizon (a default does not end them: they are the owners' contracts, not secured on the machines), undiscounted and before tax, USD (as headline.hedgeNetUsd). Where the shipped history ends before the horizon, to its last day: a contract that settles after it counts its premium and none of its later settlements (each is listed in actual.booksAtCut).",
            }),
          })
          .optional()
          .meta({
            description:
              'The equity on the actual history, with `finance` only; where the history ends before the horizon, to its last day (cutAt), with the contracts running past it treated as actual.booksAtCut says.',
          }),
        cutAt: date.optional().meta({
          description:
            'The last day of the shipped history, when it ends before the horizon and the back-test stops there.',
        }),
        booksAtCut: z.array(bookAtCutSchema).optional().meta({
          description:
            "With `finance` on a back-test cut at `cutAt` only, when some of its contracts run past the cut: each, with what the equity's figures count of it (`counted`). Its hedges' later settlements are not in the equity's NPV, IRR, payback or hedgeNetUsd.",
        }),
      })
      .optional()
      .meta({ description: 'The back-test (actual history), weekly, when the history covers the scenario.' }),
  })
  .meta({
    title: 'minesim run summary',
    description: 'summary.json: the result of a minesim run (Monte Carlo or back-test).',
  });

export function summaryJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(summarySchema, { io: 'input' }) as Record<string, unknown>;
}
