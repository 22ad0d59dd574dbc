// The outer bounds of what a scenario may say. Each is far beyond any real mining investment (a
// coin at 1e9 USD, 10 million units in a cohort, 1000 % volatility, a 100-year horizon are all
// inside) and near enough that every sum, product and exponential the engine forms stays a finite
// double. The reasoning, in canonical units:
//
//   coins a day   <= fleet hashrate x 86,400 x (reward + fees) / (difficulty x hashes per
//                    difficulty): 1000 cohorts x 1e7 units x 1e21 H/s at a difficulty of 1 with
//                    1e6 coins of fees a block is about 2e32 coins a day for Bitcoin; Monero, whose
//                    difficulty follows the network hashrate, stays below 1e143 with the market
//                    range below;
//   price         <= 1e12 USD at the start, and a market model may move the price or the network
//                    hashrate by at most a factor of 1e100 over the horizon (market-range.ts checks
//                    each model with its parameters, given or calibrated), so a price < 1e112 USD;
//   so revenue    <  1e255 USD a day, and sums over 36,525 days and 1e7 paths stay under 1e267,
//                    far from the largest double (1.8e308): the margin covers a path well beyond
//                    the market range's six standard deviations.
//
// Text limits keep messages, reports and the parsers small: every string is bounded before any
// search or regular expression sees it.

const DAYS_PER_YEAR = 365.25;
const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

export const LIMITS = {
  /** Unit prices, setup costs and the coin's starting price, USD. */
  moneyUsd: 1e12,
  shownMoney: '1e12 USD',
  /** Coins a hedge is written on (finance.hedges): more than any coin's supply. */
  hedgeCoins: 1e9,
  /** The lowest starting coin price, USD: the break-even search climbs from it in steps of 8. */
  minCoinPriceUsd: 1e-6,
  shownMinCoinPrice: '0.000001 USD',
  /** Maintenance per unit, USD/day (1e9 USD/month). */
  maintenanceUsdPerDay: 1e9 / DAYS_PER_MONTH,
  shownMaintenance: '1e9 USD/month',
  /** Fixed costs of the operation, USD/day (1e12 USD/month). */
  fixedUsdPerDay: 1e12 / DAYS_PER_MONTH,
  shownFixed: '1e12 USD/month',
  /** Hosting, USD per W per day (10,000 USD/kW/month: 1,000 times a dear contract). */
  hostingUsdPerWDay: 10_000 / 1000 / DAYS_PER_MONTH,
  shownHosting: '10,000 USD/kW/month',
  /**
   * A fleet costs nothing or at least this, USD: ROI divides by the cost, and a cost of 1e-300
   * USD makes it overflow.
   */
  minCapexUsd: 0.01,
  shownMinCapex: '0.01 USD',
  /** One unit's hashrate, H/s (1 ZH/s: more than the whole Bitcoin network in 2025); at least 1 H/s,
   * so the coins a unit mines (the divisor of the cost per coin) cannot underflow. */
  minUnitHashrateHs: 1,
  unitHashrateHs: 1e21,
  /** Uptime of a unit: at least 1 %, for the same reason. */
  minUptime: 0.01,
  /** A pool's fee, a share of the revenue (50 %: no pool keeps more). */
  maxPoolFee: 0.5,
  /** A cohort's import premium on its unit price (1000 %: eleven times the price). */
  maxImportPremium: 10,
  /** One unit's power, W (1 GW). */
  unitPowerW: 1e9,
  /** Network hashrate on the start date, H/s. */
  minNetworkHashrateHs: 1,
  maxNetworkHashrateHs: 1e24,
  /** Difficulty on the start date: the protocol's minimum is 1. */
  minDifficulty: 1,
  maxDifficulty: 1e30,
  /**
   * Hashprice on the start date, USD per H/s per day (1e-15 to 1e15 USD/PH/day; 2025's is about
   * 50 USD/PH/day). With the price it fixes the difficulty; the coins a hash mines are then the
   * hashprice over the price, at most 1e21 a day.
   */
  minHashpriceUsdPerHsDay: 1e-30,
  maxHashpriceUsdPerHsDay: 1,
  /** Fees a block, coins. */
  feesPerBlockCoins: 1e6,
  /**
   * The shortest window a drift, growth rate or volatility is calibrated on, days, and the fewest
   * days of a window the history covers only in part (`partial: allowed`).
   */
  minCalibrationDays: 30,
  /** Durations: calibration windows, delays, lags, block lengths (100 years, the longest horizon). */
  durationDays: 100 * DAYS_PER_YEAR,
  shownDuration: '100 years',
  /** Log drift a year of a price or hashrate model (1000 %: x 22,000 a year). */
  driftPerYear: 10,
  shownDrift: '1,000 %',
  /** Mean reversion a year (10,000 %: a deviation halves in under a day and a half). */
  reversionPerYear: 100,
  /** Growth of network hashrate a period (10,000 %: x 101). */
  growthPerPeriod: 100,
  /** Log size of one price jump (100 %: a factor of e either way) and its spread. */
  jumpLog: 1,
  /** The factor a market model may move the price or the network hashrate by over the horizon. */
  marketRangeLog: Math.log(1e100),
  /** Standard deviations of a model's random part counted into that range. */
  marketRangeSigmas: 6,
  /** Monte Carlo paths of one run (the scenario's monteCarlo.paths and --paths). */
  paths: 10_000_000,
  /** The days a run may start on (`start`, and the --date of quote and network-fit): Bitcoin's first year to the end of the century. */
  firstDate: '2009-01-01',
  lastDate: '2100-12-31',
  /** Worker threads of a run or a study (--workers): more than this would only cost memory. */
  workers: 64,
  /** Names, labels, hardware classes, seeds. */
  nameChars: 200,
  /** The scenario's description. */
  descriptionChars: 20_000,
  /** A claim. */
  claimChars: 200,
  claims: 100,
  /** A sweep axis, as `--vary` takes it. */
  axisChars: 1000,
  axes: 20,
  /** Proof-of-work changes, and the hardware classes one strands. */
  powChanges: 100,
  /** A key in a scenario file or a --set path segment. */
  keyChars: 100,
  /**
   * Weekly points of the sample paths (outputs.samplePaths x weeks): each is three rows of
   * paths.csv and three numbers of summary.json, about 230 bytes in all, so 1e6 points are about
   * 230 MB; beyond it a 100-year horizon with 1000 sample paths would write several GB.
   */
  samplePoints: 1_000_000,
  bytesPerSamplePoint: 230,
  /** Units in a cohort. */
  unitsPerCohort: 10_000_000,
  /** Discount rate a year, effective (1000 %). */
  discountRatePerYear: 10,
  /** Electricity price, USD/kWh: a constant, a schedule entry, or an expression on any day. */
  tariffUsdPerKwh: 10,
  shownTariff: '10 USD/kWh',
} as const;
