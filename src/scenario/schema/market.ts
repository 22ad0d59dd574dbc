// The market a fleet sells into: coin price, network hashrate (difficulty follows from it through
// the protocol), and transaction fees. Each has a deterministic, a stochastic and a historical form.
import { z } from 'zod';
import {
  DEFAULT_NETWORK_MODEL,
  DEFAULT_PRICE_MODEL,
  EARLY_PRICE_MODEL,
} from '../../model/market/defaults.js';
import { feesModelSchema } from '../../model/market/fees/registry.js';
import { NETWORK_MODELS, networkModelSchema } from '../../model/market/network/registry.js';
import { PRICE_MODELS, priceModelSchema } from '../../model/market/price/registry.js';
import { START_HASHRATE_DAYS } from '../../model/start-hashrate.js';
import { DIFFICULTY_EXAMPLE, HASHPRICE_EXAMPLE, parseDifficulty, parseHashprice } from '../network-units.js';
import { isoDate } from './date.js';
import { LIMITS } from './limits.js';
import { parsed, quantity } from './quantity.js';
import { wholeNumber } from './whole-number.js';

/** `a`, `b` or `c`: a registry's model types for a description. */
function typeList(models: readonly { type: string }[]): string {
  const names = models.map((m) => `\`${m.type}\``);
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/** What the reference says of a default market model. */
const STUDY_DEFAULT = 'Default (no model named): the one the calibration study chose (`minesim calibrate`).';

export const priceSchema = z
  .strictObject({
    start: quantity('money', {
      description: 'Price of one coin on the start date, USD. Default: the shipped history on that day.',
      min: LIMITS.minCoinPriceUsd,
      max: LIMITS.moneyUsd,
      shownMin: LIMITS.shownMinCoinPrice,
      shownMax: LIMITS.shownMoney,
    }).optional(),
    // The reference and editors show the default most starts run; the schema fills in the bootstrap,
    // and validation gives the mixture wherever it can run (scenario/default-price.ts).
    model: priceModelSchema.prefault(EARLY_PRICE_MODEL).meta({
      shownDefault: DEFAULT_PRICE_MODEL,
      description: `How the price moves: ${typeList(PRICE_MODELS)}. ${STUDY_DEFAULT} For the price that is the mixture of the block bootstrap and the GARCH-t weighted by score; on a start too early in the history to score them (before 2013-01-14 for Bitcoin, 2016-11-16 for Monero on the shipped history), beside a network mixture weighted by score, or on a start so far past the history that the GARCH-t has too few of the 2 years before it to calibrate on, the block bootstrap of the history in the 4 years before the start, or, on a start past the history's end, of the 4 years to the history's last day (the assumptions table says which ran, why, and how long before the start its window ends). A start more than 31 days past the history's end (the days a market figure is carried forward) is refused without a price model: the default would carry the trend of the history's last years, not today's. Over the horizon a model may move the price by at most a factor of 1e100 either way, counting its drift and six standard deviations of its random part.`,
    }),
  })
  .prefault({})
  .meta({ description: 'The coin price in USD.' });

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
    height: wholeNumber(z.int().min(0).max(100_000_000)).optional().meta({
      description:
        'Block height at the start of the start date. Default: the shipped (or imported) history; past its last day, carried forward at its last block rate.',
    }),
    difficulty: parsed(parseDifficulty, {
      description: `Difficulty on the start date, a number or with an SI suffix, e.g. \`${DIFFICULTY_EXAMPLE}\`. Default: the history on that day; past its last day, carried forward (at most 31 days).`,
      min: LIMITS.minDifficulty,
      max: LIMITS.maxDifficulty,
      shownMin: '1',
      shownMax: '1e30',
      bareSize: 1,
    }).optional(),
    hashrate: quantity('hashrate', {
      description: `Network hashrate on the start date, with its unit, e.g. \`1.1 ZH/s\`. Default: the history: for Bitcoin, whose history reads it from the blocks found, the mean of the ${START_HASHRATE_DAYS} days to the start (a day's count of about 144 blocks is off by about 8 % at random); for Monero, the day's difficulty over the block time (its blocks found where the difficulty lags a change of hashrate); the assumptions table says which. Without history, the hashrate that finds blocks on target at the start difficulty.`,
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
      // A bare number is refused: it could be per PH/s or per TH/s.
      bareSize: null,
    }).optional(),
    model: networkModelSchema.prefault(DEFAULT_NETWORK_MODEL).meta({
      description: `How network hashrate moves: ${typeList(NETWORK_MODELS)}. ${STUDY_DEFAULT} Difficulty always follows from the retarget rule. Over the horizon a model may move the hashrate by at most a factor of 1e100 either way, counting its drift and six standard deviations of its random part.`,
    }),
    powChanges: z.array(powChange).max(LIMITS.powChanges).optional().meta({
      description:
        "Scheduled proof-of-work changes. Default for Monero: the protocol's own forks (CryptoNight v7 on 2018-04-06 strands `cryptonight-asic`); none for Bitcoin.",
    }),
  })
  .prefault({})
  .meta({ description: 'The network the fleet competes with.' });

export const feesSchema = z
  .strictObject({
    model: feesModelSchema.prefault({ type: 'share-of-subsidy', calibrate: '90 days' }).meta({
      description:
        'How fees per block move: `share-of-subsidy` (default: the share of the 90 days before the start), `per-block` or `historical`; the first two take random `spikes`.',
    }),
  })
  .prefault({})
  .meta({ description: 'Transaction fees paid to miners on top of the subsidy.' });

export type { FeesModel } from '../../model/market/fees/registry.js';
export type { NetworkModel } from '../../model/market/network/registry.js';
export type { PriceModel } from '../../model/market/price/registry.js';
