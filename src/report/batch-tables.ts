// The batch index's tables as rows of formatted cells: index.md and index.html both render these,
// so the two state the same numbers in the same words. Cells may link (to a scenario's report)
// or carry a claim verdict (drawn as a badge in HTML).

import { backtestMessages } from '../messages/backtest.js';
import { batchMessages } from '../messages/batch.js';
import { paybackMessages } from '../messages/payback.js';
import { counted } from '../messages/shown.js';
import { coinProtocol } from '../model/coins/index.js';
import { formatProblem } from '../scenario/problem.js';
import { formatQuantity as formatUnitQuantity } from '../scenario/quantity-format.js';
import { DAYS_PER_RATE_YEAR } from '../scenario/units.js';
import type { ClaimResult, Distribution, Estimate, RunSummary } from '../stats/summary.js';
import type { BatchEntry } from '../study/batch.js';
import { claimShare, claimShareOnly, ruleDate } from './claim-figures.js';
import {
  boundMark,
  claimCoverage,
  heldOnHistory,
  IRR_FLOOR_WHY,
  irrFormat,
  TOTAL_LOSS_WHY,
  undecidedAtCut,
  valueOrNone,
} from './coverage.js';
import { identicalPaths } from './distribution-table.js';
import { hasBooks } from './finance-table.js';
import {
  formatDayAsDate,
  formatEstimate,
  formatInteger,
  formatPercent,
  formatProbability,
  formatQuantileInterval,
  formatUsd,
  NONE,
} from './format.js';
import { networkAtFleetShort } from './run-table.js';
import { noPaybackShare, paybackUndecidedAtCut, undecidedIntervalEnd, withinShare } from './staged-fleet.js';

export interface IndexCell {
  text: string;
  /** Relative link, e.g. `north-korea-2017-s9/report.html`. */
  href?: string;
  verdict?: ClaimResult['verdict'];
}

export interface IndexTable {
  title: string;
  note: string;
  header: string[];
  align: ('left' | 'right')[];
  rows: IndexCell[][];
}

export type OkEntry = Extract<BatchEntry, { status: 'ok' }>;

export function okEntries(entries: readonly BatchEntry[]): OkEntry[] {
  return entries.filter((e): e is OkEntry => e.status === 'ok');
}

const NOT_PAID_BACK = 'not within the horizon';
const report = (folder: string) => `${folder}/report.html`;

/**
 * A payback day and its date; null: none within the horizon, or by `cutAt` where the run stops at
 * the end of the history (`undecided` where the fleet's last purchase falls after it: staged-fleet.ts);
 * day 0: nothing at stake, as the run's report says (headline-definitions.ts paidBackOn()).
 */
export function paybackText(
  start: string,
  day: number | null,
  cutAt?: string,
  undecided: string | null = null,
): string {
  if (day === null)
    return cutAt === undefined ? NOT_PAID_BACK : (undecided ?? `not by ${cutAt} (end of the history)`);
  if (day === 0) return paybackMessages.nothingAtStakeCell(formatDayAsDate(start, 0));
  return `${formatInteger(day)} d (${formatDayAsDate(start, day)})`;
}

export function actualCell(e: OkEntry): IndexCell {
  if (e.backtest === null || e.backtestFolder === null) return { text: 'no history at the start' };
  const { start, cutAt } = e.backtest.scenario;
  const day = e.backtest.headline.paybackDays.quantiles.p50;
  const text = paybackText(start, day, cutAt, paybackUndecidedAtCut(e.backtest));
  return { text, href: report(e.backtestFolder) };
}

/**
 * A share of a run's paths, ± its Monte Carlo error; of a run of one outcome (one path, or paths all
 * the same) the share itself, exact: its paths are copies of one, not independent draws, so no
 * interval over them (`1.000 (every path the same)`, not `1.000 (95 % ≥ 0.839)` for 20 copies), as
 * its report and `minesim run` give the one outcome without odds.
 */
