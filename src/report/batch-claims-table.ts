// The batch index's Claims table: each scenario's claims, the share of paths in which each holds,
// its verdict against its threshold and whether it held on the actual history (the back-test's).

import { batchMessages } from '../messages/batch.js';
import type { ClaimResult, RunSummary } from '../stats/summary.js';
import { type IndexCell, type IndexTable, type OkEntry, reportHref } from './batch-cells.js';
import { claimShare, claimShareOnly, ruleDate } from './claim-figures.js';
import { claimCoverage, heldOnHistory, undecidedAtCut } from './coverage.js';
import { identicalPaths } from './distribution-table.js';

/** A claim's share of the paths, with its interval; of a run of one outcome, exact (shareText()). */
function claimShareText(e: OkEntry, c: ClaimResult): string {
  if (identicalPaths(e.run) && c.paths !== 0 && !undecidedAtCut(c))
    return batchMessages.oneOutcomeShare(claimShareOnly(c), e.run.run.paths);
  return claimShare(c, ruleDate(e.run));
}

/** The back-test's verdict on the claim at the same place in the list, as the back-test report words it. */
function heldCell(backtest: RunSummary | null, i: number): IndexCell {
  const verdict = backtest?.claims[i]?.verdict;
  if (verdict === undefined) return { text: '—' };
  return { text: heldOnHistory({ verdict }) };
}

export function claimsTable(ok: readonly OkEntry[]): IndexTable {
  return {
    title: 'Claims',
    note: 'Share of paths in which each claim holds, the verdict against its threshold, and whether it held on the actual history.',
    header: ['Scenario', 'Claim', 'Share of paths', 'Threshold', 'Verdict', 'On the actual history'],
    align: ['left', 'left', 'right', 'left', 'left', 'left'],
    rows: ok.flatMap((e) =>
      e.run.claims.map((c, i) => [
        { text: e.run.scenario.name, href: reportHref(e.folder) },
        // Over how many paths the share is when some were left out, as the run's report says.
        { text: `${c.text}${claimCoverage(c, e.run.run.paths)}` },
        { text: claimShareText(e, c) },
        { text: c.threshold },
        { text: c.verdict, verdict: c.verdict },
        heldCell(e.backtest, i),
      ]),
    ),
  };
}
