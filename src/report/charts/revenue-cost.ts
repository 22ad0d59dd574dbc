// Daily revenue against daily power cost: the median and middle half of each over time, each point
// a week's mean of the daily flows (as timeline.csv gives them), with the weeks in which half the
// paths or more shut capacity down for unprofitability (the paths' median share above 0) shaded,
// so the reader sees when and why the fleet stops earning.

import type { TopLevelSpec } from 'vega-lite';
import { addDays } from '../../data/dates.js';
import type { RunSummary } from '../../stats/summary.js';
import { formatShare } from '../format.js';
import { figureAxis, usdTooltip } from './figure-labels.js';
import { hoverRule } from './hover-rule.js';
import { bandLayer, eventMarks, lineLayer, overDates } from './marks.js';
import { oneOutcomeName } from './one-path.js';
import { chartFrame, HEIGHT, LEGEND, legendScale, PALETTE, round, WIDTH } from './theme.js';
import { DATE_TOOLTIP, dateTooltip, dateX, UTC_DAY } from './time-axes.js';

const REVENUE_BAND = 'revenue, 25–75 % of paths';
const REVENUE = 'revenue, median';
const COST_BAND = 'power cost, 25–75 % of paths';
const COST = 'power cost, median';
const SHUTDOWN = 'capacity shut down on half the paths or more';
/** What each point is: timeline.csv's unit for revenue and power, "mean of the days after the previous date up to this one". */
const WEEK_MEAN = 'each point the mean of the days of the week to its date';

/**
 * Runs of consecutive weeks whose median share shut down is above 0 (half the paths or more shut
 * some capacity down; one path's own where there is one), as date ranges: from
 * the first day of the first such week to the last day of the last. A week's checkpoint holds the
 * share averaged over the days since the one before it, that day included (engine/kernel/
 * checkpoint-write.ts), so it stands for the week that ends on it; the first checkpoint, day 0,
 * for that day alone.
 */
export function shutdownPeriods(summary: RunSummary): { from: string; to: string; share: number }[] {
  const { dates, shutdownShare } = summary.timeline;
  const periods: { from: string; to: string; share: number }[] = [];
  let first = -1;
  let peak = 0;
  for (let i = 0; i <= dates.length; i++) {
    const share = i < dates.length ? shutdownShare.p50[i] : 0;
    if (share > 0) {
      if (first < 0) first = i;
      peak = Math.max(peak, share);
    } else if (first >= 0) {
      const from = first === 0 ? dates[0] : addDays(dates[first - 1], 1);
      // The last week runs to the end of the run (its horizon, or the cut).
      const to = i < dates.length ? dates[i - 1] : (summary.scenario.cutAt ?? summary.scenario.end);
      periods.push({ from, to, share: peak });
      first = -1;
      peak = 0;
    }
  }
  return periods;
}

