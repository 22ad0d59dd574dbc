// summary.json's `dailyView`: the calculator's answer at the start day's conditions held fixed
// (model/daily-view.ts), and how the Monte Carlo answer compares with it.
import { z } from 'zod';

const usdPerDay = (description: string) => z.number().meta({ description: `${description}, USD a day.` });
const nullableDays = (description: string) => z.number().nullable().meta({ description });

export const machineDaySchema = z.strictObject({
  name: z.string(),
  units: z.number(),
  revenueUsd: usdPerDay('One machine’s revenue after the pool fee and any revenue share'),
  powerUsd: usdPerDay('Its power bill (uptime and PUE included)'),
  hostingUsd: usdPerDay('Its hosting: nameplate and metered fees and the site’s share of the revenue'),
  creditsUsd: usdPerDay('Its curtailment credits'),
  maintenanceUsd: usdPerDay('Its maintenance'),
  profitUsd: usdPerDay('revenue - power - fees - maintenance + credits'),
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
    'unitCapexUsd / profit: days to payback if nothing changes; null when it never pays back.',
  ),
});

export const dailyViewSchema = z
  .strictObject({
    date: z.string().meta({ description: 'The day whose conditions are held fixed (the start).' }),
    priceUsd: z.number(),
    hashpriceUsd: z
      .number()
      .meta({ description: 'Hashprice that day, gross of the pool fee, in hashpriceUnit.' }),
    hashpriceUnit: z.string().meta({ description: 'e.g. USD/PH/s/day.' }),
    machineHashrateUnit: z.string().meta({ description: 'e.g. TH/s.' }),
    tariffUsdPerKwh: z.number(),
    cohorts: z.array(machineDaySchema).meta({ description: 'One machine of each cohort.' }),
    fleet: z.strictObject({
      profitUsd: usdPerDay('Every cohort’s units x profit, as if all ran that day, minus the fixed costs'),
      fixedUsd: usdPerDay('Fixed costs'),
      capexUsd: z.number(),
      paybackDays: nullableDays('capexUsd / profitUsd; null when the fleet makes no profit.'),
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
      })
      .meta({ description: 'The run’s answer to the same question.' }),
  })
  .meta({
    description:
      'The calculator’s answer: one machine of each cohort on the start day with that day’s price, difficulty, fees and tariff held fixed (no growth of difficulty, no halving, no wear or failures, the opening split of a revenue share), next to the Monte Carlo answer.',
  });
