import { explorerMessages as m } from '../messages/explorer.js';
import { coinProtocol } from '../model/coins/index.js';
import { callsOnHistory, defaultOnHistory } from '../report/calls-on-history.js';
import { irrFormat, valueOrNone, withCoverage } from '../report/coverage.js';
import { outcomesOf as runOutcomes } from '../report/distribution-table.js';
import {
  formatDayAsDate,
  formatEstimate,
  formatPercent,
  formatProbability,
  formatQuantileInterval,
  formatUsd,
  NONE,
} from '../report/format.js';
import { breakEvenIsAllInRate } from '../report/headline-definitions.js';
import { lastPurchaseAfterCut, stagedFleetLastPurchase } from '../report/staged-fleet.js';
import type { Distribution, Estimate, QuantileKey, RunSummary } from '../stats/summary.js';

export interface ExplorerView {
  scenario: Pick<RunSummary['scenario'], 'name' | 'start' | 'end' | 'days' | 'capexUsd' | 'cutAt'> & {
    /** The coin's unit (BTC, XMR), which a count of coins is given in. */
    coinUnit?: string;
  };
  run: RunSummary['run'];
  headline: RunSummary['headline'];
  payback: Pick<RunSummary['payback'], 'cdf' | 'never'>;
  timeline: Pick<RunSummary['timeline'], 'dates' | 'netUsd' | 'widestIntervals'>;
  claims: RunSummary['claims'];
  /** The break-even tariff is an all-in hosting rate (report/headline-definitions.ts). */
  allInRate: boolean;
  /**
   * A fleet bought in stages: its last purchase, from which a payback counts, and whether it falls
   * after a run cut at the end of the history (report/staged-fleet.ts); absent for one purchase day.
   */
  lastPurchase?: { day: number; date: string; afterCut: boolean };
  /**
   * The equity on the actual history (summary.json actual.equity: the back-test a full run writes
   * beside its paths), in the words of the report's "Back-test (actual history)" row: its NPV, its
   * IRR (and hedges) as text, and a loan's margin call and default with their days
   * (report/calls-on-history.ts); absent where the run has no books or no back-test (the first
   * answer runs none). The paths' own calls are the headline's: these are the history's alone.
   */
  history?: {
    equityNpvUsd: number | null;
    /** "IRR ≤ -99.99 %", with "; hedges, net …" where the run has hedges. */
    equityIrr: string;
    /** A loan with a covenant only (the headline has a default share). */
    loan?: {
      marginCall: boolean;
      /** " (first on 2022-01-09, not met)", or '' where no call was made. */
      calls: string;
      defaulted: boolean;
      /** " (on 2022-01-09)", or '' where there was no default. */
      defaultOn: string;
    };
    /** Where the history ends before the horizon, as the report's "to its end on". */
    cutAt?: string;
  };
}

export function explorerView(s: RunSummary): ExplorerView {
  const { name, start, end, days, capexUsd, cutAt } = s.scenario;
  const coinUnit = coinProtocol(s.scenario.coin).ticker;
  return {
    scenario: { name, start, end, days, capexUsd, coinUnit, ...(cutAt === undefined ? {} : { cutAt }) },
    run: s.run,
    headline: s.headline,
    payback: { cdf: s.payback.cdf, never: s.payback.never },
    timeline: {
      dates: s.timeline.dates,
      netUsd: s.timeline.netUsd,
      // The fan's Monte Carlo error (report/bands-error.ts): the net position's widest weekly interval.
      ...(s.timeline.widestIntervals?.netUsd === undefined
        ? {}
        : { widestIntervals: { netUsd: s.timeline.widestIntervals.netUsd } }),
    },
    claims: s.claims,
    allInRate: breakEvenIsAllInRate(s),
    ...lastPurchaseOf(s),
    ...historyOf(s),
  };
}

/** The equity on the actual history, in the words of the report's financing table (finance-table.ts, calls-on-history.ts). */
function historyOf(s: RunSummary): Pick<ExplorerView, 'history'> {
  const e = s.actual?.equity;
  if (e === undefined) return {};
  const cutAt = s.actual?.cutAt;
  const hedges = e.hedgeNetUsd === undefined ? '' : `; hedges, net ${formatUsd(e.hedgeNetUsd)}`;
  return {
    history: {
      equityNpvUsd: e.npvUsd,
      equityIrr: `IRR ${valueOrNone(e.irr, irrFormat(formatPercent), 'irr')}${hedges}`,
      ...(s.headline.default === undefined
        ? {}
        : {
            loan: {
              marginCall: e.marginCall,
              calls: callsOnHistory(s),
              defaulted: e.defaultDate != null,
              defaultOn: defaultOnHistory(s),
            },
          }),
      ...(cutAt === undefined ? {} : { cutAt }),
    },
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
  /**
   * A count of coins: the value, its interval's ends and a change between runs are given in the
   * run's coin unit (3,446 XMR, not 3,446), and two runs of different coins have no change.
   */
  inCoins?: true;
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
  one?: Partial<Pick<HeadlineRow, 'label' | 'value' | 'format' | 'none' | 'after'>> | null;
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
  /**
   * How an end of `interval` reads where it differs from the value's format: a payback interval's
   * day 0 is "0 days", as the terminal's "0 d to 0 d", not the median's words for it three times.
   */
  intervalEnd?: (value: number) => string;
  /**
   * A row of the actual history (the back-test beside the paths): one outcome in every run, so a
   * comparison beside a run of one path does not name it the path's; its label says which figure.
   */
  onHistory?: 'Margin call' | 'Default' | 'Equity NPV';
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

/** A one path run's share: whether its path did it (1) or not (0). */
export const yesNo = (x: number | null) =>
  x === null ? NONE : x === 1 ? 'yes' : x === 0 ? 'no' : formatProbability(x);

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
  const read = row.one && hasOneOutcome(v) ? { ...row, ...row.one, label: row.label } : row;
  return read.inCoins ? inCoinUnit(read, v.scenario.coinUnit) : read;
}

/** A count of coins' row with the coin's unit after each value (`unit` absent: a view without it). */
function inCoinUnit(row: HeadlineRow, unit: string | undefined): HeadlineRow {
  if (unit === undefined) return row;
  return { ...row, format: (x) => (x === null ? row.format(null) : `${row.format(x)} ${unit}`) };
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
      (x) => (row.intervalEnd ?? row.format)(x),
      v.scenario.cutAt,
      row.notReached?.(v) ?? undefined,
    ),
  );
}
