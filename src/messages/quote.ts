// Messages of `minesim quote`. One function a message; see shown.ts.
import { coverageMessages } from './coverage.js';
import { halvingHeld } from './daily-view.js';
import { shown, shownHashrate } from './shown.js';

/** A payback held fixed through a cut of the reward, as the day counted (null: never; '0': within day 0). */
const paysBackIn = (payback: string | null) =>
  payback === null
    ? 'never pays back'
    : payback === '0'
      ? 'pays back within its first day (day 0)'
      : `pays back in ${payback} day${payback === '1' ? '' : 's'}`;

/** A day further from the data than its nearest day's fees are carried (MARKET_CARRY_DAYS), either side. */
const feesTooFar = (coin: string, date: string, edge: string, days: number, limit: number, before: boolean) =>
  `${date} is ${days.toLocaleString('en-US')} days ${before ? `before the ${coin} data begins (${edge})` : `after the ${coin} data ends (${edge})`}, more than the ${limit} days minesim carries a day's fees ${before ? "back from the data's first day (as it carries the last day's forward past the data, as a scenario's start)" : "forward (as a scenario's start)"}`;
const feesExample = (share: string, shareDays: number, edge: string, before: boolean) =>
  before
    ? `e.g. \`--fees ${share}%\`, the share the data's first day paid, ${edge}; give that day's`
    : `e.g. \`--fees ${share}%\`, the share the data's last ${shareDays} days paid, to ${edge}; give that day's`;
const feesWithin = (edge: string, limit: number, before: boolean) =>
  before ? `within ${limit} days before ${edge}, or inside the data` : `within ${limit} days of ${edge}`;

