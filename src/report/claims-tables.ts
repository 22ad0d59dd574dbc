// The Claims table of a run over its paths, of a run of identical paths, and of a back-test on the
// actual history (headline.ts puts it last).

import type { RunSummary } from '../stats/summary.js';
import { claimInterval, claimShare, ruleDate } from './claim-figures.js';
import { claimCoverage, heldOnHistory, undecidedAtCut } from './coverage.js';
import { oneOutcome } from './headline-definitions.js';
import type { ReportTable } from './report-table.js';
import { stagedFleetClaimsNote } from './staged-fleet.js';

/** Claims on a run of identical paths: each holds on all of them or on none, so no interval. */
export function oneOutcomeClaimsTable(summary: RunSummary): ReportTable {
  return {
    title: 'Claims',
    note: `${oneOutcome(summary)}: each claim holds on all of its paths or on none. The verdict still weighs the number of paths run.${stagedFleetClaimsNote(summary)}`,
    header: ['Claim', 'On every path', 'Verdict'],
    align: ['left', 'left', 'left'],
    rows: summary.claims.map((c) => [
      `${c.text}${claimCoverage(c, summary.run.paths)}`,
      // Over no path (no value of its measure, or a payback past the cut): neither holds nor fails;
      // undecided by contracts open at the cut (its words say why): what the paths show by the cut
      // is not the claim's answer.
      c.paths === 0
        ? 'no value to judge'
        : undecidedAtCut(c)
          ? 'undecided'
          : c.share === 1
            ? 'holds'
            : 'does not hold',
      c.verdict,
    ]),
    verdictColumn: 2,
    userColumns: [0],
  };
}

export function claimsTable(summary: RunSummary): ReportTable {
  return {
    title: 'Claims',
    note: `Share of paths in which each claim holds, its 95 % Wilson interval, and the verdict against the threshold.${stagedFleetClaimsNote(summary)}`,
    header: ['Claim', 'Share of paths', '95 % interval', 'Threshold', 'Verdict'],
    align: ['left', 'right', 'right', 'left', 'left'],
    rows: summary.claims.map((c) => [
      `${c.text}${claimCoverage(c, summary.run.paths)}`,
      claimShare(c, ruleDate(summary)),
      claimInterval(c, '–', ruleDate(summary)),
      c.threshold,
      c.verdict,
    ]),
    verdictColumn: 4,
    userColumns: [0, 3],
  };
}

export function observedClaimsTable(summary: RunSummary): ReportTable {
  return {
    title: 'Claims',
    note: `Whether each claim held on the actual history.${stagedFleetClaimsNote(summary)}`,
    header: ['Claim', 'On the actual history', 'Verdict'],
    align: ['left', 'left', 'left'],
    rows: summary.claims.map((c) => [
      `${c.text}${claimCoverage(c, summary.run.paths)}`,
      heldOnHistory(c),
      c.verdict,
    ]),
    verdictColumn: 2,
    userColumns: [0],
  };
}
