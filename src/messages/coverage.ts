// Messages about what the shipped or imported history covers. One function a message; see shown.ts.
import { type Coin, coinProtocol } from '../model/coins/index.js';
import { exponentForm } from './shown.js';

const newerData = 'bring newer data with `minesim data import <file>` or `minesim data fetch`';

/** A factor to 2 significant digits: in decimals below a million (`630`, `1,000`), else `2.7e9`. */
const timesShown = (factor: number) =>
  factor < 1e6 ? Number(factor.toPrecision(2)).toLocaleString('en-US') : exponentForm(factor, 2);

/** A count of days in prose, in thousands as every figure minesim prints (`3,953`). */
const n = (count: number) => count.toLocaleString('en-US');

/** Ways out as a list: `a, b, or c`; `a or b`; `a`. */
const orList = (items: readonly string[]) =>
  items.length <= 2 ? items.join(', or ') : `${items.slice(0, -1).join(', ')}, or ${items.at(-1)}`;

export const coverageMessages = {
  /**
   * What to give instead of the default fee model's calibration, in full: its `type` with its
   * `share` (`fees.model.share` alone is refused for want of a type), as scenario/coverage-fees.ts
   * names it.
   */
  feeShareInFull: () => '`fees.model: { type: share-of-subsidy, share: 2 % }`',
  /**
   * A problem of the fee level where the scenario names no fee model: the default's (a share of
   * the subsidy calibrated on `days` days before the start) is not a key the scenario wrote; `at`,
   * the default's key the problem is of.
   */
  defaultFeesCannotRun: (days: number, at: string, problem: string) =>
    `the scenario names no fee model, and minesim's default here (fees a block as the share of the subsidy the ${n(days)} days before the start paid) cannot run: ${problem} (${at} of the default)`,
  /**
   * The same where the window reaches before the history, with the share its first `days` days paid
   * (`first` to `to`) as the example, `after` of them on or after the start: days a run calibrating
   * before its start never reads on its own, so named as such (the fixed 2 % was some 3,000 times Monero's first
   * 90 days' 0.07 % and 70,000 times Bitcoin's 0.0027 %).
   */
  feeShareInFullBeforeData: (share: number, days: number, first: string, to: string, after: number) =>
    `\`fees.model: { type: share-of-subsidy, share: ${Number((share * 100).toPrecision(2))} % }\` (the share the history's first ${n(days)} days paid, ${first} to ${to}, ${after >= days ? 'days the start cannot see' : after > 0 ? `${n(after)} of them after the start` : 'before the start'}; give your own view of the start's, or \`fees.model: { type: per-block, amount: ... }\`)`,
  /**
   * The same past the history, with the share its last `days` days paid (to `last`) as the example:
   * an arbitrary figure, followed as written, would set the run's fees.
   */
  feeShareInFullPastEnd: (share: number, days: number, last: string) =>
    `\`fees.model: { type: share-of-subsidy, share: ${Number((share * 100).toPrecision(2))} % }\` (the share the history's last ${n(days)} days paid, to ${last}; give today's)`,
  /**
   * The default price on a start past the history: the window it resamples, how long before the
   * start it ends, and the mean every path carries, said where the run is read (not only in the
   * assumptions table): Monero's 2016-2020 returns carried +130.7 % a year into 2026-2028.
   */
  defaultPricePastEnd: (from: string, to: string, daysBefore: number, drift: string) =>
    `the scenario names no price model, so every path resamples the daily returns of ${from} to ${to}, ${n(daysBefore)} days before the start, and carries their mean of ${drift} a year (log)`,
  defaultPricePastEndAdvice: (from: string, to: string) =>
    `name today's: \`price.model: { type: gbm, drift: 0 %, volatility: 60 % }\` with figures you choose, or the same returns without their drift: \`price.model: { type: bootstrap, from: ${from}, to: ${to}, demean: true }\``,
  /**
   * No price model on a start further past the history than a market figure is carried: the
   * default would carry the trend of the history's last years (`from` to `last`), not today's.
   */
  defaultPricePastCarry: (
    coin: string,
    start: string,
    last: string,
    daysAfter: number,
    limit: number,
    from: string,
    drift: string,
  ) =>
    `the scenario names no price model, and its start ${start} is ${n(daysAfter)} days after the ${coin} history ends (${last}), more than the ${limit} days minesim carries a market figure forward: minesim's default price would be fitted on the history to ${last} and carry the trend of its returns onto every path (${drift} a year (log) over ${from} to ${last}), not today's; give a price model with the drift and volatility you expect, like \`price.model: { type: gbm, drift: 0 %, volatility: 60 % }\`, the same returns without their trend: \`price.model: { type: bootstrap, from: ${from}, to: ${last}, demean: true }\`, or ${newerData}`,
  startPastHistory: (
    coin: string,
    start: string,
    last: string,
    daysAfter: number,
    limit: number,
    keys: string,
    /** An example of `keys`; null when `keys` is already written in full. */
    example: string | null,
    /** Where the example comes from, where it is an estimate for this start (a height). */
    exampleFrom?: string,
  ) =>
    `the start ${start} is ${n(daysAfter)} days after the ${coin} history ends (${last}), more than the ${limit} days minesim carries this forward; give ${keys}${example === null ? '' : ` (like \`${example}\`${exampleFrom === undefined ? '' : `: ${exampleFrom}`})`}, or ${newerData}`,
  /** The estimate a height past the history is shown with: the history's last at the target rate. */
  heightExampleFrom: (lastEnd: number, last: string, perDay: number) =>
    `about the chain's height from ${lastEnd.toLocaleString('en-US')} at the end of ${last} and ${perDay} blocks a day since; give the chain's own`,
  /** A day before the coin's genesis block; `option` names where it was given (`start`, `--date`). */
  beforeGenesis: (coinName: string, date: string, genesis: string, option: string) =>
    `the ${coinName} chain began on ${genesis} (its genesis block), so nothing was mined on ${date}; give a ${option} on ${genesis} or after`,
  /** A given height on a day before the history above the chain's at its first day. */
  heightAboveHistory: (coin: string, date: string, firstHeight: number, first: string) =>
    `the ${coin} chain had reached only block ${firstHeight.toLocaleString('en-US')} when the history begins (${first}), so its height on ${date} is below that; give a height under ${firstHeight}`,
  startBeforeHistory: (
    coin: string,
    start: string,
    first: string,
    last: string,
    keys: string,
    /** The figure on the history's first day, `first`: the start's is of an earlier day. */
    example: string,
  ) =>
    `the start ${start} is before the ${coin} history (${first} to ${last}); give ${keys} (on ${first}, its first day, \`${example}\`; the start's is of an earlier chain)`,
  /**
   * A given block height on a start past the history, below the height the history ended at; the
   * height to give as `network.height` takes it, without separators.
   */
  heightBelowHistory: (coin: string, start: string, lastEnd: number, last: string, canCarry: boolean) =>
    `the ${coin} chain had reached block ${lastEnd.toLocaleString('en-US')} by the end of ${last}, the history's last day, so its height on ${start} is at least that; give a height from ${lastEnd} up${canCarry ? ', or leave `network.height` out to carry it forward from the history' : ''}`,
  /** A hashprice given for a start whose blocks pay nothing, so it fixes no difficulty. */
  hashpriceBlockPaysNothing: (coin: Coin, height: number, noSubsidyHeight: number | null) =>
    `a ${coinProtocol(coin).name} block at height ${height.toLocaleString('en-US')} pays nothing (${noSubsidyHeight !== null && height >= noSubsidyHeight ? `no subsidy from block ${noSubsidyHeight.toLocaleString('en-US')} on, and fees of 0` : 'its subsidy and fees are 0'}), so a hashprice, the coins a block pays x the price over the difficulty, cannot fix the difficulty; give \`network.difficulty\` or \`network.hashrate\`, and fees that pay something past the subsidy (\`fees.model: { type: per-block, amount: ... }\`: a share of a subsidy of 0 is 0)`,
  hashpriceAndDifficulty: () =>
    'give `network.hashprice` or `network.difficulty`, not both: the hashprice with the price fixes the difficulty',
  netOfLuckNone: (first: string, last: string, variancePerDay: number) =>
    `over ${first} to ${last} the 7-day mean hashrate moves no more than the block luck of its days gives it (the random walk's variance reads ${variancePerDay.toExponential(2)} a day), so its volatility net of block luck would be 0, a network without a random part; calibrate on a longer window (a year reads one on every start of the history), or give \`volatility\``,
  givenBesideReplay: (key: string, family: 'network' | 'price', start: string) =>
    `a historical replay of the ${family} runs the history's own ${family === 'network' ? 'difficulty and hashrate' : 'price'} from ${start}, so \`${key}\` would be shown as the start (and taken by the held-fixed answer) but no path would run it; leave it out, or choose a forecasting model`,
  heightBesideReplay: (start: string, coin: Coin) =>
    `a historical replay of the network runs the chain's own blocks from ${start}, and their rewards follow the history's block height; \`network.height\` would pay them another height's (${coinProtocol(coin).halvingIntervalBlocks === null ? 'the base reward of the coins generated by then' : 'its halvings on other days'}): leave it out`,
  startNetworkOffHistory: (
    coin: string,
    network: string,
    start: string,
    ratio: number,
    reference: string,
    on: string,
  ) =>
    `the ${coin} network this gives is ${network} on ${start}, ${ratio >= 1 ? `${timesShown(ratio)} times` : `1/${timesShown(1 / ratio)} of`} the ${reference} of the history's week to ${on}`,
  startNetworkSlip: (coin: string, hashpriceUnit: string) =>
    `far past any what-if, so most likely a slip of unit: a ${coin} hashprice is quoted in ${hashpriceUnit}, a hashrate needs its prefix; check the figure and its unit, or leave it out to read the network from the history`,
  /** Before the history no import helps (an import adds only newer days); past it, newer data does. */
  replayOutsideHistory: (coin: string, start: string, first: string, last: string) =>
    `a historical replay needs the history on the start date ${start}, and the ${coin} history covers ${first} to ${last}; choose another model, or ${start < first ? `a start on ${first} or after (an import adds only newer days)` : newerData}`,
  scoreNeedsHistory: (start: string, first: string, days: number, horizon: number) =>
    `weights: by-score scores each model's ${horizon}-day forecasts from starts in the ${n(days)} days before ${start}, and the history begins ${first}, too late for one; write \`weights: given\` with a \`weight\` for each model`,
  /** `later`: the earliest start on which the model runs as of its first scored start, or null. */
  scoreWindowNotCovered: (type: string, origin: string, later: string | null = null) =>
    `weights: by-score runs this ${type} model as of ${origin} (the first scored start), and the history before that date is too short to calibrate it (its window, and for a fitted model the lags its fit needs); ${later === null ? 'start later' : `start on ${later} or after`}, calibrate on a shorter window, or write \`weights: given\``,
  scoreDriverScored: () =>
    'a network mixture with `weights: by-score` runs the scenario’s price model as of earlier starts to drive its forecasts, and a price mixture with `weights: by-score` would be scored again at each of them; write `weights: given` on one of the two mixtures',
  scoreDriverNotCovered: (family: string, type: string, origin: string) =>
    `the network mixture's weights: by-score runs this ${type} ${family} model as of ${origin} (the first scored start) to drive the network forecasts, and the history before that date is too short to calibrate it (its window, and for a fitted model the lags its fit needs); start later, calibrate on a shorter window, or write \`weights: given\` on the network mixture`,
  scoreFixedWindow: () =>
    'weights: by-score runs each model as of earlier starts, so a bootstrap needs a `window` before its start, not a fixed `from` and `to`',
  /** A calibration window whose price never moves: nothing for `model` to fit. */
  noJumps: (from: string, to: string, returns: number, sigmas: number) =>
    `the calibration window ${from} to ${to} holds no jump (no daily return of its ${returns} lies more than ${sigmas} robust standard deviations from their median), so a jump-diffusion calibrated on it would have none and run as a geometric Brownian motion; give \`price.model.jumpsPerYear\`, \`jumpMean\` and \`jumpVolatility\`, a longer window, or \`type: gbm\``,
  flatNetworkWindow: (from: string, to: string, instead: string) =>
    `the 7-day mean hashrate never moves over the calibration window ${from} to ${to} (its days hold one hashrate), so the stochastic network's volatility would read 0, a network without a random part; give ${instead}, or a window whose hashrate moves`,
  flatEndogenousWindow: (from: string, to: string) =>
    `the 7-day mean hashrate never moves over the calibration window ${from} to ${to} (its days hold one hashrate), so the endogenous network has no entry, shutdown or noise to fit: every one would sit at a limit of the fit and its lag would be any; give \`network.model.lag\`, \`entryRate\`, \`entryMargin\`, \`shutdownMargin\`, \`shutdown\` and \`volatility\`, or a window whose hashrate moves`,
  flatWindow: (from: string, to: string, model: string, instead: string) =>
    `every daily return of the price over the calibration window ${from} to ${to} is the same (the price does not move, or moves by one factor every day), so ${model} has no variance to fit; give ${instead}, or a window whose price moves`,
  windowNotCovered: (
    from: string,
    to: string,
    covered: number,
    requested: number,
    coin: string,
    first: string,
    last: string,
    instead: string,
    partialKey: string,
    minPartial = 0,
  ) =>
    `the calibration window ${from} to ${to} has ${n(covered)} of its ${n(requested)} days in the ${coin} history (${first} to ${last}); ${orList(
      [
        newerData,
        `give ${instead} instead of calibrating`,
        ...(covered >= minPartial ? [`accept the shorter window with \`${partialKey}\``] : []),
      ],
    )}`,
  /**
   * A window that begins before the history, which no import can fill (an import adds only newer
   * days): a start `daysLater` days later (`startFrom`) holds the whole window (null: the window is
   * longer than the history), a window of at most `covered` days lies within the history: offered
   * where it is at least `shortest` days (the shortest window the model calibrates on), and the
   * shorter window with `partialKey` where it holds at least `minPartial` days (what a partial
   * window must hold).
   */
  windowBeforeHistory: (
    from: string,
    to: string,
    covered: number,
    requested: number,
    coin: string,
    first: string,
    last: string,
    instead: string,
    partialKey: string,
    later: { days: number; start: string } | null,
    shortest = 1,
    minPartial = 0,
  ) =>
    `the calibration window ${from} to ${to} has ${n(covered)} of its ${n(requested)} days in the ${coin} history (${first} to ${last}), which holds no day before ${first} (an import adds only newer days); ${orList(
      [
        ...(later === null
          ? []
          : [`start ${n(later.days)} day${later.days === 1 ? '' : 's'} later (on ${later.start} or after)`]),
        ...(covered > 0 && covered >= shortest
          ? [`calibrate on a window of at most ${n(covered)} day${covered === 1 ? '' : 's'}`]
          : []),
        `give ${instead} instead of calibrating`,
        ...(covered >= minPartial ? [`accept the shorter window with \`${partialKey}\``] : []),
      ],
    )}`,
  /**
   * A partial window holding fewer than `min` days of the history. `longerDays`: the window that
   * would hold `min` (a start past the history's end), or null where no window holds them, at most
   * `most` days (a start near the history's first day, or a history shorter than `min`). `later`:
   * the later start whose window holds `min` days, where the days missing lie before the history.
   * `full`: past the history's end, the window that holds as many of its days as this one asks for
   * (`held`), offered first with `partialKey`: the least window reads a month of stale history.
   */
  partialTooShort: (
    from: string,
    to: string,
    covered: number,
    min: number,
    coin: string,
    first: string,
    last: string,
    instead: string,
    longerDays: number | null,
    most: number,
    later: { days: number; start: string } | null = null,
    full: {
      days: number;
      held: number;
      daysBefore: number;
      partialKey: string;
      written?: (days: number) => string;
    } | null = null,
  ) =>
    `the calibration window ${from} to ${to} has only ${n(covered)} day${covered === 1 ? '' : 's'} in the ${coin} history (${first} to ${last}), and a partial window must hold at least ${n(min)} days of it; ${
      longerDays !== null && full !== null && full.days > longerDays
        ? `${full.written ? `write \`${full.written(full.days)}\`` : `give a window of ${n(full.days)} days with \`${full.partialKey}\``}, which holds the ${n(full.held)} days of the history this one asks for (to ${last}, ${n(full.daysBefore)} day${full.daysBefore === 1 ? '' : 's'} before the start), or ${instead} instead of calibrating; a window of ${n(longerDays)} days holds only the ${n(min)} days to ${last} that a partial window must hold`
        : longerDays !== null
          ? `give a window of at least ${n(longerDays)} days, or ${instead} instead of calibrating`
          : `no window this start can calibrate on holds more than ${n(most)}: ${later === null ? '' : `start ${n(later.days)} day${later.days === 1 ? '' : 's'} later (on ${later.start} or after), or `}give ${instead} instead of calibrating`
    }`,
  /** A partial window whose every longer window that holds enough spans `across` (acrossHashUnitChange). */
  partialOnlyAcross: (
    from: string,
    to: string,
    covered: number,
    min: number,
    coin: string,
    first: string,
    last: string,
    across: string,
    instead: string,
  ) =>
    `the calibration window ${from} to ${to} has only ${n(covered)} day${covered === 1 ? '' : 's'} in the ${coin} history (${first} to ${last}), and a partial window must hold at least ${n(min)} days of it; every window long enough to hold them spans ${across}, so none calibrates the network: give ${instead} instead of calibrating`,
  acrossHashUnitChange: (name: string, date: string, before: string, algorithm: string) =>
    `${name} on ${date} (the proof of work changed from ${before} to ${algorithm}, another unit of hash)`,
  windowAcrossAlgorithm: (
    from: string,
    to: string,
    coin: string,
    change: string,
    date: string,
    before: string,
    after: string,
    cleanDays: number,
    instead: string,
    shortest = 1,
    laterStart?: string,
  ) =>
    `the calibration window ${from} to ${to} spans ${change} on ${date}, when ${coin}'s proof of work changed from ${before} to ${after}: a hash before it and one after it are not the same work (a CPU does several times as many), so the network's hashrate over the window moves with the unit, not with the miners; give ${instead} instead of calibrating, or ${cleanDays >= shortest ? `a window of at most ${n(cleanDays)} day${cleanDays === 1 ? '' : 's'} (after the change)` : laterStart === undefined ? 'a start later than the day after the change' : `a start on ${laterStart} or after (a window of ${n(shortest)} day${shortest === 1 ? '' : 's'} after the change, the least the model calibrates on)`}`,
  /**
   * A bootstrap's `from` or `to` (`key`) outside the history: past its last day newer data or an
   * earlier date fills it, before its first day only a later date (an import adds only newer days).
   */
  dateOutsideHistory: (date: string, coin: string, first: string, last: string, key: string) =>
    `${date} is outside the ${coin} history (${first} to ${last})${
      date > last
        ? `: its last day is ${last}; give a \`${key}\` on or before it, or ${newerData}`
        : `: its first day is ${first}; give a \`${key}\` on or after it (an import adds only newer days)`
    }`,
};
