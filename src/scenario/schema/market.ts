// The market a fleet sells into: coin price, network hashrate (difficulty follows from it through
// the protocol), and transaction fees. Each has a deterministic, a stochastic and a historical form.
import { z } from 'zod';
import { DIFFICULTY_EXAMPLE, HASHPRICE_EXAMPLE, parseDifficulty, parseHashprice } from '../network-units.js';
import { LIMITS } from './limits.js';
import { fraction, isoDate, parsed, quantity } from './quantity.js';

const drift = () =>
  quantity('rate-per-year', {
    description: 'Expected log growth per year, e.g. `40 %` (a bare number is a fraction).',
    min: -LIMITS.driftPerYear,
    max: LIMITS.driftPerYear,
    shownMin: `-${LIMITS.shownDrift}`,
    shownMax: LIMITS.shownDrift,
  });
const volatility = () =>
  quantity('rate-per-year', {
    description: 'Annualised volatility of daily log changes, e.g. `80 %`.',
    min: 0,
    max: 10,
    shownMin: '0 %',
    shownMax: '1000 %',
  });
const calibrate = (what: string) =>
  quantity('duration', {
    description: `Estimate ${what} from this much history strictly before the start date, e.g. \`2 years\`; values given explicitly win.`,
    above: 0,
    max: LIMITS.durationDays,
    shownMin: '0 days',
    shownMax: LIMITS.shownDuration,
  }).optional();
const partial = () =>
  z.enum(['refused', 'allowed']).default('refused').meta({
    description:
      'Whether a calibration window that the history covers only in part may be used (`allowed`: the assumptions table says how many days were used; at least 30 are needed). Default `refused`: the window must lie inside the history.',
  });

const fixedPrice = z.strictObject({
  type: z.literal('fixed').meta({ description: 'The price stays at its starting value.' }),
});
const gbmPrice = z.strictObject({
  type: z.literal('gbm').meta({ description: 'Geometric Brownian motion.' }),
  drift: drift().optional(),
  volatility: volatility().optional(),
  calibrate: calibrate('drift and volatility'),
  partial: partial(),
});
const jumpPrice = z.strictObject({
  type: z
    .literal('jump-diffusion')
    .meta({ description: 'Merton jump-diffusion: GBM plus Poisson jumps in log price.' }),
  drift: drift().optional(),
  volatility: volatility().optional(),
  jumpsPerYear: z
    .number()
    .min(0)
    .max(365)
    .optional()
    .meta({ description: 'Expected number of jumps per year.' }),
  jumpMean: quantity('fraction', {
    description: 'Mean log jump size, e.g. `-10 %`.',
    min: -LIMITS.jumpLog,
    max: LIMITS.jumpLog,
    shownMin: '-100 %',
    shownMax: '100 %',
  }).optional(),
  jumpVolatility: quantity('fraction', {
    description: 'Standard deviation of the log jump size, e.g. `15 %`.',
    min: 0,
    max: LIMITS.jumpLog,
    shownMin: '0 %',
    shownMax: '100 %',
  }).optional(),
  calibrate: calibrate('the diffusion and jump parameters'),
  partial: partial(),
});
const bootstrapPrice = z.strictObject({
  type: z.literal('bootstrap').meta({
    description: 'Stationary block bootstrap of historical daily log returns (blocks of random length).',
  }),
  window: quantity('duration', {
    description: 'How much history before the start date to resample, e.g. `4 years`.',
    min: 2,
    max: LIMITS.durationDays,
    shownMin: '2 days',
    shownMax: LIMITS.shownDuration,
  }).prefault('4 years'),
  from: isoDate('First day of an explicit resampling window (instead of `window`).').optional(),
  to: isoDate(
    'Last day of an explicit resampling window; must end before the start for an ex-ante run.',
  ).optional(),
  blockLength: quantity('duration', {
    description: 'Mean length of the resampled blocks, e.g. `30 days`.',
    min: 1,
    max: LIMITS.durationDays,
    shownMin: '1 day',
    shownMax: LIMITS.shownDuration,
  }).prefault('30 days'),
  partial: partial(),
});
const historicalPrice = z.strictObject({
  type: z
    .literal('historical')
    .meta({ description: 'Replays the shipped daily history (a back-test path).' }),
});

