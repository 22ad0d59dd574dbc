// Messages about charts. One function a message; see shown.ts.

export const chartMessages = {
  /**
   * The fan's sentence on its bands' Monte Carlo error: each week's 5 % edge is the paths' own 5 %,
   * whose 95 % interval runs between the paths' `low` and `high` shares (the headline's binomial
   * ranks, stats/quantile-interval.ts); null: too few paths for one (at `paths`).
   */
  fanBandsError: (span: { low: string; high: string } | null, paths: string, pairs: boolean) =>
    span === null
      ? `At ${paths} the bands’ 5 % and 95 % edges have no 95 % interval (72 paths needed${pairs ? ', 144 in antithetic pairs' : ''}): read them as rough.`
      : `A band’s 5 % edge is the week’s 5 % of these paths, within its Monte Carlo error: its 95 % interval runs from the paths’ ${span.low} to their ${span.high}${pairs ? ' (the pair counted as one path)' : ''}; the 95 % edge’s likewise.`,
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
   * "within the horizon"): `not paid back: 12.3 %`, or `not by 2025-11-14: 100 %`.
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
    `minesim: ${[source, chart === undefined ? undefined : `chart ${chart}`, detail].filter((part) => part !== undefined).join(': ')}`,
};
