// What the explorer draws of a run: the net-position fan, the payback CDF and the headline
// numbers, picked from the RunSummary, and how each headline row reads. The page embeds the
// committed run's view (so it shows at once) and makes the same view of every run in the browser,
// so both are drawn by one code. The comparison with a pinned run is in compare.ts, the claims'
// lines in claim-lines.ts.
import { backtestMessages } from '../messages/backtest.js';
import { breakEvenMessages, breakEvenTurnsMessages } from '../messages/break-even.js';
import { explorerMessages as m } from '../messages/explorer.js';
import { paybackMessages } from '../messages/payback.js';
import {
  boundMark,
  breakEvenMissing,
  coverage,
  irrFormat,
  TOTAL_LOSS,
  withCoverage,
} from '../report/coverage.js';
import { outcomesOf as runOutcomes } from '../report/distribution-table.js';
import {
  formatDayAsDate,
  formatEstimate,
  formatProbability,
  formatQuantileInterval,
  formatQuantity,
  formatSignificant,
  formatUsd,
  NONE,
} from '../report/format.js';
import { breakEvenIsAllInRate } from '../report/headline-definitions.js';
import {
  equityUndecidedCell,
  lastPurchaseAfterCut,
  stagedFleetLastPurchase,
} from '../report/staged-fleet.js';
import type { Distribution, Estimate, QuantileKey, RunSummary } from '../stats/summary.js';

export interface ExplorerView {
  scenario: Pick<RunSummary['scenario'], 'name' | 'start' | 'days' | 'capexUsd' | 'cutAt'>;
  run: RunSummary['run'];
  headline: RunSummary['headline'];
  payback: Pick<RunSummary['payback'], 'cdf' | 'never'>;
  timeline: Pick<RunSummary['timeline'], 'dates' | 'netUsd'>;
  claims: RunSummary['claims'];
  /** The break-even tariff is an all-in hosting rate (report/headline-definitions.ts). */
  allInRate: boolean;
  /**
   * A fleet bought in stages: its last purchase, from which a payback counts, and whether it falls
   * after a run cut at the end of the history (report/staged-fleet.ts); absent for one purchase day.
   */
  lastPurchase?: { day: number; date: string; afterCut: boolean };
}

export function explorerView(s: RunSummary): ExplorerView {
  const { name, start, days, capexUsd, cutAt } = s.scenario;
  return {
    scenario: { name, start, days, capexUsd, ...(cutAt === undefined ? {} : { cutAt }) },
    run: s.run,
    headline: s.headline,
    payback: { cdf: s.payback.cdf, never: s.payback.never },
    timeline: { dates: s.timeline.dates, netUsd: s.timeline.netUsd },
    claims: s.claims,
    allInRate: breakEvenIsAllInRate(s),
    ...lastPurchaseOf(s),
  };
}

/** A staged fleet's last purchase, as the report and the terminal name it (report/staged-fleet.ts). */
function lastPurchaseOf(s: RunSummary): Pick<ExplorerView, 'lastPurchase'> {
  const day = stagedFleetLastPurchase(s);
  if (day === null) return {};
  return {
    lastPurchase: {
      day,
      date: formatDayAsDate(s.scenario.start, day),
      afterCut: lastPurchaseAfterCut(s) !== null,
    },
  };
}

/** A headline figure: its label, its value (null where it does not exist), and how it reads. */
export interface HeadlineRow {
  label: string;
  value: (v: ExplorerView) => number | null;
  format: (x: number | null) => string;
  /** A payback's interval end not reached where the cut cannot decide it, instead of "past" the cut. */
  notReached?: (v: ExplorerView) => string | null;
  /** "≤ " or "≥ " where the value only bounds the true one (a censored IRR's neighbours), else ''. */
  mark?: (v: ExplorerView) => string;
  /**
   * How a change between two runs reads, where not as a value (a rate's change is in percentage
   * points, and is never a bound or a total loss as a rate is).
   */
  change?: (x: number | null) => string;
  /** Words after the value that say what it is (an IRR of -100 % is a total loss), else ''. */
  after?: (v: ExplorerView) => string;
  /** Whether a run has the figure at all (the books' figures need `finance`); every run when absent. */
  has?: (v: ExplorerView) => boolean;
  /** Why the value is null in a run that has the figure (past the horizon, ...). */
  none?: (v: ExplorerView) => string;
  /** The paths the figure is over where it leaves some out, as the report says it (report/coverage.ts). */
  covered?: (v: ExplorerView) => string;
  /**
   * How the row reads for a run of one outcome (one path, or paths all the same), which has no
   * share of paths, median, mean or percentile: its label, value and format where they differ; null
   * where the row is left out (a 5th percentile is the one outcome's value again).
   */
  one?: Partial<Pick<HeadlineRow, 'label' | 'value' | 'format' | 'none'>> | null;
  /** The row's labels where the break-even tariff is an all-in hosting rate (ExplorerView.allInRate). */
  allIn?: { label: string; one: string };
  /**
   * The row's labels where a run stops at the end of the history before its horizon (scenario.cutAt):
   * `cutAt` where every run is cut there, null where the runs end differently.
   */
  atCut?: (cutAt: string | null) => { label: string; one?: string };
  /**
   * A median's distribution: its 95 % interval (summary.json's intervals.p50) follows the value in a
   * run of many paths, and a comparison says whether two runs' intervals overlap (compare.ts).
   */
  interval?: (v: ExplorerView) => Distribution | undefined;
  /** The quantile the row gives of `interval`'s distribution, whose interval it prints: the median (p50) when absent. */
  quantile?: QuantileKey;
  /**
   * A share of paths: its estimate, printed with its Monte Carlo error as the terminal and
   * report.html print it (shareText), and compared by its 95 % interval (compare.ts).
   */
  estimate?: (v: ExplorerView) => Estimate | null | undefined;
}

