// Messages of the daily view, the calculator's answer at one day's conditions held fixed: the rows
// that `minesim quote`, the terminal headline and the report's first table print, the conditions
// line, and how the run's answer compares. Figures come in formatted (report/format.ts); one
// function a message, see shown.ts.
import type { FiguresOver as Outcomes } from '../stats/summary.js';
import { paybackMessages } from './payback.js';

/** A payback of day 0 with nothing at stake, in the Monte Carlo headline's words. */
const NOTHING_AT_STAKE = paybackMessages.nothingAtStakeMedian;

/** A payback held fixed as a sentence says it: on its day, or within the first (day 0, the capex at stake). */
const paidBackOn = (held: { day: string; date: string; withinFirstDay?: boolean }) =>
  held.withinFirstDay === true
    ? paybackMessages.withinFirstDay(held.date)
    : `pays back on day ${held.day} (${held.date})`;

/**
 * Why a payback within day 0 reads "nothing at stake (0 d)" in the run's rows (`one`: a run of one
 * outcome, else the median path's): the same payback, under the run's rule.
 */
const withinFirstDayRun = (one: boolean) =>
  `The first day’s profit covers the capex, so ${one ? 'the' : 'that path’s'} net position is never below zero at a day’s end: the run’s rows name that ${NOTHING_AT_STAKE}, a payback on day 0 with the capex at stake for less than a day.`;

/** Through a halving held fixed: the subsidy follows the protocol, the fees a block (in coins) are held. */
export const halvingHeld = (subsidyAfter: string, fees: string) =>
  `the subsidy halved to ${subsidyAfter} a block and the fees held at ${fees} a block`;

