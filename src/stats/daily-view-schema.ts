// summary.json's `dailyView`: the calculator's answer at the start day's conditions held fixed
// (model/daily-view.ts), and how the Monte Carlo answer compares with it.
import { z } from 'zod';

const usdPerDay = (description: string) => z.number().meta({ description: `${description}, USD a day.` });
const nullableDays = (description: string) => z.number().nullable().meta({ description });

export const machineDaySchema = z.strictObject({
  name: z.string(),
  units: z.number(),
  revenueUsd: usdPerDay(
    'What one machine earns: its coins after the pool fee, at the day’s price, before the site’s share of a revenue share (that share is in hostingUsd; earlier builds wrote this field net of it)',
  ),
  powerUsd: usdPerDay(
    'Its power bill (uptime and PUE included); 0 under an all-in rate (hosting.basis all-in), whose fee in hostingUsd pays for the power',
  ),
  hostingUsd: usdPerDay(
    'Its hosting: nameplate and metered fees, an all-in rate’s fee (power included), and the site’s share of the revenue (hosting.siteShare x revenueUsd)',
  ),
  creditsUsd: usdPerDay('Its curtailment credits'),
  maintenanceUsd: usdPerDay('Its maintenance'),
  profitUsd: usdPerDay('revenueUsd - powerUsd - hostingUsd - maintenanceUsd + creditsUsd'),
  profitUsdPerUnitHashrate: z.number().meta({
    description: 'Profit a day per unit of rated hashrate (machineHashrateUnit: TH/s for Bitcoin).',
  }),
  breakEvenHashpriceUsd: z.number().nullable().meta({
    description:
      'Hashprice (hashpriceUnit, gross of the pool fee) at which the profit is zero; null when none is.',
  }),
  breakEvenPriceUsd: z.number().nullable().meta({
    description:
      'Coin price at which the profit is zero, difficulty and fees in coins held; null when none is.',
  }),
  unitCapexUsd: z
    .number()
    .meta({ description: 'One unit’s capex (price, import premium, setup share), USD.' }),
  paybackDays: nullableDays(
    'Days from paying for one unit (paidDay) to its payback if nothing changes: the days before it hashes (hashingFromDay - paidDay, its deployment delay), then unitCapexUsd / profit, its resale counted if it is sold first (soldDay); null when it never pays back.',
  ),
});

/** A cohort of a run's view: one machine, and when the cohort is paid for and hashes. */
export const cohortDaySchema = machineDaySchema.extend({
  paidDay: z.number().optional().meta({
    description:
      'Day its capex is paid, from the start (its purchase day; 0 for a cohort bought before the start, as the run counts it); absent when 0.',
  }),
  hashingFromDay: z.number().optional().meta({
    description:
      'First day it hashes, from the start (its purchase day plus its deployment delay); absent when 0.',
  }),
  soldDay: z.number().optional().meta({
    description:
      'Day it is sold (its retire day within the horizon), from the start; absent when it is kept. Held fixed it earns until then and fetches unitResaleUsd a unit.',
  }),
  unitResaleUsd: z.number().optional().meta({
    description:
      'What one unit fetches on soldDay held fixed: money.salvage.fraction x its unit price (a hashprice-linked resale at the hashprice held, a ratio of 1), 0 with no salvage model; USD.',
  }),
  rewardAtHashing: z
    .strictObject({
      rewardPerBlock: z.number().meta({
        description: 'The block reward (subsidy) in force on its first day hashing, blocks on target, coins.',
      }),
      profitUsd: usdPerDay(
        'What one unit makes at that reward, the start day’s price, difficulty, fees in coins a block and costs held',
      ),
      halvingHeight: z.number().optional().meta({
        description:
          'The last halving before its first day hashing: its first block; absent for an emission.',
      }),
    })
    .optional()
    .meta({
      description:
        'Present when the cohort first hashes (hashingFromDay) under a lower block reward than the start day’s, after a halving ahead or further down an emission (Monero), which it never earns: its paybackDays are then at the reward in force on its first day hashing (profitUsd here), its other rows at the start day’s.',
    }),
  switchedOff: z.literal(true).optional().meta({
    description:
      'Present when the shutdown rule (operation: shutdown-when-unprofitable) switches the cohort off at these conditions, as the run would: its rows say what running it would make, and the fleet’s day and payback count only its nameplate hosting and maintenance.',
  }),
});

