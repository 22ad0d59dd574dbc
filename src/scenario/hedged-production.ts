// A hedge beside the production it hedges: the coins a month a price swap sells forward, the
// hashrate a hashprice swap is written on, the coins an option is on, each as a share of what the
// fleet mines over the hedge's days (on the history in a back-test; at the start day's conditions
// held fixed in a Monte Carlo run). A hedge larger than the production is speculation on the price
// beyond it: the run says so in the assumptions (summary.json scenario.assumptions, summary.md) and
// on the terminal, `minesim validate` before a run. A swap or an option settles whether the
// machines mine or not (after failures, a shutdown or their sale).
// The hedges' days and the site's share are hedge-plans.ts's; the line on the paths,
// hedges-on-paths.ts's; the notes before a run, hedges-at-start.ts's.

import { addDays } from '../data/dates.js';
import { hedgedProductionMessages as m } from '../messages/hedges.js';
import { coinProtocol } from '../model/coins/index.js';
import { hedgeMonthBounds } from '../model/finance/hedge.js';
import {
  type CoinHedge,
  type CommitmentJudgment,
  countedHedges,
  judgeCommitments,
  onCoins,
  ownWorstPeriod,
} from '../model/finance/hedge-commitment.js';
import { termMonths } from '../model/finance/term.js';
import type { RunSummary } from '../stats/summary.js';
import { type Assumption, coinHedgesOf, daysBetween, isOption, MONTH, siteShare } from './hedge-plans.js';
import { onThePaths } from './hedges-on-paths.js';
import type { Scenario } from './normalize.js';
import { formatQuantity } from './quantity-format.js';

export interface HedgedProduction extends Assumption {
  /** The hedge's size over the production; Infinity where the fleet mines no coin; null for a bought call or a sold put. */
  share: number | null;
}

/**
 * Each hedge of `s` beside the production of the run `summary` sums up. A back-test gives `daily`,
 * its coins mined each day from the start: a swap is set beside the coins mined over its term and an
 * option beside those mined from its start to its expiry. A Monte Carlo run, whose paths' days are
 * not kept, sets them beside what the fleet mines at the start day's conditions held fixed (the
 * daily view's, each cohort from its first day hashing), the median path's coins a month over the
 * horizon given beside a swap's: over a window shorter than the horizon the median's coins pro rata
 * would understate the early months, when difficulty is lowest.
 */