export function shareText(e: OkEntry, estimate: Estimate | null, cutAt?: string): string {
  if (estimate !== null && identicalPaths(e.run))
    return batchMessages.oneOutcomeShare(formatProbability(estimate.p), e.run.run.paths);
  return formatEstimate(estimate, [], cutAt, e.run.run.paths, e.run.run.antithetic);
}

/** A share of paths paid back within a time (shareText()); one the run cannot judge as its report says it (staged-fleet.ts withinShare()). */
export function withinText(e: OkEntry, estimate: Estimate | null): string {
  if (estimate === null) return withinShare(e.run, null, e.run.run.paths, e.run.run.antithetic);
  return shareText(e, estimate, e.run.scenario.cutAt);
}

/** A claim's share of the paths, with its interval; of a run of one outcome, exact (shareText()). */
function claimShareText(e: OkEntry, c: ClaimResult): string {
  if (identicalPaths(e.run) && c.paths !== 0 && !undecidedAtCut(c))
    return batchMessages.oneOutcomeShare(claimShareOnly(c), e.run.run.paths);
  return claimShare(c, ruleDate(e.run));
}

/**
 * The cohorts a run cut at the end of the history leaves out, paid for on or after the cut: not in
 * its fleet and capex, as its report's 'Bought after the cut' row says; empty when none.
 */
/** After a fleet: where its random network was held at it on some paths (run-table.ts), else nothing. */
function atFleetText(summary: RunSummary): string {
  const short = networkAtFleetShort(summary);
  return short === null ? '' : `; ${short}`;
}

function afterCutText(summary: RunSummary): string {
  const { start, days, cutAt } = summary.scenario;
  if (cutAt === undefined) return '';
  const after = (summary.dailyView?.cohorts ?? []).filter((c) => (c.paidDay ?? 0) >= days);
  if (after.length === 0) return '';
  return batchMessages.afterCut(
    paybackMessages.afterCut(
      after.map((c) => ({
        name: c.name,
        date: formatDayAsDate(start, c.paidDay ?? 0),
        capex: formatUsd(c.units * c.unitCapexUsd),
      })),
    ),
  );
}

function horizonText(days: number): string {
  const years = Number((days / DAYS_PER_RATE_YEAR).toFixed(1));
  return years > 0 ? `${years} y` : `${formatInteger(days)} d`;
}

/**
 * A share of no payback: within the horizon, or by `cutAt` where the run stops at the end of the
 * history ('0.770 ± 0.030 by 2025-11-14'), as the run's report asks it.
 */
export function noPaybackText(e: OkEntry, estimate: Estimate | null): string {
  const cutAt = e.run.scenario.cutAt;
  const text = shareText(e, estimate);
  return cutAt === undefined
    ? text
    : noPaybackShare(e.run, estimate, text, (share) => batchMessages.byCut(share, cutAt));
}

/**
 * A median's 95 % interval (summary.json's intervals.p50) in the terminal's words ('419 d to 472 d',
 * past the horizon or the cut, too few paths for one); a run of one outcome has none, as its report
 * gives none.
 */
export function medianIntervalText(
  e: OkEntry,
  d: Distribution | undefined,
  format: (v: number) => string,
  /** A payback's end not reached where the cut cannot decide it (staged-fleet.ts undecidedIntervalEnd). */
  notReached?: string,
): string {
  if (d === undefined || identicalPaths(e.run)) return NONE;
  return formatQuantileInterval(d, 'p50', format, e.run.scenario.cutAt, notReached);
}

/** A median with its 95 % interval after it ('4,178,391 USD (3,975,412 USD to 4,385,507 USD)'); a run of one outcome: the median alone. */
function withMedianInterval(
  e: OkEntry,
  median: string,
  d: Distribution | undefined,
  format: (v: number) => string,
): string {
  return identicalPaths(e.run) || d === undefined || d.paths === 0
    ? median
    : paybackMessages.withInterval(median, medianIntervalText(e, d, format));
}

const days = (v: number) => `${formatInteger(v)} d`;
const usd = (v: number) => formatUsd(v);

