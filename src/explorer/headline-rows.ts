// The explorer's headline rows: each figure it shows and compares (its label, value, format, its
// Monte Carlo error and why it may have none), in order, and the rows a set of runs reads
// (headlineRows: the books' rows where a run has `finance`, the one-outcome forms, the cut's labels).
// How a row reads as text is view.ts's.
import { backtestMessages } from '../messages/backtest.js';
import { breakEvenMessages, breakEvenTurnsMessages } from '../messages/break-even.js';
import { explorerMessages as m } from '../messages/explorer.js';
import { paybackMessages } from '../messages/payback.js';
import {
  boundMark,
  breakEvenMissing,
  censoredCount,
  coverage,
  irrFormat,
  irrWords,
} from '../report/coverage.js';
import { formatProbability, formatQuantity, formatSignificant, formatUsd, NONE } from '../report/format.js';
import { equityUndecidedCell } from '../report/staged-fleet.js';
import type { Distribution } from '../stats/summary.js';
import { type ExplorerView, type HeadlineRow, hasOneOutcome, shareText, yesNo } from './view.js';

/** A payback share past the days the run sees: its horizon, or where it stops at the end of the history. */
const pastHorizon = (v: ExplorerView) =>
  v.scenario.cutAt === undefined ? m.pastHorizon() : m.pastCut(v.scenario.cutAt);
/**
 * A break-even distribution without values or a count of paths searched: the first answer, which
 * searches none; or a run whose net can cross zero more than once, which searches none at all.
 */
const breakEvenNone = (v: ExplorerView) =>
  // Under `shutdown-held` the full run searches the paths never above their last price.
  v.headline.breakEvenTurns === undefined || v.headline.breakEvenTurns === 'shutdown-held'
    ? m.notSearched()
    : breakEvenTurnsMessages[v.headline.breakEvenTurns].none;

const share = (x: number | null) => (x === null ? NONE : formatProbability(x));
const days = (x: number | null) =>
  x === null ? NONE : `${Math.round(x)} ${Math.round(x) === 1 ? 'day' : 'days'}`;
const plain = (x: number | null) => formatSignificant(x, 4);
/** A tariff to 4 significant digits, as the terminal's 'break-even tariff p50' (formatQuantity). */
const usdPerKwh = (x: number | null) => formatQuantity(x, 'USD/kWh');
const percent = (x: number | null) => (x === null ? NONE : `${formatSignificant(x * 100, 3)} %`);
/** A change of a rate, in percentage points. */
const points = (x: number | null) =>
  x === null ? NONE : `${formatSignificant(x * 100, 3)} ${m.PERCENTAGE_POINTS}`;

/** A run cut before its fleet's last purchase: no path can pay back by the cut, by the rule (report/staged-fleet.ts). */
const undecidedByRule = (v: ExplorerView) =>
  v.lastPurchase?.afterCut === true && v.scenario.cutAt !== undefined;

/** A payback not reached by the cut of a run cut before its fleet's last purchase: undecided (report/staged-fleet.ts). */
const undecided = (v: ExplorerView) =>
  undecidedByRule(v) ? paybackMessages.undecidedAtCut(v.scenario.cutAt!, v.lastPurchase!.date) : null;

/**
 * The paths an IRR is over and how many are carried at a bound of the rates searched, as the
 * terminal gives them ("over 287 of 300 paths; the others have no IRR; 103 at ≤ -99.99 %").
 */
const irrCovered = (d: Distribution | undefined, paths: number) =>
  [coverage(d, paths, 'irr'), censoredCount(d)].filter((part) => part !== '').join('; ');

/** A measure's median in the run's distribution `of`, as a figure of its own where the run has one. */
type Of = (v: ExplorerView) => Distribution | undefined;

/**
 * An IRR's median row (`name, median (per year)`; `name (per year)` for one outcome), marked where
 * it bounds the true value and said in words where it is a total loss; `books`: only in a run whose
 * books have it.
 */
function irrRow(name: string, of: Of, books = false): HeadlineRow {
  return {
    label: `${name}, median (per year)`,
    one: { label: `${name} (per year)` },
    value: (v) => of(v)?.quantiles.p50 ?? null,
    format: irrFormat(percent),
    change: points,
    mark: (v) => boundMark(of(v), 'p50'),
    after: (v) => irrWords(of(v)?.quantiles.p50 ?? null),
    ...(books ? { has: (v: ExplorerView) => of(v) !== undefined } : {}),
    covered: (v) => irrCovered(of(v), v.run.paths),
    interval: of,
  };
}

