// `minesim quote --machine M --tariff T`: the calculator's answer for one machine, at one day's
// conditions held fixed (model/daily-view.ts), without a scenario file. It reads only the catalog
// and the history, so it answers well within a second.
// Over the 300-line guide as one concept: the command's flags, the quote they make and its text;
// the flags are read in quote-flags.ts, the day's figures made in model/quote.ts and
// model/daily-view.ts, the rewards ahead in model/reward-cuts.ts.
import type { CommandModule } from 'yargs';
import { shippedCatalog } from '../../data/catalog.js';
import { addDays, daysBetween, isIsoDate } from '../../data/dates.js';
import { loadHistory } from '../../data/history.js';
import { cliMessages } from '../../messages/cli.js';
import { dailyViewMessages } from '../../messages/daily-view.js';
import { quoteMessages as m } from '../../messages/quote.js';
import { COIN_IDS, type Coin, coinProtocol, DEFAULT_COIN } from '../../model/coins/index.js';
import { dailyHosting, machineDay } from '../../model/daily-view.js';
import { heldFixedPaybackDay } from '../../model/held-fixed-payback.js';
import { NO_CONTRACT } from '../../model/hosting.js';
import { quoteDay } from '../../model/quote.js';
import { emissionAhead, halvingAhead } from '../../model/reward-cuts.js';
import { dailyViewConditions, dailyViewMeasures, dailyViewPower } from '../../report/daily-view-table.js';
import { formatInteger, formatPercent, formatQuantity, formatSignificant } from '../../report/format.js';
import { textTableLines } from '../../report/table-render.js';
import { algorithmMismatch, strandedBy } from '../../scenario/machine-algorithm.js';
import { printJson, UsageError } from '../exit.js';
import { readHashprice, readHeight, readHosting, readShare, readTariff, readUsd } from '../quote-flags.js';

