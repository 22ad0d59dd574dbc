// Messages about what the shipped or imported history covers. One function a message; see shown.ts.

const newerData = 'bring newer data with `minesim data import <file>` or `minesim data fetch`';

export const coverageMessages = {
  startPastHistory: (
    coin: string,
    start: string,
    last: string,
    daysAfter: number,
    limit: number,
    keys: string,
    example: string,
  ) =>
    `the start ${start} is ${daysAfter} days after the ${coin} history ends (${last}), more than the ${limit} days minesim carries this forward; give ${keys} (like \`${example}\`), or ${newerData}`,
  startBeforeHistory: (
    coin: string,
    start: string,
    first: string,
    last: string,
    keys: string,
    example: string,
  ) =>
    `the start ${start} is before the ${coin} history (${first} to ${last}); give ${keys} (like \`${example}\`)`,
  /** A given block height on a start past the history, below the height the history ended at. */
  heightBelowHistory: (coin: string, start: string, lastEnd: string, last: string, canCarry: boolean) =>
    `the ${coin} chain had reached block ${lastEnd} by the end of ${last}, the history's last day, so its height on ${start} is at least that; give a height from ${lastEnd} up${canCarry ? ', or leave `network.height` out to carry it forward from the history' : ''}`,
  hashpriceAndDifficulty: () =>
    'give `network.hashprice` or `network.difficulty`, not both: the hashprice with the price fixes the difficulty',
  netOfLuckNone: (first: string, last: string, variancePerDay: number) =>
    `over ${first} to ${last} the 7-day mean hashrate moves no more than the block luck of its days gives it (the random walk's variance reads ${variancePerDay.toExponential(2)} a day), so its volatility net of block luck would be 0, a network without a random part; calibrate on a longer window (a year reads one on every start of the history), or give \`volatility\``,
  givenBesideReplay: (key: string, family: 'network' | 'price', start: string) =>
    `a historical replay of the ${family} runs the history's own ${family === 'network' ? 'difficulty and hashrate' : 'price'} from ${start}, so \`${key}\` would be shown as the start (and taken by the held-fixed answer) but no path would run it; leave it out, or choose a forecasting model`,
  heightBesideReplay: (start: string) =>
    `a historical replay of the network runs the chain's own blocks from ${start}, and their rewards follow the history's block height; \`network.height\` would pay them another height's (its halvings on other days): leave it out`,
  startNetworkOffHistory: (
    coin: string,
    network: string,
    start: string,
    ratio: string,
    reference: string,
    on: string,
  ) =>
    `the ${coin} network this gives is ${network} on ${start}, ${ratio} the ${reference} of the history's week to ${on}`,
  startNetworkSlip: (coin: string, hashpriceUnit: string) =>
    `far past any what-if, so most likely a slip of unit: a ${coin} hashprice is quoted in ${hashpriceUnit}, a hashrate needs its prefix; check the figure and its unit, or leave it out to read the network from the history`,
  replayOutsideHistory: (coin: string, start: string, first: string, last: string) =>
    `a historical replay needs the history on the start date ${start}, and the ${coin} history covers ${first} to ${last}; choose another model, or ${newerData}`,
  scoreNeedsHistory: (start: string, first: string, days: number, horizon: number) =>
    `weights: by-score scores each model's ${horizon}-day forecasts from starts in the ${days} days before ${start}, and the history begins ${first}, too late for one; write \`weights: given\` with a \`weight\` for each model`,
  scoreWindowNotCovered: (type: string, origin: string) =>
    `weights: by-score runs this ${type} model as of ${origin} (the first scored start), and the history before that date is too short to calibrate it (its window, and for a fitted model the lags its fit needs); start later, calibrate on a shorter window, or write \`weights: given\``,
  scoreDriverScored: () =>
    'a network mixture with `weights: by-score` runs the scenario’s price model as of earlier starts to drive its forecasts, and a price mixture with `weights: by-score` would be scored again at each of them; write `weights: given` on one of the two mixtures',
  scoreDriverNotCovered: (family: string, type: string, origin: string) =>
    `the network mixture's weights: by-score runs this ${type} ${family} model as of ${origin} (the first scored start) to drive the network forecasts, and the history before that date is too short to calibrate it (its window, and for a fitted model the lags its fit needs); start later, calibrate on a shorter window, or write \`weights: given\` on the network mixture`,
  scoreFixedWindow: () =>
    'weights: by-score runs each model as of earlier starts, so a bootstrap needs a `window` before its start, not a fixed `from` and `to`',
  /** A calibration window whose price never moves: nothing for `model` to fit. */
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
  ) =>
    `the calibration window ${from} to ${to} has ${covered} of its ${requested} days in the ${coin} history (${first} to ${last}); ${newerData}, give ${instead} instead of calibrating, or accept the shorter window with \`${partialKey}\``,
  partialTooShort: (
    from: string,
    to: string,
    covered: number,
    min: number,
    coin: string,
    first: string,
    last: string,
  ) =>
    `the calibration window ${from} to ${to} has only ${covered} days in the ${coin} history (${first} to ${last}); even a partial window needs ${min}`,
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
  ) =>
    `the calibration window ${from} to ${to} spans ${change} on ${date}, when ${coin}'s proof of work changed from ${before} to ${after}: a hash before it and one after it are not the same work (a CPU does several times as many), so the network's hashrate over the window moves with the unit, not with the miners; give ${instead} instead of calibrating, or ${cleanDays >= 1 ? `a window of at most ${cleanDays} day${cleanDays === 1 ? '' : 's'} (after the change)` : 'a start later than the day after the change'}`,
  dateOutsideHistory: (date: string, coin: string, first: string, last: string) =>
    `${date} is outside the ${coin} history (${first} to ${last})`,
};
