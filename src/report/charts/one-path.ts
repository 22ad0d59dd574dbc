// The one path a run's charts draw, as their titles, legends and captions name it.

import type { RunSummary } from '../../stats/summary.js';
import { outcomesOf } from '../distribution-table.js';
import { formatPaths } from '../format.js';

/**
 * The one path a run's charts draw, as they name it: a back-test's actual history, or a Monte Carlo
 * run with one outcome by the tables' rule (distribution-table.ts outcomesOf()): one path, or paths
 * that all came out the same (no spread, median or share of paths); null for a run over its paths.
 */
export function onePathName(summary: Pick<RunSummary, 'kind' | 'run' | 'headline'>): string | null {
  if (summary.kind === 'backtest') return 'the actual history';
  return oneOutcomeName(summary);
}

/** A Monte Carlo run's one outcome, as the charts name it; null for a back-test or a run over its paths. */
export function oneOutcomeName(summary: Pick<RunSummary, 'kind' | 'run' | 'headline'>): string | null {
  if (summary.kind === 'backtest') return null;
  const outcomes = outcomesOf(summary);
  return outcomes === 'one path'
    ? 'the one path run'
    : outcomes === 'all the same'
      ? `the ${formatPaths(summary.run.paths)} (all the same)`
      : null;
}
