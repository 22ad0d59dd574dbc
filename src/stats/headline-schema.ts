// summary.json's headline: the shares and distributions over the paths a run is read by, each
// described for the published JSON Schema (summary-schema.ts puts it in the summary).
import { z } from 'zod';
import { distributionSchema, estimateSchema, everyPath } from './distribution-schema.js';
import { date } from './summary-cut-schema.js';

/** The headline of summary.json (RunSummary['headline']). */
export const headlineSchema = z
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
      description: 'Net position plus resale value at the horizon / capex; none without capex (see `paths`).',
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
        'Cost of power over the horizon net of curtailment credits (power.curtailment), USD: the power bill the owner pays minus the credits earned, as listed miners report it; without credits (scenario.curtailmentCredits false), the power bill alone. Under an all-in hosting rate (`dailyView.hosting.basis`), which pays for the power, the bill is what the rate charges (power and hosting together).',
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
      description: "NPV of the equity's flows (after debt service, leases, hedges and tax), with salvage.",
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
    taxPaidUsd: everyPath(distributionSchema).optional().meta({
      description:
        "With `finance.tax` only: the income tax the equity paid over the horizon (each tax year's on its last day), undiscounted, USD. A back-test's is also in actual.equity.taxPaidUsd, with its years.",
    }),
    lossCarriedUsd: everyPath(distributionSchema).optional().meta({
      description:
        "With `finance.tax` only: the equity's tax losses carried forward and left unused at the horizon, USD (never refunded: the after-tax NPV and IRR count them at nothing); 0 on a path that used them all or had none.",
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
        'Cash cost plus tax depreciation over the horizon, per coin mined (of a tax year the horizon ends inside, the share of its days within the horizon; earlier builds counted its whole depreciation); none (`paths` 0, every figure null) without a depreciation rule. The depreciation is the tax rule’s (a bonus front-loads it into the first tax year), not the book depreciation in listed miners’ published all-in costs: not comparable with them.',
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
  });
