// Financing and tax: loans secured on the machines, leases instead of purchases, hedges
// (schema/hedge.ts), income tax with depreciation and losses carried forward. All optional; a
// scenario without them is all equity, unhedged and untaxed. Cross-field rules (a loan past the horizon, a tax rule without a rate, ...) are in
// scenario/finance-rules.ts.
import { z } from 'zod';
import { isIsoDate } from '../../data/dates.js';
import { schemaMessages } from '../../messages/schema.js';
import { isoDate } from './date.js';
import { hedgeSchema } from './hedge.js';
import { LIMITS } from './limits.js';
import { EDITOR_KEYWORD, fraction, money, quantity } from './quantity.js';
import { contractTerm } from './term.js';

const share = (description: string, max = 1) =>
  fraction({ description, min: 0, max, shownMin: '0 %', shownMax: `${max * 100} %` });

/** A day of the year written MM-DD that every year has (02-29 is refused). */
function isMonthDay(text: string): boolean {
  return /^\d{2}-\d{2}$/.test(text) && text !== '02-29' && isIsoDate(`2001-${text}`);
}

const cohortNames = z.array(z.string().min(1).max(LIMITS.nameChars)).min(1).max(1000).meta({
  description: 'The cohorts (by name) the loan finances and is secured on. Default: the whole fleet.',
});

export const marginCallSchema = z
  .strictObject({
    loanToValue: fraction({
      description:
        "The covenant: a margin call when the balance exceeds this share of the collateral's value (the machines at their salvage value, see `money.salvage`, which follows the week's mean hashprice daily; it counts the machines left on the path after its failures, `fleet[].failureRate`, as a sale of them does: one of five machines lost takes a fifth of it from the day after the failure; a back-test, whose failures are not drawn, counts the share expected to survive) on a day the lender tests it (`testEvery`), e.g. `85 %`. A loan above it on its drawdown day whatever the path (more than this share of the machines' salvage value before hashprice can lower it) is refused.",
      above: 0,
      max: 1,
      shownMin: '0 %',
      shownMax: '100 %',
    }),
    restoreTo: fraction({
      description:
        'The loan-to-value a margin call must restore by repaying principal, e.g. `70 %`. Default: the covenant itself. The principal a call repays owes its interest from the last payment (or the drawdown) to the end of the call’s day, the month’s rate pro rata over 30.4375 days, due with the next payment (or at the horizon).',
      min: 0,
      max: 1,
      shownMin: '0 %',
      shownMax: '100 %',
    }).optional(),
    topUp: money(
      "Cash the owners will put in to meet margin calls, over the loan's life, beyond the operation's own cash and coins, USD. A call is met out of the operation's cash on hand (its cash kept since the start: the coins sold less the operating costs, a hosting deposit paid until it comes back, less the loan's payments, the lease payments, the tax paid at earlier tax years' ends and the calls paid before, with the hedges' settlements and premiums, paid or received; not the capex, the drawdown or its fee; never floored at zero, so what the owners put in for a loss, a payment or a call's top-up is made up out of later cash first), then by selling the coins held (under `treasury: hold` or `sell-to-cover`) at the day's price, then from this; a call that all three cannot meet is a default: the lender takes the machines. The coins a call sells are the equity's: the project (before financing, without the loan) keeps them.",
    ).prefault(0),
    testEvery: quantity('duration', {
      description:
        "How often the lender values the collateral and tests the covenant, counted from the drawdown day (which is a test day): `1 day` (default) tests daily, `1 week` or `1 month` (30.4375 days, a twelfth of 365.25, so test k falls on drawdown + round(k x 30.4375) days) as a facility that marks its collateral weekly or monthly. Between tests a dip in hashprice calls nothing. A test comes after the day's operation, hedge settlements and payments, before the tax of a tax year ending that day; the horizon's last day is not tested (what is owed then is repaid). At most the loan's term.",
      min: 1,
      max: LIMITS.durationDays,
      shownMin: '1 day',
      shownMax: LIMITS.shownDuration,
    }).prefault('1 day'),
  })
  .meta({
    description:
      "A loan-to-value covenant on an ASIC-backed loan. A default ends the equity's whole operation, so a loan with a margin call must be secured on the whole fleet held after its drawdown (no `cohorts`, or every cohort not retired or stranded by then, and no lease).",
  });

