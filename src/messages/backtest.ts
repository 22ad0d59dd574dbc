// Messages of a back-test cut at the end of the shipped history, on what of its books runs past
// the cut (engine/backtest/books-at-cut.ts): the terminal's headline, the report and the claims.
// One function a message; money comes formatted (report/format.ts).

/** A count with its noun, in thousands as every count minesim prints (`1,118 payments`). */
const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export const backtestMessages = {
  /**
   * The market a back-test replays (its assumptions' Market line): the shipped history, the days
   * imported into the user data folder, or the one then the other (`shippedTo` its last day).
   */
  replayedMarket: (shipped: boolean, imported: boolean, shippedTo: string) =>
    `actual daily price, difficulty, blocks and fees (${
      imported
        ? shipped
          ? `shipped history to ${shippedTo}, then imported days`
          : 'imported days'
        : 'shipped history'
    })`,
  /** A halving the replayed blocks passed: the day they reached it, day `day` of the back-test; `fell`: `12.5 to 6.25 BTC`. */
  halvingPassed: (reached: string, day: number, fell: string) =>
    `the history's blocks reached it on ${reached} (day ${day.toLocaleString('en-US')} of the back-test): the subsidy fell from ${fell} a block`,
  /** The next halving, which the history's blocks reached after the back-test's last day `end`. */
  halvingAfter: (end: string, reached: string) =>
    `after the back-test's last day (${end}): the history's blocks reached it on ${reached}`,
  /** The next halving, past the history's last block. */
  halvingNotReached: (last: string) => `not reached by the history's blocks, to its last day ${last}`,
  /**
   * The Run table's row of a back-test. The history is the shipped file's days and any imported
   * after them: the Market line of the assumptions says which this one replayed.
   */
  runRow: () => 'back-test on the actual daily history',
  /** The Run table's row of a run or back-test cut where the history (shipped or imported) ends. */
  horizonCut: (cutAt: string) => `cut at ${cutAt}, the end of the history`,
  /**
   * The margin calls on the history (a covenant tested daily can call on many days): the first's
   * day, how many were met and the principal they repaid; `met` 0 when the first call defaulted.
   */
  marginCallsOnHistory: (first: string, met: number, repaid: string) =>
    met === 0
      ? `first on ${first}, not met`
      : `first on ${first}; ${plural(met, 'call')} met, repaying ${repaid} of principal`,
  /** The day of the default on the history (the call the cash, the coins and the top-up could not meet). */
  defaultOnHistory: (date: string) => `on ${date}`,
  /**
   * A revenue share's waterfall on the history (the terminal's and summary.md's row): the site's
   * share until the owner's recovery, and the later share from the day it applied, or not reached.
   */
  waterfallLabel: 'revenue share',
  waterfallOnHistory: (
    before: string,
    recover: string,
    after: string,
    recovered: string | null,
    flipDate: string | null,
    end: string,
  ) =>
    recovered === null
      ? `the site’s share ${before} throughout: ${recover} not recovered by ${end} (then ${after})`
      : flipDate === null
        ? `the site’s share ${before} throughout: ${recover} recovered on ${recovered}, the last day (${after} from the next)`
        : `the site’s share ${before} until ${recover} recovered, ${after} from ${flipDate}`,
  /** The equity's tax year by year on the history (a back-test with a tax rule): its label and value. */
  taxYearsLabel: 'tax by tax year',
  taxYearsRow: 'Income tax by tax year, equity',
  /**
   * A default ends the equity's tax year that day (`endedByDefault`); the rest of that calendar
   * year (`from` the day after) is a tax year after the default.
   */
  taxYears: (
    years: {
      from: string | null;
      end: string;
      endedByDefault: boolean;
      tax: string;
      carried: string | null;
    }[],
  ) =>
    years
      .map(
        (y) =>
          `${y.from === null ? `year to ${y.end}${y.endedByDefault ? ', ended by the default' : ''}` : `${y.from} to ${y.end}, after the default`}: ${y.tax}${y.carried === null ? '' : ` (${y.carried} of losses carried forward)`}`,
      )
      .join('; '),
  /** The heading over the lines below. */
  booksAtCut: (cutAt: string) => `At the back-test's cut (the history ends ${cutAt}):`,
  hedgesOpenAtCut: (count: number, cutAt: string) =>
    `${plural(count, 'hedge')} open at the cut (history ends ${cutAt}): ${count === 1 ? 'its' : 'their'} later settlements are not counted in the equity's figures or the hedges' net`,
  swapOpen: (months: number, last: string) =>
    `${plural(months, 'monthly settlement')} left, the last on ${last}`,
  optionOpen: (kind: string, expiry: string) => `a ${kind} expiring on ${expiry}`,
  loanRepaidAtCut: (balance: string, payments: number) =>
    `its balance of ${balance} is repaid at the cut with the interest accrued since its last payment (${plural(payments, 'payment')} after the cut not made)`,
  loanNotDrawn: (principal: string) =>
    `drawn after the cut: its ${principal} and its payments are not counted`,
  leaseBoughtOutAtCut: (owed: string, payments: number) =>
    `bought out at the cut: its ${plural(payments, 'payment')} left (undiscounted) and its residual, ${owed}, paid then`,
  /** A contract named in the lines: a lease by its cohort. */
  contract: (name: string, lease: boolean) => (lease ? `lease of ${name}` : name),
  /** Beside a claim left undecided by what is open at the cut. */
  claimOpenAtCut: (count: number) =>
    ` (undecided: ${plural(count, 'contract')} still open at the cut would count after it)`,
  /**
   * A claim on a margin call or a default decided by the paths with one by the cut, with a covenant
   * tested after it: later tests can only add paths with one.
   */
  claimFloorAtCut: (count: number) =>
    ` (decided by the cut: ${plural(count, 'contract')} still open after it can only add paths with one, and the interval runs to 1)`,
  /**
   * A payback not reached by the horizon of a run or back-test that runs to it (not cut): it may
   * come after it, so not "never" (the Payback time and financing tables, the terminal).
   */
  noPaybackWithinHorizon: () => 'not within the horizon',
  /** The financing table's question of the same, over the paths. */
  equityNotPaidBackQuestion: () => 'P(equity not paid back within the horizon)',
  /** A payback not reached on a run or back-test cut where the history ends (not the horizon). */
  noPaybackByCut: (cutAt: string) => `not by ${cutAt} (the end of the history)`,
  /** payback.csv's last row on a run or back-test cut where the history ends: the paths not paid back by the cut. */
  noPaybackByCutRow: (cutAt: string) => `not by ${cutAt}`,
  /**
   * A back-test's equity payback where the first day it can fall on (`date`: its last purchase or a
   * lease's buyout) comes after the cut: undecided.
   */
  equityUndecidedAtCut: (cutAt: string, date: string) =>
    `not decidable by ${cutAt} (the end of the history): the equity's payback counts from ${date}, after it`,
  /**
   * A cell of a run's equity payback (a quantile, an interval's end) where every path not paid back
   * by the cut is undecided: the first day its payback can fall on (`date`) comes after the cut.
   */
  equityUndecidedByCutRow: (cutAt: string, date: string) =>
    `not decidable by ${cutAt} (equity's payback counts from ${date}, after it)`,
  /**
   * The same where the paths not paid back by the cut are of both kinds: some defaulted before it
   * and are not paid back by it, the others cannot be decided (their share is its own row).
   */
  equityNotByOrUndecidedRow: (cutAt: string) => `not by ${cutAt}, or not decidable`,
  /** The financing table's question of the share of paths whose equity payback the cut cannot decide. */
  equityUndecidedQuestion: (cutAt: string, date: string) =>
    `P(equity payback not decidable by ${cutAt}: it counts from ${date}, after it, on a path with no default by then)`,
  /** The terminal's short form of the same. */
  equityUndecidedShortQuestion: (cutAt: string) => `P(equity payback not decidable by ${cutAt})`,
  /** The same row where the fleet's last purchase (`date`), from which a payback counts, falls after the cut: undecided. */
  undecidedByCutRow: (cutAt: string, date: string) =>
    `not decidable by ${cutAt} (last purchase ${date} after it)`,
  /** A run's back-test that did not pay back by the end of the history, before the horizon. */
  noPaybackInHistory: () => 'not within the history (it ends before the horizon)',
  /** The same where the fleet's last purchase (`date`), from which a payback counts, falls after the history's end: undecided. */
  noPaybackInHistoryBeforePurchase: (date: string) =>
    `not decidable: the history ends before the last purchase, on ${date}, from which a payback counts`,
  /** The Payback table's questions on a run cut where the history ends: by the cut, not within the horizon. */
  noPaybackByCutQuestion: (cutAt: string) => `P(no payback by ${cutAt}, the end of the history)`,
  netBelowZeroAtCutQuestion: (cutAt: string) =>
    `P(net position below zero on ${cutAt}, the end of the history)`,
  equityNotPaidBackByCutQuestion: (cutAt: string) =>
    `P(equity not paid back by ${cutAt}, the end of the history)`,
  /** The terminal's short forms of the same. */
  noPaybackByCutShort: (cutAt: string) => `P(no payback by ${cutAt})`,
  netBelowZeroAtCutShort: (cutAt: string) => `P(net < 0 on ${cutAt})`,
  /** The net position's row on a run or back-test cut where the history ends: at the cut. */
  netAtCut: (cutAt: string) => `net position at the cut (${cutAt})`,
  /** The report's note under its table of the books at the cut. */
  booksAtCutNote: (cutAt: string) =>
    `The history ends on ${cutAt}, before the horizon, and the back-test stops there. minesim prices no contract, so a hedge still open then has no value to count: its premium is counted (when its first day is within the history), its settlements after the cut are not. A loan's balance is repaid at the cut, as a balloon at the horizon is; a lease is bought out (its payments left, undiscounted, and its residual). The tax year in progress closes at the cut, the machines and coins valued as at a horizon; a hosting deposit comes back at the cut.`,
} as const;
