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
  /** The books' all-in cost per coin's label in a table (`coin`: its ticker): tax depreciation, not a listed miner's book figure. */
  allInTaxRow: (coin: string) => `All-in cost per coin, with tax (not book) depreciation (USD/${coin})`,
  /** The terminal's line of the cash and that all-in cost per coin (`median`: ' p50' or ''). */
  cashAndAllInLine: (median: string) =>
    `cost per coin${median} cash / all-in with tax (not book) depreciation`,
  /** Under the financing table that has it: why it is not set beside listed miners' all-in costs. */
  allInTaxNote:
    'The all-in cost per coin adds the machines’ depreciation under the tax rule (finance.tax.depreciation) in the ' +
    'tax years within the horizon (of a tax year the horizon ends inside, the share of its days within the horizon), ' +
    'which a bonus front-loads into the first: it is not the book depreciation of listed ' +
    'miners’ all-in costs, and not comparable with them (the all-in cost net of salvage, with the returns, spreads the ' +
    'capex less the machines’ resale value over the coins mined instead).',
};
