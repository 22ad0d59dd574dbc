// The financing and tax table of a run's report (scenario `finance`): the project before financing
// next to the equity after debt service, leases and tax, the odds of a margin call and of a default,
// after-tax returns and the two costs per coin the industry quotes; nothing when the scenario has no
// `finance`. The terminal's lines of the same measures are finance-headline.ts's.

import { addDays } from '../data/dates.js';
import { backtestMessages } from '../messages/backtest.js';
import { paybackMessages } from '../messages/payback.js';
import { perCoinMessages } from '../messages/per-coin.js';
import { coinProtocol } from '../model/coins/index.js';
import type { RunSummary } from '../stats/summary.js';
import { callsOnHistory, defaultOnHistory } from './calls-on-history.js';
import { irrFormat, valueOrNone } from './coverage.js';
import { distributionTable, type MeasureRow } from './distribution-table.js';
import { equityNotReached, equityUndecidedAtCut, undecidedRows } from './equity-at-cut.js';
import { formatEstimate, formatInteger, formatPercent, formatSignificant, formatUsd } from './format.js';
import type { ReportTable } from './report-table.js';
import { lastPurchaseAfterCut, stagedFleetNote } from './staged-fleet.js';

const percent = (ratio: number | null) => formatSignificant(ratio === null ? null : ratio * 100, 3);
/** IRRs in the tables: the number, or the bound a censored one is at (coverage.ts). */
const irrPercent = irrFormat(percent);
const irrText = irrFormat(formatPercent);

/** What the equity view counts, said under its tables. */
export const EQUITY_NOTE =
  'Project: the fleet bought with cash, before tax. Equity: the owners’ flows after loan drawdowns, fees, ' +
  'interest and principal, margin calls (met from cash on hand, then by selling coins held, then from the ' +
  'owners’ top-up; the coins they sell are the equity’s, the project keeps its own), lease payments and ' +
  'income tax; after a default (a margin call all three could not meet) the lender has the machines and ' +
  'the equity’s flows from the operation stop (its hedges settle on to their terms; a hosting deposit comes back ' +
  'that day or is the site’s, as the contract says). NPV and IRR count the machines’ resale value at the horizon; payback does not. The equity ' +
  'pays back on the first day its position is back at zero or above after the owners had money at stake ' +
  '(it was below zero on an earlier day); a lease or a loan of the whole capex puts their money in only ' +
  'with its payments, and a lease’s residual buys its machines: the payback is looked for from that ' +
  'buyout, as from a purchase. A path whose position never falls below zero had nothing at stake: it counts as ' +
  'paid back on day 0.';

/**
 * The one outcome's equity payback, in words: yes, no, or nothing at stake; where the run stops at
 * the end of the history (`cutAt`), not paid back by then, as it may pay back after it.
 */
function equityPaidBack(summary: RunSummary, cutAt: string | undefined): string {
  const h = summary.headline;
  if (h.equityNothingAtStake?.p === 1)
    return 'nothing to pay back: the owners’ position never fell below zero';
  if (h.equityNoPayback!.p !== 1) return 'yes';
  const undecided = equityUndecidedAtCut(summary);
  if (undecided !== null) return undecided;
  return cutAt === undefined
    ? backtestMessages.noPaybackWithinHorizon()
    : backtestMessages.noPaybackByCut(cutAt);
}

/** True when the summary carries the books' measures (the scenario has `finance`). */
export function hasBooks(summary: RunSummary): boolean {
  return summary.headline.equityNpvUsd !== undefined;
}