export const priceSchema = z
  .strictObject({
    start: quantity('money', {
      description: 'Price of one coin on the start date, USD. Default: the shipped history on that day.',
      min: LIMITS.minCoinPriceUsd,
      max: LIMITS.moneyUsd,
      shownMin: LIMITS.shownMinCoinPrice,
      shownMax: LIMITS.shownMoney,
    }).optional(),
    model: z
      .discriminatedUnion('type', [fixedPrice, gbmPrice, jumpPrice, bootstrapPrice, historicalPrice])
      .prefault({ type: 'fixed' })
      .meta({
        description:
          'How the price moves: `fixed`, `gbm`, `jump-diffusion`, `bootstrap` or `historical`. Over the horizon a model may move the price by at most a factor of 1e100 either way, counting its drift and six standard deviations of its random part.',
      }),
  })
  .prefault({})
  .meta({ description: 'The coin price in USD.' });

const growthHashrate = z.strictObject({
  type: z.literal('growth').meta({ description: 'Deterministic growth of network hashrate.' }),
  rate: quantity('fraction', {
    description: 'Growth per period, e.g. `80 %` a year or `3 %` an epoch.',
    above: -1,
    max: LIMITS.growthPerPeriod,
    shownMin: '-100 %',
    shownMax: '10000 %',
  }).optional(),
  per: z
    .enum(['year', 'epoch'])
    .default('year')
    .meta({ description: 'The period of `rate`: a year or a difficulty epoch (2016 blocks).' }),
  calibrate: calibrate('the growth rate'),
  partial: partial(),
});
const stochasticHashrate = z.strictObject({
  type: z.literal('stochastic').meta({
    description: 'Log-normal hashrate with drift and volatility, optionally mean-reverting to its trend.',
  }),
  drift: drift().optional(),
  volatility: volatility().optional(),
  meanReversion: quantity('rate-per-year', {
    description: 'Speed at which log hashrate returns to its drift trend, per year (0 = none).',
    min: 0,
    max: LIMITS.reversionPerYear,
    shownMin: '0 %',
    shownMax: '10000 %',
  }).prefault(0),
  priceCorrelation: z
    .number()
    .min(-1)
    .max(1)
    .default(0)
    .meta({ description: 'Correlation of daily hashrate shocks with price shocks.' }),
  calibrate: calibrate('drift and volatility'),
  partial: partial(),
});
const coupledHashrate = z.strictObject({
  type: z.literal('price-coupled').meta({
    description:
      'Hashrate follows the mining margin: miners join when revenue per hash rises and leave when it falls, with a lag, while new hardware grows more efficient.',
  }),
  elasticity: z
    .number()
    .min(0)
    .max(10)
    .default(1)
    .meta({ description: 'Long-run % change in hashrate per % change in revenue per hash.' }),
  lag: quantity('duration', {
    description: 'How long the network takes to respond (time constant).',
    min: 1,
    max: LIMITS.durationDays,
    shownMin: '1 day',
    shownMax: LIMITS.shownDuration,
  }).prefault('120 days'),
  efficiencyGain: quantity('rate-per-year', {
    description:
      'Yearly fall in the energy per hash of new hardware, which lets hashrate grow at a constant margin.',
    min: 0,
    max: 0.9,
    shownMin: '0 %',
    shownMax: '90 %',
  }).prefault('20 %'),
  volatility: volatility().prefault('20 %'),
});
const historicalHashrate = z.strictObject({
  type: z.literal('historical').meta({ description: 'Replays the shipped daily difficulty and hashrate.' }),
});

const powChange = z.strictObject({
  date: isoDate('Day the proof-of-work change activates.'),
  name: z
    .string()
    .min(1)
    .max(LIMITS.nameChars)
    .optional()
    .meta({ description: 'Label, e.g. `CryptoNight v7`.' }),
  strands: z.array(z.string().min(1).max(LIMITS.nameChars)).max(LIMITS.powChanges).meta({
    description:
      'Hardware classes that earn nothing and are worth nothing from that day, e.g. `[cryptonight-asic]`; empty for a change that strands nothing in the catalog.',
  }),
});

