// The back-test's headline table: the one observed path's measures, in the words of a run's
// (headline-definitions.ts); headline.ts puts it first in a back-test's report.

import { backtestMessages } from '../messages/backtest.js';
import { breakEvenMessages, powerCostMessages } from '../messages/break-even.js';
import { coinProtocol } from '../model/coins/index.js';
import { IRR_FLOOR } from '../model/finance/irr-bounds.js';
import type { RunSummary } from '../stats/summary.js';
import {
  breakEvenMissing,
  IRR_FLOOR_WHY,
  irrFormat,
  showsTotalLoss,
  TOTAL_LOSS_WHY,
  valueOrNone,
} from './coverage.js';
import {
  formatCoinPrice,
  formatInteger,
  formatPercent,
  formatSignificant,
  formatUsd,
  roiPercent,
} from './format.js';
import {
  breakEvenIsAllInRate,
  paidBackOn,
  paybackDefinition,
  powerCostLabel,
  SALVAGE_NOTE,
} from './headline-definitions.js';
import type { ReportTable } from './report-table.js';
import { paybackUndecidedAtCut } from './staged-fleet.js';

const percent = (ratio: number | null) => formatSignificant(ratio === null ? null : ratio * 100, 3);

/** A back-test is one observed path: its values, not quantiles over paths. */
export function backtestTable(summary: RunSummary): ReportTable {
  const h = summary.headline;
  const coin = coinProtocol(summary.scenario.coin).ticker;
  const at = (d: { quantiles: { p50: number | null } }) => d.quantiles.p50;
  const payback = at(h.paybackDays);
  return {
    title: 'Back-test on the actual history',
    note: `The fleet replayed on the daily price, difficulty, blocks and fees from ${summary.scenario.start}; failures at their expected rate. ${paybackDefinition(summary)} ${SALVAGE_NOTE}${showsTotalLoss(h.irr) ? ` ${TOTAL_LOSS_WHY}` : ''}${at(h.irr) === IRR_FLOOR ? ` ${IRR_FLOOR_WHY}` : ''}`,
    header: ['Measure', 'Value'],
    rows: [
      [
        'Paid back on',
        // Day 0 reads as nothing at stake, as in a run's report (paidBackOn()).
        paidBackOn(summary.scenario.start, payback, summary.scenario.cutAt, paybackUndecidedAtCut(summary)),
      ],
      [`Net position at ${summary.scenario.end}, no salvage (USD)`, formatInteger(at(h.netAtHorizonUsd))],
      ['NPV, with salvage (USD)', formatInteger(at(h.npvUsd))],
      ['IRR, with salvage (% a year)', valueOrNone(at(h.irr), irrFormat(percent), 'irr')],
      ['ROI, no salvage (%)', valueOrNone(at(h.roiAtHorizon), roiPercent, 'roi')],
      ['ROI with salvage (%)', valueOrNone(at(h.roiWithSalvage), roiPercent, 'roi')],
      [`Coins mined (${coin})`, formatSignificant(at(h.coinsMined))],
      [
        `All-in cost per coin, net of salvage (USD/${coin})`,
        valueOrNone(at(h.costPerCoinUsd), formatInteger, 'perCoin'),
      ],
      [powerCostLabel(summary), formatInteger(at(h.powerCostNetUsd))],
      ...(summary.actual?.curtailmentCreditsUsd === undefined
        ? []
        : [[powerCostMessages.creditsRow, formatInteger(summary.actual.curtailmentCreditsUsd)]]),
      ...waterfallRows(summary),
      [
        breakEvenMessages.backtestRow(breakEvenIsAllInRate(summary)),
        valueOrNone(
          at(h.breakEvenTariffUsdPerKwh),
          // 4 significant digits, as the terminal prints it (formatQuantity); a flat rate, beside
          // the mean of a tariff that changes over the first year (the daily view's).
          (v) => {
            const flat = formatSignificant(v, 4);
            const mean = summary.dailyView?.tariffMean;
            return mean === undefined || breakEvenIsAllInRate(summary)
              ? flat
              : breakEvenMessages.againstSchedule(flat, formatSignificant(mean.usdPerKwh, 4), mean.days);
          },
          breakEvenMissing(h, 'tariff'),
        ),
      ],
      [
        `Break-even coin price (USD/${coin})`,
        valueOrNone(at(h.breakEvenPriceUsd), formatCoinPrice, breakEvenMissing(h, 'price')),
      ],
    ],
  };
}

/** A revenue share's waterfall on the history: when the split changed, as a row (none without one). */
export function waterfallRows(summary: RunSummary): [string, string][] {
  const w = summary.actual?.waterfall;
  if (w === undefined) return [];
  const end = summary.scenario.cutAt ?? summary.scenario.end;
  return [
    [
      'Revenue share',
      backtestMessages.waterfallOnHistory(
        formatPercent(w.siteShare),
        formatUsd(w.recoverUsd),
        formatPercent(w.siteShareAfter),
        w.recoveredDate,
        w.flipDate,
        end,
      ),
    ],
  ];
}
