// Messages of the hedges' rules (scenario/hedge-rules.ts). One function a message.

import { shortenTo, termChange } from './finance.js';

export const hedgeMessages = {
  startBeforeScenario: (start: string, scenarioStart: string) =>
    `the hedge starts on ${start}, before the scenario starts (${scenarioStart}): start it on or after the start, or leave out \`start\``,
  startAfterHorizon: (start: string, end: string) =>
    `the hedge starts on ${start}, after the horizon ends (${end}): it would settle nothing; start it within the horizon, or lengthen the horizon`,
  expiryBeforeStart: (expiry: string, start: string) =>
    `the option expires on ${expiry}, before it is bought or sold (${start}): give an \`expiry\` on or after \`start\``,
  putStruckAtZero: (position: string) =>
    `a put struck at 0 USD never pays (a coin's price is never below 0), so ${position === 'sold' ? 'its premium would be received for no risk' : 'it hedges nothing and its premium buys nothing'}: give the strike the put protects, above 0`,
  expiryAfterHorizon: (expiry: string, end: string) =>
    `the option expires on ${expiry}, after the horizon ends (${end}): its payoff would be left out; give an \`expiry\` within the horizon, or lengthen the horizon`,
  /** `startsLater`: the swap starts after the scenario's first day, so it could start earlier. */
  swapAfterHorizon: (last: string, end: string, longest: number, startsLater = true) =>
    `the swap's last month ends on ${last}, after the horizon ends (${end}): its settlements after the horizon would be left out; ${termChange(longest, startsLater ? 'start it earlier' : undefined)?.concat(' or ') ?? ''}lengthen the horizon`,
  /** A hashprice swap's months past a change of the coin's proof of work to another algorithm. */
  swapAcrossPowChange: (coin: string, date: string, from: string, to: string, longest: number) =>
    `the swap's months run past ${date}, when ${coin}'s proof of work changed from ${from} to ${to}: its hashrate and fixed price are in ${from} hashes, and the network's hashprice after the change is per ${to} hash, another unit, so its settlements would follow the change of unit, not the market; ${shortenTo(longest)?.concat(' (its last month ending before the change) or ') ?? ''}start it on or after ${date}`,
} as const;

/** A hedge beside the production it hedges (stats/hedged-production.ts), after a run. */
/**
 * Whose period the hedges together are judged on, the hedge's name set off in quotes (a name such as
 * `put on 3 BTC` read bare after "a period of" reads as words of the sentence): an option's term
 * (its start to its expiry), a swap's month.
 */
const hedgePeriod = (hedge: string, option: boolean) =>
  option ? `the term of hedge “${hedge}”, its start to its expiry` : `a month of hedge “${hedge}”`;