/** A books' amount in USD, its median (`name, median`; `name` for one outcome), where the run has it. */
function booksUsdRow(name: string, of: Of): HeadlineRow {
  return {
    label: `${name}, median`,
    one: { label: name },
    value: (v) => of(v)?.quantiles.p50 ?? null,
    format: formatUsd,
    has: (v) => of(v) !== undefined,
    interval: of,
  };
}

/** The headline numbers the explorer shows and compares, in order. */
export const HEADLINE_ROWS: readonly HeadlineRow[] = [
  {
    label: 'Payback within 1 year (share of paths)',
    estimate: (v) => v.headline.paybackWithin1y,
    value: (v) => v.headline.paybackWithin1y?.p ?? null,
    format: share,
    none: (v) => undecided(v) ?? pastHorizon(v),
    one: { label: 'Payback within 1 year', format: yesNo },
  },
  {
    label: 'Payback within 2 years',
    estimate: (v) => v.headline.paybackWithin2y,
    value: (v) => v.headline.paybackWithin2y?.p ?? null,
    format: share,
    none: (v) => undecided(v) ?? pastHorizon(v),
    one: { format: yesNo },
  },
  {
    // Paths whose net position never fell below zero: counted as paid back on day 0 (a free fleet).
    label: 'Nothing at stake (payback day 0)',
    estimate: (v) => v.headline.nothingAtStake,
    value: (v) => v.headline.nothingAtStake?.p ?? null,
    format: share,
    has: (v) => v.headline.nothingAtStake !== undefined,
    one: { format: yesNo },
  },
  {
    label: 'No payback within the horizon',
    atCut: (cutAt) => ({ label: m.noPaybackBy(cutAt) }),
    // 1 by the rule where the last purchase falls after the cut: bare, no interval of Monte Carlo
    // error on a share no path could change (report/staged-fleet.ts noPaybackShare).
    estimate: (v) => (undecidedByRule(v) ? null : v.headline.noPayback),
    value: (v) => v.headline.noPayback.p,
    format: share,
    // A fleet whose last purchase falls after the cut: why the share is 1, as the terminal says it
    // (report/staged-fleet.ts noPaybackShare).
    after: (v) =>
      undecidedByRule(v) ? paybackMessages.noPaybackAfterCutShare('', v.lastPurchase!.date) : '',
    one: { format: yesNo },
  },
  {
    label: 'Payback, median',
    value: (v) => v.headline.paybackDays.quantiles.p50,
    // Day 0 is no payback but a position never below zero, as the report says.
    format: (x) => (x === 0 ? paybackMessages.nothingAtStakeDays : days(x)),
    intervalEnd: days,
    change: days,
    none: (v) => undecided(v) ?? m.mostNeverPayBack(v.scenario.cutAt, v.headline.noPayback.p === 1),
    one: {
      label: 'Payback',
      none: (v) => undecided(v) ?? m.onePathNeverPaysBack(v.scenario.cutAt, v.run.paths),
    },
    interval: (v) => v.headline.paybackDays,
    notReached: (v) =>
      v.lastPurchase?.afterCut === true && v.scenario.cutAt !== undefined
        ? backtestMessages.undecidedByCutRow(v.scenario.cutAt, v.lastPurchase.date)
        : null,
  },
  {
    label: 'Net at horizon, median',
    atCut: (cutAt) => ({ label: m.netAtEnd(cutAt, ', median'), one: m.netAtEnd(cutAt, '') }),
    value: (v) => v.headline.netAtHorizonUsd.quantiles.p50,
    format: formatUsd,
    one: { label: 'Net at horizon' },
    interval: (v) => v.headline.netAtHorizonUsd,
  },
  {
    label: 'Net at horizon, 5th percentile',
    atCut: (cutAt) => ({ label: m.netAtEnd(cutAt, ', 5th percentile') }),
    value: (v) => v.headline.netAtHorizonUsd.quantiles.p5,
    format: formatUsd,
    one: null,
    // A tail's 95 % interval, wider than the median's: its third digit is not exact either.
    interval: (v) => v.headline.netAtHorizonUsd,
    quantile: 'p5',
  },
  {
    label: 'Net at horizon, 95th percentile',
    atCut: (cutAt) => ({ label: m.netAtEnd(cutAt, ', 95th percentile') }),
    value: (v) => v.headline.netAtHorizonUsd.quantiles.p95,
    format: formatUsd,
    one: null,
    interval: (v) => v.headline.netAtHorizonUsd,
    quantile: 'p95',
  },
  {
    // The median the terminal and report.html give, with its 95 % interval; a run of one outcome has
    // its NPV in the next row.
    label: 'NPV, median',
    value: (v) => v.headline.npvUsd.quantiles.p50,
    format: formatUsd,
    one: null,
    interval: (v) => v.headline.npvUsd,
  },
  {
    label: 'NPV, mean',
    value: (v) => v.headline.npvUsd.mean,
    format: formatUsd,
    // The one outcome's value, as the terminal gives it: a mean of equal values can be off in its last bits.
    one: { label: 'NPV', value: (v) => v.headline.npvUsd.quantiles.p50 },
  },
  irrRow('IRR', (v) => v.headline.irr),
  {
    label: 'Coins mined, median',
    value: (v) => v.headline.coinsMined.quantiles.p50,
    format: plain,
    inCoins: true,
    one: { label: 'Coins mined' },
    interval: (v) => v.headline.coinsMined,
  },
  {
    label: breakEvenMessages.explorerMany(false),
    one: { label: breakEvenMessages.explorerOne(false) },
    allIn: { label: breakEvenMessages.explorerMany(true), one: breakEvenMessages.explorerOne(true) },
    value: (v) => v.headline.breakEvenTariffUsdPerKwh.quantiles.p50,
    format: usdPerKwh,
    none: breakEvenNone,
    covered: (v) =>
      coverage(v.headline.breakEvenTariffUsdPerKwh, null, breakEvenMissing(v.headline, 'tariff')),
    // None where no path was searched (the first answer): its `none` says why, no "too few paths".
    interval: (v) => {
      const d = v.headline.breakEvenTariffUsdPerKwh;
      return d.quantiles.p50 === null && d.intervals === undefined ? undefined : d;
    },
  },
  // The books (scenario `finance`): the loan's covenant, the equity, after tax, the hedges, as the report's
  // "Financing and tax" tables give them (report/finance-table.ts).
  {
    label: 'Margin call (share of paths)',
    // The paths' own calls: the history's (their dates) are the rows on the actual history below.
    one: { label: 'Margin call', format: yesNo },
    estimate: (v) => v.headline.marginCall,
    value: (v) => v.headline.marginCall?.p ?? null,
    format: share,
    has: (v) => v.headline.marginCall !== undefined,
  },
  {
    label: 'Default: the lender takes the machines',
    one: { format: yesNo },
    estimate: (v) => v.headline.default,
    value: (v) => v.headline.default?.p ?? null,
    format: share,
    has: (v) => v.headline.default !== undefined,
  },
  // The loan on the actual history, as the report's "Back-test (actual history)" row and the
  // terminal's "actual equity (history)" give it: the one outcome of the history, yes or no with its
  // days (report/calls-on-history.ts), beside the paths' shares above.
  {
    label: m.onHistory('Margin call', undefined),
    onHistory: 'Margin call',
    value: (v) => (v.history?.loan === undefined ? null : v.history.loan.marginCall ? 1 : 0),
    format: yesNo,
    after: (v) => v.history?.loan?.calls ?? '',
    has: (v) => v.history?.loan !== undefined,
    one: {},
  },
  {
    label: m.onHistory('Default', undefined),
    onHistory: 'Default',
    value: (v) => (v.history?.loan === undefined ? null : v.history.loan.defaulted ? 1 : 0),
    format: yesNo,
    after: (v) => v.history?.loan?.defaultOn ?? '',
    has: (v) => v.history?.loan !== undefined,
    one: {},
  },
  {
    // The equity's NPV on the history, its IRR (and hedges) after it, as the report's row gives them.
    label: m.onHistory('Equity NPV', undefined),
    onHistory: 'Equity NPV',
    value: (v) => v.history?.equityNpvUsd ?? null,
    format: formatUsd,
    after: (v) => (v.history === undefined ? '' : ` (${v.history.equityIrr})`),
    has: (v) => v.history !== undefined,
    one: {},
  },
  {
    label: 'Equity: no payback within the horizon',
    atCut: (cutAt) => ({ label: m.equityNoPaybackBy(cutAt) }),
    one: { format: yesNo },
    estimate: (v) => v.headline.equityNoPayback,
    value: (v) => v.headline.equityNoPayback?.p ?? null,
    format: share,
    has: (v) => v.headline.equityNoPayback !== undefined,
  },
  {
    // The equity's paths never below zero (a lease or a loan of the whole capex, paid from the
    // start's profits): counted as paid back on day 0, as the report's financing table says.
    label: 'Equity: nothing at stake (payback day 0)',
    one: { format: yesNo },
    estimate: (v) => v.headline.equityNothingAtStake,
    value: (v) => v.headline.equityNothingAtStake?.p ?? null,
    format: share,
    has: (v) => v.headline.equityNothingAtStake !== undefined,
  },
  {
    // The equity's median payback beside the project's (the terminal's and the financing table's); a
    // run of one outcome says whether it paid back in the row above.
    label: 'Equity payback, median',
    value: (v) => v.headline.equityPaybackDays?.quantiles.p50 ?? null,
    // Day 0 is no payback but owners who never had money at stake, as the project's row says.
    format: (x) => (x === 0 ? paybackMessages.nothingAtStakeDays : days(x)),
    intervalEnd: days,
    has: (v) => v.headline.equityPaybackDays !== undefined,
    none: (v) => {
      // Cut before the equity's last purchase or buyout: not decidable on the paths with no default.
      const u = v.headline.equityUndecidedAtCut;
      const undecidedCell = equityUndecidedCell(v.headline, v.scenario.cutAt);
      if (u === undefined || undecidedCell === null)
        return m.equityMostNeverPayBack(v.scenario.cutAt, v.headline.equityNoPayback?.p === 1);
      return m.equityUndecided(undecidedCell, shareText(u, v));
    },
    one: null,
    interval: (v) => v.headline.equityPaybackDays,
    notReached: (v) => equityUndecidedCell(v.headline, v.scenario.cutAt),
  },
  booksUsdRow('Equity NPV', (v) => v.headline.equityNpvUsd),
  irrRow('Equity IRR', (v) => v.headline.equityIrr, true),
  booksUsdRow('NPV after tax', (v) => v.headline.afterTaxNpvUsd),
  irrRow('IRR after tax', (v) => v.headline.afterTaxIrr, true),
  // The hedges (finance.hedges): their settlements and premiums, net, in the equity's flows.
  booksUsdRow('Hedges net (settlements and premiums)', (v) => v.headline.hedgeNetUsd),
];