/** The report's "Financing and tax" table: project and equity side by side, over the paths. */
export function financeTable(summary: RunSummary, identical: boolean): ReportTable[] {
  const h = summary.headline;
  if (!hasBooks(summary)) return [];
  const coin = coinProtocol(summary.scenario.coin).ticker;
  // A payback not reached by the horizon, or where the run stops at the end of the history by then,
  // may come after it: in the Payback time table's words (headline.ts), not "never".
  const cutAt = summary.scenario.cutAt;
  const notPaidBack =
    cutAt === undefined
      ? backtestMessages.noPaybackWithinHorizon()
      : backtestMessages.noPaybackByCutRow(cutAt);
  const days = (v: number | null) => (v === null ? notPaidBack : formatInteger(v));
  // Cut before a staged fleet's last purchase, the project's payback is not decidable by the rule
  // (staged-fleet.ts), as the Payback time table says; the equity's may be (a lease of that cohort,
  // a default first): a back-test's says whether (equityUndecidedAtCut), a run's paths keep "not by".
  const after = lastPurchaseAfterCut(summary);
  // Its 95 % interval's ends not reached say the same, not "past" the cut.
  const projectUndecided =
    after === null ? null : backtestMessages.undecidedByCutRow(after.cutAt, after.date);
  const projectReached =
    projectUndecided === null ? days : (v: number | null) => (v === null ? projectUndecided : days(v));
  // Day 0 is no payback but a net position never below zero, as the equity's below.
  const projectDays = (v: number | null) =>
    v === 0
      ? identical
        ? paybackMessages.projectNothingAtStakeOne
        : paybackMessages.nothingAtStakeMedian
      : projectReached(v);
  const equityUndecided = identical ? equityUndecidedAtCut(summary) : equityNotReached(summary);
  const equityReached =
    equityUndecided === null ? days : (v: number | null) => (v === null ? equityUndecided : days(v));
  // Day 0 is no payback but owners who never had money at stake (EQUITY_NOTE), in the terminal's
  // words (finance-headline.ts); its interval's ends stay days.
  const equityDays = (v: number | null) =>
    v === 0
      ? identical
        ? paybackMessages.equityNothingAtStakeOne
        : paybackMessages.nothingAtStakeMedian
      : equityReached(v);
  const rows: MeasureRow[] = [
    {
      label: 'Payback, project (days)',
      d: h.paybackDays,
      format: projectDays,
      intervalFormat: formatInteger,
      ...(projectUndecided === null ? {} : { notReached: projectUndecided }),
    },
    {
      label: 'Payback, equity (days)',
      d: h.equityPaybackDays!,
      format: equityDays,
      intervalFormat: formatInteger,
      ...(equityUndecided === null ? {} : { notReached: equityUndecided }),
    },
    { label: 'NPV, project before tax (USD)', d: h.npvUsd, format: formatInteger },
    // After tax only with a tax rule: without one it would be the project's, under a tax not stated.
    ...(h.afterTaxNpvUsd === undefined
      ? []
      : [{ label: 'NPV, project after tax (USD)', d: h.afterTaxNpvUsd, format: formatInteger }]),
    { label: 'NPV, equity (USD)', d: h.equityNpvUsd!, format: formatInteger },
    { label: 'IRR, project before tax (% a year)', d: h.irr, format: irrPercent, missing: 'irr' },
    ...(h.afterTaxIrr === undefined
      ? []
      : [
          {
            label: 'IRR, project after tax (% a year)',
            d: h.afterTaxIrr,
            format: irrPercent,
            missing: 'irr' as const,
          },
        ]),
    { label: 'IRR, equity (% a year)', d: h.equityIrr!, format: irrPercent, missing: 'irr' },
    // The tax behind the after-tax figures (a back-test's, with its years, in its own table below).
    ...(h.taxPaidUsd === undefined || h.lossCarriedUsd === undefined || summary.kind === 'backtest'
      ? []
      : [
          { label: 'Income tax paid (USD)', d: h.taxPaidUsd, format: formatInteger },
          {
            label: 'Tax losses carried forward, left unused at the end (USD)',
            d: h.lossCarriedUsd,
            format: formatInteger,
          },
        ]),
    {
      label: `Cash cost per coin (USD/${coin})`,
      d: h.cashCostPerCoinUsd!,
      format: formatInteger,
      missing: 'perCoin',
    },
    {
      label: perCoinMessages.allInTaxRow(coin),
      d: h.allInCostPerCoinUsd!,
      format: formatInteger,
      missing: 'allIn',
    },
    ...(h.hedgeNetUsd === undefined
      ? []
      : [{ label: 'Hedges: settlements and premiums, net (USD)', d: h.hedgeNetUsd, format: formatInteger }]),
  ];
  // A margin call or a default needs a loan with a covenant: without one the summary has neither.
  const call = h.marginCall;
  const lost = h.default;
  const odds: ReportTable = {
    title: call === undefined ? 'Financing: the equity’s payback' : 'Financing: margin calls and default',
    note: identical
      ? 'The run has one outcome (the back-test, or paths that all came out the same).'
      : `Probabilities over the paths, ± one Monte Carlo standard error.${call === undefined ? '' : ' A margin call repays principal when the loan exceeds its covenant’s share of the machines’ resale value.'}`,
    header: ['Question', 'Answer'],
    // The answers are figures (a share and its error, a date): right, as every column of figures.
    align: ['left', 'right'],
    rows: identical
      ? [
          ...(call === undefined
            ? []
            : [
                [
                  'Margin call',
                  call.p === 1 ? `yes${summary.kind === 'backtest' ? callsOnHistory(summary) : ''}` : 'no',
                ],
              ]),
          ...(lost === undefined
            ? []
            : [
                [
                  'Default: the lender takes the machines',
                  lost.p === 1 ? `yes${summary.kind === 'backtest' ? defaultOnHistory(summary) : ''}` : 'no',
                ],
              ]),
          ['Equity paid back', equityPaidBack(summary, cutAt)],
          ...taxRows(summary),
        ]
      : [
          ...(call === undefined
            ? []
            : [
                [
                  'P(margin call)',
                  formatEstimate(call, [], undefined, summary.run.paths, summary.run.antithetic),
                ],
              ]),
          ...(lost === undefined
            ? []
            : [
                [
                  'P(default: the lender takes the machines)',
                  formatEstimate(lost, [], undefined, summary.run.paths, summary.run.antithetic),
                ],
              ]),
          [
            summary.scenario.cutAt === undefined
              ? backtestMessages.equityNotPaidBackQuestion()
              : backtestMessages.equityNotPaidBackByCutQuestion(summary.scenario.cutAt),
            formatEstimate(h.equityNoPayback!, [], undefined, summary.run.paths, summary.run.antithetic),
          ],
          ...undecidedRows(summary),
          ...(h.equityNothingAtStake === undefined
            ? []
            : [
                [
                  'P(nothing at stake: the equity never below zero, payback day 0)',
                  formatEstimate(
                    h.equityNothingAtStake,
                    [],
                    undefined,
                    summary.run.paths,
                    summary.run.antithetic,
                  ),
                ],
              ]),
          ...actualRows(summary),
        ],
  };
  return [
    odds,
    distributionTable(
      'Project and equity',
      `${EQUITY_NOTE}${stagedFleetNote(summary)}${h.allInCostPerCoinUsd?.paths === 0 ? '' : ` ${perCoinMessages.allInTaxNote}`}`,
      rows,
      identical,
      summary.run.paths,
      { ...(cutAt === undefined ? {} : { cutAt }) },
    ),
  ];
}

