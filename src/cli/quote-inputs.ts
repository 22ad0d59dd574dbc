// What `minesim quote` is asked (commands/quote.ts): its flags read (quote-flags.ts), the machine
// found in the catalog and checked against the coin and the day (its algorithm, a change of proof
// of work, the network's hashrate), and the day's figures (model/quote.ts). Every problem is
// gathered and refused at once, each saying what to give; the quote made of them is quote-build.ts.
import { type HardwareModel, shippedCatalog } from '../data/catalog.js';
import { isIsoDate } from '../data/dates.js';
import { type History, loadHistory } from '../data/history.js';
import { cliMessages } from '../messages/cli.js';
import { quoteMessages as m } from '../messages/quote.js';
import { COINS, type Coin, coinProtocol, DEFAULT_COIN } from '../model/coins/index.js';
import { type ContractTerms, NO_CONTRACT } from '../model/hosting.js';
import { type QuoteDay, quoteDay } from '../model/quote.js';
import { cutNeeds } from '../model/quote-cut-needs.js';
import { algorithmInForceNear, algorithmMismatch, strandedBy } from '../scenario/machine-algorithm.js';
import { LIMITS } from '../scenario/schema/limits.js';
import { UsageError } from './exit.js';
import {
  isAllInRate,
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

/** The quote's inputs, every flag read and the day's figures made. */
export interface QuoteInputs {
  machine: HardwareModel;
  contract: ContractTerms;
  tariff: number;
  poolFee: number;
  uptime: number;
  /** The price of one machine, given or the catalog's; undefined where neither is known. */
  unitPrice: number | undefined;
  day: QuoteDay;
  history: History;
}

/** Many problems refused at once, one a line, each read as minesim's refusal. */
export class QuoteProblems extends UsageError {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\nminesim: '));
  }
}

/** Throws the problems gathered, if any. */
export function refuse(problems: readonly string[]): void {
  if (problems.length > 0) throw new QuoteProblems(problems);
}

/** The machine the flag names, or its problem. */
function findMachine(args: Args, problems: string[]): HardwareModel | undefined {
  const protocol = coinProtocol(args.coin);
  const found = shippedCatalog().lookup(args.machine);
  if (found.kind === 'unknown') return void problems.push(m.unknownMachine(args.machine, found.suggestions));
  if (found.kind === 'ambiguous')
    return void problems.push(m.ambiguousMachine(args.machine, found.candidates));
  const machine = found.model;
  if (!protocol.algorithms.includes(machine.algorithm))
    return void problems.push(
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
  return machine;
}

/** `read()`'s value, or undefined with its problem gathered. */
function gather<T>(problems: string[], read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    problems.push(error.message);
    return undefined;
  }
}

