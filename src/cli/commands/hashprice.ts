// `minesim hashprice --date D`: the historical hashprice of a day, with the inputs it used.

import type { CommandModule } from 'yargs';
import { daysBetween, isIsoDate } from '../../data/dates.js';
import { loadHistory } from '../../data/history.js';
import { cliMessages } from '../../messages/cli.js';
import { coverageMessages } from '../../messages/coverage.js';
import { COIN_IDS, type Coin, coinProtocol, DEFAULT_COIN } from '../../model/coins/index.js';
import { historicalHashprice, isHashpriceError } from '../../model/hashprice.js';
import { MARKET_CARRY_DAYS } from '../../model/start-carry.js';
import { printJson, UsageError } from '../exit.js';

interface Args {
  date: string;
  coin: Coin;
  /** Bitcoin only; PH when not given. */
  per?: 'PH' | 'TH';
  json: boolean;
}

export const hashpriceCommand: CommandModule<object, Args> = {
  command: 'hashprice',
  describe:
    "Print a day's historical hashprice (USD per PH/s per day for Bitcoin, or per TH/s with --per TH; per kH/s for Monero)",
  builder: (y) =>
    y
      .option('date', { type: 'string', demandOption: true, describe: 'The day, YYYY-MM-DD (UTC)' })
      .option('coin', {
        choices: COIN_IDS,
        default: DEFAULT_COIN,
        describe: 'The coin',
      })
      .option('per', {
        choices: ['PH', 'TH'] as const,
        describe:
          'Bitcoin: quote per PH/s (the industry unit, the default) or per TH/s; Monero has kH/s only',
      })
      .option('json', {
        type: 'boolean',
        default: false,
        describe: 'Print one JSON document on stdout',
      }),
  handler: (args) => {
    const date = String(args.date);
    if (!isIsoDate(date)) throw new UsageError(cliMessages.badDate(date));
    const protocol = coinProtocol(args.coin);
    // Before the genesis block nothing was mined: no figure to make, from the data or given.
    if (date < protocol.genesisDate)
      throw new UsageError(
        `--date: ${coverageMessages.beforeGenesis(protocol.name, date, protocol.genesisDate, '--date')}`,
      );
    // Monero's hashprice has one unit: a --per would be ignored and the value printed per kH/s.
    if (args.per !== undefined && !protocol.hashpriceScales)
      throw new UsageError(
        cliMessages.hashpricePerCoin(protocol.name, args.coin, args.per, protocol.hashpriceUnit.name),
      );
    const per = args.per ?? 'PH';
    const result = historicalHashprice(loadHistory(args.coin), date, per);
    // Outside the data `minesim quote` makes the figure from a difficulty and a price given (and,
    // before it, the block height that sets the subsidy).
    if (isHashpriceError(result))
      throw new UsageError(
        result.message +
          (date > result.lastDate
            ? cliMessages.hashpriceByQuote(
                args.coin,
                date,
                args.coin === DEFAULT_COIN,
                daysBetween(result.lastDate, date) > MARKET_CARRY_DAYS,
                MARKET_CARRY_DAYS,
              )
            : date < result.firstDate
              ? cliMessages.hashpriceBeforeByQuote(
                  args.coin,
                  date,
                  args.coin === DEFAULT_COIN,
                  daysBetween(date, result.firstDate) > MARKET_CARRY_DAYS,
                  MARKET_CARRY_DAYS,
                )
              : ''),
      );
    if (args.json) return printJson(result);
    const inputs = cliMessages.hashpriceInputs(
      result.priceUsd,
      result.difficulty,
      result.blocks,
      result.subsidyPerBlock,
      result.feesPerBlock,
      protocol.ticker,
    );
    // With thousands separators, as the report's figures: 3,600,222.06 USD/PH/s/day in 2012.
    const decimals = protocol.hashpriceDecimals(per);
    const value = result.hashpriceUsd.toLocaleString('en-US', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    process.stdout.write(
      `${cliMessages.hashpriceLine(result.date, args.coin, `${value} ${result.unit}`, inputs)}\n`,
    );
  },
};
