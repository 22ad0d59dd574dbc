// ROI fan chart: the cumulative net position (cash, plus any coins held at that day's price, after
// capex) over time as quantile bands around the median, with the zero line (payback), the 1- and
// 2-year marks of the claim, dated events, and the back-test drawn over the fan when the history
// covers the run. When the widest paths dwarf the capex (a held coin that rises a hundredfold), a
// linear axis squeezes the zero crossing into a line; the axis then turns symmetric-logarithmic:
// linear within about the capex of zero, logarithmic beyond, and the subtitle says so.

import type { TopLevelSpec } from 'vega-lite';
import { addDays } from '../../data/dates.js';
import { paybackMessages } from '../../messages/payback.js';
import { QUANTILE_KEYS, type RunSummary } from '../../stats/summary.js';
import { bandsError } from '../bands-error.js';
import { formatInteger, formatPaths, formatUsd } from '../format.js';
import { lastPurchaseAfterCut, stagedFleetLastPurchase } from '../staged-fleet.js';
import { figureAxis, usdTooltip } from './figure-labels.js';
import { hoverRule } from './hover-rule.js';
import { bandLayer, eventMarks, horizontalRule, lineLayer, overDates, yearMarks } from './marks.js';
import { oneOutcomeName } from './one-path.js';
import { symlogTicks, valueRange } from './scale-ticks.js';
import { BANDS, chartFrame, HEIGHT, legendScale, PALETTE, round, WIDTH } from './theme.js';
import { DATE_TOOLTIP, dateX } from './time-axes.js';

/**
 * Above this many capexes between the lowest and the highest value drawn, the axis is
 * symmetric-log: on a linear axis the band around zero, where payback happens, would then take
 * less than a twentieth of the plot.
 */
const LINEAR_SPAN_CAPEXES = 20;

/** The y scale and axis of the fan: linear, or symmetric-log when the spread dwarfs the capex. */
export function fanScale(summary: RunSummary): {
  symlog: boolean;
  constant: number;
  scale: Record<string, unknown>;
  axis: Record<string, unknown>;
} {
  const { timeline, actual } = summary;
  const equity = timeline.equityNetUsd;
  const values = [
    ...timeline.netUsd.p5,
    ...timeline.netUsd.p95,
    ...(actual?.netUsd ?? []),
    ...(equity ? [...equity.p10, ...equity.p90] : []),
  ];
  const [lo, hi] = valueRange(values);
  // The linear part of the axis covers about the capex either side of zero: where a path that
  // has paid back, or nearly, lies.
  const constant = summary.scenario.capexUsd;
  if (!(constant > 0) || hi - lo <= LINEAR_SPAN_CAPEXES * constant)
    return { symlog: false, constant, scale: {}, axis: figureAxis(',.0f') };
  // A little room beyond the extremes; below zero at least the capex, so the start is not cut.
  const domain: [number, number] = [1.25 * Math.min(lo, -constant), 1.25 * Math.max(hi, constant)];
  return {
    symlog: true,
    constant,
    scale: { type: 'symlog', constant, domain: domain.map((v) => round(v)), nice: false },
    axis: { ...figureAxis(',.0f'), values: symlogTicks(domain, constant) },
  };
}

/** A fleet bought in stages pays back on or after its last purchase (staged-fleet.ts). */
function paysBackFrom(summary: RunSummary): string {
  const last = stagedFleetLastPurchase(summary);
  return last === null ? '' : ` on or after the last purchase (day ${formatInteger(last)})`;
}

/**
 * The events the fan marks: the run's, and a staged fleet's last purchase where the run reaches it,
 * the first day a crossing of zero can be a payback (one after the cut is said in the subtitle).
 */
function withLastPurchase(summary: RunSummary): RunSummary {
  const last = stagedFleetLastPurchase(summary);
  if (last === null || last <= 0) return summary;
  const date = addDays(summary.scenario.start, last);
  if (date > summary.scenario.end) return summary;
  const mark = { date, label: paybackMessages.lastPurchaseMark, kind: 'mark' as const };
  return { ...summary, events: [...summary.events, mark].sort((a, b) => a.date.localeCompare(b.date)) };
}

