// summary.json's back-test: the run on the actual history, weekly, with the equity's figures on it
// and what a cut at the end of the history leaves undecided or open.
import { z } from 'zod';
import { nullableNumber } from './distribution-schema.js';
import { bookAtCutSchema, date, undecidedAtCutSchema } from './summary-cut-schema.js';

/** The back-test of summary.json (RunSummary['actual']). */
export const actualSchema = z
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
                description:
                  'The tax year’s last day (the last ends on the back-test’s last day; the one a default ends, the default day).',
              }),
              default: z.enum(['ends', 'after']).optional().meta({
                description:
                  'After a loan default: `ends` on the tax year the default ends (the equity’s tax year ends that day, taxed then), `after` on the rest of that calendar tax year, whose end taxes the owners’ hedges settled after the default (0 without hedges). Absent on other years; earlier builds listed the two as one year to the calendar end.',
              }),
              taxUsd: z.number().meta({
                description: 'The income tax the equity paid for the year, on its last day, USD.',
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
  .meta({ description: 'The back-test (actual history), weekly, when the history covers the scenario.' });
