// ROI fan chart: the cumulative net position (cash after capex) over time as quantile bands
// around the median, with the zero line (payback), the 1- and 2-year marks of the claim, dated
// events, and the back-test drawn over the fan when the history covers the run.

import type { TopLevelSpec } from 'vega-lite';
import { QUANTILE_KEYS, type RunSummary } from '../../stats/summary.js';
import { formatUsd } from '../format.js';
import { bandLayer, eventMarks, horizontalRule, lineLayer, yearMarks } from './marks.js';
import {
  BANDS,
  chartFrame,
  DATE_TOOLTIP,
  dateX,
  HEIGHT,
  hoverRule,
  legendScale,
  PALETTE,
  round,
  usdTooltip,
  WIDTH,
} from './theme.js';

const MEDIAN = 'median path';
const ACTUAL = 'actual history (back-test)';

export function roiFanSpec(summary: RunSummary): TopLevelSpec {
  const { timeline, actual } = summary;
  const actualByDate = new Map(actual?.dates.map((date, i) => [date, actual.netUsd[i]]));
  const rows = timeline.dates.map((date, i) => {
    const row: Record<string, string | number | null> = { date };
    for (const key of QUANTILE_KEYS) row[key] = round(timeline.netUsd[key][i]);
    if (actual) row.actual = round(actualByDate.get(date));
    return row;
  });
  const actualRows = actual?.dates.map((date, i) => ({ date, value: round(actual.netUsd[i]) })) ?? [];

  const entries = [
    ...BANDS.map((b) => ({ label: b.label, color: b.color })),
    { label: MEDIAN, color: PALETTE.median },
    ...(actual ? [{ label: ACTUAL, color: PALETTE.actual }] : []),
  ];
  const scale = legendScale(entries);
  const tooltip = [
    DATE_TOOLTIP,
    usdTooltip('p5', '5 % of paths below (USD)'),
    usdTooltip('p25', '25 % below (USD)'),
    usdTooltip('p50', 'Median (USD)'),
    usdTooltip('p75', '75 % below (USD)'),
    usdTooltip('p95', '95 % below (USD)'),
    ...(actual ? [usdTooltip('actual', 'Actual (USD)')] : []),
  ];

  return {
    ...chartFrame(
      'Cumulative net position over time',
      `Cash after the ${formatUsd(summary.scenario.capexUsd)} capex across ${summary.run.paths} simulated ` +
        'paths; payback is where a line crosses zero.',
    ),
    width: WIDTH,
    height: HEIGHT,
    datasets: { net: rows, actual: actualRows },
    encoding: {
      x: dateX(),
      y: { type: 'quantitative', title: 'Cumulative net position (USD)', axis: { format: '$,.0f' } },
    },
    layer: [
      ...BANDS.map((b) => bandLayer('net', b.low, b.high, b.label, scale)),
      horizontalRule(0),
      ...yearMarks(summary),
      ...eventMarks(summary),
      lineLayer('net', 'p50', MEDIAN, scale),
      ...(actual ? [lineLayer('actual', 'value', ACTUAL, scale, 2.5)] : []),
      hoverRule('net', tooltip),
    ],
  };
}