export function hedgedProduction(s: Scenario, summary: RunSummary, days_?: HistoryDays): HedgedProduction[] {
  const daily = days_?.coins;
  const hedges = s.finance?.hedges ?? [];
  const coins = summary.headline.coinsMined.quantiles.p50;
  if (hedges.length === 0 || coins === null) return [];
  const protocol = coinProtocol(s.coin);
  const ticker = protocol.ticker;
  const days = summary.scenario.days;
  const amount = (x: number) => String(Number(x.toPrecision(4)));
  // Beside no production (none mined over the hedge's days) the share has no bound.
  const pct = (x: number) => (Number.isFinite(x) ? formatQuantity(x, 'fraction') : m.unbounded());
  const held = daily === undefined ? heldDaily(summary) : undefined;
  const perDay = daily ?? held?.coins;
  // What the operation keeps: a revenue share's site takes its part of the coins. A back-test's days
  // (the engine's) are already net of it, its waterfall included; the start held fixed is not.
  const site = siteShare(s);
  const heldKeep = daily === undefined ? 1 - site.share : 1;
  const whose = m.whose(daily !== undefined, summary.scenario.start) + site.text(daily !== undefined);
  const medianMonthly = (coins * MONTH) / days;
  /** Coins mined on days [from, to) of the run (to capped at its days), and the days counted. */
  const mined = (from: number, to: number): { coins: number; days: number } => {
    const end = Math.min(to, days);
    const n = Math.max(0, end - from);
    if (perDay === undefined) return { coins: (coins * n) / days, days: n };
    let sum = 0;
    for (let d = Math.max(0, from); d < end; d++) sum += perDay[d];
    return { coins: sum * heldKeep, days: n };
  };
  // The hedges together (model/finance/hedge-commitment.ts): on the history an option counts where
  // it was exercised there; at the start held fixed a sold call counts in full, a bought put not.
  const plans = coinHedgesOf(s);
  const prices = days_?.priceUsd;
  const counted = countedHedges(
    plans,
    prices === undefined ? undefined : (d) => (d < prices.length ? prices[d] : undefined),
    new Uint8Array(plans.length),
  );
  const together = judgeCommitments(plans, counted, days, (from, to) => mined(from, to).coins);
  const lines = hedges.map((hedge, i): HedgedProduction => {
    const label = m.label(hedge.name ?? `hedge ${i + 1}`);
    let value: string;
    let share: number | null;
    if (hedge.type === 'price-swap') {
      const from = daysBetween(s.start, hedge.start ?? s.start);
      const bounds = hedgeMonthBounds(from, termMonths(hedge.term));
      const term = perDay === undefined ? mined(0, days) : mined(from, bounds[bounds.length - 1]);
      const monthly = term.days > 0 ? (term.coins * MONTH) / term.days : 0;
      share = hedge.coins / monthly;
      const basis =
        perDay === undefined
          ? m.overHorizon()
          : m.overTerm(addDays(s.start, from), addDays(s.start, from + term.days - 1));
      value = m.swap(amount(hedge.coins), ticker, pct(share), whose, amount(monthly), basis);
      // A month over where the term's average is not (a fleet bought in stages, a halving).
      const w = perDay === undefined ? null : ownWorstPeriod(plans[i], days, (f, t) => mined(f, t).coins);
      if (w !== null && w.share > 1 && !(share > 1)) {
        value += m.largestMonth(
          pct(w.share),
          addDays(s.start, w.from),
          addDays(s.start, w.to - 1),
          amount(w.mined),
          ticker,
        );
        share = w.share;
      }
      if (daily === undefined) value += m.median(amount(medianMonthly), ticker);
    } else if (hedge.type === 'hashprice-swap') {
      // The swap pays on `hashrate` at the network's hashprice, gross of the pool fee; the fleet
      // earns on its rated hashrate after uptime (and wear, failures and shutdowns on the history),
      // less the pool fee and a site's share: the swap's floating leg over the revenue the operation
      // keeps over the swap's days, a hashrate's worth of it (the days' hashprice weighting each).
      const from = daysBetween(s.start, hedge.start ?? s.start);
      const bounds = hedgeMonthBounds(from, termMonths(hedge.term));
      const to = Math.min(bounds[bounds.length - 1], days);
      const unit = protocol.hashpriceUnit.hs;
      const fleet = summary.scenario.fleetHashrateHs;
      let earning: number | null = null;
      const revenue = days_?.revenueUsd ?? held?.revenueUsd;
      const hashprice = days_?.hashpriceUsd;
      if (revenue !== undefined && to > from) {
        let kept = 0;
        let floating = 0;
        for (let d = from; d < to; d++) {
          kept += revenue[d] * heldKeep;
          floating += (hashprice === undefined ? held!.hashpriceUsd : hashprice[d]) / unit;
        }
        earning = floating > 0 ? kept / floating : null;
      }
      const basis = m.overTerm(addDays(s.start, from), addDays(s.start, to - 1));
      if (earning === null) {
        // No production to set it beside (no daily view): the rated hashrate, said to be so.
        const kept = fleet * (1 - site.share);
        share = kept > 0 ? hedge.hashrate / kept : Number.POSITIVE_INFINITY;
        value = m.hashrate(
          formatQuantity(hedge.hashrate, 'hashrate'),
          pct(share),
          formatQuantity(fleet, 'hashrate'),
          site.share > 0 ? site.text(false) : '',
          formatQuantity(kept, 'hashrate'),
        );
      } else {
        share = earning > 0 ? hedge.hashrate / earning : Number.POSITIVE_INFINITY;
        value = m.hashrateEarned(
          formatQuantity(hedge.hashrate, 'hashrate'),
          pct(share),
          daily !== undefined,
          summary.scenario.start,
          site.text(daily !== undefined),
          formatQuantity(earning, 'hashrate'),
          basis,
          formatQuantity(fleet, 'hashrate'),
          formatQuantity(s.costs.poolFee, 'fraction'),
        );
      }
    } else {
      const from = hedge.start ?? s.start;
      const produced = mined(daysBetween(s.start, from), daysBetween(s.start, hedge.expiry) + 1).coins;
      const hedges = (hedge.type === 'put') === (hedge.position === 'bought');
      share = hedges ? hedge.coins / produced : null;
      value = m.option(
        amount(hedge.coins),
        ticker,
        pct(hedge.coins / produced),
        whose,
        from,
        hedge.expiry,
        amount(produced),
        perDay !== undefined,
      );
    }
    if (coins === 0) value = m.noCoins(value);
    // An option on coins its holder did not exercise (on the history), or a bought put at the start
    // held fixed (a right): not counted among the coins committed.
    const uncounted =
      share !== null && hedge.type !== 'price-swap' && hedge.type !== 'hashprice-swap' && counted[i] === 0;
    const note =
      share === null
        ? m.adds()
        : uncounted
          ? m.uncounted(hedge.type === 'put', daily !== undefined)
          : share > 1
            ? m.over()
            : m.within();
    return { label, value, note, share };
  });
  const line = togetherLine(s, plans, counted, together, daily !== undefined, summary.scenario.start, whose);
  return line === undefined ? lines : [...lines, { ...line, share: judgedShare(together) }];
}
/**
 * The hedges on coins judged together, with two or more of them: the period of one in which the
 * counted hedges took the largest share of the coins mined, over-hedged when more than all of them.
 */
