// The quote `minesim quote` makes from its flags (commands/quote.ts): the machine found in the
// catalog and checked against the coin and the day (its algorithm, a change of proof of work, the
// network's hashrate), the flags read (quote-flags.ts), the day's figures (model/quote.ts,
// model/daily-view.ts), the halvings or the falling reward before its payback
// (model/reward-cuts.ts) and the notes that say what it leaves out. The JSON document it prints.
import { shippedCatalog } from '../data/catalog.js';
import { addDays, daysBetween, isIsoDate } from '../data/dates.js';
import { loadHistory } from '../data/history.js';
import { cliMessages } from '../messages/cli.js';
import { quoteMessages as m } from '../messages/quote.js';
import { shownCoins } from '../messages/shown.js';
import { COINS, type Coin, coinProtocol, DEFAULT_COIN } from '../model/coins/index.js';
import { dailyHosting, machineDay } from '../model/daily-view.js';
import { heldFixedPaybackDay } from '../model/held-fixed-payback.js';
import { NO_CONTRACT } from '../model/hosting.js';
import { quoteDay } from '../model/quote.js';
import { emissionAhead, halvingAhead } from '../model/reward-cuts.js';
import { formatInteger, formatSignificant } from '../report/format.js';
import { algorithmInForceNear, algorithmMismatch, strandedBy } from '../scenario/machine-algorithm.js';
import { LIMITS } from '../scenario/schema/limits.js';
import { UsageError } from './exit.js';
import {
  readDifficulty,
  readFees,
  readHashprice,
  readHeight,
  readHosting,
  readShare,
  readTariff,
  readUsd,
} from './quote-flags.js';
import { writtenNumber } from './repeated-options.js';

export interface Args {
  machine: string;
  tariff?: string;
  date?: string;
  hashprice?: string;
  price?: string;
  height?: string;
  difficulty?: string;
  fees?: string;
  'pool-fee': string;
  hosting?: string;
  metered: boolean;
  'unit-price'?: string;
  uptime: string;
  pue: number;
  coin: Coin;
  json: boolean;
}