/**
 * A share of paths as the terminal and report.html print it (report/format.ts formatEstimate): with
 * its Monte Carlo standard error, 0.482 ± 0.016, or a share of 0 or 1 with its 95 % bound over the
 * run's paths (in pairs under antithetic), 0.000 (95 % ≤ 0.014). A first answer's fewer paths give
 * it a larger error, which it shows.
 */
export function shareText(e: Estimate, v: Pick<ExplorerView, 'run'>): string {
  return formatEstimate(e, [], undefined, v.run.paths, v.run.antithetic);
}

/** A row's share estimate in `v` where the row reads it as a share (not a run of one outcome's yes or no). */
export function rowEstimate(row: HeadlineRow, v: ExplorerView): Estimate | null {
  if (row.estimate === undefined || row.format === yesNo) return null;
  return row.estimate(v) ?? null;
}

/**
 * How a run's figures read: over its paths, or as its one outcome where it has one (one path was
 * run, or every path came out the same), by report.html's and the terminal's rule
 * (report/distribution-table.ts pathsAllTheSame()).
 */
export const outcomesOf = (v: Pick<ExplorerView, 'run' | 'headline'>) => runOutcomes(v);

/** A run with one outcome: its figures are that outcome's, not a distribution's. */
export const hasOneOutcome = (v: Pick<ExplorerView, 'run' | 'headline'>) => outcomesOf(v) !== 'paths';

/** The row as it reads for `v`: a run with one outcome reads it in the row's `one` form. */
export function rowFor(row: HeadlineRow, v: ExplorerView): HeadlineRow {
  return row.one && hasOneOutcome(v) ? { ...row, ...row.one, label: row.label } : row;
}

/**
 * A row's value in `v` as text: with its bound mark and the paths it is over, as the report gives
 * it; a missing value says why (past the horizon, no path has one), never a bare dash.
 */
export function rowText(shown: HeadlineRow, v: ExplorerView): string {
  const row = rowFor(shown, v);
  const value = row.value(v);
  if (!(row.has?.(v) ?? true)) return row.format(null);
  const covered = row.covered?.(v) ?? '';
  const interval = medianInterval(row, v);
  if (value !== null) {
    const estimate = rowEstimate(row, v);
    const shown = estimate === null ? row.format(value) : shareText(estimate, v);
    const text = withCoverage(`${row.mark?.(v) ?? ''}${shown}${row.after?.(v) ?? ''}`, covered);
    return interval === null ? text : `${text} (${interval})`;
  }
  if (covered.startsWith('none')) return covered;
  const why = [row.none?.(v), interval].filter((part) => part !== undefined && part !== null);
  return why.length > 0 ? `${NONE} (${why.join('; ')})` : row.format(null);
}

/**
 * A median's 95 % interval as the row reads it ("95 % interval: 419 days to 472 days", past the
 * horizon or "too few paths for one" in the terminal's words); null where the row has none or the
 * run has one outcome (no interval, as the terminal and report.html give none).
 */
export function medianInterval(row: HeadlineRow, v: ExplorerView): string | null {
  const d = row.interval?.(v);
  if (d === undefined || hasOneOutcome(v)) return null;
  return m.medianInterval(
    formatQuantileInterval(
      d,
      row.quantile ?? 'p50',
      (x) => row.format(x),
      v.scenario.cutAt,
      row.notReached?.(v) ?? undefined,
    ),
  );
}

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
/** A one path run's share: whether its path did it (1) or not (0). */
export const yesNo = (x: number | null) =>
  x === null ? NONE : x === 1 ? 'yes' : x === 0 ? 'no' : formatProbability(x);
const days = (x: number | null) =>
  x === null ? NONE : `${Math.round(x)} ${Math.round(x) === 1 ? 'day' : 'days'}`;
const plain = (x: number | null) => formatSignificant(x, 4);
/** A tariff to 4 significant digits, as the terminal's 'break-even tariff p50' (formatQuantity). */
const usdPerKwh = (x: number | null) => formatQuantity(x, 'USD/kWh');
const percent = (x: number | null) => (x === null ? NONE : `${formatSignificant(x * 100, 3)} %`);
/** A change of a rate, in percentage points. */
const points = (x: number | null) =>
  x === null ? NONE : `${formatSignificant(x * 100, 3)} ${m.PERCENTAGE_POINTS}`;