/**
 * A back-test's tax on the history (with `finance.tax`): what the equity paid, the losses it
 * carried forward that no later year used (never refunded), and the tax of each tax year.
 */
function taxRows(summary: RunSummary): string[][] {
  const e = summary.actual?.equity;
  if (summary.kind !== 'backtest' || e?.taxPaidUsd === undefined) return [];
  return [
    ['Income tax paid (USD)', formatInteger(e.taxPaidUsd)],
    ['Tax losses carried forward, left unused at the end (USD)', formatInteger(e.lossCarriedUsd ?? 0)],
    // Year by year beside their sum, as the terminal's lines put them (finance-headline.ts).
    ...taxYearRows(summary),
  ];
}

/** The back-test's equity: what happened on the actual history. */
function actualRows(summary: RunSummary): string[][] {
  const e = summary.actual?.equity;
  if (e === undefined || summary.kind === 'backtest') return [];
  const loan =
    summary.headline.default === undefined
      ? ''
      : `${e.marginCall ? `margin call${callsOnHistory(summary)}` : 'no margin call'}; ${e.defaultDate === null ? 'no default' : `default on ${e.defaultDate}`}; `;
  return [
    [
      summary.actual?.cutAt === undefined
        ? 'Back-test (actual history)'
        : `Back-test (actual history, to its end on ${summary.actual.cutAt})`,
      `${loan}equity IRR ${valueOrNone(e.irr, irrText, 'irr')}, NPV ${formatUsd(e.npvUsd)}${e.hedgeNetUsd === undefined ? '' : `; hedges, net ${formatUsd(e.hedgeNetUsd)}`}`,
    ],
  ];
}

/** The equity's tax year by year on the history, as a row (none without a tax rule). */
export function taxYearRows(summary: RunSummary): [string, string][] {
  const years = summary.actual?.equity?.taxYears;
  if (years === undefined || years.length === 0) return [];
  return [
    [
      backtestMessages.taxYearsRow,
      backtestMessages.taxYears(
        years.map((y, i) => ({
          // The rest of a calendar tax year after a default runs from the day after it.
          from: y.default === 'after' && i > 0 ? addDays(years[i - 1].end, 1) : null,
          end: y.end,
          endedByDefault: y.default === 'ends',
          tax: formatUsd(y.taxUsd),
          carried: y.lossCarriedUsd > 0 ? formatUsd(y.lossCarriedUsd) : null,
        })),
      ),
    ],
  ];
}