/** The flags read and the day made, or every problem refused at once. */
export function readQuoteInputs(args: Args): QuoteInputs {
  const problems: string[] = [];
  const protocol = coinProtocol(args.coin);
  let dateOk = true;
  if (args.date !== undefined && !isIsoDate(args.date)) {
    problems.push(cliMessages.badDate(args.date));
    dateOk = false;
  } else if (args.date !== undefined && (args.date < LIMITS.firstDate || args.date > LIMITS.lastDate)) {
    problems.push(cliMessages.dateOutOfRange('--date', args.date, LIMITS.firstDate, LIMITS.lastDate));
    dateOk = false;
  } else if (args.date !== undefined && args.date < protocol.genesisDate) {
    problems.push(m.beforeGenesis(protocol.name, args.date, protocol.genesisDate));
    dateOk = false;
  }
  const machine = findMachine(args, problems);
  // The costs.
  if (args.metered && args.hosting === undefined) problems.push(m.meteredNeedsPerKw());
  const hosting = args.hosting;
  const contract =
    hosting === undefined ? NO_CONTRACT : gather(problems, () => readHosting(hosting, args.metered));
  const allIn = args.hosting !== undefined && isAllInRate(args.hosting);
  if (args.tariff === undefined && !allIn) problems.push(m.needsTariff());
  const tariff = args.tariff === undefined ? 0 : gather(problems, () => readTariff('tariff', args.tariff));
  if (allIn && tariff !== undefined && tariff !== 0) problems.push(m.allInWithTariff(args.tariff));
  if (!(args.pue >= 1 && args.pue <= 3))
    problems.push(m.outOfRange('pue', args.pue, 'from 1 to 3', writtenNumber(args, 'pue')));
  const poolFee = gather(problems, () => readShare('pool-fee', args['pool-fee'], 0.5));
  // A scenario's uptime is at least 1 % (LIMITS.minUptime): below it the days to payback run past
  // any figure worth printing.
  const uptime = gather(problems, () => readShare('uptime', args.uptime, 1, LIMITS.minUptime));
  const unitPrice =
    args['unit-price'] !== undefined
      ? gather(problems, () => readUsd('unit-price', args['unit-price']))
      : machine?.launchPriceUsd;
  // The day's figures.
  if (args.difficulty !== undefined && args.hashprice !== undefined)
    problems.push(m.difficultyWithHashprice());
  if (args.fees !== undefined && args.difficulty === undefined && args.hashprice === undefined)
    problems.push(m.feesWithoutDifficulty());
  const history = loadHistory(args.coin);
  // A figure given but unreadable is refused on its own: the day is made with a stand-in for it,
  // so that what else the day lacks is said too, and never quoted.
  let standIn = false;
  const figure = <T>(value: string | undefined, read: (v: string) => T, stand: T): T | undefined => {
    if (value === undefined) return undefined;
    const x = gather(problems, () => read(value));
    if (x !== undefined) return x;
    standIn = true;
    return stand;
  };
  const last = history.days - 1;
  const height = figure(
    args.height,
    readHeight,
    args.date !== undefined && args.date < history.firstDate
      ? history.height[0]
      : history.height[last] + history.blocks[last],
  );
  if (
    args.date !== undefined &&
    args.date < history.firstDate &&
    height !== undefined &&
    height > history.height[0]
  )
    problems.push(m.heightAboveData(args.coin, args.date, history.height[0], history.firstDate, height));
  const given = {
    difficulty: figure(args.difficulty, readDifficulty, LIMITS.minDifficulty),
    fees: figure(args.fees, (v) => readFees(v, protocol.ticker), { coins: 0 }),
    priceUsd: figure(args.price, (v) => readUsd('price', v, true), 1),
    height,
    hashpriceUsd: figure(
      args.hashprice,
      (v) =>
        readHashprice(
          v,
          protocol.hashpriceUnit.name,
          args.coin === DEFAULT_COIN ? 'USD/TH/s/day' : undefined,
        ),
      1,
    ),
  };
  // Both given: which sets the day is refused above; the day is made from the difficulty.
  if (given.difficulty !== undefined) given.hashpriceUsd = undefined;
  const day = dateOk ? quoteDay(args.coin, history, args.date, given) : undefined;
  if (day !== undefined && 'problems' in day) problems.push(...day.problems);
  if (day === undefined || 'problems' in day || machine === undefined) {
    // The machine unknown, its payback is too: what a cut of the reward before it could need is asked with it.
    if (day !== undefined && !('problems' in day)) problems.push(...cutNeeds(protocol, day, 'unknown'));
    refuse(problems);
    throw new Error('internal: a quote without its day or machine and no problem said');
  }
  // The machine on the day.
  const stranded = strandedBy(protocol, machine.hardwareClass, day.date);
  if (stranded) problems.push(m.stranded(machine.model, protocol.name, stranded.name, stranded.date));
  const replaced = algorithmMismatch(protocol, machine.algorithm, day.date);
  if (replaced?.kind === 'replaced')
    problems.push(
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
  if (!standIn && day.networkHashrateHs !== null && machine.hashrateHs > day.networkHashrateHs)
    problems.push(
      m.aboveNetwork(
        machine.model,
        machine.hashrateHs,
        day.networkHashrateHs,
        day.date,
        args.difficulty !== undefined,
      ),
    );
  // A flag refused, the payback is not known: what a cut of the reward before it could need is
  // asked for with the rest (model/quote-cut-needs.ts), so that the command line fixed is not
  // refused again for something new. A machine without a price has no payback to cut.
  if (problems.length > 0)
    problems.push(
      ...cutNeeds(
        protocol,
        day,
        unitPrice === undefined && args['unit-price'] === undefined
          ? { paysBack: false, cutBefore: false }
          : 'unknown',
      ),
    );
  refuse(problems);
  if (contract === undefined || tariff === undefined || poolFee === undefined || uptime === undefined)
    throw new Error('internal: a flag unread and no problem said');
  return { machine, contract, tariff, poolFee, uptime, unitPrice, day, history };
}
