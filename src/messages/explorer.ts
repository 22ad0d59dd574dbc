// Messages about explore.html, the live explorer of a run. One function a message; see shown.ts.

import type { FiguresOver as Outcomes } from '../stats/summary.js';

export type { Outcomes };

const paths = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'path' : 'paths'}`;

/** Where a cut run stops: its cut, or (null) where the runs compared end differently. */
const cutEnd = (cutAt: string | null) =>
  cutAt === null
    ? "the run's end (its horizon, or the end of the history)"
    : `${cutAt} (the end of the history)`;

export const explorerMessages = {
  /**
   * A row of the loan on the actual history (the back-test a full run writes beside its paths), as
   * the report's "Back-test (actual history)" row; `cutAt` where the history ends before the horizon
   * (null where the runs compared end at different days).
   */
  onHistory: (what: 'Margin call' | 'Default' | 'Equity NPV', cutAt: string | null | undefined) =>
    `${what} on the actual history (back-test${cutAt === undefined ? '' : cutAt === null ? ', to the end of the history' : `, to its end on ${cutAt}`})`,
  /** The unit of a rate's change between two runs (an IRR of 10 % against 25 %: +15 percentage points). */
  PERCENTAGE_POINTS: 'pts',
  committed: (n: number, seed: string | number) =>
    `The committed run: ${paths(n)}, seed ${seed}. Move a control or edit the YAML to re-run here.`,
  running: (n: number) => `Running ${paths(n)}…`,
  firstAnswer: (n: number, seed: string | number, ms: number) =>
    `First answer: ${paths(n)}, seed ${seed}, in ${Math.round(ms)} ms; refining…`,
  /** While the full count runs: the figures shown are still the first answer's, from `shown` paths. */
  refining: (done: number, total: number, shown: number) =>
    `First answer shown (${paths(shown)}); refining: ${done.toLocaleString('en-US')} of ${paths(total)}…`,
  done: (n: number, seed: string | number, ms: number, sameAsCommitted: boolean) =>
    `Done: ${paths(n)}, seed ${seed}, in ${Math.round(ms)} ms.${sameAsCommitted ? ' Identical to the committed run (the same scenario, seed and paths).' : ''}`,
  invalid: () =>
    'The scenario has problems (listed below the YAML); the results shown are the last valid ones.',
  runFailed: (reason: string) => `The run failed: ${reason}`,
  startFailed: (reason: string) => `The explorer failed to start: ${reason}`,
  importedDays: (days: number) =>
    `This run used ${days.toLocaleString('en-US')} ${days === 1 ? 'day' : 'days'} imported into the data folder, which this page does not carry: it re-runs on the shipped history alone, so its numbers can differ from the run's.`,
  linkCut: () => 'it was cut short or altered',
  linkVersion: (got: string, reads: number) =>
    `it was written by explorer version ${got}, and this page reads version ${reads} (open it in the explore.html that made it)`,
  linkTooLarge: (limit: number) =>
    `it unpacks to more than ${limit / 1024 / 1024} MiB, more than two scenarios at their size limit`,
  linkUnread: (why: string, atStart: boolean) =>
    `This link's state cannot be read: ${why}. ${atStart ? 'The page shows the committed run' : 'The page keeps the view it had'}; the page's own link, under Link to this view, reads back whole.`,
  linkOtherScenario: (name: string, pageName: string) =>
    `This link holds the scenario ${name}, not this page's ${pageName}: the page runs it as the link gives it; its headings and file name stay this page's.`,
  pinNotRun: (firstProblem: string) =>
    `This link's pinned scenario has problems, so nothing is pinned; the first: ${firstProblem}`,
  otherCoin: (coin: string, pageCoin: string) =>
    `this page carries the ${pageCoin} history only, so it cannot run a ${coin} scenario: run \`minesim run\` on the scenario, which writes its own explore.html (got "${coin}")`,
  badRange: (typed: string) =>
    `"${typed}" is no range a slider can take: give two different ends, like 0.02 to 0.2; the range is unchanged`,
  /**
   * After a median (or the net position's 5th or 95th percentile) in the headline, its 95 % interval (summary.json's intervals.p50 or p5, p95, report/format.ts
   * formatQuantileInterval(): "419 days to 472 days", or the terminal's "too few paths for one").
   */
  medianInterval: (interval: string) => `95 % interval: ${interval}`,
  /**
   * After the change of a median against a pinned run: whether the two medians' 95 % intervals
   * overlap (the change may be Monte Carlo noise: these paths do not tell them apart) or not.
   */
  intervalsOverlap: (overlap: boolean) =>
    overlap ? '95 % intervals overlap: may be noise' : '95 % intervals apart: more than the noise',
  /**
   * A row's label for runs cut where the history ends (all at `cutAt`; null: some cut, some run to
   * their horizon), in place of "within the horizon" / "at horizon", as the terminal's
   * 'P(no payback by 2025-11-14)' and 'net position at the cut (2025-11-14)'.
   */
  noPaybackBy: (cutAt: string | null) => `No payback by ${cutEnd(cutAt)}`,
  equityNoPaybackBy: (cutAt: string | null) => `Equity: no payback by ${cutEnd(cutAt)}`,
  /** `what`: ', median', ', 5th percentile', or '' for a run of one outcome. */
  netAtEnd: (cutAt: string | null, what: string) =>
    `Net ${cutAt === null ? 'at' : 'on'} ${cutEnd(cutAt)}${what}`,
  pastHorizon: () => 'past the horizon',
  /** Under the charts of a fleet bought in stages: the first day a crossing of zero can be a payback. */
  stagedFleet: (day: number, date: string) =>
    `The fleet is bought in stages: a payback counts on or after its last purchase, day ${day.toLocaleString('en-US')} (${date}), not where the line first crosses zero before it.`,
  /** A run stopped where the history ends, before the horizon. */
  pastCut: (cutAt: string) => `past ${cutAt}, the end of the history`,
  /** A median payback past the horizon (or the cut): over half of the paths, or all of them, not paid back by then. */
  mostNeverPayBack: (cutAt?: string, all = false) =>
    `${all ? 'none of the paths pays' : 'over half of the paths do not pay'} back ${cutAt === undefined ? 'within the horizon' : `by ${cutAt}`}`,
  /** The equity's median payback past the horizon (or the cut): not paid back on over half of the paths, or on any. */
  equityMostNeverPayBack: (cutAt?: string, all = false) =>
    `the equity does not pay back ${cutAt === undefined ? 'within the horizon' : `by ${cutAt}`} on ${all ? 'any path' : 'over half of the paths'}`,
  /** The equity's median payback not reached where the cut cannot decide it on some paths (`share` of them). */
  equityUndecided: (cell: string, share: string) => `${cell}; undecided on a share ${share} of the paths`,
  /**
   * A run of one path, or of paths that all came out the same, that does not pay back: no median
   * over paths, its one outcome.
   */
  onePathNeverPaysBack: (cutAt?: string, paths = 1) =>
    `${paths === 1 ? 'the one path does not pay' : 'no path (all the same) pays'} back ${cutAt === undefined ? 'within the horizon' : `by ${cutAt}`}`,
  /** What a run's figures are: the one path run, its paths that all came out the same, or a spread of paths. */
  outcomes: (outcomes: Outcomes, paths: number) =>
    outcomes === 'one path'
      ? 'the one path run'
      : outcomes === 'all the same'
        ? `every one of the ${paths.toLocaleString('en-US')} paths, which all came out the same`
        : `${paths.toLocaleString('en-US')} paths`,
  /** The fan's caption: the current run's bands and median, or its one outcome; how a pinned result is drawn. */
  fanCaption: (current: Outcomes, paths: number, pinned: 'none' | Outcomes) =>
    `Net position, USD: ${
      current === 'paths'
        ? '5-95 % and 25-75 % of paths and the median of each week'
        : current === 'one path'
          ? 'the one path run'
          : // Not "nothing in the scenario is random": the page does not carry the market's paths,
            // which can spread under a fleet that makes nothing of them (report/headline-definitions.ts).
            explorerMessages.outcomes(current, paths)
    }; ${
      pinned === 'none'
        ? 'a pinned result is drawn dashed'
        : pinned === 'one path'
          ? 'the pinned result, its one path, dashed'
          : pinned === 'all the same'
            ? 'the pinned result, its paths (all the same), dashed'
            : 'the pinned result dashed: its 5-95 % of paths in outline and its median'
    }.`,
  /**
   * The payback CDF's caption: a share of the paths, or whether the one outcome has paid back
   * (`never`: the run's last day, where it has not by then); the pinned result's.
   */
  cdfCaption: (current: Outcomes, paths: number, pinned: 'none' | Outcomes, never: string | null = null) =>
    `${
      current === 'one path'
        ? `Whether the fleet has paid back on the one path run by each day: ${never !== null ? `it does not by ${never}, so 0 % on every day.` : '0 % before its payback day, 100 % from it.'}`
        : current === 'all the same'
          ? `Whether the fleet has paid back by each day on ${explorerMessages.outcomes(current, paths)}: ${never !== null ? `they do not by ${never}, so 0 % on every day.` : '0 % before their payback day, 100 % from it.'}`
          : 'Share of paths paid back by each day.'
    }${
      pinned === 'none'
        ? ''
        : pinned === 'paths'
          ? ' The pinned result dashed: its share of paths.'
          : ` The pinned result dashed: whether ${pinned === 'one path' ? 'its one path has' : 'its paths (all the same) have'} paid back (0 % or 100 %).`
    }`,
  /**
   * A headline row compared between a run of many paths and a run of one outcome: the row's label
   * over the paths, and what the other run's value is (`side`: pinned or now).
   */
  mixedRow: (label: string, side: 'pinned' | 'now', outcomes: Outcomes, yesNo: boolean) =>
    `${label}; ${side}: ${yesNo ? 'yes or no on' : 'the value of'} ${outcomes === 'one path' ? 'its one path' : 'its paths (all the same)'}`,
  notSearched: () => 'the full run searches the break-evens; the first answer does not',
  userCatalog: (dir: string) =>
    `no explore.html in ${dir}: the scenario uses a user hardware catalog, which the explorer page does not carry (the rest of the folder is written)`,
};