// Each week's median over the paths: no one path (a different path can be the median each week).
const MEDIAN = 'median (each week)';
const EQUITY_MEDIAN = 'equity, median of each week (after debt and tax)';
const EQUITY_SPREAD = 'equity, 10 % and 90 %';
const ACTUAL = 'actual history (back-test)';
/** A back-test's equity, or a run of one path's: its one path, no median or spread. */
const EQUITY_ACTUAL = 'equity (after debt and tax)';

/** A line layer drawn dashed (the equity's spread next to its median). */
function dashed<L extends { mark: Record<string, unknown> }>(layer: L): L {
  return { ...layer, mark: { ...layer.mark, strokeDash: [4, 3] } };
}

export function roiFanSpec(summary: RunSummary): TopLevelSpec {
  const { timeline, actual } = summary;
  const equity = timeline.equityNetUsd;
  const actualByDate = new Map(actual?.dates.map((date, i) => [date, actual.netUsd[i]]));
  const rows = timeline.dates.map((date, i) => {
    const row: Record<string, string | number | null> = { date };
    for (const key of QUANTILE_KEYS) row[key] = round(timeline.netUsd[key][i]);
    if (equity) {
      row.equity10 = round(equity.p10[i]);
      row.equity50 = round(equity.p50[i]);
      row.equity90 = round(equity.p90[i]);
    }
    if (actual) row.actual = round(actualByDate.get(date));
    return row;
  });
  const actualRows = actual?.dates.map((date, i) => ({ date, value: round(actual.netUsd[i]) })) ?? [];

  // A back-test is one observed path: its line, no bands over paths, median or spread.
  const backtest = summary.kind === 'backtest';
  // A Monte Carlo run of one path: every quantile is that path's value, drawn as its one line.
  // So are paths that all came out the same (theme.ts oneOutcomeName()).
  const oneName = oneOutcomeName(summary);
  const onePath = oneName !== null;
  const ONE_PATH = oneName ?? '';
  const entries = backtest
    ? [
        { label: ACTUAL, color: PALETTE.actual },
        ...(equity ? [{ label: EQUITY_ACTUAL, color: PALETTE.equity }] : []),
      ]
    : onePath
      ? [
          { label: ONE_PATH, color: PALETTE.median },
          ...(equity ? [{ label: EQUITY_ACTUAL, color: PALETTE.equity }] : []),
          ...(actual ? [{ label: ACTUAL, color: PALETTE.actual }] : []),
        ]
      : [
          ...BANDS.map((b) => ({ label: b.label, color: b.color })),
          { label: MEDIAN, color: PALETTE.median },
          ...(equity
            ? [
                { label: EQUITY_MEDIAN, color: PALETTE.equity },
                { label: EQUITY_SPREAD, color: PALETTE.equity },
              ]
            : []),
          ...(actual ? [{ label: ACTUAL, color: PALETTE.actual }] : []),
        ];
  const scale = legendScale(entries);
  const tooltip = backtest
    ? [
        DATE_TOOLTIP,
        usdTooltip(actual ? 'actual' : 'p50', 'Actual (USD)'),
        ...(equity ? [usdTooltip('equity50', 'Equity (USD)')] : []),
      ]
    : onePath
      ? [
          DATE_TOOLTIP,
          usdTooltip('p50', 'Net position (USD)'),
          ...(equity ? [usdTooltip('equity50', 'Equity (USD)')] : []),
          ...(actual ? [usdTooltip('actual', 'Actual (USD)')] : []),
        ]
      : [
          DATE_TOOLTIP,
          usdTooltip('p5', '5 % of paths below (USD)'),
          usdTooltip('p25', '25 % below (USD)'),
          usdTooltip('p50', 'Median (USD)'),
          usdTooltip('p75', '75 % below (USD)'),
          usdTooltip('p95', '95 % below (USD)'),
          ...(equity ? [usdTooltip('equity50', 'Equity, median (USD)')] : []),
          ...(actual ? [usdTooltip('actual', 'Actual (USD)')] : []),
        ];

  const y = fanScale(summary);
  const afterCut = lastPurchaseAfterCut(summary);
  const subtitle = [
    `Net position: cash, plus any coins held at that day’s price, after the ${formatUsd(summary.scenario.capexUsd)} ` +
      `capex (resale not counted), ${backtest ? 'on the actual history; it pays' : onePath ? `on ${ONE_PATH}; it pays` : `over ${formatPaths(summary.run.paths)}; a path pays`} back where it first crosses zero${paysBackFrom(summary)}.`,
    ...(afterCut === null ? [] : [paybackMessages.chartAfterCut(afterCut.date, afterCut.cutAt)]),
    ...(backtest || onePath
      ? []
      : [
          bandsError(summary, [
            { key: 'netUsd', name: equity ? 'net position' : null, unit: 'USD' },
            ...(equity ? [{ key: 'equityNetUsd' as const, name: 'equity', unit: 'USD' }] : []),
          ]),
        ]),
    ...(equity
      ? [
          `Reddish purple: the equity’s net position after loan flows, lease payments and tax (0 after a default)${backtest || onePath ? '' : ', median and 10 %/90 %'}.`,
        ]
      : []),
    ...(y.symlog
      ? [
          `The axis is linear within ±${formatInteger(y.constant)} USD of zero and logarithmic beyond, so the ` +
            'crossing stays readable beside the widest paths.',
        ]
      : []),
  ];
  const spec = {
    ...chartFrame('Cumulative net position over time', subtitle),
    width: WIDTH,
    height: HEIGHT,
    datasets: { net: rows, actual: actualRows },
    encoding: {
      x: dateX(timeline.dates),
      y: {
        type: 'quantitative' as const,
        title: y.symlog ? 'Net position (USD, symmetric log scale)' : 'Net position (USD)',
        scale: y.scale,
        axis: y.axis,
      },
    },
    layer: backtest
      ? [
          horizontalRule(0),
          ...yearMarks(summary),
          ...eventMarks(withLastPurchase(summary)),
          ...(equity ? [lineLayer('net', 'equity50', EQUITY_ACTUAL, scale)] : []),
          actual
            ? lineLayer('actual', 'value', ACTUAL, scale, 2.5)
            : lineLayer('net', 'p50', ACTUAL, scale, 2.5),
          hoverRule('net', tooltip),
        ]
      : onePath
        ? [
            horizontalRule(0),
            ...yearMarks(summary),
            ...eventMarks(withLastPurchase(summary)),
            lineLayer('net', 'p50', ONE_PATH, scale),
            ...(equity ? [lineLayer('net', 'equity50', EQUITY_ACTUAL, scale)] : []),
            ...(actual ? [lineLayer('actual', 'value', ACTUAL, scale, 2.5)] : []),
            hoverRule('net', tooltip),
          ]
        : [
            ...BANDS.map((b) => bandLayer('net', b.low, b.high, b.label, scale)),
            horizontalRule(0),
            ...yearMarks(summary),
            ...eventMarks(withLastPurchase(summary)),
            lineLayer('net', 'p50', MEDIAN, scale),
            ...(equity
              ? [
                  lineLayer('net', 'equity50', EQUITY_MEDIAN, scale),
                  dashed(lineLayer('net', 'equity10', EQUITY_SPREAD, scale, 1)),
                  dashed(lineLayer('net', 'equity90', EQUITY_SPREAD, scale, 1)),
                ]
              : []),
            ...(actual ? [lineLayer('actual', 'value', ACTUAL, scale, 2.5)] : []),
            hoverRule('net', tooltip),
          ],
  };
  // A timeline of one date (a 1-day horizon) draws its lines as points and its bands as bars.
  return { ...spec, layer: overDates(spec.layer, timeline.dates) };
}