export const quoteMessages = {
  /** A --date before the coin's genesis block, as a scenario's start is refused. */
  beforeGenesis: (coinName: string, date: string, genesis: string) =>
    `--date: ${coverageMessages.beforeGenesis(coinName, date, genesis, '--date')}`,
  /** A --height before the data above the chain's on the data's first day, as a scenario's is refused. */
  heightAboveData: (coin: string, date: string, firstHeight: number, first: string, got: number) =>
    `--height: ${coverageMessages.heightAboveHistory(coin, date, firstHeight, first)} (got ${got})`,
  badValue: (flag: string, value: unknown, forms: string) =>
    `--${flag}: expected ${forms} (got ${shown(value)})`,
  /** `least`: the least the flag takes where it takes no 0 (a coin price: `0.000001 USD`), else undefined. */
  tooSmall: (flag: string, value: unknown, least?: string) =>
    `--${flag}: a figure nearer 0 than 2.2e-308 (in its unit or in the flag's), the smallest minesim holds with all its digits, would read as 0 or with its digits lost; ${least === undefined ? 'give 0 if none is meant' : `give a figure of at least ${least}, or leave out --${flag}`} (got ${shown(value)})`,
  /** `written`: a number option's value as the command line wrote it (`1e400`, which reads as Infinity). */
  outOfRange: (flag: string, value: unknown, range: string, written?: string) =>
    `--${flag}: must be ${range} (got ${written ?? shown(value)})`,
  /** A price per mWh: milliwatt-hours, as a scenario reads them, never taken for MWh. */
  milliwattHour: (flag: string, value: string) =>
    `--${flag}: mWh is a milliwatt-hour (m for milli, as a scenario reads it); for a price per megawatt-hour write MWh, such as \`60 USD/MWh\` (got ${shown(value)})`,
  meteredNeedsPerKw: () =>
    '--metered applies to a fee per kW a month (`--hosting "10 USD/kW/month" --metered`); an all-in rate or a revenue share is never on nameplate power',
  needsTariff: () =>
    '--tariff is required (the electricity price, e.g. `--tariff 0.06` for 0.06 USD/kWh), unless --hosting is an all-in rate per kWh',
  allInWithTariff: (tariff: unknown) =>
    `--tariff: --hosting is an all-in rate per kWh, which already pays for the power: leave out --tariff (or give \`--tariff 0\`), or give --hosting as a fee per kW a month (\`--hosting "10 USD/kW/month"\`) to pay the two apart (got ${shown(tariff)})`,
  unknownMachine: (name: string, suggestions: readonly string[]) =>
    `--machine: ${shown(name)} is not in the hardware catalog${suggestions.length ? `; did you mean ${suggestions.map((s) => JSON.stringify(s)).join(' or ')}?` : ''} (\`minesim data\` lists the catalog's files)`,
  /** `mines`: the coins minesim knows that the machine's algorithm mines (`--coin` values). */
  wrongAlgorithm: (
    machine: string,
    algorithm: string,
    coin: string,
    algorithms: readonly string[],
    mines: readonly string[],
  ) =>
    `--machine: the ${machine} hashes ${algorithm}, which mines no ${coin} (its proof of work: ${algorithms.join(', ')}); name a ${coin} machine${mines.length === 0 ? '' : `, or give ${mines.map((c) => `--coin ${c}`).join(' or ')}`} (got ${shown(machine)})`,
  replacedAlgorithm: (
    machine: string,
    algorithm: string,
    coin: string,
    inForce: string,
    since: string | null,
    when: { from: string } | { until: string } | null = since === null ? null : { until: since },
  ) =>
    `--machine: the ${machine} is rated on ${algorithm}, but ${coin} mines ${inForce}${since ? ` since ${since}` : ''}, on which its hashrate is not the catalog's; name a machine rated on it${when === null ? '' : 'from' in when ? `, or give a --date from ${when.from}, when ${coin} mines ${algorithm}` : `, or give a --date before ${when.until}, when ${coin} mined ${algorithm}`}`,
  /** `given`: the network's hashrate is the given difficulty's at the target block rate, not the history's. */
  aboveNetwork: (machine: string, machineHs: number, networkHs: number, date: string, given = false) =>
    `--machine: one ${machine} hashes ${shownHashrate(machineHs)}, more than the whole network's ${shownHashrate(networkHs)} on ${date} (${given ? 'at the --difficulty given, blocks on target' : 'the history'}): a machine earns its share of the network's blocks, so it cannot exceed the network; give ${given ? 'a higher --difficulty' : 'a later --date'}`,
  stranded: (machine: string, coin: string, change: string, date: string) =>
    `--machine: the ${machine} mines no ${coin} from ${date}, when ${change} shut its kind out; give a --date before then`,
  ambiguousMachine: (name: string, candidates: readonly string[]) =>
    `--machine: ${shown(name)} fits several machines: ${candidates.map((c) => JSON.stringify(c)).join(', ')}; name one`,
  /**
   * `height`: the day is further past the data than its block height is carried forward, so a
   * halving before the payback needs --height too (needsHeight), said here at once; `feesDays`:
   * the days its last fees are carried (MARKET_CARRY_DAYS) where the day is further past, so
   * --fees is asked for too (feesPastCarry), else null.
   */
  pastTheData: (
    coin: string,
    date: string,
    first: string,
    last: string,
    /** Also --height: true (or 'halvings') to date the halvings ahead, 'reward' for the reward before the data. */
    height: boolean | 'halvings' | 'reward' = false,
    feesDays: number | null = null,
  ) =>
    `no ${coin} history on ${date} (the data covers ${first} to ${last}): give --hashprice (and --price for the break-even coin price) or --difficulty and --price${feesDays === null ? '' : `, with --fees, the fees a block on ${date} (the data's ${date < first ? 'first are held back' : 'last are carried'} only ${feesDays} days; with --hashprice they are asked for where a halving or the emission falls before the payback)`}${height === false ? '' : `, and --height, the block height on ${date}, ${height === 'reward' ? 'for the block reward a hashprice is made from with --difficulty' : 'to date the halvings ahead'}`}; or a --date inside the data`,
  /** The source of the height past the data: carried forward from its last day. */
  /** `fees` null: said with the hashprice (one made from --difficulty). */
  heightCarried: (
    height: number,
    last: string,
    days: number,
    rate: string,
    rateDays: number,
    fees: string | null,
  ) =>
    `block height about ${height.toLocaleString('en-US')}, carried forward from ${last} (the data's last day, ${days.toLocaleString('en-US')} day${days === 1 ? '' : 's'} before) at ${rate} blocks a day (the mean of its last ${rateDays} days)${fees === null ? '' : `, with the fees of ${last} (${fees} a block)`}, to date the halvings ahead`,
  /** The source of the coins generated past the data (a reward that follows them): by the emission rule. */
  supplyCarried: (
    supply: string,
    ticker: string,
    last: string,
    days: number,
    reward: string,
    fees: string | null,
  ) =>
    `${supply} M ${ticker} generated, by the emission rule from ${last} (the data's last day, ${days.toLocaleString('en-US')} day${days === 1 ? '' : 's'} before) with blocks on target, a base reward of ${reward} ${ticker} a block${fees === null ? '' : `, with the fees of ${last} (${fees} a block)`}, for the emission ahead`,
  /**
   * A hashprice given on a day of the data: the subsidy (`reward`: Monero's base reward) and fees a
   * block of the day (`fees` with its ticker) that the halvings (`halvings`) or the emission ahead
   * scale its revenue by, (reward after + fees) / (reward + fees): the given hashprice is taken to
   * carry the day's share of fees. The JSON's subsidyPerBlock, feesPerBlock and rewardPerBlock.
   */
  givenHashpriceChain: (date: string, reward: string, fees: string, halvings: boolean, feesGiven = false) =>
    `${halvings ? 'the halvings ahead scale it by the subsidy' : 'the emission ahead scales it by the reward'}${feesGiven ? ` a block of ${date} and the fees a block given` : ` and fees a block of ${date}`} (${reward} and ${fees})`,
  heightGiven: (height: number, fees: string | null, last: string) =>
    `block height ${height.toLocaleString('en-US')} as given${fees === null ? '' : `, with the fees of ${last} (${fees} a block)`}, to date the halvings ahead`,
  /** No height past the data or before it: a halving before the payback could not be dated. */
  needsHeight: (coin: string, date: string, first: string, last: string, daysAfter: number, limit: number) =>
    `--height: ${date} is ${daysAfter > 0 ? `${daysAfter.toLocaleString('en-US')} days after the ${coin} data ends (${last}), more than the ${limit} days minesim carries the block height forward` : `before the ${coin} data begins (${first})`}, so a halving before the payback cannot be dated: give --height (the block height on ${date}), or a --date ${daysAfter > 0 ? `within ${limit} days of ${last}` : 'inside the data'}`,
  /** The source of the coins generated on a day before the data, from a given height. */
  supplyBeforeData: (
    height: number,
    supply: string,
    ticker: string,
    from: string | null,
    reward: string,
    fees: string | null,
    first: string,
  ) =>
    `block height ${height.toLocaleString('en-US')} as given, ${supply} M ${ticker} generated by the emission rule from ${from === null ? 'genesis' : `${from}, the data's day that holds it`}, a base reward of ${reward} ${ticker} a block${fees === null ? '' : `, with the fees of ${first} (the data's first day, ${fees} a block)`}, for the emission ahead`,
  /** A reward that follows the coins generated, on a day before the data without a height: the emission is left out. */
  emissionLeftOut: (coin: string, date: string, first: string) =>
    `The ${coin} data begins ${first}, so the coins generated on ${date} are not known and the emission, which lowers the block reward block by block, is left out of the payback: give --height (the block height on ${date}) to count it.`,
  heightWithoutHalvings: (coin: string) =>
    `--height: ${coin} has no halvings for a block height to date; leave out --height`,
  /** The height to give is written as --height takes it, without separators. */
  heightBelowTheData: (coin: string, date: string, lastEnd: number, last: string) =>
    `--height: the ${coin} chain had reached block ${lastEnd.toLocaleString('en-US')} by the end of ${last}, the data's last day, so its height on ${date} is at least that; give a --height from ${lastEnd} up, or leave it out to carry it forward`,
  heightInsideTheData: (coin: string, date: string) =>
    `--height: the ${coin} history gives the block height on ${date}; leave out --height (it dates a day past the data)`,
  /** --difficulty and --hashprice both give the day's hashprice: which should win is not for minesim to guess. */
  difficultyWithHashprice: () =>
    '--difficulty: --hashprice is given too, and each sets the day’s hashprice (the difficulty through the block reward, fees and price); give one of them',
  /** --fees sets the fees a hashprice is made of from a difficulty; a hashprice given or the history's holds its own. */
  feesWithoutDifficulty: () =>
    '--fees: the fees go into a hashprice made from --difficulty, or say what of a --hashprice given is fees (which a halving leaves whole); give --difficulty or --hashprice too, or leave out --fees (the history’s day holds its own)',
  /** Fees a block given with a --hashprice: the part of its reward a halving or the emission leaves whole. */
  hashpriceFeesGiven: (fees: string) => `fees of ${fees} a block in the hashprice as given`,
  /**
   * A --difficulty more than `limit` (MARKET_CARRY_DAYS) days past the data without --fees: the last
   * day's fees are carried no further than a scenario's start carries its fee level.
   */
  feesPastCarry: (
    coin: string,
    date: string,
    edge: string,
    days: number,
    limit: number,
    share: string,
    shareDays: number,
    /** The day is before the data (`edge` its first day), whose first day's fees are held no further back. */
    before = false,
  ) =>
    `--fees: ${feesTooFar(coin, date, edge, days, limit, before)}: give --fees, the fees a block on ${date} in coins or as a share of the subsidy (${feesExample(share, shareDays, edge, before)}), or a --date ${feesWithin(edge, limit, before)}`,
  /**
   * A --hashprice more than `limit` days past the data, with a halving or the emission before the
   * payback: what of the hashprice is fees, which the cut leaves whole, is not known that far out.
   */
  feesPastCarryGivenHashprice: (
    coin: string,
    date: string,
    edge: string,
    days: number,
    limit: number,
    share: string,
    shareDays: number,
    before = false,
  ) =>
    `--fees: ${feesTooFar(coin, date, edge, days, limit, before)}, and a cut of the block reward before the payback leaves the fees whole: give --fees, the fees a block in the --hashprice given, in coins or as a share of the subsidy (${feesExample(share, shareDays, edge, before)}), or a --date ${feesWithin(edge, limit, before)}`,
  /** `first`: the data's first day where `date` is before it (else the day is past `last`). */
  difficultyNeedsPrice: (coin: string, date: string, last: string, first?: string) =>
    `--difficulty: no ${coin} price on ${date} (the data ${first !== undefined && date < first ? `begins ${first}` : `ends ${last}`}) to make a hashprice from the difficulty: give --price too`,
  difficultyNeedsHeight: (coin: string, date: string, first: string) =>
    `--difficulty: ${date} is before the ${coin} data begins (${first}), so the block reward a hashprice is made from is not known: give --height (the block height on ${date})`,
  /**
   * The source of a hashprice made from a given difficulty: the subsidy and fees a block (and where
   * each comes from), the price's source, and the chain's (a height given or carried), if any.
   */
  fromDifficulty: (
    difficulty: string,
    subsidy: string,
    fees: string,
    feesFrom: string,
    priceFrom: string,
    subsidyFrom: string | null,
    chain: string | null,
  ) =>
    `hashprice from the difficulty as given (${difficulty}) with a subsidy of ${subsidy} a block${subsidyFrom === null ? '' : ` (the ${subsidyFrom})`} and fees of ${fees} a block (${feesFrom}); ${priceFrom}${chain === null ? '' : `; ${chain}`}`,
  subsidyOfTheDay: (date: string) => `history’s of ${date}`,
  priceOfTheDay: (date: string) => `price from the history of ${date}`,
  priceGiven: () => 'price as given',
  feesOfTheDay: (date: string) => `the history’s of ${date}; --fees to change`,
  /** The fees of the data's nearest day (`first`: its first, `days` after the quote's day before the data; past it the height's source says how far). */
  feesOfTheDataDay: (day: string, first: boolean, days: number) =>
    `those of ${day}, the data’s ${first ? `first day, ${days.toLocaleString('en-US')} day${days === 1 ? '' : 's'} after,` : 'last day,'} held; --fees to change`,
  feesGiven: () => 'as given',
  feesShareGiven: (share: string) => `${share} of the subsidy, as given`,
  noHashpriceOn: (coin: string, date: string) =>
    `the ${coin} history on ${date} has no blocks to price a hash with: give --hashprice`,
  noUnitPrice: (machine: string) =>
    `no price for the ${machine} in the catalog: days to payback need --unit-price (USD)`,
  /**
   * The day quoted is before the month the catalog dates the machine's release: quoted as a
   * counterfactual (a scenario's cohort bought then is noted the same way), with its launch price
   * (`launchPrice`) of later where that is the unit price.
   */
  releasedAfterDay: (machine: string, released: string, date: string, launchPrice: boolean) =>
    `The ${machine} came out in ${released} (its catalog release month), after ${date}, the day quoted: no one could mine with it that day${launchPrice ? `, and its unit price is the launch price of ${released}` : ''}; fine for a counterfactual, not as a quote of that day.`,
  unknownWithoutUnitPrice: () => '— (give --unit-price)',
  noPrice: () => 'no coin price: give --price for the break-even coin price',
  /** A scheduled change of proof of work after the day quoted strands the machine: held fixed, it keeps running. */
  strandedLater: (machine: string, change: string, date: string, days: number, beforePayback: boolean) =>
    `Held fixed, the ${machine} keeps running, but ${change} on ${date}, ${days} day${days === 1 ? '' : 's'} later, strands its kind${beforePayback ? ', before the payback held fixed' : ''}.`,
  /**
   * The next halving falls before the payback held fixed: the profit a day from then and the
   * payback through it and any after, the day otherwise held fixed (null: never).
   */
  halvingLater: (
    height: string,
    date: string,
    days: string,
    profitAfter: string,
    payback: string | null,
    /** The subsidy after it and the fees a block held, with their ticker. */
    subsidyAfter: string,
    fees: string,
  ) =>
    `Held fixed, the subsidy never halves, but the halving at block ${height} (about ${date}, ${days} day${days === '1' ? '' : 's'} later at the target block rate) falls before the payback held fixed: from then, ${halvingHeld(subsidyAfter, fees)}, the machine makes ${profitAfter} USD a day, and through it and any after, the day otherwise held fixed, it ${paysBackIn(payback)}.`,
  /**
   * The reward follows the coins generated and falls block by block: the reward on the payback
   * held fixed, the profit a day then, and the payback through the emission (null: never).
   */
  emissionLater: (
    now: string,
    ticker: string,
    then: string,
    paybackHeld: string,
    profitThen: string,
    payback: string | null,
    longerBlocks = false,
  ) =>
    `Held fixed, the block reward stays at ${now} ${ticker}, but the emission lowers it block by block${longerBlocks ? ' and the change to longer blocks, each paying more, brings it' : ''}, to ${then} ${ticker} by day ${paybackHeld}, the payback held fixed, when the machine makes ${profitThen} USD a day; through the emission, blocks on target and the day otherwise held fixed, it ${paysBackIn(payback)}.`,
  unitPriceFromCatalog: (released: string) => `catalog launch price (${released}); --unit-price to change`,
  /** `efficiency`: joules a hash with its unit (`17.5 J/TH`). */
  machine: (model: string, hashrate: string, powerW: string, efficiency: string) =>
    `${model} (${hashrate}, ${powerW} W, ${efficiency})`,
  machineAt: (machine: string, conditions: string) => `${machine} at ${conditions}`,
  /** The quote's assumptions under its rows; `unitPrice` is null when no price is known. */
  assumed: (
    poolFee: string,
    uptime: string,
    pue: string,
    unitPrice: string | null,
    unitPriceSource: string | null,
    source: string,
  ) =>
    `Pool fee ${poolFee}, uptime ${uptime}, PUE ${pue}; unit price ${unitPrice === null ? 'not known' : `${unitPrice} USD (${unitPriceSource})`}; ${source}.`,
  /** `halvings`: the coin's reward falls at halvings (Bitcoin), else block by block with its emission (Monero). */
  heldFixed: (halvings = true) =>
    `Held fixed: no difficulty growth, ${halvings ? 'halving' : 'fall of the block reward'}, wear or failures; the opening split of a revenue share; fixed costs and deposits left out.`,
};