function togetherLine(
  s: Scenario,
  plans: CoinHedge[],
  counted: Uint8Array,
  judged: CommitmentJudgment,
  history: boolean,
  start: string,
  whose: string,
): Assumption | undefined {
  if (plans.filter(onCoins).length < 2 || judged.worst === null) return undefined;
  const w = judged.worst;
  const names = (s.finance?.hedges ?? []).map((h, i) => h.name ?? `hedge ${i + 1}`);
  const amount = (x: number) => String(Number(x.toPrecision(4)));
  const share =
    w.mined > 0 ? formatQuantity(w.committed / w.mined, 'fraction') : w.committed > 0 ? m.unbounded() : '0 %';
  const value = m.together(
    amount(w.committed),
    coinProtocol(s.coin).ticker,
    share,
    whose,
    amount(w.mined),
    addDays(s.start, w.from),
    addDays(s.start, w.to - 1),
    names[w.hedge],
    isOption(plans[w.hedge]),
    names.filter((_, i) => counted[i] === 1 && onCoins(plans[i])),
    history,
    start,
  );
  return { label: m.togetherLabel(), value, note: judged.over ? m.over() : m.within() };
}

/** A back-test's days from its trace: coins mined, their revenue (both net of a site's share), the hashprice. */
export interface HistoryDays {
  coins: Float64Array;
  /** The day's coin price (an option is exercised on its expiry's). */
  priceUsd?: Float64Array;
  revenueUsd: Float64Array;
  /** The day's hashprice, gross of the pool fee, in the coin's hashprice unit. */
  hashpriceUsd: Float64Array;
}

/**
 * Coins the fleet mines each day at the start day's conditions held fixed (the daily view's: each
 * cohort's revenue at the day's price, from its first day hashing to its sale, none on a cohort the
 * shutdown rule switches off), their revenue (before a site's share) and the hashprice held;
 * undefined without a daily view.
 */
function heldDaily(
  summary: RunSummary,
): { coins: Float64Array; revenueUsd: Float64Array; hashpriceUsd: number } | undefined {
  const view = summary.dailyView;
  if (view === undefined || !(view.priceUsd > 0)) return undefined;
  const days = summary.scenario.days;
  const revenueUsd = new Float64Array(days);
  for (const c of view.cohorts) {
    if (c.switchedOff === true) continue;
    const perDay = c.revenueUsd * c.units;
    const end = Math.min(days, c.soldDay ?? days);
    for (let d = Math.max(0, c.hashingFromDay ?? 0); d < end; d++) revenueUsd[d] += perDay;
  }
  const coins = revenueUsd.map((r) => r / view.priceUsd);
  return { coins, revenueUsd, hashpriceUsd: view.hashpriceUsd };
}

/** The summary with its hedges' lines at the head of its assumptions, after the start's notes. */
export function withHedgedProduction(s: Scenario, summary: RunSummary, daily?: HistoryDays): RunSummary {
  const lines = hedgedProduction(s, summary, daily);
  if (lines.length === 0) return summary;
  const plain: Assumption[] = lines.map(({ share: _, ...line }) => line);
  const paths = onThePaths(summary);
  if (paths !== undefined) plain.push(paths);
  return {
    ...summary,
    scenario: { ...summary.scenario, assumptions: [...plain, ...summary.scenario.assumptions] },
  };
}

/**
 * The terminal's notes: a hedge larger than the production, and a run's hedges beside its paths'
 * coins (read back from the summary's lines).
 */
export function hedgedProductionNotes(summary: RunSummary): string[] {
  const over = m.over();
  const paths = m.pathsLabel();
  return summary.scenario.assumptions.flatMap((a) =>
    a.label === paths ? [m.pathsTerminal(a.value)] : a.note === over ? [m.terminal(a.label, a.value)] : [],
  );
}

/** The together line's share: the largest the hedges took together of one hedge's days (null: none judged). */
function judgedShare(j: CommitmentJudgment): number | null {
  return Number.isNaN(j.share) ? null : j.share;
}