export const networkSchema = z
  .strictObject({
    height: z.int().min(0).max(100_000_000).optional().meta({
      description:
        'Block height at the start of the start date. Default: the shipped (or imported) history; past its last day, carried forward at its last block rate.',
    }),
    difficulty: parsed(parseDifficulty, {
      description: `Difficulty on the start date, a number or with an SI suffix, e.g. \`${DIFFICULTY_EXAMPLE}\`. Default: the history on that day; past its last day, carried forward (at most 31 days).`,
      min: LIMITS.minDifficulty,
      max: LIMITS.maxDifficulty,
      shownMin: '1',
      shownMax: '1e30',
    }).optional(),
    hashrate: quantity('hashrate', {
      description:
        'Network hashrate on the start date, with its unit, e.g. `1.1 ZH/s`. Default: the history on that day; without history, the hashrate that finds blocks on target at the start difficulty.',
      bareUnit: null,
      min: LIMITS.minNetworkHashrateHs,
      max: LIMITS.maxNetworkHashrateHs,
      shownMin: '1 H/s',
      shownMax: '1e24 H/s',
    }).optional(),
    hashprice: parsed(parseHashprice, {
      description: `Hashprice on the start date (subsidy plus fees, per hashrate per day), e.g. \`${HASHPRICE_EXAMPLE}\` (per PH/s) or \`0.0348 USD/TH/s/day\`; with the start price it fixes the difficulty. Give it or \`difficulty\`, not both.`,
      min: LIMITS.minHashpriceUsdPerHsDay,
      max: LIMITS.maxHashpriceUsdPerHsDay,
      shownMin: '1e-15 USD/PH/day',
      shownMax: '1e15 USD/PH/day',
    }).optional(),
    model: z
      .discriminatedUnion('type', [growthHashrate, stochasticHashrate, coupledHashrate, historicalHashrate])
      .prefault({ type: 'growth', calibrate: '1 year' })
      .meta({
        description:
          'How network hashrate moves: `growth`, `stochastic`, `price-coupled` or `historical`. Difficulty always follows from the retarget rule. Over the horizon a model may move the hashrate by at most a factor of 1e100 either way, counting its drift and six standard deviations of its random part.',
      }),
    powChanges: z.array(powChange).max(LIMITS.powChanges).optional().meta({
      description:
        "Scheduled proof-of-work changes. Default for Monero: the protocol's own forks (CryptoNight v7 on 2018-04-06 strands `cryptonight-asic`); none for Bitcoin.",
    }),
  })
  .prefault({})
  .meta({ description: 'The network the fleet competes with.' });

const spikes = z
  .strictObject({
    perYear: z.number().min(0).max(365).meta({ description: 'Expected number of fee spikes per year.' }),
    multiplier: z
      .number()
      .min(1)
      .max(1000)
      .meta({ description: 'Fees during a spike, as a multiple of the base level.' }),
    duration: quantity('duration', {
      description: 'How long a spike lasts.',
      min: 1,
      max: LIMITS.durationDays,
      shownMin: '1 day',
      shownMax: LIMITS.shownDuration,
    }).prefault('7 days'),
  })
  .meta({ description: 'Random fee spikes (mempool congestion).' });

export const feesSchema = z
  .strictObject({
    model: z
      .discriminatedUnion('type', [
        z.strictObject({
          type: z
            .literal('share-of-subsidy')
            .meta({ description: 'Fees per block as a share of the block subsidy.' }),
          share: fraction({
            description: 'Fees as a share of the subsidy, e.g. `3 %`.',
            min: 0,
            max: 100,
            shownMin: '0 %',
          }).optional(),
          calibrate: calibrate('the share'),
          partial: partial(),
          spikes: spikes.optional(),
        }),
        z.strictObject({
          type: z.literal('per-block').meta({ description: 'A fixed amount of fees per block, in coins.' }),
          amount: z
            .number()
            .min(0)
            .max(LIMITS.feesPerBlockCoins)
            .meta({ description: 'Fees per block, in coins (BTC or XMR). Allowed: 0 to 1e6.' }),
          spikes: spikes.optional(),
        }),
        z.strictObject({
          type: z.literal('historical').meta({ description: 'Replays the shipped daily fees.' }),
        }),
      ])
      .prefault({ type: 'share-of-subsidy', calibrate: '90 days' })
      .meta({
        description:
          'How fees per block move: `share-of-subsidy` (default: the share of the 90 days before the start), `per-block` or `historical`; the first two take random `spikes`.',
      }),
  })
  .prefault({})
  .meta({ description: 'Transaction fees paid to miners on top of the subsidy.' });

export type PriceModel = z.output<typeof priceSchema>['model'];
export type NetworkModel = z.output<typeof networkSchema>['model'];
export type FeesModel = z.output<typeof feesSchema>['model'];