export function buildQuote(args: Args) {
  if (args.date !== undefined && !isIsoDate(args.date)) throw new UsageError(cliMessages.badDate(args.date));
  if (args.date !== undefined && (args.date < LIMITS.firstDate || args.date > LIMITS.lastDate))
    throw new UsageError(cliMessages.dateOutOfRange('--date', args.date, LIMITS.firstDate, LIMITS.lastDate));
  const protocol = coinProtocol(args.coin);
  if (args.date !== undefined && args.date < protocol.genesisDate)
    throw new UsageError(m.beforeGenesis(protocol.name, args.date, protocol.genesisDate));
  const found = shippedCatalog().lookup(args.machine);
  if (found.kind === 'unknown') throw new UsageError(m.unknownMachine(args.machine, found.suggestions));
  if (found.kind === 'ambiguous') throw new UsageError(m.ambiguousMachine(args.machine, found.candidates));
  const machine = found.model;
  if (!protocol.algorithms.includes(machine.algorithm))
    throw new UsageError(
      m.wrongAlgorithm(
        machine.model,
        machine.algorithm,
        protocol.name,
        protocol.algorithms,
        Object.entries(COINS).flatMap(([coin, p]) =>
          p.algorithms.includes(machine.algorithm) ? [coin] : [],
        ),
      ),
    );
  if (args.metered && args.hosting === undefined) throw new UsageError(m.meteredNeedsPerKw());
  const contract = args.hosting === undefined ? NO_CONTRACT : readHosting(args.hosting, args.metered);
  const allIn = args.hosting !== undefined && /kwh\s*$/i.test(args.hosting);
  if (args.tariff === undefined && !allIn) throw new UsageError(m.needsTariff());
  const tariff = args.tariff === undefined ? 0 : readTariff('tariff', args.tariff);
  if (allIn && tariff !== 0) throw new UsageError(m.allInWithTariff(args.tariff));
  if (!(args.pue >= 1 && args.pue <= 3))
    throw new UsageError(m.outOfRange('pue', args.pue, 'from 1 to 3', writtenNumber(args, 'pue')));
  const poolFee = readShare('pool-fee', args['pool-fee'], 0.5);
  const uptime = readShare('uptime', args.uptime);
  // A scenario's uptime is at least 1 % (LIMITS.minUptime): below it the days to payback run past
  // any figure worth printing.
  if (!(uptime >= LIMITS.minUptime))
    throw new UsageError(m.outOfRange('uptime', args.uptime, `from ${LIMITS.minUptime * 100} % to 100 %`));
  if (args.difficulty !== undefined && args.hashprice !== undefined)
    throw new UsageError(m.difficultyWithHashprice());
  if (args.fees !== undefined && args.difficulty === undefined && args.hashprice === undefined)
    throw new UsageError(m.feesWithoutDifficulty());
  const history = loadHistory(args.coin);
  const height = args.height === undefined ? undefined : readHeight(args.height);
  if (
    args.date !== undefined &&
    args.date < history.firstDate &&
    height !== undefined &&
    height > history.height[0]
  )
    throw new UsageError(
      m.heightAboveData(args.coin, args.date, history.height[0], history.firstDate, height),
    );
  const day = quoteDay(args.coin, history, args.date, {
    difficulty: args.difficulty === undefined ? undefined : readDifficulty(args.difficulty),
    fees: args.fees === undefined ? undefined : readFees(args.fees, protocol.ticker),
    priceUsd: args.price === undefined ? undefined : readUsd('price', args.price, true),
    height,
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
      m.replacedAlgorithm(
        machine.model,
        machine.algorithm,
        protocol.name,
        replaced.inForce,
        replaced.since,
        algorithmInForceNear(protocol, machine.algorithm, day.date),
      ),
    );
  // One machine earns its share of the network's blocks: it cannot hash more than the network.
  if (day.networkHashrateHs !== null && machine.hashrateHs > day.networkHashrateHs)
    throw new UsageError(
      m.aboveNetwork(
        machine.model,
        machine.hashrateHs,
        day.networkHashrateHs,
        day.date,
        args.difficulty !== undefined,
      ),
    );
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
  // Fees a block not carried this far past the data: a cut of the reward before the payback needs them.
  if (day.feesNeeded !== undefined && (ahead !== undefined || emission !== undefined))
    throw new UsageError(day.feesNeeded);
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
        `${shownCoins(ahead.rewardAfter)} ${protocol.ticker}`,
        `${shownCoins(day.chain?.feesPerBlock ?? 0)} ${protocol.ticker}`,
      ),
    );
  // Before the data without a height: nothing to run the emission from, which the note says.
  if (
    day.chain === null &&
    protocol.rewardFollowsSupply &&
    unitPrice !== undefined &&
    view.paybackDays !== null
  )
    notes.push(m.emissionLeftOut(args.coin, day.date, loadHistory(args.coin).firstDate));
  if (emission !== undefined && view.paybackDays !== null)
    notes.push(
      m.emissionLater(
        shownCoins(emission.rewardNow),
        protocol.ticker,
        shownCoins(emission.rewardAtPayback),
        formatInteger(heldFixedPaybackDay(view.paybackDays)),
        formatSignificant(emission.profitAtPaybackUsd, 4),
        emission.paybackDays === null ? null : formatInteger(heldFixedPaybackDay(emission.paybackDays)),
        emission.longerBlocks,
      ),
    );
  return {
    coin: args.coin,
    machine: {
      model: machine.model,
      hashrateHs: machine.hashrateHs,
      powerW: machine.powerW,
      // Joules a hash, per the coin's machine hashrate unit (J/TH for Bitcoin), as calculators give it.
      efficiency: machine.powerW / (machine.hashrateHs / protocol.machineHashrateUnit.hs),
      efficiencyUnit: `J/${protocol.machineHashrateUnit.name.replace(/\/s$/, '')}`,
    },
    date: day.date,
    source: day.source,
    // The source's figures as numbers: the difficulty (null with a given hashprice), and the
    // chain that day (null when no height is known): the first block's height, its subsidy, the
    // fees and the reward (subsidy and fees) a block, in coins.
    difficulty: day.difficulty,
    height: day.chain?.height ?? null,
    subsidyPerBlock: day.chain?.subsidyPerBlock ?? null,
    feesPerBlock: day.feesNeeded === undefined ? (day.chain?.feesPerBlock ?? null) : null,
    rewardPerBlock:
      day.chain === null || day.feesNeeded !== undefined
        ? null
        : day.chain.subsidyPerBlock + day.chain.feesPerBlock,
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