export const dailyViewMessages = {
  header: () => 'Per machine',
  revenueRow: () => 'Revenue (USD/day)',
  /** The coins a machine mines a day (the revenue row over the day's price), as a profitability calculator gives them. */
  coinsRow: (ticker: string) => `Coins mined (${ticker}/day)`,
  powerRow: () => 'Power (USD/day)',
  /** The power cell under an all-in rate: the hosting row pays for it, so no 0 that reads as free power. */
  powerInAllIn: () => 'in all-in hosting',
  hostingRow: () => 'Hosting (USD/day)',
  allInHostingRow: () => 'All-in hosting and power (USD/day)',
  /** A revenue share: the site's part of the revenue row; `after` is a waterfall's later share. */
  shareHostingRow: (share: string, after: string | null) =>
    `Hosting: site's ${share} of revenue${after === null ? '' : `, then ${after}`} (USD/day)`,
  creditsRow: () => 'Curtailment credits (USD/day)',
  maintenanceRow: () => 'Maintenance (USD/day)',
  profitRow: () => 'Profit (USD/day)',
  profitPerHashrateRow: (unit: string) => `Profit (USD/${unit}/day)`,
  breakEvenHashpriceRow: (unit: string) => `Break-even hashprice (${unit})`,
  breakEvenPriceRow: (ticker: string) => `Break-even ${ticker} price (USD)`,
  unitCapexRow: () => 'Unit capex (USD)',
  paybackRow: () => 'Days to payback, held fixed',
  /** The payback row when a cohort is paid for after the start or hashes after it is paid for. */
  paybackFromCapexRow: () => 'Days to payback from its capex, held fixed',
  paidRow: () => 'Capex paid',
  hashingFromRow: () => 'Hashing from',
  /** A cohort retired within the horizon: the day it is sold and what a unit fetches, held fixed. */
  soldRow: () => 'Sold, resale a unit (USD)',
  soldCell: (day: string, resale: string) => `${day}, ${resale}`,
  kept: () => 'kept',
  /** A day of the fleet's calendar, from the start, and its date. */
  dayCell: (day: string, date: string) => `day ${day} (${date})`,
  paybackCell: (days: string) => `${days} d`,
  /** A payback cell of a cohort (or a quote's machine) whose position held fixed never falls below zero. */
  nothingAtStakeCell: () => NOTHING_AT_STAKE,
  never: () => 'never',
  /** What the machines pay for power: the tariff, or the all-in rate that includes it. */
  tariff: (tariff: string) => `tariff ${tariff}`,
  /** A tariff that changes over the year: the start day's rate held, and its mean over the first `days`. */
  tariffHeld: (tariff: string, mean: string, days: number) =>
    `${tariff} (the start day’s; ${mean} the mean over the first ${days} day${days === 1 ? '' : 's'})`,
  allInRate: (rate: string) => `all-in rate ${rate} for power and hosting`,
  conditions: (
    date: string,
    ticker: string,
    price: string,
    hashprice: string,
    power: string,
    basis: string | null = null,
  ) =>
    `${date} held fixed: ${ticker} ${price} USD, hashprice ${hashprice}${basis === null ? '' : ` (${basis})`}, ${power}`,
  /**
   * What a run's hashprice held fixed counts a block: the subsidy and the fees, and where these come
   * from (`share` the fee model's share of the subsidy, 'day' the day's own, 'given' an amount the
   * fee model gives); `dayFees` the fees the day's own blocks paid (null: past the history, or the
   * same), `dayReward` the subsidy a block they paid where it reads otherwise than `reward` (Monero's
   * blocks paid the rule's base reward less block-size penalties; a halving inside the day).
   */
  hashpriceBasis: (
    reward: string,
    fees: string,
    ticker: string,
    from: { share: string } | 'day' | 'given',
    dayFees: string | null,
    dayReward: string | null = null,
  ) => {
    const paid = [
      ...(dayReward === null ? [] : [`${dayReward} ${ticker} a block`]),
      ...(dayFees === null ? [] : [`${dayFees} ${ticker} of fees`]),
    ];
    return `${reward} ${ticker} a block and ${fees} ${ticker} of fees, ${from === 'day' ? 'the day’s own' : from === 'given' ? 'the fee model’s amount' : `the fee model’s ${from.share} of the subsidy`}${paid.length === 0 ? '' : `; the day’s blocks paid ${paid.join(' and ')}`}`;
  },
  /** The quote's conditions when no coin price is known. */
  conditionsWithoutPrice: (date: string, hashprice: string, power: string) =>
    `${date}: hashprice ${hashprice}, ${power}`,
  /**
   * The fleet's payback held fixed next to the run's: `held` its day (null: never; `nothingAtStake`
   * where its position held fixed never falls below zero, day 0), `run` whose day
   * `other` is (the history's, a run of one path's, of paths all the same, or the median path's; null: none), `apart` how
   * far apart, `paidBack` the share
   * of paths paid back by the day held fixed (a percentage), `pastEnd` the end of the run the day
   * held fixed is past (named, not "that day", which could read as the run's) (the horizon, or a date where the run stops at the end of the history), else null;
   * `interval` the median path's day's 95 % interval (report/format.ts formatQuantileInterval), where
   * the run has a median of many paths, and `paidBackError` the share with its standard
   * error (report/format.ts formatEstimate).
   */
  comparison: (
    held: { day: string; date: string; nothingAtStake?: boolean; withinFirstDay?: boolean } | null,
    run: 'backtest' | Outcomes,
    other: string | null,
    apart: { days: string; later: boolean } | null,
    paidBack: string | null,
    pastEnd: string | null,
    interval?: string,
    paidBackError?: string,
    /** A run cut before the fleet's last purchase: its payback is this (not decidable), not "does not pay back". */
    undecided?: string,
  ) => {
    const who =
      run === 'backtest'
        ? 'the actual history'
        : run === 'one path'
          ? 'the one path'
          : run === 'all the same'
            ? 'every path (all the same)'
            : 'the median path';
    // Day 0 is no payback but a position never below zero, held fixed as on the run's paths.
    const nothing = held?.nothingAtStake === true;
    const calc = held === null ? 'never pays back' : nothing ? `has ${NOTHING_AT_STAKE}` : paidBackOn(held);
    const within = interval === undefined ? '' : ` (95 % interval: ${interval})`;
    // Paid back within day 0 with the capex at stake: the run reads the position at each day's end,
    // never below zero there, which its rows name nothing at stake; the same payback, said as one.
    const firstDay = held?.withinFirstDay === true && other === '0';
    const mc =
      other === null
        ? undecided === undefined
          ? `${who} does not pay back${within}`
          : `the payback of ${who} is ${undecided}`
        : firstDay
          ? `so does ${who}${within}`
          : other === '0'
            ? `${who} has ${NOTHING_AT_STAKE}${within}`
            : `${who} on day ${other}${within}`;
    const gap =
      apart === null
        ? ''
        : apart.days === '0'
          ? nothing || firstDay
            ? firstDay
              ? ', the same day as held fixed'
              : ', as held fixed'
            : ': the same day as held fixed'
          : `: ${apart.days} day${apart.days === '1' ? '' : 's'} ${apart.later ? 'later' : 'earlier'} than held fixed`;
    const share =
      paidBack !== null
        ? `; ${paidBack} % of paths had ${nothing ? 'nothing at stake' : 'paid back by then'}${paidBackError === undefined ? '' : ` (${paidBackError})`}`
        : pastEnd !== null && held !== null
          ? `; day ${held.day}, the payback held fixed, is past ${pastEnd}`
          : '';
    return `Held fixed the fleet ${calc}; ${mc}${gap}${share}.${firstDay ? ` ${withinFirstDayRun(run === 'backtest' || run === 'one path' || run === 'all the same')}` : ''}`;
  },
  /**
   * A cohort stranded by a scheduled change of proof of work, which the view holds running:
   * `before` when that is before the day the fleet pays back held fixed.
   */
  stranded: (cohort: string, day: string, date: string, before: boolean) =>
    ` Held fixed, the machines keep running, but the scheduled change of proof of work on ${date} (day ${day}) strands ${cohort}${before ? ', before that payback day' : ''}.`,
  /** Cohorts the shutdown rule switches off at the day's conditions, which the fleet counts idle. */
  switchedOff: (cohorts: readonly string[]) =>
    ` Held fixed, the shutdown rule switches off ${cohorts.join(', ')} (running would cost more than it brings in), so the fleet counts only ${cohorts.length === 1 ? 'its' : 'their'} nameplate hosting and maintenance.`,
  /**
   * The next halving falls before the payback held fixed (model/reward-cuts.ts): `payback` is the
   * payback held fixed through it, each era at its subsidy, or null when the fleet never pays back.
   */
  halving: (
    height: string,
    date: string,
    day: string,
    payback: { day: string; date: string; withinFirstDay?: boolean } | null,
    /** The subsidy after it and the fees a block held, with their ticker (null: a summary of an earlier build, without them). */
    held: { subsidyAfter: string; fees: string } | null = null,
  ) =>
    ` The halving at block ${height} (about ${date}, day ${day} at the target block rate) falls before that payback day; through it and any after, ${held === null ? 'the subsidy halved and the fees a block held' : halvingHeld(held.subsidyAfter, held.fees)}, the day otherwise held fixed, the fleet ${payback === null ? 'never pays back' : paidBackOn(payback)}.`,
  /**
   * A cohort first hashing under a lower reward than the day's (model/reward-cuts.ts): after the
   * halving at block `height`, or (null) further down the emission on `day`. Its days to payback
   * are at the reward then, `profit` a unit a day, its other rows at the day's.
   */
  cohortLaterReward: (
    cohort: string,
    height: string | null,
    day: string,
    reward: string,
    ticker: string,
    profit: string,
  ) =>
    ` ${cohort} first hashes ${height === null ? `on day ${day}, when the emission has lowered the block reward` : `after the halving at block ${height}`}: its days to payback are at the ${height === null ? 'reward' : 'subsidy'} then, ${reward} ${ticker} a block, the day otherwise held fixed (a profit of ${profit} USD a day a unit).`,
  /**
   * The reward follows the coins generated and falls block by block (model/reward-cuts.ts): the
   * reward on the payback held fixed and the payback held fixed through the emission (null: never).
   */
  emission: (
    now: string,
    then: string,
    ticker: string,
    payback: { day: string; date: string; withinFirstDay?: boolean } | null,
    longerBlocks = false,
  ) =>
    ` The emission lowers the block reward from ${now} ${ticker}${longerBlocks ? ' and the change to longer blocks, each paying more, takes it' : ''} to ${then} ${ticker} by that payback day; through it, blocks on target and the day otherwise held fixed, the fleet ${payback === null ? 'never pays back' : paidBackOn(payback)}.`,
  /** The end of a run a day held fixed can be past: its horizon, or the end of the history it stops at. */
  horizon: () => 'the horizon',
  historyEnd: (cutAt: string) => `${cutAt}, the end of the history`,
  /** The scenario has finance: the view, as the run's payback beside it, is the project's. */
  beforeFinancing: () =>
    ' Both are the project’s before financing (capex as if paid in cash, no debt service, lease payments, hedges or tax); the equity’s payback is with the financing figures.',
  tableTitle: () => 'Today’s conditions held fixed (the calculator’s answer)',
  /** `payback`: the fleet's payback held fixed, in days of the calendar and as the day counted; null: never, or nothing at stake. */
  tableNote: (
    conditions: string,
    fleetProfit: string,
    fixed: string,
    payback: { days: string; day: string } | null,
    comparison: string,
    more: number,
  ) =>
    `One machine of each cohort on ${conditions}; no difficulty growth, halving, wear or failures, the ` +
    `opening split of a revenue share. Fleet: ${fleetProfit} USD a day after ${fixed} USD of fixed costs. ` +
    'A payback is on the day the run would count: day 0 is the start, a day’s profit comes at its end' +
    `${payback === null ? '' : ` (the fleet’s payback held fixed at ${payback.days} days is day ${payback.day})`}. ` +
    `${comparison}${more > 0 ? ` ${more} more cohort${more === 1 ? '' : 's'} in summary.json.` : ''}`,
};
