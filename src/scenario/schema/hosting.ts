// Hosting and power contracts: how a hosting site charges (per kW a month on nameplate or metered
// power, an all-in rate per kWh, or a share of the revenue, optionally a waterfall), its deposit,
// term and minimum uptime; and the curtailment credits a site earns for power it does not draw.
// Cross-field rules (a deposit needs a term, a waterfall needs capex, ...) are in contract-rules.ts;
// what each contract does to a day's cash, and how the shutdown rule sees it, in engine/contracts.ts.
import { z } from 'zod';
import { contractMessages } from '../../messages/contracts.js';
import { LIMITS } from './limits.js';
import { fraction, type QuantityOptions, quantity } from './quantity.js';

/** A fee a kW of machine power a month, as the old `power.hosting` quantity takes it. */
export const hostingRate = (description: string, more: Pick<QuantityOptions, 'mistakenFor'> = {}) =>
  quantity('money-per-power-time', {
    description,
    min: 0,
    max: LIMITS.hostingUsdPerWDay,
    shownMin: '0 USD/kW/month',
    shownMax: LIMITS.shownHosting,
    examples: ['10 USD/kW/month'],
    ...more,
  });

const deposit = quantity('duration', {
  description:
    'Deposit in months of fees (`2 months`): of the whole fleet’s fees a month, each cohort’s on its rated power before a promised uptime’s pro rata (`minimumUptime`), or on the power it draws where the fee is metered or all-in (the assumptions table gives the amount); paid on the start day and refunded when hosting ends: the contract renews while the site hosts machines, so the deposit is held from term to term and comes back at the end of the term (or of the renewed term) on or after the day the last cohort leaves the site (sold on its `retire` date, or stranded by a change of proof of work), or on the last simulated day when the fleet is still hosted then. Needs `term`. A bare number is months.',
  // Counted in months of fees: a bare 2 is 2 months (earlier builds read it as 2 days).
  bareUnit: 'months',
  min: 0,
  max: LIMITS.durationDays,
  shownMin: '0 months',
  shownMax: LIMITS.shownDuration,
  examples: ['2 months'],
}).optional();

/** A revenue share's deposit and what becomes of it: fields it has, refused unless 0 (contract-rules.ts). */
const revenueShareDeposit = quantity('duration', {
  description:
    'Refused unless 0: a revenue share has no fixed fee to count months of, so a deposit in months of fees needs `basis: per-kw` or `all-in`. A bare number is months.',
  bareUnit: 'months',
  min: 0,
  max: LIMITS.durationDays,
  shownMin: '0 months',
  shownMax: LIMITS.shownDuration,
}).optional();

const revenueShareDepositOnDefault = z.enum(['forfeited', 'refunded']).optional().meta({
  description: 'Refused: a revenue share takes no deposit (see `deposit`).',
});

const depositOnDefault = z.enum(['forfeited', 'refunded']).optional().meta({
  description:
    'What the site does with the deposit when a loan’s default takes the machines while it is held, before hosting ends (a contract term; minesim does not guess it): `forfeited` (the default) keeps it, a loss to the equity (deducted from its income that tax year); `refunded` pays it back to the owners on the day of the default. Needs `deposit`.',
});

const term = quantity('duration', {
  description:
    'Length of the contract, e.g. `3 years`, from the start: it renews on the same terms while the site hosts machines, so term k ends round(k x term) days after the start (a year is 365.25 days: `1 year` on days 365, 731, 1096, ..., as a loan drawn on the start day pays its 12th, 24th and 36th months). The deposit comes back at the end of the first term that finds the fleet gone (see `deposit`).',
  min: 1,
  max: LIMITS.durationDays,
  shownMin: '1 day',
  shownMax: LIMITS.shownDuration,
  examples: ['3 years'],
}).optional();

const share = (description: string) =>
  fraction({ description, min: 0, max: 1, shownMin: '0 %', shownMax: '100 %', examples: ['30 %'] });

const perKw = z
  .strictObject({
    basis: z.literal('per-kw').meta({ description: 'A fee per kW of machine power a month.' }),
    rate: hostingRate('Fee per kW a month, e.g. `10 USD/kW/month`.'),
    on: z.enum(['nameplate', 'metered']).default('nameplate').meta({
      description:
        '`nameplate`: on the machines’ rated power, paid whether they run or not (reserved capacity); `metered`: on the power they draw (rated power x uptime), paid only on days they run.',
    }),
    deposit,
    depositOnDefault,
    term,
    minimumUptime: share(
      'The uptime the site promises (nameplate basis only), e.g. `95 %`. A cohort whose `uptime` is below it pays the fee pro rata: fee x uptime / minimumUptime.',
    ).optional(),
  })
  .meta({ description: 'Hosting per kW a month.' });

