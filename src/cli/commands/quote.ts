// `minesim quote --machine M --tariff T`: the calculator's answer for one machine, at one day's
// conditions held fixed (model/daily-view.ts), without a scenario file. It reads only the catalog
// and the history, so it answers well within a second.
// Here the command's flags and the quote's text; the quote they make is made in quote-build.ts
// (the flags read in quote-flags.ts, the day's figures made in model/quote.ts and
// model/daily-view.ts, the rewards ahead in model/reward-cuts.ts).
import type { CommandModule } from 'yargs';
import { dailyViewMessages } from '../../messages/daily-view.js';
import { quoteMessages as m } from '../../messages/quote.js';
import { COIN_IDS, coinProtocol, DEFAULT_COIN } from '../../model/coins/index.js';
import { dailyViewConditions, dailyViewMeasures, dailyViewPower } from '../../report/daily-view-table.js';
import { formatInteger, formatPercent, formatQuantity, formatSignificant } from '../../report/format.js';
import { textTableLines } from '../../report/table-render.js';
import { printJson } from '../exit.js';
import { type Args, buildQuote } from '../quote-build.js';

export const quoteCommand: CommandModule<object, Args> = {
  command: 'quote',
  describe:
    "What one machine earns and costs a day at one day's conditions held fixed (the calculator's answer), without a scenario file",
  builder: (y) =>
    y
      .option('machine', {
        type: 'string',
        demandOption: true,
        describe: 'A machine of the catalog, e.g. "Antminer S21"',
      })
      .option('tariff', {
        type: 'string',
        describe: 'Electricity price, USD/kWh (e.g. 0.06 or "60 USD/MWh")',
      })
      .option('date', {
        type: 'string',
        describe: "The day held fixed, YYYY-MM-DD (default: the history's last day)",
      })
      .option('hashprice', {
        type: 'string',
        describe: 'Hashprice, USD/PH/s/day for Bitcoin (default: that day’s)',
      })
      .option('difficulty', {
        type: 'string',
        describe:
          'Network difficulty, as a block explorer shows it (e.g. 150T): the hashprice is made from it, the block reward at the height and the fees, and the price (--price past the data); not with --hashprice',
      })
      .option('fees', {
        type: 'string',
        describe:
          'With --difficulty, fees a block in coins (e.g. 0.025) or a share of the subsidy (e.g. 1%); with --hashprice, the part of it that is fees, which a halving leaves whole (default: that day’s; up to 31 days past the data, its last day’s, and up to 31 days before it, its first day’s)',
      })
      .option('price', { type: 'string', describe: 'Coin price, USD (default: that day’s)' })
      .option('height', {
        type: 'string',
        describe:
          'Block height on a --date past the data, to date the halvings ahead (default: carried forward from the data’s last day, up to 400 days); Monero: on a --date before the data, for the coins generated then',
      })
      .option('pool-fee', { type: 'string', default: '0%', describe: 'Pool fee, e.g. 2%' })
      .option('hosting', {
        type: 'string',
        describe: 'Hosting: "10 USD/kW/month" (nameplate), "0.075 USD/kWh" (all-in) or "30%" (revenue share)',
      })
      .option('metered', {
        type: 'boolean',
        default: false,
        describe: 'Charge a per-kW hosting fee on the power drawn',
      })
      .option('unit-price', {
        type: 'string',
        describe: 'Price of one machine, USD (default: the catalog’s launch price)',
      })
      .option('uptime', { type: 'string', default: '100%', describe: 'Share of the time the machine hashes' })
      .option('pue', { type: 'number', default: 1, describe: 'Facility power / machine power' })
      .option('coin', { choices: COIN_IDS, default: DEFAULT_COIN, describe: 'The coin' })
      .option('json', { type: 'boolean', default: false, describe: 'Print one JSON document on stdout' }),
  handler: (args) => {
    const quote = buildQuote(args);
    if (args.json) return printJson(quote);
    process.stdout.write(`${quoteText(quote)}\n`);
  },
};

type Quote = ReturnType<typeof buildQuote>;

function quoteText(q: Quote): string {
  const ticker = coinProtocol(q.coin).ticker;
  const view = {
    date: q.date,
    priceUsd: q.priceUsd ?? Number.NaN,
    hashpriceUsd: q.hashpriceUsd,
    hashpriceUnit: q.hashpriceUnit,
    machineHashrateUnit: q.machineHashrateUnit,
    tariffUsdPerKwh: q.tariffUsdPerKwh,
    ...(q.hosting === undefined ? {} : { hosting: q.hosting }),
    cohorts: [{ ...q.day, unitCapexUsd: q.day.unitCapexUsd ?? 0 }],
    fleet: {
      profitUsd: q.day.profitUsd,
      fixedUsd: 0,
      capexUsd: q.day.unitCapexUsd ?? 0,
      paybackDays: q.day.paybackDays,
    },
  };
  const unit = coinProtocol(q.coin).machineHashrateUnit;
  const machine = m.machine(
    q.machine.model,
    formatQuantity(q.machine.hashrateHs / unit.hs, unit.name),
    formatInteger(q.machine.powerW),
    `${formatSignificant(q.machine.efficiency, 3)} ${q.machine.efficiencyUnit}`,
  );
  const conditions =
    q.priceUsd === null
      ? dailyViewMessages.conditionsWithoutPrice(
          q.date,
          formatQuantity(q.hashpriceUsd, q.hashpriceUnit),
          dailyViewPower(view),
        )
      : dailyViewConditions(view, ticker);
  const measures = dailyViewMeasures(view, ticker);
  // No unit price: the rows of the capex and the payback would say 0 and never; they are unknown.
  if (q.unitPriceUsd === null)
    for (const row of measures)
      if (row.measure === 'unitCapex' || row.measure === 'payback') row.cells = [m.unknownWithoutUnitPrice()];
  // The first line names the machine: no heading above its one column.
  const rows = [[dailyViewMessages.header(), ''], ...measures.map((r) => [r.label, ...r.cells])];
  return [
    m.machineAt(machine, conditions),
    ...textTableLines(rows, (i) => (i === 0 ? 'left' : 'right')),
    `  ${m.assumed(
      formatPercent(q.poolFee),
      formatPercent(q.uptime),
      String(q.pue),
      q.unitPriceUsd === null ? null : formatInteger(q.unitPriceUsd),
      q.unitPriceSource,
      q.source,
    )}`,
    `  ${m.heldFixed(coinProtocol(q.coin).halvingIntervalBlocks !== null)}`,
    ...q.notes.map((n) => `  ${n}`),
  ].join('\n');
}