export const hedgedProductionMessages = {
  label: (name: string) => `Hedge vs production: ${name}`,
  /** Whose production: the history's in a back-test, else the fleet's at the start day held fixed. */
  whose: (history: boolean, start: string) =>
    history
      ? "the fleet's production on the history"
      : `what the fleet mines at ${start}'s conditions held fixed`,
  /** After a Monte Carlo run's swap: the median path's coins a month. */
  median: (monthly: string, ticker: string) =>
    `; the median path mined ${monthly} ${ticker} a month over the horizon`,
  swap: (coins: string, ticker: string, share: string, whose: string, monthly: string, basis: string) =>
    `${coins} ${ticker} a month, ${share} of ${whose} (${monthly} ${ticker} a month ${basis})`,
  /**
   * A forward's own month (`from` to `to`) in which it sells more coins than the fleet mines, where
   * its term's average does not show it: `share` its coins over the `mined` coins of that month.
   */
  largestMonth: (share: string, from: string, to: string, mined: string, ticker: string) =>
    `; its largest month, ${from} to ${to}: ${share} (${mined} ${ticker} mined)`,
  overHorizon: () => 'over the horizon',
  overTerm: (from: string, to: string) => `over its term, ${from} to ${to}`,
  /**
   * What the operation keeps under a revenue share: the site's `share` of the coins taken first;
   * `after`, a waterfall's later share: counted on the history, not at the start held fixed.
   */
  afterShare: (share: string, after: string | undefined, history: boolean) =>
    after === undefined
      ? ` after the site's ${share} share`
      : history
        ? ` after the site's share (${share}, then ${after} once the capex is recovered)`
        : ` after the site's ${share} share (${after} once the capex is recovered, not counted here)`,
  hashrate: (hashrate: string, share: string, fleet: string, afterShare: string, kept: string) =>
    `${hashrate}, ${share} of the fleet's rated hashrate${afterShare} (${afterShare === '' ? fleet : `${kept} of its ${fleet}`})`,
  /**
   * A hashprice swap beside the hashrate the fleet earns on: its rated hashrate after uptime (on
   * the history also wear, failures and shutdowns), less the pool fee and a site's share, over the
   * swap's days (`history`: the back-test's; else at the start's conditions held fixed).
   */
  hashrateEarned: (
    hashrate: string,
    share: string,
    history: boolean,
    start: string,
    afterShare: string,
    earning: string,
    basis: string,
    fleet: string,
    poolFee: string,
  ) =>
    `${hashrate}, ${share} of the hashrate the fleet ${history ? 'earned on, on the history' : `earns on at ${start}'s conditions held fixed`}${afterShare} (${earning} ${basis}: its ${fleet} rated, after uptime${history ? ', wear, failures, shutdowns' : ''}${afterShare === '' ? ' and' : ','} the ${poolFee} pool fee${afterShare === '' ? '' : ' and the share'}; the swap is paid on the network's hashprice, before the pool fee)`,
  option: (
    coins: string,
    ticker: string,
    share: string,
    whose: string,
    from: string,
    expiry: string,
    produced: string,
    /** The coins mined on those days (a back-test's), else the horizon's pro rata. */
    days: boolean,
  ) =>
    `${coins} ${ticker}, ${share} of ${whose} from ${from} to its expiry ${expiry} (${produced} ${ticker}${days ? ' on those days' : ", the horizon's coins pro rata to those days"})`,
  swapAtStart: (
    coins: string,
    ticker: string,
    share: string,
    start: string,
    monthly: string,
    afterShare: string,
    /** Part of the fleet hashes only later (a staged purchase): the machines hashing in its months. */
    staged = false,
  ) =>
    `${coins} ${ticker} a month, ${share} of what ${staged ? 'the machines hashing in its months' : 'the whole fleet'} would mine at ${start}'s difficulty and reward held fixed${afterShare} (${monthly} ${ticker} a month${staged ? ' over its term' : ''})`,
  hashrateAtStart: (
    hashrate: string,
    share: string,
    earning: string,
    rated: string,
    poolFee: string,
    afterShare: string,
    /** Part of the fleet hashes only later: the machines hashing over its days, a day's mean. */
    staged = false,
  ) =>
    `${hashrate}, ${share} of the hashrate ${staged ? "the machines hashing over its days earn on (a day's mean)" : 'the whole fleet earns on'}${afterShare} (${earning}: ${staged ? 'of' : 'its'} ${rated} rated, after uptime and the ${poolFee} pool fee; the swap is paid on the network's hashprice, before the pool fee)`,
  optionAtStart: (
    coins: string,
    ticker: string,
    share: string,
    start: string,
    from: string,
    expiry: string,
    produced: string,
    afterShare: string,
    staged = false,
  ) =>
    `${coins} ${ticker}, ${share} of what ${staged ? 'the machines hashing then' : 'the whole fleet'} would mine from ${from} to its expiry ${expiry} at ${start}'s difficulty and reward held fixed${afterShare} (${produced} ${ticker})`,
  /**
   * An option not counted among the coins committed (model/finance/hedge-commitment.ts): a bought
   * put is a right, counted only where the operation exercises it; a sold call binds where its
   * holder exercises it (`history`: on the back-test's history, where it was not).
   */
  uncounted: (put: boolean, history: boolean) =>
    put
      ? history
        ? 'a bought put is a right, not an obligation: it was not exercised on the history (the price at its expiry at or above the strike), so its coins do not count among those the hedges commit'
        : 'a bought put is a right, not an obligation: its coins count among those the hedges commit only on a path where it is exercised (the price at its expiry below the strike), not at the start held fixed'
      : 'a sold call binds only where its holder exercises it: it was not exercised on the history (the price at its expiry at or below the strike), so its coins do not count among those the hedges commit',
  togetherLabel: () => 'Hedges together vs production',
  /**
   * The hedges on coins together: the period (of `hedge`) in which the counted ones took the
   * largest share of the coins mined; `counted` the hedges whose coins count.
   */
  together: (
    committed: string,
    ticker: string,
    share: string,
    whose: string,
    mined: string,
    from: string,
    to: string,
    hedge: string,
    option: boolean,
    counted: readonly string[],
    history: boolean,
    start: string,
  ) =>
    `${committed} ${ticker} committed from ${from} to ${to} (${hedgePeriod(hedge, option)}), ${share} of ${whose} over those days (${mined} ${ticker}): the largest share the hedges took together of one hedge's month (an option's: its start to its expiry); counted: ${counted.length === 0 ? 'none' : counted.join(', ')} (a forward's coins every month, a sold call's ${history ? 'where exercised on the history' : `in full, as its holder may exercise it (at ${start}'s conditions held fixed)`}, a bought put's ${history ? 'where exercised on the history' : 'only on a path where it is exercised, a right'}; a collar's put and call once; each spread over its period pro rata to the days)`,
  /**
   * Before a run: the hedges together beside the machines hashing at the start's difficulty and
   * reward held fixed (forwards and sold calls counted).
   */
  togetherAtStart: (
    committed: string,
    ticker: string,
    share: string,
    start: string,
    mined: string,
    from: string,
    to: string,
    hedge: string,
    option: boolean,
    counted: readonly string[],
    afterShare: string,
  ) =>
    `${committed} ${ticker} committed from ${from} to ${to} (${hedgePeriod(hedge, option)}), ${share} of what the machines hashing then would mine at ${start}'s difficulty and reward held fixed${afterShare} (${mined} ${ticker}); counted: ${counted.join(', ')} (a forward's coins every month, a sold call's in full as its holder may exercise it, a bought put's not: a right; a collar's put and call once; each spread over its period pro rata to the days)`,
  /** The share of a hedge beside no production: none mined over its days. */
  unbounded: () => 'an unbounded share (none mined over its days)',
  unboundedPaths: () => 'unbounded (no coin mined)',
  pathsLabel: () => 'Hedges vs production on the paths',
  /**
   * A Monte Carlo run's forwards and hedging options beside each path's coins (kernel/hedge-cover.ts):
   * `over` the share of paths over in a single month, the quantiles over a hedge's whole term, so
   * the line says which span each figure is over (100 % of paths over beside a median of 93 %).
   */
  onThePaths: (over: string, low: string, high: string, p50: string, p10: string, p90: string) =>
    `the forwards and hedging options together (a forward's coins every month, a sold call's where its holder exercises it on the path, a bought put's where the operation does, a collar's legs once) committed more coins than the path mined in at least one month of one of them (an option: its start to its expiry) on ${over} of the paths (95 % interval ${low} to ${high}); over one hedge's whole term, its months added up, the largest share they took together of the coins the path mined: median ${p50} (p10 ${p10}, p90 ${p90}); a month over can sit in a term under`,
  /** The terminal's line of onThePaths. */
  pathsTerminal: (value: string) => `hedges vs production on the paths: ${value}`,
  noCoins: (what: string) => `${what}; the fleet mines no coin`,
  over: () =>
    'more than the fleet produces: the part beyond its production is a bet on the price, not a hedge of it; the contract settles whether or not the machines mine (after failures, a shutdown or their sale)',
  within: () =>
    'the contract settles whether or not the machines mine (after failures, a shutdown or their sale)',
  /** A bought call or a sold put: long the price, as the production is. */
  adds: () =>
    "a bought call or a sold put gains as the price rises, as the production does: it adds to the fleet's exposure to the price, it does not hedge it",
  /** The terminal's line, for a hedge larger than the production. */
  terminal: (label: string, value: string) =>
    `note: ${label}: ${value}: more than the fleet produces, so the part beyond its production is a bet on the price, not a hedge`,
} as const;
