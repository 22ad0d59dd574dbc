// Messages of a cost per coin on paths that mined no coin but had costs: its value is infinite,
// ranked after every finite one (stats/quantiles.ts `infiniteRanked`). One function a message.

export const perCoinMessages = {
  /** A quantile, or an end of its 95 % interval, that falls among the paths with no coin. */
  noCoin: 'no coin mined',
  /** The mean of a cost per coin some paths of which mined no coin. */
  infiniteMean: 'infinite (no coin mined)',
  /** After a row's label: how many of the paths mined no coin (`paths`: "40 paths"). */
  count: (noCoin: string, paths: string) => `${noCoin} of ${paths} mined no coin (infinite, ranked last)`,
  /** The same in the terminal's cost per coin line: each measure's count, named. */
  counts: (parts: string, paths: string) => `${parts} of ${paths} mined no coin (infinite, ranked last)`,
  /** Under a table that has such a row. */
  why:
    'A path that mined no coin but had costs has an infinite cost per coin: it ranks after every finite one and ' +
    'counts in the quantiles (“no coin mined” where one falls among such paths); the mean is then infinite.',
};