export const loanSchema = z
  .strictObject({
    name: z
      .string()
      .min(1)
      .max(LIMITS.nameChars)
      .optional()
      .meta({ description: 'Label. Default: `loan N`.' }),
    cohorts: cohortNames.optional(),
    principal: money('Amount borrowed, USD. Give this or `loanToValue`.').optional(),
    loanToValue: fraction({
      description:
        'Amount borrowed as a share of the capex of its cohorts, e.g. `60 %`. Give this or `principal`.',
      above: 0,
      max: 1,
      shownMin: '0 %',
      shownMax: '100 %',
    }).optional(),
    rate: quantity('rate-per-year', {
      description:
        'Nominal annual interest rate, compounded monthly (rate / 12 a month), e.g. `12.8 %`: the rate the interest is charged at, without `fee` (which the equity’s NPV and IRR count apart, so the loan costs the owners more than this).',
      min: 0,
      max: 1,
      shownMin: '0 %',
      shownMax: '100 %',
    }),
    term: contractTerm(
      "Time to maturity in monthly payments, e.g. `24 months`: payment k falls on drawdown + round(k x 30.4375) days, and one due on the day after the horizon's last day (where the horizon ends, as 60 months from the start end with a `5 years` horizon) is paid on its last day.",
    ),
    repayment: z.enum(['amortizing', 'bullet']).default('amortizing').meta({
      description:
        '`amortizing`: level monthly payments of interest and principal (an annuity); `bullet`: monthly interest, the principal at maturity (a balloon).',
    }),
    fee: share(
      'Fees at drawdown as a share of the principal (origination, arrangement), e.g. `1 %`: paid out of the drawdown (the owners receive principal x (1 - fee)), so the equity’s flows, NPV and IRR count it on the drawdown day, and the equity’s tax deducts it in that tax year with the interest. `rate` leaves it out: 1,000 USD at 12 % over 12 months costs the owners 12.68 % a year compounded (1 % a month), 14.84 % with a 1 % fee; a loan at 0 % with a 2 % fee, 3.81 % a year.',
      0.5,
    ).prefault(0),
    start: isoDate(
      'Drawdown day. Default: the first purchase day of its cohorts (the start for a cohort bought before it, whose capex the run counts then).',
    ).optional(),
    balloonAtHorizon: z.boolean().default(false).meta({
      description:
        "Whether a balance still owed at the horizon is repaid then, with the interest accrued since the last payment's month ended (its days to the horizon's end, the last day included, at the month's rate pro rata over 30.4375 days), out of the horizon's value of the machines and coins. Required for a loan that matures after the horizon.",
    }),
    marginCall: marginCallSchema.optional(),
  })
  .meta({
    description: 'A loan on the machines (ASIC-backed), drawn once and repaid monthly.',
    // Validation asks for one of the two, never both (scenario/finance-rules.ts).
    [EDITOR_KEYWORD]: { oneOf: [{ required: ['principal'] }, { required: ['loanToValue'] }] },
  });

export const leaseSchema = z
  .strictObject({
    cohort: z
      .string()
      .min(1)
      .max(LIMITS.nameChars)
      .meta({ description: 'The cohort (by name) leased instead of bought.' }),
    payment: quantity('money-per-time', {
      description: 'Lease payment for the whole cohort, e.g. `12000 USD/month`; paid monthly in arrears.',
      min: 0,
      max: LIMITS.fixedUsdPerDay,
      shownMin: '0 USD/month',
      shownMax: LIMITS.shownFixed,
    }),
    term: contractTerm(
      "Lease term in monthly payments, e.g. `24 months`, from the cohort's purchase (from the start for a cohort bought before it, whose capex the run counts on the start day: the lease is signed then): payments fall as a loan's, the last (with `residual`) on the horizon's last day at the latest.",
    ),
    residual: money(
      'Buyout paid with the last payment, after which the operation owns the machines, USD.',
    ).prefault(0),
  })
  .meta({
    description:
      "A lease instead of a purchase: the lessor pays the cohort's capex, the operation pays monthly and buys the machines out at the end of the term.",
  });