function scenarioRow(e: OkEntry): IndexCell[] {
  const { scenario: s, headline: h } = e.run;
  return [
    { text: s.name, href: report(e.folder) },
    { text: coinProtocol(s.coin).name },
    { text: s.start },
    // To a tenth of a year, a whole number without its ".0" (1,096 days: 3 y, not 3.0 y); under a
    // twentieth of a year, which would read 0 y, in days.
    // A run cut at the end of the history ran only to the cut: its days, and where it stopped.
    {
      text:
        s.cutAt === undefined
          ? horizonText(s.days)
          : `${horizonText(s.days)} (${backtestMessages.horizonCut(s.cutAt)})`,
    },
    {
      text: `${counted(s.units, 'unit')}, ${formatUnitQuantity(s.fleetHashrateHs, 'hashrate')}, ${formatUnitQuantity(s.fleetPowerW, 'power')}${afterCutText(e.run)}${atFleetText(e.run)}`,
    },
    { text: formatUsd(s.capexUsd) },
    { text: formatInteger(e.run.run.paths) },
    { text: withinText(e, h.paybackWithin1y) },
    { text: withinText(e, h.paybackWithin2y) },
    { text: noPaybackText(e, h.noPayback) },
    { text: paybackText(s.start, h.paybackDays.quantiles.p50, s.cutAt, paybackUndecidedAtCut(e.run)) },
    // The median's Monte Carlo error, in the terminal's words ('419 d to 472 d', past the horizon,
    // too few paths for one); a run of one outcome has none, as its report gives none.
    { text: medianIntervalText(e, h.paybackDays, days, undecidedIntervalEnd(e.run)) },
    { text: formatUsd(h.npvUsd.quantiles.p50) },
    { text: medianIntervalText(e, h.npvUsd, usd) },
    actualCell(e),
  ];
}

function scenariosTable(ok: readonly OkEntry[]): IndexTable {
  return {
    title: 'Scenarios',
    note:
      'Probabilities over each run’s paths, ± one Monte Carlo standard error; payback in days from the start. ' +
      `${paybackMessages.batchIntervalNote} ` +
      'Each name links to its report, each actual payback to its back-test.',
    header: [
      'Scenario',
      'Coin',
      'Start',
      'Horizon',
      'Fleet',
      'Capex',
      'Paths',
      'P(payback ≤ 1 y)',
      'P(payback ≤ 2 y)',
      'P(no payback)',
      'Median payback',
      paybackMessages.batchIntervalColumn,
      'Median NPV',
      paybackMessages.batchNpvIntervalColumn,
      'Actual payback (back-test)',
    ],
    align: [
      'left',
      'left',
      'left',
      'right',
      'left',
      'right',
      'right',
      'right',
      'right',
      'right',
      'right',
      'right',
      'right',
      'right',
      'left',
    ],
    rows: ok.map(scenarioRow),
  };
}

/** The back-test's verdict on the claim at the same place in the list, as the back-test report words it. */
function heldCell(backtest: RunSummary | null, i: number): IndexCell {
  const verdict = backtest?.claims[i]?.verdict;
  if (verdict === undefined) return { text: '—' };
  return { text: heldOnHistory({ verdict }) };
}

function claimsTable(ok: readonly OkEntry[]): IndexTable {
  return {
    title: 'Claims',
    note: 'Share of paths in which each claim holds, the verdict against its threshold, and whether it held on the actual history.',
    header: ['Scenario', 'Claim', 'Share of paths', 'Threshold', 'Verdict', 'On the actual history'],
    align: ['left', 'left', 'right', 'left', 'left', 'left'],
    rows: ok.flatMap((e) =>
      e.run.claims.map((c, i) => [
        { text: e.run.scenario.name, href: report(e.folder) },
        // Over how many paths the share is when some were left out, as the run's report says.
        { text: `${c.text}${claimCoverage(c, e.run.run.paths)}` },
        { text: claimShareText(e, c) },
        { text: c.threshold },
        { text: c.verdict, verdict: c.verdict },
        heldCell(e.backtest, i),
      ]),
    ),
  };
}

const irrText = irrFormat(formatPercent);