const allIn = z
  .strictObject({
    basis: z.literal('all-in').meta({ description: 'One rate per kWh that pays for power and hosting.' }),
    rate: quantity('energy-price', {
      description:
        'All-in rate per kWh the machines draw (rated power x uptime; the site’s cooling is in the rate, so no PUE), e.g. `0.075 USD/kWh`. It includes the power, so `power.price` must be 0.',
      min: 0,
      max: LIMITS.tariffUsdPerKwh,
      shownMin: '0 USD/kWh',
      shownMax: LIMITS.shownTariff,
      examples: ['0.075 USD/kWh'],
    }),
    deposit,
    depositOnDefault,
    term,
  })
  .meta({ description: 'An all-in rate per kWh.' });

const waterfall = z
  .strictObject({
    after: share('The site’s share once the capex is recovered, e.g. `50 %`.'),
    capex: quantity('money', {
      description:
        'What the owner must recover before the split changes, USD. Default: the fleet’s capex. Recovered: the owner’s share of the revenue minus the power it pays, net of curtailment credits, added up from the start.',
      above: 0,
      max: LIMITS.moneyUsd,
      shownMin: '0 USD',
      shownMax: LIMITS.shownMoney,
    }).optional(),
  })
  .meta({
    description:
      'A waterfall: `share` holds until the owner has recovered `capex`, then `after` holds (published example: the site takes 30 % until the capex is recovered, then 50 %).',
  });

const revenueShare = z
  .strictObject({
    basis: z
      .literal('revenue-share')
      .meta({ description: 'The site keeps a share of the coins mined (after the pool fee).' }),
    share: share('The site’s share of the revenue, e.g. `30 %`.'),
    waterfall: waterfall.optional(),
    deposit: revenueShareDeposit,
    depositOnDefault: revenueShareDepositOnDefault,
    term: quantity('duration', {
      description:
        'Length of the contract, e.g. `3 years`. A revenue share takes no deposit, so nothing the run counts depends on it.',
      min: 1,
      max: LIMITS.durationDays,
      shownMin: '1 day',
      shownMax: LIMITS.shownDuration,
      examples: ['3 years'],
    }).optional(),
  })
  .meta({
    description:
      'A revenue share: the site keeps `share` of the coins mined; the owner pays `power.price` on top (0 when the site supplies the power).',
  });

export const hostingContractSchema = z
  .discriminatedUnion('basis', [perKw, allIn, revenueShare])
  .meta({ description: 'a contract { basis: per-kw | all-in | revenue-share }' });

export const hostingSchema = z
  .union([
    // "Hosted at 0.07 USD/kWh" is the all-in rate, which is a contract of its own.
    hostingRate('A fee per kW of machine power a month on nameplate power, e.g. `10 USD/kW/month`.', {
      mistakenFor: { kind: 'energy-price', advice: (input) => contractMessages.hostingPerKwh(String(input)) },
    }),
    hostingContractSchema,
  ])
  .meta({
    description:
      'Hosting: a fee per kW of machine power a month (`10 USD/kW/month`), or a contract `{ basis: per-kw | all-in | revenue-share, ... }`.',
  });

export const curtailmentSchema = z
  .strictObject({
    credit: quantity('energy-price', {
      description:
        'What the site is paid per MWh it does not draw, e.g. `60 USD/MWh`. A bare number is USD/MWh.',
      // Per MWh, as the field counts: a bare 60 is 60 USD/MWh (earlier builds read USD/kWh).
      bareUnit: 'USD/MWh',
      min: 0,
      max: LIMITS.tariffUsdPerKwh,
      shownMin: '0 USD/MWh',
      shownMax: LIMITS.shownTariff,
      examples: ['60 USD/MWh'],
    }),
    budget: quantity('duration', {
      description:
        'Downtime the site may be called for each month, e.g. `20 hours`; assumed called in full every month. It is part of the cohorts’ downtime, so each cohort’s `uptime` must leave room for it. A bare number is hours.',
      // Hours a month, as the field counts: a bare 20 is 20 hours (earlier builds read days).
      bareUnit: 'hours',
      above: 0,
      // The budget is downtime: at most what leaves a cohort the least uptime (1 %), 99 % of a month.
      max: (1 - LIMITS.minUptime) * (365.25 / 12),
      shownMin: '0 hours',
      shownMax: '723.195 hours',
      examples: ['20 hours'],
    }),
  })
  .meta({
    description:
      'Curtailment (demand response) credits: on days the machines run, the site earns `credit` for each MWh (PUE included) of the budget it does not draw. Cost of power is reported net of them.',
  });

export type HostingInput = z.output<typeof hostingSchema>;
export type HostingContract = z.output<typeof hostingContractSchema>;
export type Curtailment = z.output<typeof curtailmentSchema>;