export const depreciationSchema = z
  .strictObject({
    method: z.enum(['straight-line', 'declining-balance', 'bonus']).meta({
      description:
        '`straight-line` over `lifeYears`; `declining-balance` at `factor` / `lifeYears` a year, switching to straight line; `bonus`: `bonus` of the cost in year one, the rest straight line over `lifeYears`. State the rule of your jurisdiction and year: minesim does not know tax law.',
    }),
    lifeYears: z.int().min(1).max(50).meta({ description: 'Recovery period in tax years, 1 to 50.' }),
    factor: z.number().min(1).max(4).default(2).meta({
      description: 'Declining balance: multiple of the straight-line rate, 1 to 4 (2 = double declining).',
    }),
    bonus: share(
      'Bonus depreciation: share of the cost expensed in the year placed in service, e.g. `100 %`.',
    ).optional(),
  })
  .meta({
    description:
      "Tax depreciation of the machines' cost (capex), from the tax year each cohort starts hashing: a whole year's amount in that year, however little of it is left (even a first tax year of a few days; no half-year or mid-quarter convention).",
    // `bonus` with the bonus method, and with it alone (scenario/finance-rules.ts).
    [EDITOR_KEYWORD]: {
      anyOf: [
        { properties: { method: { const: 'bonus' } }, required: ['bonus'] },
        { properties: { method: { not: { const: 'bonus' } } }, not: { required: ['bonus'] } },
      ],
    },
  });

export const taxSchema = z
  .strictObject({
    rate: share('Income tax rate on taxable profit, e.g. `21 %`.').optional(),
    depreciation: depreciationSchema.optional(),
    lossCarryForward: z.boolean().default(true).meta({
      description: 'Whether losses are carried forward to later years (never back, never refunded).',
    }),
    lossOffsetLimit: fraction({
      description:
        "Share of a year's taxable profit that losses carried forward may offset, e.g. `80 %` (the US limit). Default: 100 %.",
      above: 0,
      max: 1,
      shownMin: '0 %',
      shownMax: '100 %',
    }).prefault(1),
    yearEnd: z
      .string()
      .refine(isMonthDay, { message: schemaMessages.badMonthDay() })
      .default('12-31')
      .meta({
        description:
          "Last day of the jurisdiction's tax year, month-day MM-DD, e.g. `06-30` (Australia) or `03-31` (Japan, India). The first tax year is what is left of the fiscal year at the start (a whole year from the day after a year end); the last ends on the horizon's last day. `02-29`, which most years lack, is refused: a year ending `02-28` ends on 28 February in a leap year too, and 29 February opens the next. Default: `12-31`, the calendar year.",
        examples: ['12-31', '06-30'],
      }),
    coinBasis: z.boolean().default(false).meta({
      description:
        "Whether coins are taxed on their gain when sold, over their basis: their value on the day they were mined, taxed then as income. Coins held are sold by a margin call, on a default, under `sell-to-cover` on a day whose costs exceed what it mined (the day's own coins first, at their basis), and at the horizon (valued at the last price); the coins sold take their share of the basis of the coins held (average cost), and their gain or loss is taxed in that tax year. Under `sell-daily` no coins are held, so there is no gain to tax.",
    }),
  })
  .meta({
    // A tax rule needs its rate (scenario/finance-rules.ts).
    [EDITOR_KEYWORD]: { allOf: [{ required: ['rate'] }] },
    description:
      "Income tax by tax year (years ending on `yearEnd`, by default calendar years): revenue at the day it is mined (the operation's part, after a revenue share), less power (net of curtailment credits), hosting, maintenance, fixed costs, depreciation, interest (in the tax year it is paid: a month's on its payment day, a margin call's with the next payment, a balloon's at the horizon), loan fees and lease payments, plus gains on the machines sold (and at the horizon, valued at their salvage), and the hedges’ settlements and premiums (the equity’s) in the tax year they are paid. Paid on the last day of each tax year. A default ends the equity's tax year that day, taxed then: the lender's taking of the machines is their sale for the debt it discharges (limited recourse: the principal owed less the basis left is a gain or a loss, and no income from the cancelled debt apart; the interest owed and not yet paid, since the last payment and on what margin calls repaid, goes with the debt, neither deducted, as it was never paid, nor in the debt discharged), machines bought, deployed or bought out of a lease later in that year are neither depreciated nor disposed of, and with `coinBasis` the coins sold that day are taxed on their gain; a loss left then is never refunded.",
  });