/** The actual history's equity (the run's back-test section): its default date, or none. */
function actualDefault(e: OkEntry): string {
  const equity = e.run.actual?.equity;
  if (equity === undefined) return 'no history at the start';
  const cutAt = e.run.actual?.cutAt;
  const open = e.run.actual?.booksAtCut?.length ?? 0;
  // A back-test cut at the history's end says so, with how many of its contracts run past the cut.
  const cut =
    cutAt === undefined ? '' : `; to ${cutAt} (the history's end)${open === 0 ? '' : `, ${open} open then`}`;
  if (equity.defaultDate !== null) return `default on ${equity.defaultDate}${cut}`;
  const first = equity.firstMarginCallDate == null ? '' : ` (first on ${equity.firstMarginCallDate})`;
  return `${equity.marginCall ? `margin call${first}, no default` : 'no margin call'}${cut}`;
}

/** The books of every scenario with `finance`: the loan's odds, the equity and after tax, as each report gives them. */
function financeTable(ok: readonly OkEntry[]): IndexTable {
  return {
    title: 'Financing and tax',
    note:
      'Scenarios with financing or tax: the odds of a margin call and of a default over the paths, the equity’s ' +
      'median NPV and IRR (after debt service, leases, hedges and tax) and the project’s after tax; the actual history’s ' +
      'equity from each run’s back-test; each median with its 95 % interval (its Monte Carlo error, as in each ' +
      'report’s financing table; none for a run of one outcome). ' +
      `${IRR_FLOOR_WHY} ${TOTAL_LOSS_WHY}`,
    header: [
      'Scenario',
      'P(margin call)',
      'P(default)',
      'P(no equity payback)',
      'Median equity NPV (95 % interval)',
      'Median equity IRR (95 % interval)',
      'Median NPV after tax (95 % interval)',
      'Actual (back-test)',
      'Actual equity NPV',
    ],
    align: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'left', 'right'],
    rows: ok
      .filter((e) => hasBooks(e.run))
      .map((e) => {
        const h = e.run.headline;
        const equity = e.run.actual?.equity;
        return [
          { text: e.run.scenario.name, href: report(e.folder) },
          // No loan covenant: no margin call or default can happen, and the summary has neither.
          { text: h.marginCall === undefined ? '—' : shareText(e, h.marginCall) },
          { text: h.default === undefined ? '—' : shareText(e, h.default) },
          { text: noPaybackText(e, h.equityNoPayback!) },
          { text: withMedianInterval(e, formatUsd(h.equityNpvUsd!.quantiles.p50), h.equityNpvUsd, usd) },
          {
            text: withMedianInterval(
              e,
              valueOrNone(
                h.equityIrr!.quantiles.p50,
                (v) => `${/^[≤≥]/.test(irrText(v)) ? '' : boundMark(h.equityIrr, 'p50')}${irrText(v)}`,
                'irr',
              ),
              h.equityIrr,
              irrText,
            ),
          },
          {
            // No tax rule: no after-tax measure (it would be the project's, under a tax not stated).
            text:
              h.afterTaxNpvUsd === undefined
                ? 'no tax stated'
                : withMedianInterval(e, formatUsd(h.afterTaxNpvUsd.quantiles.p50), h.afterTaxNpvUsd, usd),
          },
          { text: actualDefault(e) },
          { text: equity === undefined ? '—' : formatUsd(equity.npvUsd) },
        ];
      }),
  };
}

/** The tables, in index order; a table with no rows is left out. */
export function indexTables(entries: readonly BatchEntry[]): IndexTable[] {
  const ok = okEntries(entries);
  return [scenariosTable(ok), financeTable(ok), claimsTable(ok)].filter((t) => t.rows.length > 0);
}

/** Each file that did not run, with its problems (bad input) or its error (a failed run). */
export function failureLines(entries: readonly BatchEntry[]): { file: string; lines: string[] }[] {
  return entries.flatMap((e) =>
    e.status === 'invalid'
      ? [{ file: e.file, lines: e.problems.map(formatProblem) }]
      : e.status === 'failed' || e.status === 'unwritten'
        ? [{ file: e.file, lines: [e.message] }]
        : [],
  );
}
