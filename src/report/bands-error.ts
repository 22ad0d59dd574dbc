// The weekly bands' Monte Carlo error, as the fan charts' captions state it: where the 95 %
// interval of a week's 5 % quantile runs, in shares of the run's paths (the headline's binomial
// ranks, stats/quantile-interval.ts), the same every week, as every path has a value every week.
// The README's "weekly bands' Monte Carlo error" says more.
import { chartMessages } from '../messages/charts.js';
import { quantileIntervalRanks } from '../stats/quantile-interval.js';
import { formatPaths } from './format.js';

/** The sentence on the 5 % and 95 % edges' error of `paths` paths (in antithetic pairs or not). */
export function bandsError(paths: number, antithetic: boolean): string {
  const ranks = quantileIntervalRanks(paths, 0.05, antithetic);
  const share = (rank: number) => `${((100 * rank) / paths).toFixed(2)} %`;
  return chartMessages.fanBandsError(
    ranks === null ? null : { low: share(ranks[0]), high: share(ranks[1]) },
    formatPaths(paths),
    antithetic,
  );
}
