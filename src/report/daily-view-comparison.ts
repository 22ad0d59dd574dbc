// The calculator's payback beside the run's: the daily view's payback held fixed, the Monte Carlo
// median and the share of paths paid back by then, how far apart they are, and what the day held
// fixed leaves out (a halving or an emission ahead, a stranding, cohorts switched off). The report's
// first table carries it in its note (daily-view-table.ts) and the terminal prints it under the
// headline.
import { daysBetween } from '../data/dates.js';
import { backtestMessages } from '../messages/backtest.js';
import { dailyViewMessages as m } from '../messages/daily-view.js';
import { shownCoins } from '../messages/shown.js';
import { heldFixedPaybackDay } from '../model/held-fixed-payback.js';
import { purchaseAfterCut } from '../stats/staged-cut.js';
import type { DailyView, Distribution } from '../stats/summary.js';
import type { Outcomes } from './distribution-table.js';
import {
  formatDayAsDate,
  formatEstimate,
  formatInteger,
  formatQuantileInterval,
  formatSignificant,
  sharePercent,
} from './format.js';

/** A payback held fixed as printed: the day the run would count and its date; null for never. */
function heldFixedDay(
  start: string,
  paybackDays: number | null,
): { day: string; date: string; nothingAtStake: boolean; withinFirstDay: boolean } | null {
  const day = heldFixedPaybackDay(paybackDays);
  return day === null || paybackDays === null
    ? null
    : {
        day: formatInteger(day),
        date: formatDayAsDate(start, day),
        nothingAtStake: paybackDays <= 0,
        withinFirstDay: paybackDays > 0 && day === 0,
      };
}

function daysApart(held: number, other: number) {
  return { days: formatInteger(Math.abs(other - held)), later: other >= held };
}

/**
 * The fleet's payback held fixed next to the run's, and how far apart they are; `ticker` names the
 * coin of an emission's rewards; `cutAt` where the run stops at the end of the history; `outcomes` a
 * Monte Carlo run's (distribution-table.ts outcomesOf()): a run of one path, or of paths all the
 * same, has one payback (no median, no share of paths: the days' order says whether it had paid
 * back by the day held fixed).
 */
export function dailyViewComparison(
  view: DailyView,
  start: string,
  backtest = false,
  ticker = '',
  cutAt?: string,
  outcomes: Outcomes = 'paths',
  /**
   * The run's median payback (summary.json headline.paybackDays), whose 95 % interval follows the
   * median path's day, and its paths, over which the share paid back by then has its standard error.
   */
  run?: { payback: Distribution; paths: number; antithetic: boolean },
): string {
  const one = !backtest && outcomes !== 'paths';
  // Each payback held fixed on the day the run would count (model/held-fixed-payback.ts).
  const calc = heldFixedPaybackDay(view.fleet.paybackDays);
  const mc = view.monteCarlo.paybackDaysP50;
  const paidBack = view.monteCarlo.paidBackByThen;
  const s = view.stranded;
  const stranded =
    s === undefined
      ? ''
      : // The stranding stops the revenue from the start of its day, the payback comes at the end of its day.
        m.stranded(s.cohort, formatInteger(s.day), s.date, calc !== null && s.day <= calc);
  const off = view.cohorts.filter((c) => c.switchedOff).map((c) => c.name);
  const switchedOff = off.length === 0 ? '' : m.switchedOff(off);
  const h = view.halving;
  const halving =
    h === undefined
      ? ''
      : m.halving(
          formatInteger(h.height),
          h.date,
          formatInteger(Math.floor(h.day)),
          heldFixedDay(start, h.paybackDays),
          // The fees a block held through it, as model/reward-cuts.ts revenueFactor holds them.
          view.fees === undefined
            ? null
            : {
                subsidyAfter: `${shownCoins(h.rewardAfter)} ${ticker}`,
                fees: `${shownCoins(view.fees.feesPerBlock)} ${ticker}`,
              },
        );
  const laterReward = view.cohorts
    .map((c) => {
      const r = c.rewardAtHashing;
      return r === undefined
        ? ''
        : m.cohortLaterReward(
            c.name,
            r.halvingHeight === undefined ? null : formatInteger(r.halvingHeight),
            formatInteger(c.hashingFromDay ?? 0),
            shownCoins(r.rewardPerBlock),
            ticker,
            formatSignificant(r.profitUsd, 4),
          );
    })
    .join('');
  const e = view.emission;
  const emission =
    e === undefined
      ? ''
      : m.emission(
          shownCoins(e.rewardNow),
          shownCoins(e.rewardAtPayback),
          ticker,
          heldFixedDay(start, e.paybackDays),
          // Summaries of earlier builds lack the flag: a reward that rose can only have.
          e.longerBlocks ?? e.rewardAtPayback > e.rewardNow,
        );
  // Cut before the fleet's last purchase: its payback is not decidable (staged-cut.ts), as every
  // payback cell says.
  const after = purchaseAfterCut(start, cutAt, view.cohorts);
  const undecided =
    after === null || cutAt === undefined ? undefined : backtestMessages.undecidedByCutRow(cutAt, after.date);
  return `${m.comparison(
    heldFixedDay(start, view.fleet.paybackDays),
    backtest ? 'backtest' : outcomes,
    mc === null ? null : formatInteger(mc),
    // The gap between the two days as printed (whole days), so the three figures agree.
    calc === null || mc === null ? null : daysApart(calc, Math.round(mc)),
    backtest || one || paidBack === null ? null : sharePercent(paidBack),
    // Past the horizon (or the cut) no path can be seen paying back by then (stats/summarize.ts);
    // nor can a back-test cut at the end of the history (it has no share to tell it by).
    !backtest && paidBack === null && calc !== null
      ? cutAt === undefined
        ? m.horizon()
        : m.historyEnd(cutAt)
      : backtest && mc === null && calc !== null && cutAt !== undefined && calc > daysBetween(start, cutAt)
        ? m.historyEnd(cutAt)
        : null,
    backtest || one || run === undefined
      ? undefined
      : formatQuantileInterval(run.payback, 'p50', formatInteger, cutAt, undecided),
    // The share's Monte Carlo error (a share of 0 or 1 with its 95 % bound), as the Payback table's.
    backtest || one || run === undefined || paidBack === null || view.monteCarlo.paidBackByThenSe == null
      ? undefined
      : formatEstimate(
          { p: paidBack, se: view.monteCarlo.paidBackByThenSe },
          [],
          undefined,
          run.paths,
          run.antithetic,
        ),
    undecided,
  )}${view.beforeFinancing === true ? m.beforeFinancing() : ''}${switchedOff}${stranded}${halving}${laterReward}${emission}`;
}
