// Payback histogram: how the paths' payback times spread, bin by bin, with the paths that never
// pay back within the horizon as their own bar past the end of the time axis, in their own colour,
// so the mass that the time axis cannot show is not lost.

import type { TopLevelSpec } from 'vega-lite';
import { addDays } from '../../data/dates.js';
import { chartMessages } from '../../messages/charts.js';
import { paybackMessages } from '../../messages/payback.js';
import { DAYS_PER_RATE_YEAR as DAYS_PER_YEAR } from '../../scenario/units.js';
import type { RunSummary } from '../../stats/summary.js';
import { formatEstimatePercent, formatInteger, formatPaths, formatShare } from '../format.js';
import { lastPurchaseAfterCut } from '../staged-fleet.js';
import { onePathName } from './one-path.js';
import { chartFrame, HEIGHT, LEGEND, legendScale, PALETTE, PERCENT_AXIS, round, WIDTH } from './theme.js';
import { paybackTimeUnit } from './time-axes.js';

const PAID = 'paid back in this period';

export function paybackHistogramSpec(summary: RunSummary): TopLevelSpec {
  const { start, days } = summary.scenario;
  const { binDays, counts, never } = summary.payback;
  const paths = summary.run.paths;
  const cutAt = summary.scenario.cutAt;
  const NEVER = chartMessages.notPaidBack(cutAt);
  // Time since the start in years, or in days for a horizon under a year (theme.ts).
  const unit = paybackTimeUnit(days);
  const horizonYears = days / unit.perUnit;
  // A back-test or a run of one outcome: its one bar is the period it pays back in, or the last one.
  const one = onePathName(summary);
  const bins = counts.map((count, i) => {
    const from = i * binDays;
    const to = Math.min((i + 1) * binDays, days);
    return {
      from: round(from / unit.perUnit),
      to: round(to / unit.perUnit),
      days: `${from}–${to - 1}`,
      dates: `${addDays(start, from)} to ${addDays(start, to - 1)}`,
      count,
      share: round(count / paths),
      shareText: formatShare(count / paths),
      kind: PAID,
    };
  });
  // The never bar sits a gap past the horizon and is as wide as a quarter year, or a bin if wider;
  // in days (a horizon under a year), a bin, or an eighth of the horizon if wider.
  const gap = Math.max(horizonYears / 40, binDays / unit.perUnit);
  const width =
    unit.name === 'years'
      ? Math.max(0.25, binDays / DAYS_PER_YEAR)
      : Math.max(binDays, days / 8) / unit.perUnit;
  // The share not paid back with its Monte Carlo error, as the CDF and the tables give it (in the
  // axis's percent); bare where a last purchase after the cut leaves it undecided, as the CDF's.
  const neverText =
    lastPurchaseAfterCut(summary) === null
      ? formatEstimatePercent(summary.headline.noPayback, cutAt, paths, summary.run.antithetic === true)
      : formatShare(never / paths);
  const neverBar = {
    from: round(horizonYears + gap),
    to: round(horizonYears + gap + width),
    days:
      cutAt === undefined
        ? `not within ${formatInteger(days)} ${days === 1 ? 'day' : 'days'}`
        : `not by ${cutAt}`,
    dates: `after ${addDays(start, days - 1)}, if ever`,
    count: never,
    share: round(never / paths),
    shareText: neverText,
    kind: NEVER,
    mid: round(horizonYears + gap + width / 2),
    // One path: whether it did not pay back, as the tables say it, not a share of 100 % or 0 %.
    label: chartMessages.notPaidBackShare(cutAt, one === null ? neverText : never > 0 ? 'yes' : 'no'),
  };
  const scale = legendScale([
    { label: PAID, color: PALETTE.median },
    { label: NEVER, color: PALETTE.never },
  ]);
  const tooltip =
    one === null
      ? [
          { field: 'kind', title: 'Paths' },
          { field: 'days', title: 'Payback day' },
          { field: 'dates', title: 'Dates' },
          { field: 'count', type: 'quantitative' as const, title: 'Paths' },
          { field: 'shareText', title: 'Share of paths' },
        ]
      : [
          { field: 'kind', title: 'Period' },
          { field: 'days', title: 'Payback day' },
          { field: 'dates', title: 'Dates' },
        ];
  const notBy = cutAt === undefined ? 'within the horizon' : `by ${cutAt}, the end of the history`;
  // A horizon of one bin or less has one period, the horizon's days: "each 30-day period" of a
  // 10-day run named periods it does not have.
  const period = days <= binDays ? `the ${formatInteger(days)}-day horizon` : `each ${binDays}-day period`;
  const axisEnd = round(horizonYears + gap + width + gap / 2);
  // A last purchase after the cut: every path in the last bar by the rule (staged-fleet.ts).
  const afterCut = lastPurchaseAfterCut(summary);
  const undecided = afterCut === null ? '' : ` ${paybackMessages.cdfAfterCut(afterCut.date, afterCut.cutAt)}`;

  return {
    ...chartFrame(
      'Distribution of payback time',
      `${
        one === null
          ? `Share of ${formatPaths(paths)} paying back in ${period}; the last bar is the paths ` +
            `that do not pay back ${notBy}.`
          : days <= binDays
            ? `Whether the fleet pays back on ${one} in ${period}; the last bar, if it does not pay back ${notBy}.`
            : `The ${binDays}-day period in which the fleet pays back on ${one}; the last bar, if it does not pay back ${notBy}.`
      }${undecided}`,
    ),
    width: WIDTH,
    height: HEIGHT,
    datasets: { bins: [...bins, neverBar] },
    data: { name: 'bins' },
    encoding: {
      x: {
        field: 'from',
        type: 'quantitative',
        title: `Time since start to payback (${unit.name})`,
        scale: { domain: [0, axisEnd], nice: false },
        // Ticks past the horizon would label the never bar with a time it does not have.
        axis: {
          labelExpr: `datum.value <= ${round(horizonYears)} ? datum.label : ''`,
          tickCount: 12,
          ...(unit.name === 'days' ? { tickMinStep: 1, format: 'd' } : {}),
        },
      },
      y: {
        field: 'share',
        type: 'quantitative',
        title: one === null ? 'Share of paths (%)' : 'Paid back in the period (0 % or 100 %)',
        axis: PERCENT_AXIS,
      },
    },
    layer: [
      {
        mark: { type: 'bar', stroke: 'white', strokeWidth: 0.5 },
        encoding: {
          x2: { field: 'to' },
          y2: { datum: 0 },
          color: { field: 'kind', type: 'nominal', scale, legend: LEGEND },
          tooltip,
        },
      },
      {
        transform: [{ filter: `datum.kind === '${NEVER}'` }],
        mark: { type: 'text', dy: -6, baseline: 'bottom', color: PALETTE.never, fontWeight: 'bold' },
        encoding: { x: { field: 'mid', type: 'quantitative' }, text: { field: 'label' } },
      },
    ],
  };
}