/** An IRR of -100 %: a total loss, said as the terminal's headline and the report's tables say it. */
const totalLoss = (irr: number | null) => (irr === -1 ? ` (${TOTAL_LOSS})` : '');

/** A payback not reached by the cut of a run cut before its fleet's last purchase: undecided (report/staged-fleet.ts). */
const undecided = (v: ExplorerView) =>
  v.lastPurchase?.afterCut === true && v.scenario.cutAt !== undefined
    ? paybackMessages.undecidedAtCut(v.scenario.cutAt, v.lastPurchase.date)
    : null;

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
    estimate: (v) => v.headline.noPayback,
    value: (v) => v.headline.noPayback.p,
    format: share,
    // A fleet whose last purchase falls after the cut: why the share is 1, as the terminal says it
    // (report/staged-fleet.ts noPaybackShare).
    after: (v) =>
      v.lastPurchase?.afterCut === true && v.scenario.cutAt !== undefined
        ? paybackMessages.noPaybackAfterCutShare('', v.lastPurchase.date)
        : '',
    one: { format: yesNo },
  },
  {
    label: 'Payback, median',
    value: (v) => v.headline.paybackDays.quantiles.p50,
    // Day 0 is no payback but a position never below zero, as the report says.
    format: (x) => (x === 0 ? paybackMessages.nothingAtStakeDays : days(x)),
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
  {
    label: 'IRR, median (per year)',
    one: { label: 'IRR (per year)' },
    value: (v) => v.headline.irr.quantiles.p50,
    format: irrFormat(percent),
    change: points,
    mark: (v) => boundMark(v.headline.irr, 'p50'),
    after: (v) => totalLoss(v.headline.irr.quantiles.p50),
    covered: (v) => coverage(v.headline.irr, v.run.paths, 'irr'),
    interval: (v) => v.headline.irr,
  },
  {
    label: 'Coins mined, median',
    value: (v) => v.headline.coinsMined.quantiles.p50,
    format: plain,
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
    // The equity's median payback beside the project's (the terminal's and the financing table's); a
    // run of one outcome says whether it paid back in the row above.
    label: 'Equity payback, median',
    value: (v) => v.headline.equityPaybackDays?.quantiles.p50 ?? null,
    format: days,
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
  {
    label: 'Equity NPV, median',
    one: { label: 'Equity NPV' },
    value: (v) => v.headline.equityNpvUsd?.quantiles.p50 ?? null,
    format: formatUsd,
    has: (v) => v.headline.equityNpvUsd !== undefined,
    interval: (v) => v.headline.equityNpvUsd,
  },
  {
    label: 'Equity IRR, median (per year)',
    one: { label: 'Equity IRR (per year)' },
    value: (v) => v.headline.equityIrr?.quantiles.p50 ?? null,
    format: irrFormat(percent),
    change: points,
    mark: (v) => boundMark(v.headline.equityIrr, 'p50'),
    after: (v) => totalLoss(v.headline.equityIrr?.quantiles.p50 ?? null),
    has: (v) => v.headline.equityIrr !== undefined,
    covered: (v) => coverage(v.headline.equityIrr, v.run.paths, 'irr'),
    interval: (v) => v.headline.equityIrr,
  },
  {
    label: 'NPV after tax, median',
    one: { label: 'NPV after tax' },
    value: (v) => v.headline.afterTaxNpvUsd?.quantiles.p50 ?? null,
    format: formatUsd,
    has: (v) => v.headline.afterTaxNpvUsd !== undefined,
    interval: (v) => v.headline.afterTaxNpvUsd,
  },
  {
    label: 'IRR after tax, median (per year)',
    one: { label: 'IRR after tax (per year)' },
    value: (v) => v.headline.afterTaxIrr?.quantiles.p50 ?? null,
    format: irrFormat(percent),
    change: points,
    mark: (v) => boundMark(v.headline.afterTaxIrr, 'p50'),
    after: (v) => totalLoss(v.headline.afterTaxIrr?.quantiles.p50 ?? null),
    has: (v) => v.headline.afterTaxIrr !== undefined,
    covered: (v) => coverage(v.headline.afterTaxIrr, v.run.paths, 'irr'),
    interval: (v) => v.headline.afterTaxIrr,
  },
  // The hedges (finance.hedges): their settlements and premiums, net, in the equity's flows.
  {
    label: 'Hedges net (settlements and premiums), median',
    one: { label: 'Hedges net (settlements and premiums)' },
    value: (v) => v.headline.hedgeNetUsd?.quantiles.p50 ?? null,
    format: formatUsd,
    has: (v) => v.headline.hedgeNetUsd !== undefined,
    interval: (v) => v.headline.hedgeNetUsd,
  },
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
  const ones = views.filter(hasOneOutcome).length;
  if (ones === 0) return rows;
  if (ones === views.length) return rows.flatMap((row) => (row.one === null ? [] : [{ ...row, ...row.one }]));
  return rows.filter((row) => row.one !== null);
}
