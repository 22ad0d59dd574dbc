// Hedges: cash-settled contracts an operation takes against a fall of what it sells. A swap fixes
// the hashprice (per hashrate) or the coin price (per coin) it receives, settled monthly on the
// month's average; an option pays at its expiry. They are the equity's, as its debt is: the
// project (the operation unhedged) is unchanged, and the equity's flows carry the settlements and
// premiums (engine/kernel/books.ts). Cross-field rules (a hedge past the horizon, before the
// start) are in scenario/hedge-rules.ts.
import { z } from 'zod';
import { HASHPRICE_EXAMPLE, parseHashprice } from '../network-units.js';
import { isoDate } from './date.js';
import { LIMITS } from './limits.js';
import { money, parsed, quantity } from './quantity.js';
import { contractTerm } from './term.js';

const coins = (description: string) => z.number().positive().max(LIMITS.hedgeCoins).meta({ description });

const name = z
  .string()
  .min(1)
  .max(LIMITS.nameChars)
  .optional()
  .meta({ description: 'Label. Default: `hedge N`.' });

const swapStart = isoDate('The first day the swap covers. Default: the scenario start.').optional();
const optionStart = isoDate(
  'The day the option is bought or sold, and its premium paid or received. Default: the scenario start.',
).optional();

const term = contractTerm(
  "Months covered, e.g. `12 months`, as a loan's months. Month k covers days [start + round((k - 1) x 30.4375), start + round(k x 30.4375)) and settles on its last day.",
);

const HASHPRICE_SWAP =
  "A hashprice swap (a hashprice forward, as hashrate marketplaces sell them): each month the operation receives `price` and pays the month's average hashprice (the network's: subsidy and fees per hashrate per day, before the pool fee), on `hashrate`, for the month's days: `hashrate x days x (price - average)` on the month's last day. The operation pays when the average is above the fixed price, and is paid when it is below. Its hashrate and price are in hashes of the algorithm mined when it starts, so its months may not run past a change of the coin's proof of work to another algorithm (Monero's RandomX, 2019-11-30).";
const PRICE_SWAP =
  "A coin-price swap (a forward sale, cash-settled): each month the operation receives `price` and pays the month's average coin price (over its days), on `coins` coins: `coins x (price - average)` on the month's last day. The coins mined are sold as the treasury says; the swap settles in cash beside them.";
const OPTION =
  'A European option on the coin price, cash-settled at expiry: a put pays coins x max(strike - price, 0), a call coins x max(price - strike, 0).';

export const hashpriceSwapSchema = z
  .strictObject({
    type: z.literal('hashprice-swap').meta({ description: HASHPRICE_SWAP }),
    name,
    hashrate: quantity('hashrate', {
      description: 'Hashrate the swap is written on, e.g. `50 PH/s`.',
      bareUnit: null,
      above: 0,
      max: LIMITS.maxNetworkHashrateHs,
      shownMin: '0 H/s',
      shownMax: '1e24 H/s',
    }),
    price: parsed(parseHashprice, {
      description: `The fixed hashprice received, in USD per hashrate per day: e.g. \`${HASHPRICE_EXAMPLE}\` (per PH/s per day) for Bitcoin, in \`USD/kH/day\` (per kH/s per day) for Monero.`,
      min: 0,
      max: LIMITS.maxHashpriceUsdPerHsDay,
      shownMin: '0 USD/PH/day',
      shownMax: '1e15 USD/PH/day',
      // A bare number is refused: it could be per PH/s or per TH/s.
      bareSize: null,
    }),
    start: swapStart,
    term,
  })
  .meta({
    description: HASHPRICE_SWAP,
  });

export const priceSwapSchema = z
  .strictObject({
    type: z.literal('price-swap').meta({ description: PRICE_SWAP }),
    name,
    coins: coins('Coins sold forward a month, e.g. `2` (BTC for Bitcoin, XMR for Monero).'),
    price: money('The fixed price received a coin, USD, e.g. `90000 USD`.'),
    start: swapStart,
    term,
  })
  .meta({
    description: PRICE_SWAP,
  });

export const optionSchema = z
  .strictObject({
    type: z.enum(['put', 'call']).meta({ description: OPTION }),
    name,
    position: z.enum(['bought', 'sold']).default('bought').meta({
      description:
        '`bought` (the premium paid at `start`, the payoff received) or `sold` (the premium received, the payoff paid): a bought put and a sold call make a collar.',
    }),
    coins: coins('Coins the option is written on, e.g. `10`.'),
    strike: money(
      'The strike price a coin, USD. A put struck at 0 is refused: it never pays (a price is never below 0).',
    ),
    premium: money(
      'The premium a coin, USD: the contract costs `coins` x this, paid on the start day when bought, received when sold.',
    ),
    start: optionStart,
    expiry: isoDate(
      "The day the option is exercised if in the money, cash-settled at that day's coin price.",
    ),
  })
  .meta({
    description: OPTION,
  });

export const hedgeSchema = z
  .discriminatedUnion('type', [hashpriceSwapSchema, priceSwapSchema, optionSchema])
  .meta({
    description:
      "`hashprice-swap`, `price-swap`, `put` or `call`: cash-settled hedges in the equity's flows (the project stays unhedged).",
  });

export type Hedge = z.output<typeof hedgeSchema>;