export const dailyViewSchema = z
  .strictObject({
    date: z.string().meta({ description: 'The day whose conditions are held fixed (the start).' }),
    priceUsd: z.number(),
    hashpriceUsd: z.number().meta({
      description:
        'Hashprice held fixed, gross of the pool fee, in hashpriceUnit: the day’s price and difficulty with the subsidy and fees a block in `fees`.',
    }),
    hashpriceUnit: z.string().meta({ description: 'e.g. USD/PH/s/day.' }),
    fees: z
      .strictObject({
        model: z.enum(['share-of-subsidy', 'per-block', 'historical']).meta({
          description:
            'Where feesPerBlock comes from: the scenario’s fee model (fees.model.type); historical is the day’s own fees.',
        }),
        rewardPerBlock: z.number().meta({
          description:
            'The subsidy (or base reward) a block the hashprice counts: the protocol’s at the start height, coins.',
        }),
        feesPerBlock: z.number().meta({ description: 'The fees a block the hashprice counts, coins.' }),
        share: z.number().nullable().meta({
          description:
            'feesPerBlock / rewardPerBlock of a share-of-subsidy fee model (given or calibrated), as a fraction; null for the other models.',
        }),
        dayFeesPerBlock: z.number().nullable().meta({
          description:
            'The fees a block the day’s own blocks paid (the history’s fees / blocks), coins, what `minesim hashprice --date` and `minesim quote --date` price; null past the history.',
        }),
        dayRewardPerBlock: z.number().nullable().optional().meta({
          description:
            'The subsidy (or base reward) a block the day’s own blocks paid (the history’s issuance / blocks), coins, what `minesim hashprice --date` and `minesim quote --date` price beside dayFeesPerBlock: Bitcoin’s subsidy but on a halving day; Monero’s base reward less the block-size penalties its blocks paid, which rewardPerBlock (the rule’s, at the start height) leaves out (2014-05-20: 16.5277 XMR where the rule gives 16.8182). Null past the history; absent in summaries of earlier builds.',
        }),
      })
      .optional()
      .meta({
        description:
          'What hashpriceUsd is made of: the day’s price and difficulty with this subsidy and these fees a block, which under a fee model differ from the day’s own (`minesim hashprice` prices those); absent in summaries of earlier builds.',
      }),
    machineHashrateUnit: z.string().meta({ description: 'e.g. TH/s.' }),
    tariffUsdPerKwh: z.number().meta({
      description:
        'The electricity tariff that day, USD/kWh; 0 under an all-in rate, which includes the power (hosting.allInUsdPerKwh).',
    }),
    tariffMean: z
      .strictObject({
        usdPerKwh: z.number().meta({ description: 'The mean of the days’ tariffs, USD/kWh.' }),
        days: z
          .int()
          .meta({ description: 'The days it is the mean over: the first 365, or the horizon’s if shorter.' }),
      })
      .optional()
      .meta({
        description:
          'Present when the tariff changes over the first year (a seasonal or dated tariff): the view holds the start day’s rate (tariffUsdPerKwh), as it holds the start day’s price and difficulty, and this is the tariff’s mean over the first year beside it.',
      }),
    hosting: z
      .strictObject({
        basis: z.enum(['per-kw', 'all-in', 'revenue-share']).meta({
          description:
            'The hosting contract’s basis (power.hosting): per-kw (a fee per kW a month), all-in (one rate per kWh for power and hosting) or revenue-share.',
        }),
        allInUsdPerKwh: z.number().nullable().meta({
          description: 'The all-in rate, USD per kWh drawn, power included; null on other bases.',
        }),
        siteShare: z.number().nullable().meta({
          description:
            'The site’s share of the revenue held fixed (a waterfall’s opening split), as a fraction; null on other bases.',
        }),
        siteShareAfter: z.number().nullable().meta({
          description: 'The site’s share once a waterfall flips, as a fraction; null without a waterfall.',
        }),
      })
      .optional()
      .meta({
        description:
          'What the hosting row holds: the contract’s basis and its rate or share; absent when the scenario has no hosting contract.',
      }),
    cohorts: z.array(cohortDaySchema).meta({
      description:
        'One machine of each cohort, at the start day’s conditions whenever the cohort is bought, with the days it is paid for and hashes.',
    }),
    fleet: z.strictObject({
      profitUsd: usdPerDay(
        'Every cohort’s units x profit, as if all ran that day (a cohort the shutdown rule switches off at its idle costs), minus the fixed costs',
      ),
      fixedUsd: usdPerDay('Fixed costs'),
      capexUsd: z.number(),
      paybackDays: nullableDays(
        'Days from the start to the payback held fixed on the fleet’s calendar: each cohort’s capex on its paidDay, its profit from its hashingFromDay until its soldDay and its resale then, the fixed costs from the start, a hosting deposit from the start until its term ends, a waterfall’s later share from the day the owner’s running margin has earned back what it recovers (capexUsd / profitUsd when all are bought and hash on the start day); a fleet bought in stages from its last paidDay on, as the run counts it; null when it never pays back. Continuous days of profit: the tables, the terminal and the quote print the day a run would count, ceil(days) - 1 (350.53: day 350), as day 0 is the start and a day’s profit comes at its end.',
      ),
    }),
    beforeFinancing: z.literal(true).optional().meta({
      description:
        'Present when the scenario has finance (loans, leases, hedges or tax): the view, like the run’s payback it sits beside, is the project’s before financing (each cohort’s capex as if paid in cash, no debt service, lease payments, settlements or tax); the equity’s figures are in headline and finance.',
    }),
    stranded: z
      .strictObject({
        cohort: z.string(),
        day: z.number(),
        date: z.string(),
      })
      .optional()
      .meta({
        description:
          'The first cohort a scheduled change of proof of work strands within the horizon (its day and date), which holding the day fixed leaves out; absent when none is.',
      }),
    halving: z
      .strictObject({
        height: z.number().meta({ description: 'The first block at the lower subsidy.' }),
        day: z.number().meta({
          description:
            'Days from the start day to that block at the target block rate (144 a day for Bitcoin), fractional.',
        }),
        date: z.string().meta({ description: 'The day that block falls on, at the target block rate.' }),
        rewardAfter: z.number().meta({ description: 'The subsidy a block from then, coins.' }),
        fleetProfitAfterUsd: usdPerDay(
          'The fleet’s profit from then, the start day’s price, difficulty, fees in coins a block and costs held',
        ),
        paybackDays: nullableDays(
          'Days to payback held fixed through this halving and the ones after it, each at its subsidy (a hashprice-linked resale after one at the hashprice then over that on the first day hashing, at most 1); null when the fleet never pays back.',
        ),
      })
      .optional()
      .meta({
        description:
          'The next halving, when it falls before fleet.paybackDays: holding the day fixed leaves it out, but the protocol fixes it; absent otherwise.',
      }),
    emission: z
      .strictObject({
        rewardNow: z
          .number()
          .meta({ description: 'The base reward a block the day held fixed counts, coins.' }),
        rewardAtPayback: z.number().meta({
          description:
            'The base reward a block on fleet.paybackDays, by the emission rule with blocks on target, coins.',
        }),
        fleetProfitAtPaybackUsd: usdPerDay(
          'The fleet’s profit then, the start day’s price, difficulty, fees in coins a block and costs held',
        ),
        paybackDays: nullableDays(
          'Days to payback held fixed through the emission (eras of a week at their mean reward, down to the tail emission); null when the fleet never pays back.',
        ),
        longerBlocks: z.boolean().optional().meta({
          description:
            'True when fleet.paybackDays is past a change to longer blocks, each paying more (Monero’s 2016 fork from a day of one-minute blocks): rewardNow and rewardAtPayback are then blocks of different lengths. Absent in summaries of earlier builds.',
        }),
      })
      .optional()
      .meta({
        description:
          'For a coin whose reward follows the coins generated (Monero): the emission lowers the reward block by block, which holding the day fixed leaves out but the protocol fixes; present when the reward on fleet.paybackDays is lower than the day’s.',
      }),
    monteCarlo: z
      .strictObject({
        paybackDaysP50: z
          .number()
          .nullable()
          .meta({ description: 'The run’s median payback day (null: none).' }),
        paidBackByThen: z.number().nullable().meta({
          description:
            'Share of paths paid back by the fleet’s calculator payback day; null when it has none or it is past the horizon.',
        }),
        paidBackByThenSe: z.number().nullable().optional().meta({
          description:
            'The Monte Carlo standard error of paidBackByThen (with antithetic pairs, over the pairs); null where paidBackByThen is; absent for one path (a back-test, a run of one path).',
        }),
      })
      .meta({ description: 'The run’s answer to the same question.' }),
  })
  .meta({
    description:
      'The calculator’s answer: one machine of each cohort on the start day with that day’s price, difficulty and tariff and the fees a block the scenario’s fee model starts from held fixed (no growth of difficulty, no halving, no wear or failures, the opening split of a revenue share), next to the Monte Carlo answer.',
  });