export function revenueCostSpec(summary: RunSummary): TopLevelSpec {
  const { timeline } = summary;
  const rows = timeline.dates.map((date, i) => ({
    date,
    revenue25: round(timeline.revenueUsdPerDay.p25[i]),
    revenue50: round(timeline.revenueUsdPerDay.p50[i]),
    revenue75: round(timeline.revenueUsdPerDay.p75[i]),
    cost25: round(timeline.powerCostUsdPerDay.p25[i]),
    cost50: round(timeline.powerCostUsdPerDay.p50[i]),
    cost75: round(timeline.powerCostUsdPerDay.p75[i]),
    shutdown: round(timeline.shutdownShare.p50[i]),
    shutdownText: formatShare(timeline.shutdownShare.p50[i]),
  }));
  const periods = shutdownPeriods(summary).map((p) => ({ ...p, shareText: formatShare(p.share) }));
  // A back-test is one observed path: its lines, no bands over paths or median; so is a Monte
  // Carlo run of one path, whose every quantile is that path's value.
  const backtest = summary.kind === 'backtest';
  const oneName = oneOutcomeName(summary);
  const onePath = oneName !== null;
  const label =
    backtest || onePath
      ? { revenue: 'revenue', cost: 'power cost', shutdown: 'capacity shut down' }
      : { revenue: REVENUE, cost: COST, shutdown: SHUTDOWN };
  const scale = legendScale([
    ...(backtest || onePath ? [] : [{ label: REVENUE_BAND, color: PALETTE.revenueBand }]),
    { label: label.revenue, color: PALETTE.revenue },
    ...(backtest || onePath ? [] : [{ label: COST_BAND, color: PALETTE.costBand }]),
    { label: label.cost, color: PALETTE.cost },
    ...(periods.length > 0 ? [{ label: label.shutdown, color: PALETTE.shutdownShade }] : []),
  ]);
  const tooltip =
    backtest || onePath
      ? [
          DATE_TOOLTIP,
          usdTooltip('revenue50', 'Revenue (USD/day, week’s mean)'),
          usdTooltip('cost50', 'Power cost (USD/day, week’s mean)'),
          { field: 'shutdownText', title: 'Capacity shut down' },
        ]
      : [
          DATE_TOOLTIP,
          usdTooltip('revenue50', 'Revenue, median (USD/day, week’s mean)'),
          usdTooltip('revenue25', 'Revenue, 25 % of paths below (USD/day)'),
          usdTooltip('revenue75', 'Revenue, 75 % below (USD/day)'),
          usdTooltip('cost50', 'Power cost, median (USD/day)'),
          { field: 'shutdownText', title: 'Capacity shut down, median of the paths' },
        ];
  const shutdownLayer = {
    data: { values: periods },
    // Opaque, in a grey as light as the shading was: a rect at 45 % opacity gave every symbol of
    // the shared legend that opacity, the median lines' swatches as pale as the bands'.
    mark: { type: 'rect' as const },
    encoding: {
      x: { field: 'from', ...UTC_DAY },
      x2: { field: 'to', timeUnit: UTC_DAY.timeUnit },
      color: { datum: label.shutdown, scale, legend: LEGEND },
      tooltip: [
        dateTooltip('from', 'Shut down from'),
        dateTooltip('to', 'until'),
        {
          field: 'shareText',
          title: backtest || onePath ? 'Peak share shut down' : 'Peak median share shut down',
        },
      ],
    },
  };

  const spec = {
    ...chartFrame(
      'Daily revenue against power cost',
      backtest
        ? `Revenue after pool fees and power cost, USD a day on the actual history, ${WEEK_MEAN}; shaded weeks ` +
            'are when the fleet shut capacity down.'
        : onePath
          ? `Revenue after pool fees and power cost, USD a day on ${oneName}, ${WEEK_MEAN}; shaded weeks are ` +
            'when the fleet shut capacity down.'
          : `Revenue after pool fees and power cost, USD a day, ${WEEK_MEAN}: median and middle half of the ` +
            'paths; shaded weeks are those in which half the paths or more shut capacity down.',
    ),
    width: WIDTH,
    height: HEIGHT,
    datasets: { daily: rows },
    encoding: {
      x: dateX(timeline.dates),
      y: {
        type: 'quantitative' as const,
        title: 'Revenue and power cost (USD/day, mean of each week)',
        axis: figureAxis(',.0f'),
      },
    },
    layer: [
      ...(periods.length > 0 ? [shutdownLayer] : []),
      ...(backtest || onePath
        ? []
        : [
            bandLayer('daily', 'revenue25', 'revenue75', REVENUE_BAND, scale),
            bandLayer('daily', 'cost25', 'cost75', COST_BAND, scale),
            // The revenue band's edges, thin and dashed over the cost band, which hides the band
            // itself wherever the two overlap.
            ...['revenue25', 'revenue75'].map((field) => ({
              data: { name: 'daily' },
              mark: { type: 'line' as const, color: PALETTE.revenue, strokeWidth: 0.75, strokeDash: [3, 2] },
              encoding: {
                x: { field: 'date', type: 'temporal' as const },
                y: { field, type: 'quantitative' as const },
              },
            })),
          ]),
      ...eventMarks(summary),
      lineLayer('daily', 'revenue50', label.revenue, scale),
      lineLayer('daily', 'cost50', label.cost, scale),
      hoverRule('daily', tooltip),
    ],
  };
  // A timeline of one date (a 1-day horizon) draws its lines as points and its bands as bars.
  return { ...spec, layer: overDates(spec.layer, timeline.dates) };
}
