// The batch index's Financing and tax table: for each scenario with `finance`, the loan's odds of a
// margin call and of a default, the equity's and the after-tax medians with their 95 % intervals,
// and the actual history's equity from its back-test, as each run's report gives them.

import { batchMessages } from '../messages/batch.js';
import {
  type IndexTable,
  noPaybackText,
  type OkEntry,
  reportHref,
  shareText,
  withMedianInterval,
} from './batch-cells.js';
import { boundMark, IRR_FLOOR_WHY, irrFormat, TOTAL_LOSS_WHY, valueOrNone } from './coverage.js';
import { hasBooks } from './finance-table.js';
import { formatPercent, formatUsd } from './format.js';

const usd = (v: number) => formatUsd(v);
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
export function batchFinanceTable(ok: readonly OkEntry[]): IndexTable {
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
          { text: e.run.scenario.name, href: reportHref(e.folder) },
          // No loan covenant: no margin call or default can happen, and the summary has neither.
          { text: h.marginCall === undefined ? '—' : shareText(e, h.marginCall) },
          { text: h.default === undefined ? '—' : shareText(e, h.default) },
          {
            // Paths whose owners never had money at stake (a lease) pay back on day 0 by the rule: said
            // beside the share not paid back, as the run's financing table says it, or it reads as paid back.
            text: `${noPaybackText(e, h.equityNoPayback!)}${(h.equityNothingAtStake?.p ?? 0) > 0 ? batchMessages.equityNothingAtStake(shareText(e, h.equityNothingAtStake!)) : ''}`,
          },
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