interface Args {
  machine: string;
  tariff?: string;
  date?: string;
  hashprice?: string;
  price?: string;
  height?: string;
  'pool-fee': string;
  hosting?: string;
  metered: boolean;
  'unit-price'?: string;
  uptime: string;
  pue: number;
  coin: Coin;
  json: boolean;
}

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
      .option('price', { type: 'string', describe: 'Coin price, USD (default: that day’s)' })
      .option('height', {
        type: 'string',
        describe:
          'Block height on a --date past the data, to date the halvings ahead (default: carried forward from the data’s last day, up to 400 days)',
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

function buildQuote(args: Args) {
  if (args.date !== undefined && !isIsoDate(args.date)) throw new UsageError(cliMessages.badDate(args.date));
  const protocol = coinProtocol(args.coin);
  const found = shippedCatalog().lookup(args.machine);
  if (found.kind === 'unknown') throw new UsageError(m.unknownMachine(args.machine, found.suggestions));
  if (found.kind === 'ambiguous') throw new UsageError(m.ambiguousMachine(args.machine, found.candidates));
  const machine = found.model;
  if (!protocol.algorithms.includes(machine.algorithm))
    throw new UsageError(
      m.wrongAlgorithm(machine.model, machine.algorithm, protocol.name, protocol.algorithms),
    );
  if (args.metered && args.hosting === undefined) throw new UsageError(m.meteredNeedsPerKw());
  const contract = args.hosting === undefined ? NO_CONTRACT : readHosting(args.hosting, args.metered);
  const allIn = args.hosting !== undefined && /kwh\s*$/i.test(args.hosting);
  if (args.tariff === undefined && !allIn) throw new UsageError(m.needsTariff());
  const tariff = args.tariff === undefined ? 0 : readTariff('tariff', args.tariff);
  if (allIn && tariff !== 0) throw new UsageError(m.allInWithTariff(args.tariff));
  if (!(args.pue >= 1 && args.pue <= 3)) throw new UsageError(m.outOfRange('pue', args.pue, 'from 1 to 3'));
  const poolFee = readShare('pool-fee', args['pool-fee'], 0.5);
  const uptime = readShare('uptime', args.uptime);
  if (!(uptime > 0)) throw new UsageError(m.outOfRange('uptime', args.uptime, 'more than 0 %'));
  const day = quoteDay(args.coin, loadHistory(args.coin), args.date, {
    priceUsd: args.price === undefined ? undefined : readUsd('price', args.price, true),
    height: args.height === undefined ? undefined : readHeight(args.height),
    hashpriceUsd:
      args.hashprice === undefined
        ? undefined
        : readHashprice(
            args.hashprice,
            protocol.hashpriceUnit.name,
            args.coin === DEFAULT_COIN ? 'USD/TH/s/day' : undefined,
          ),
  });
  if ('error' in day) throw new UsageError(day.error);
  const stranded = strandedBy(protocol, machine.hardwareClass, day.date);
  if (stranded) throw new UsageError(m.stranded(machine.model, protocol.name, stranded.name, stranded.date));
  const replaced = algorithmMismatch(protocol, machine.algorithm, day.date);
  if (replaced?.kind === 'replaced')
    throw new UsageError(
      m.replacedAlgorithm(machine.model, machine.algorithm, protocol.name, replaced.inForce, replaced.since),
    );
  // One machine earns its share of the network's blocks: it cannot hash more than the network.
  if (day.networkHashrateHs !== null && machine.hashrateHs > day.networkHashrateHs)
    throw new UsageError(m.aboveNetwork(machine.model, machine.hashrateHs, day.networkHashrateHs, day.date));
  const unitPrice =
    args['unit-price'] !== undefined ? readUsd('unit-price', args['unit-price']) : machine.launchPriceUsd;
  const spec = {
    name: machine.model,
    units: 1,
    hashrateHs: machine.hashrateHs,
    powerW: machine.powerW,
    uptime,
    unitCapexUsd: unitPrice ?? 0,
    maintenanceUsdPerDay: 0,
  };
  const conditions = {
    coinsPerHsDay: day.coinsPerHsDay,
    priceUsd: day.priceUsd ?? 1,
    tariffUsdPerKwh: tariff,
    pue: args.pue,
    poolFee,
    contract,
    hashpriceUnitHs: protocol.hashpriceUnit.hs,
    machineUnitHs: protocol.machineHashrateUnit.hs,
  };
  const view = machineDay(spec, conditions);
  // No height to date a halving by: refused where one could fall before a payback (a coin that
  // halves, a machine that pays back), rather than a payback that leaves the halvings out unsaid.
  if (
    day.chain === null &&
    day.heightNeeded !== null &&
    protocol.halvingIntervalBlocks !== null &&
    unitPrice !== undefined &&
    view.paybackDays !== null
  )
    throw new UsageError(day.heightNeeded);
  // A halving before the payback held fixed: the payback through it (model/reward-cuts.ts).
  const ahead =
    day.chain === null || unitPrice === undefined
      ? undefined
      : halvingAhead(protocol, day.chain, unitPrice, view.paybackDays, (factor) =>
          factor === 1
            ? view.profitUsd
            : machineDay(spec, { ...conditions, coinsPerHsDay: conditions.coinsPerHsDay * factor }).profitUsd,
        );
  // A reward that follows the coins generated falls block by block: the payback through it.
  const emission =
    day.chain === null || unitPrice === undefined
      ? undefined
      : emissionAhead(protocol, day.chain, unitPrice, view.paybackDays, (factor) =>
          factor === 1
            ? view.profitUsd
            : machineDay(spec, { ...conditions, coinsPerHsDay: conditions.coinsPerHsDay * factor }).profitUsd,
        );
  const notes: string[] = [];
  if (day.priceUsd === null) notes.push(m.noPrice());
  if (unitPrice === undefined) notes.push(m.noUnitPrice(machine.model));
  // A change of proof of work scheduled after the day quoted that strands the machine is known
  // that day; the view, like a calculator, keeps it running, so the note names it.
  const later = protocol.powChanges.find(
    (c) => c.date > day.date && c.strands.includes(machine.hardwareClass),
  );
  if (later) {
    const days = daysBetween(day.date, later.date);
    const payback = heldFixedPaybackDay(unitPrice === undefined ? null : view.paybackDays);
    notes.push(
      // The change stops the revenue from the start of its day, the payback comes at the end of its day.
      m.strandedLater(machine.model, later.name, later.date, days, payback !== null && days <= payback),
    );
  }
  if (ahead !== undefined)
    notes.push(
      m.halvingLater(
        formatInteger(ahead.height),
        addDays(day.date, Math.floor(ahead.day)),
        formatInteger(Math.floor(ahead.day)),
        formatSignificant(ahead.profitAfterUsd, 4),
        ahead.paybackDays === null ? null : formatInteger(heldFixedPaybackDay(ahead.paybackDays)),
      ),
    );
  if (emission !== undefined && view.paybackDays !== null)
    notes.push(
      m.emissionLater(
        formatSignificant(emission.rewardNow, 4),
        protocol.ticker,
        formatSignificant(emission.rewardAtPayback, 4),
        formatInteger(heldFixedPaybackDay(view.paybackDays)),
        formatSignificant(emission.profitAtPaybackUsd, 4),
        emission.paybackDays === null ? null : formatInteger(heldFixedPaybackDay(emission.paybackDays)),
        emission.rewardAtPayback > emission.rewardNow,
      ),
    );
  return {
    coin: args.coin,
    machine: { model: machine.model, hashrateHs: machine.hashrateHs, powerW: machine.powerW },
    date: day.date,
    source: day.source,
    priceUsd: day.priceUsd,
    hashpriceUsd: day.hashpriceUsd,
    hashpriceUnit: protocol.hashpriceUnit.name,
    machineHashrateUnit: protocol.machineHashrateUnit.name,
    tariffUsdPerKwh: tariff,
    hosting: dailyHosting(contract),
    poolFee,
    uptime,
    pue: args.pue,
    unitPriceUsd: unitPrice ?? null,
    unitPriceSource:
      args['unit-price'] !== undefined
        ? 'given'
        : unitPrice === undefined
          ? null
          : m.unitPriceFromCatalog(machine.releaseMonth),
    day: {
      ...view,
      breakEvenPriceUsd: day.priceUsd === null ? null : view.breakEvenPriceUsd,
      // Without a unit price the capex and the payback are unknown, not 0 and never.
      unitCapexUsd: unitPrice === undefined ? null : view.unitCapexUsd,
      paybackDays: unitPrice === undefined ? null : view.paybackDays,
    },
    ...(ahead === undefined ? {} : { halving: { ...ahead, date: addDays(day.date, Math.floor(ahead.day)) } }),
    ...(emission === undefined ? {} : { emission }),
    notes,
  };
}

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
    `  ${m.heldFixed()}`,
    ...q.notes.map((n) => `  ${n}`),
  ].join('\n');
}
