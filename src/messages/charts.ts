// Messages about charts. One function a message; see shown.ts.
import { shownText } from './shown.js';

export const chartMessages = {
  /**
   * The fan's and the market chart's sentence on their weekly bands' Monte Carlo error, as
   * timeline.csv's `low` and `high` state it: each drawn series' widest 95 % interval (`parts`,
   * from bandWidest or bandNoSpread), and where the run has too few paths for the 5 % and 95 %
   * edges' intervals (`edgesNone`: at `paths`), that first.
   */
  bandsError: (parts: readonly string[], edgesNone: { paths: string; pairs: boolean } | null) =>
    `${edgesNone === null ? '' : `At ${edgesNone.paths} the 5 % and 95 % edges have no 95 % interval (72 paths needed${edgesNone.pairs ? ', 144 in antithetic pairs' : ''}): read them as rough. `}` +
    `Monte Carlo error (timeline.csv’s low and high give each week’s): ${parts.join('; ')}.`,
  /** One series' widest weekly interval: the `band` % quantile's on `date`, `value` within `low` to `high` (in `unit`). */
  bandWidest: (
    name: string | null,
    w: { band: string; date: string; value: string; low: string; high: string },
    unit: string,
  ) =>
    `${name === null ? '' : `${name}, `}the widest 95 % interval of a week’s quantile is the ${w.band}’s on ${w.date} (${w.value} ${unit}): ${w.low} to ${w.high} ${unit}`,
  /** A series whose every weekly interval is a point: the paths at each week's ranks have one value. */
  bandNoSpread: (name: string | null) =>
    `${name === null ? '' : `${name}, `}no week’s quantile has an interval wider than 0 (the paths at its ranks have one value)`,
  /** Where no week has an interval at `paths`: too few paths even for the median's. */
  bandsNone: (paths: string, pairs: boolean) =>
    `At ${paths} no band has a 95 % interval (the median needs ${pairs ? '12 paths in antithetic pairs' : '6 paths'}, the 5 % and 95 % edges ${pairs ? '144' : '72'}): read the bands as rough.`,
  /** A tornado's bar without a median, where the study's points run to different days. */
  noMedianWithin: (days: string) => `(none within its ${days} days)`,
  /** A tornado's note on those bars: at the horizon of each point's own run, or the study's one. */
  noMedianNote: (oneHorizon: boolean) =>
    oneHorizon
      ? 'A bar at the horizon, “(none)”: more than half the paths do not pay back within the horizon, so there is no median; the bar ends at the horizon, the least it could be.'
      : 'A bar marked “(none within its … days)”: more than half the paths do not pay back within that run’s horizon, so there is no median; the bar ends at that horizon, the least it could be.',
  /**
   * What the payback charts call the paths not paid back by the last day simulated: within the
   * horizon, or, where a run or back-test stops at the end of the history (`cutAt`), by then (they
   * may pay back after it: "never" would claim more than the history shows).
   */
  notPaidBack: (cutAt: string | undefined) =>
    cutAt === undefined ? 'no payback within the horizon' : `no payback by ${cutAt}, the end of the history`,
  /**
   * The last bar's label, short enough to stay inside the chart over the last bar (the legend says
   * "within the horizon"): `not paid back: 12.3 %` with its error (plus or minus 0.3 %), or `not by 2025-11-14: 100 %`.
   */
  notPaidBackShare: (cutAt: string | undefined, share: string) =>
    cutAt === undefined ? `not paid back: ${share}` : `not by ${cutAt}: ${share}`,
  /** The payback CDF's ceiling line. */
  paidBackWithin: (cutAt: string | undefined, share: string) =>
    cutAt === undefined ? `paid back within the horizon: ${share}` : `paid back by ${cutAt}: ${share}`,
  /**
   * The payback CDF's mark at 1 or 2 years of one path (a back-test's, a run of one outcome's):
   * whether it had paid back, beside the rule that reads "1 year" or "2 years" (short: the marks sit
   * a year apart, 264 pixels on a 5-year axis).
   */
  onePathMark: (paid: boolean) => `${paid ? '' : 'not '}paid back`,
  /** The payback CDF's ceiling line of one path: whether it paid back by the last day simulated. */
  onePathCeiling: (cutAt: string | undefined, paid: boolean) =>
    `${paid ? '' : 'not '}paid back ${cutAt === undefined ? 'within the horizon' : `by ${cutAt}`}`,
  /** The payback CDF's subtitle's last clause. */
  /**
   * The paths whose net position never fell below zero (nothing at stake), which the payback CDF
   * counts at day 0: `share` of the paths, or the one outcome's.
   */
  nothingAtStake: (share: string | null) =>
    share === null
      ? ' The position never fell below zero: nothing was at stake, and it counts as paid back on day 0.'
      : ` ${share} never fell below zero: nothing was at stake, and they count as paid back on day 0.`,
  neverPayBack: (cutAt: string | undefined, share: string) =>
    cutAt === undefined
      ? `${share} do not pay back within the horizon.`
      : `${share} do not pay back by ${cutAt}, the end of the history (they may after it).`,
  /** A vega or vega-lite warning, named by what it belongs to: `north-korea-2017-s9: chart roi-fan`. */
  warning: (source: string | undefined, chart: string | undefined, detail: string) =>
    `minesim: ${[source === undefined ? undefined : shownText(source), chart === undefined ? undefined : `chart ${chart}`, detail].filter((part) => part !== undefined).join(': ')}`,
};