export const financeSchema = z
  .strictObject({
    loans: z
      .array(loanSchema)
      .max(100)
      .default([])
      .meta({ description: 'Loans, each on some or all cohorts.' }),
    leases: z
      .array(leaseSchema)
      .max(1000)
      .default([])
      .meta({ description: 'Cohorts leased instead of bought.' }),
    hedges: z.array(hedgeSchema).max(100).default([]).meta({
      description:
        "Hedges: hashprice and coin-price swaps, puts and calls, cash-settled. Each settles on the market whether or not the machines mine (after failures, a shutdown or their sale). A run states each beside the fleet's production (the assumptions' `Hedge vs production` lines: a price swap's coins a month over the coins mined a month over its term (and, where that average is at most 100 % but a month of the swap commits more coins than the fleet mines in it, a fleet bought in stages or a halving between, that largest month named with its share and coins), an option's coins over those mined from its start to its expiry (held fixed: each cohort from its first day hashing to its sale, none where the shutdown rule switches it off), both on the history in a back-test and at the start day's conditions held fixed in a Monte Carlo run, whose paths' days are not kept (the median path's coins a month over the horizon beside a swap's); a hashprice swap's hashrate over the hashrate the fleet earns on over the swap's months: its rated hashrate after uptime and the pool fee (the swap is paid on the network's hashprice, before the fee), each cohort from its first day hashing to its sale, and on the history after wear, failures and shutdowns too, the days weighted by their hashprice; under a revenue share, over what the operation keeps after the site's share, a waterfall's change counted on the history, not at the start held fixed) and notes on the terminal a hedge larger than the production, the part beyond it a bet on the price. With two or more forwards or hedging options (price swaps, bought puts, sold calls) the hedges are judged together (the `Hedges together vs production` line): over each month of one (an option: its start to its expiry) the coins they commit, each spread over its months pro rata to the days, beside the coins mined; counted as a risk officer counts them, an obligation to deliver or sell and not a right unless exercised: a forward's coins every month; a sold call's where its holder exercises it on the history (in full at the start held fixed and in `minesim validate`, as the holder decides); a bought put's only where the operation exercises it on the history (the price at its expiry below the strike; never at the start held fixed); a collar's put and call of the same dates once. `minesim validate` notes the same before a run, each cohort counted from its first day hashing (a fleet bought in stages). A Monte Carlo run with a forward or a hedging option (a price swap, a bought put, a sold call) also sets each beside what every path mined (the `Hedges vs production on the paths` line, on the terminal too): the share of paths on which the hedges together (counted as above, an option where exercised on the path) committed more coins than the path mined in at least one month of one of them (an option: from its start to its expiry; after a default the owners mine none), with its 95 % interval, and the median of the largest share they took together of the coins mined over one hedge's whole term, its months added up (summary.json headline.overHedged and hedgedShare): a month over can sit in a term under.",
    }),
    tax: taxSchema.optional(),
  })
  .meta({
    description:
      'Financing, hedges and tax. The project (before financing, before tax, unhedged) is unchanged by them: they add the equity view (after debt service, leases, hedges and tax) and the after-tax view of the project.',
  });

export type FinanceInput = z.input<typeof financeSchema>;
export type Finance = z.output<typeof financeSchema>;