/**
 * The rows of these views: a books' figure where either run has it (a run without `finance` has
 * none); where every view has one outcome (one path, or paths all the same), each row as it reads
 * for it (no share of paths, median, mean or percentile: report.html's and the terminal's one
 * outcome). Beside a run of many paths, a run of one outcome has no percentile row; comparisonRows()
 * says in each label what its value is.
 */
export function headlineRows(...views: ExplorerView[]): HeadlineRow[] {
  const allIn = views.length > 0 && views.every((v) => v.allInRate);
  // Runs cut at the end of the history: their rows say by when (every run's cut date, or null where
  // they end differently), not "within the horizon".
  const cuts = new Set(views.map((v) => v.scenario.cutAt));
  const cut = cuts.size === 1 ? [...cuts][0] : cuts.size === 0 ? undefined : null;
  const rows = HEADLINE_ROWS.filter((row) => row.has === undefined || views.some((v) => row.has!(v)))
    .map((row) =>
      allIn && row.allIn
        ? { ...row, label: row.allIn.label, one: { ...row.one, label: row.allIn.one } }
        : row,
    )
    .map((row) => {
      if (row.atCut === undefined || cut === undefined) return row;
      const { label, one } = row.atCut(cut);
      return { ...row, label, ...(one === undefined || !row.one ? {} : { one: { ...row.one, label: one } }) };
    });
  // The history's rows say where the history ends before the horizon (null: the runs' histories end differently).
  const historyCuts = new Set(views.filter((v) => v.history !== undefined).map((v) => v.history?.cutAt));
  const historyCut = historyCuts.size === 1 ? [...historyCuts][0] : historyCuts.size === 0 ? undefined : null;
  for (const [i, row] of rows.entries())
    if (row.onHistory !== undefined) rows[i] = { ...row, label: m.onHistory(row.onHistory, historyCut) };
  const ones = views.filter(hasOneOutcome).length;
  if (ones === 0) return rows;
  if (ones === views.length) return rows.flatMap((row) => (row.one === null ? [] : [{ ...row, ...row.one }]));
  return rows.filter((row) => row.one !== null);
}
