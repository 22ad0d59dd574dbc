// Messages about what a payback day is, beside the payback tables (report/headline.ts). One
// function a message; see shown.ts.

export const paybackMessages = {
  /** A payback's date past the last day written with a four-digit year (a payback held fixed far off). */
  afterLastDate: (last: string) => `after ${last}`,
  /** The terminal's row of the share of paths whose net position never fell below zero. */
  nothingAtStakeShort: 'P(nothing at stake: never below zero, payback day 0)',
  /** The report's row of the same share. */
  nothingAtStakeQuestion: 'P(nothing at stake: the net position never below zero, payback day 0)',
  /** One outcome (a back-test, paths all the same) whose net position never fell below zero. */
  nothingAtStakeOne: (date: string) =>
    `nothing at stake: the net position never fell below zero, counted as paid back on day 0 (${date})`,
  /**
   * A table's cell of a payback (a median, a back-test's) on day 0: no payback, a net position never
   * below zero (PAYBACK_DEFINITION), in fewer words than nothingAtStakeOne.
   */
  nothingAtStakeCell: (date: string) => `nothing at stake: never below zero (day 0, ${date})`,
  /** The equity's payback of one outcome whose owners never had money at stake (a lease, a loan of the whole capex). */
  equityNothingAtStakeOne: 'nothing at stake (the equity never below zero)',
  /** The project's payback of one outcome whose net position never fell below zero (a free or fully leased fleet). */
  projectNothingAtStakeOne: 'nothing at stake (the net position never below zero)',
  /** A median payback of day 0 in a study's cell or a tornado's label, where a number of days stands: no payback, a position never below zero. */
  nothingAtStakeMedian: 'nothing at stake (0 d)',
  /**
   * A payback held fixed within day 0 (the first day's profit covers the capex, which was at
   * stake): the day the run counts it on, 0, not a free machine's "nothing at stake (0 d)".
   */
  withinFirstDayCell: '0 d (within the first day)',
  /** The same in a sentence (`date` the day 0's). */
  withinFirstDay: (date: string) => `pays back within its first day (day 0, ${date})`,
  /** A payback of day 0 where a figure of days stands (explore.html's payback row): no payback, a position never below zero. */
  nothingAtStakeDays: 'nothing at stake (day 0: never below zero)',
  /** A fleet bought in stages: its last purchase (`day`, `date`) is the first day it can pay back on. */
  stagedFleet: (day: number, date: string) =>
    `The fleet is bought in stages: it pays back on or after its last purchase (day ${day}, ${date}), each later cohort’s capex putting money at stake again (the equity’s payback from the last cohort it does not lease, or a lease’s buyout if later; from its default if earlier, after which it buys nothing).`,
  /**
   * A fleet bought in stages whose last purchase (`day`, `date`) falls after the cut (`cutAt`) of a
   * run stopped at the end of the history: no payback can be decided, whatever the net position of
   * the cohorts bought by the cut.
   */
  stagedFleetAfterCut: (day: number, date: string, cutAt: string) =>
    `The fleet is bought in stages and its last purchase (day ${day}, ${date}) falls after the cut at ${cutAt}, the end of the history: it pays back on or after that purchase, so this run cannot decide whether or when it pays back (nor the equity’s, looked for from the same purchase unless a lease leaves that cohort out or a default comes first). The net position, ROI and NPV at the cut are those of the cohorts bought by then: above zero, they are no payback of the fleet, nor is a position never below zero by the cut “nothing at stake” (that purchase may yet put money at stake).`,
  /** The terminal's row of the same. */
  stagedFleetAfterCutShort: (day: string, date: string, cutAt: string) =>
    `its last purchase, day ${day} (${date}), falls after the cut (${cutAt}): payback not decidable; the net at the cut is the cohorts bought by then`,
  /** A payback cell of a run cut before the fleet's last purchase (`date`). */
  undecidedAtCut: (cutAt: string, date: string) =>
    `not decidable by ${cutAt} (the end of the history): the last purchase, on ${date}, falls after it`,
  /** The same in a share's cell: P(no payback by the cut) is 1 by the rule, not by what the paths did. */
  noPaybackAfterCutShare: (share: string, date: string) =>
    `${share}: none can pay back before the last purchase, on ${date}, after the cut`,
  /** The subtitle of a chart of the net position of a fleet bought in stages whose last purchase falls after the cut. */
  chartAfterCut: (date: string, cutAt: string) =>
    `The last purchase, on ${date}, falls after the cut at ${cutAt}: the line is the cohorts bought by then, and a crossing of zero is no payback (a payback counts from the last purchase).`,
  /** The payback CDF's subtitle of the same: its share is 0 up to the cut by the rule. */
  cdfAfterCut: (date: string, cutAt: string) =>
    `The last purchase, on ${date}, falls after the cut at ${cutAt}: no path can pay back by the cut, and whether or when the fleet pays back cannot be decided.`,
  /** The label of the rule marking a staged fleet's last purchase on the net position's chart. */
  lastPurchaseMark: 'last purchase: payback from here',
  /** The terminal's row of a fleet bought in stages: its last purchase, the first day it can pay back on. */
  stagedFleetLabel: 'bought in stages',
  stagedFleetShort: (day: string, date: string) =>
    `pays back on or after its last purchase, day ${day} (${date}); days count from the start`,
  /** Beside claims on a payback of a fleet bought in stages: what their days count from, and the first day they can be. */
  stagedFleetClaims: (start: string, day: number, date: string) =>
    ` A claim’s payback is its day counted from the start (${start}), not from a purchase: the fleet, bought in stages, pays back on or after its last purchase (day ${day}, ${date}).`,
  /** A quantile's 95 % interval (stats/quantile-interval.ts), its ends as printed. */
  interval: (low: string, high: string) => `${low} to ${high}`,
  /** A quantile's 95 % interval whose both ends are paybacks not reached: the quantile is past `end`. */
  intervalPast: (end: string) => `past ${end}`,
  /** The end of a payback quantile's interval that is a path never paid back. */
  pastEnd: (end: string) => `past ${end}`,
  /** The horizon, or the end of the history where a run stops there (`cutAt`). */
  runEnd: (cutAt?: string) => (cutAt === undefined ? 'the horizon' : `${cutAt}, the end of the history`),
  /**
   * Under a table of quantile columns: how far the 95 % intervals of its tail columns (5 %, 10 %,
   * 90 %, 95 %: summary.json's intervals) reach from their values, at the cell where they reach
   * furthest relative to its value (`cell`: its row and column; `value` and `interval` as printed;
   * `share`: the larger of value - low and high - value over |value|, as printed, or null where
   * that is unbounded: a value of 0, an end past the horizon).
   */
  tailsReach: (share: string | null, cell: string, value: string, interval: string) =>
    share === null
      ? `The tail columns (5 %, 10 %, 90 %, 95 %) carry a wider Monte Carlo error than the 50 %: their 95 % intervals reach furthest from their values at ${cell}, ${value} (95 % interval ${interval}); summary.json’s intervals give each.`
      : `The tail columns (5 %, 10 %, 90 %, 95 %) carry a wider Monte Carlo error than the 50 %: their 95 % intervals reach up to ${share} from their values (furthest at ${cell}, ${value}: 95 % interval ${interval}); summary.json’s intervals give each.`,
  /** Under the same table: tail columns (`columns`, "5 % and 95 %") of which some rows (`all` false) or every row have no 95 % interval. */
  tailsTooFew: (columns: string, all: boolean) =>
    `The ${columns} ${all ? 'columns have' : 'columns of some rows have'} no 95 % interval: too few paths for one (36 for the 10 % and 90 %, 72 for the 5 % and 95 %, twice as many in antithetic pairs), so their Monte Carlo error is not stated; read them as rough.`,
  /** A quantile with no 95 % interval: too few paths (6 for the median, twice as many in antithetic pairs). */
  intervalTooFew: 'too few paths for one',
  /** The terminal's rows of the medians' intervals. */
  paybackIntervalLabel: 'payback p50, 95 % interval',
  npvIntervalLabel: 'NPV p50, 95 % interval',
  /** The terminal's rows of the 10 % and 90 % quantiles' intervals, beside the p10 / p50 / p90 rows. */
  paybackTailIntervalLabel: 'payback p10 / p90, 95 % intervals',
  npvTailIntervalLabel: 'NPV p10 / p90, 95 % intervals',
  roiIntervalLabel: 'ROI p50, 95 % interval',
  /** The terminal's rows of the books' medians' intervals: the IRRs' (project / after tax / equity), the costs per coin's, the hedges'. */
  irrIntervalLabel: 'IRR p50, 95 % intervals',
  costPerCoinIntervalLabel: 'cost per coin p50, 95 % intervals',
  hedgesIntervalLabel: 'hedges, net p10 / p50 / p90, 95 % intervals',
  /** The terminal's rows of the equity's medians (scenario `finance`): its payback with its interval, and its NPV's interval. */
  equityPaybackIntervalLabel: 'equity payback p50 (95 % interval)',
  equityNpvIntervalLabel: 'equity NPV p50, 95 % interval',
  /** A median with its 95 % interval after it, in one cell. */
  withInterval: (median: string, interval: string) => `${median} (${interval})`,
  /** The Payback time table's column of the intervals, and its note. */
  intervalColumn: '95 % interval (days)',
  intervalNote:
    'The 95 % interval is the Monte Carlo error of the row: the paths at the ranks that hold the quantile of every path minesim could draw 95 % of the time (binomial order statistics; with antithetic pairs, the pair counted as one path).',
  /** The financing table's column of each row's median interval, and its note. */
  medianIntervalColumn: '50 %: 95 % interval',
  medianIntervalNote:
    'The last column is the 95 % interval of the 50 % column (its Monte Carlo error, as in the Payback time table): where two medians’ intervals do not overlap, the project’s and the equity’s, their difference is more than the Monte Carlo error; where they overlap, these paths do not tell them apart.',
  /** The Returns and Break-evens tables' sentence on their column of the medians' intervals. */
  columnIntervalNote:
    'The last column is the 95 % interval of the 50 % column (its Monte Carlo error, as in the Payback time table): two runs’ medians whose intervals overlap are not told apart by these paths.',
  /** A batch index's column of each run's median payback interval, and its sentence in the table's note. */
  batchIntervalColumn: 'Median payback, 95 % interval',
  /** A batch index's column of each run's median NPV interval. */
  batchNpvIntervalColumn: 'Median NPV, 95 % interval',
  batchIntervalNote:
    'The median payback’s 95 % interval is its Monte Carlo error (as in each report’s Payback time table), and so is the median NPV’s: two scenarios’ medians whose intervals overlap are not told apart by these paths; none for a run of one outcome.',
  /** The Run table's row of the cohorts a run cut at the end of the history never bought. */
  afterCutLabel: 'Bought after the cut',
  afterCut: (cohorts: readonly { name: string; date: string; capex: string }[]) =>
    `${cohorts.map((c) => `${c.name} on ${c.date} (${c.capex})`).join(', ')}: not in the run`,
};
