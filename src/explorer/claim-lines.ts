// A run's claims as the explorer lists them: each verdict and its words, as the run's report and
// the terminal give them.
import { claimShareAndInterval } from '../report/claim-figures.js';
import { claimCoverage, undecidedAtCut } from '../report/coverage.js';
import { type ExplorerView, outcomesOf } from './view.js';

/**
 * Each claim's verdict and words: over how many paths its share is when some were left out, and
 * the share on its side of the threshold with its 95 % interval, as the terminal prints them
 * (report/claim-figures.ts claimShareAndInterval);
 * for a run of one outcome, whether the claim holds on its path or paths, as the terminal says it.
 */
export function claimLines(
  v: Pick<ExplorerView, 'claims' | 'run' | 'headline' | 'lastPurchase'>,
): { verdict: string; text: string }[] {
  const outcomes = outcomesOf(v);
  // A claim the rule decides (its last purchase after the cut): its share bare, with why.
  const ruleDate = v.lastPurchase?.afterCut === true ? v.lastPurchase.date : undefined;
  return v.claims.map((c) => ({
    verdict: c.verdict,
    text: `${c.text}${claimCoverage(c, v.run.paths)}${
      outcomes === 'paths'
        ? ` (${claimShareAndInterval(c, ruleDate)})`
        : c.paths === 0 || undecidedAtCut(c)
          ? ''
          : outcomes === 'one path'
            ? c.share === 1
              ? ' (holds on the one path)'
              : ' (does not hold on the one path)'
            : c.share === 1
              ? ' (holds on every path)'
              : ' (holds on no path)'
    }`,
  }));
}
