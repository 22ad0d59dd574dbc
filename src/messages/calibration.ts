// Messages of the calibration study. One function a message; see shown.ts.

import {
  DEFAULT_MODEL_LABEL,
  DEFAULT_NETWORK_LABEL,
  DEFAULT_PRICE_LABEL,
  EARLY_MODEL_LABEL,
  EARLY_PRICE_LABEL,
  type EarlyPrice,
  type MarketFamily,
} from '../model/market/defaults.js';
import { MIN_FIT_RETURNS } from '../model/market/garch-fit.js';
import type { NetworkExample } from '../scenario/network-example.js';
import type { PriceExample } from '../scenario/price-example.js';
import { shownFile } from './shown.js';

/** The figures a given model is offered with: the coin's own network or price, its last year. */
type MarketExample = NetworkExample | PriceExample;

export const calibrationMessages = {
  tooFewPaths: (paths: number, min: number) =>
    `--paths for calibrate must be at least ${min} (got ${paths}): a band read from n paths holds on average ` +
    `(n - 1) / (n + 1) of its share of a calibrated forecast’s outcomes, so at ${paths} the 90 % band would hold ` +
    `${(((paths - 1) / (paths + 1)) * 90).toFixed(0)} % and every model would score as too narrow; give --paths ` +
    `${min} or more (the default is 500)`,
  tooManyPaths: (paths: number, max: number) =>
    `--paths for calibrate must be at most ${max.toLocaleString('en-US')} (got ${paths.toLocaleString('en-US')}): ` +
    'the study keeps every path of a forecast in memory (four quantities at each horizon, 128 bytes a path, ' +
    'two forecasts in flight on each worker) and runs about 2,500 forecasts; give --paths ' +
    `${max.toLocaleString('en-US')} or fewer (500 takes about 100 s of processor time)`,
  coverageLine: (model: string, horizon: string, in50: string, in90: string, crps: string) =>
    `${model.padEnd(56)} ${horizon.padEnd(8)} net position: in 50 % band ${in50}  in 90 % band ${in90}  CRPS/capex ${crps}`,
  chosen: (model: string, fallback: boolean) =>
    `default model by the choice rule (tuning starts only): ${model}${fallback ? ' (no model met the coverage condition; the nearest was taken)' : ''}`,
  /**
   * This run's rule chose another model than the default minesim ships (src/model/market/defaults.ts),
   * which the goals and the published forecasts measure. Markdown-free: coverage.md bolds it itself.
   */
  shippedDefault: (shipped: string, chosen: string) =>
    `minesim's default stays ${shipped}, which this rule chose when the default was set; on this run's draws it chooses ${chosen} instead. The default changes when the rule's choice holds across seeds (the README gives the study's seeds and what each chose); the goals and the published forecasts below are the default's`,
  /** The default as shipped (the choice where it runs, the early pair before), scored on every start. */
  shippedScores: (
    shipped: string,
    early: string,
    firsts: string,
    forecasts: number,
    coverage: string,
    crps: string,
  ) =>
    `The default as shipped runs ${shipped} from its first start (${firsts}) and ${early} before it, where the mixture cannot be scored; on all ${forecasts} tuning forecasts at the choice horizons its 90 % band holds ${coverage} of the net positions, mean CRPS ${crps}`,
  /**
   * The Monte Carlo error of the ends of minesim's bands beside published forecasts (coverage.md):
   * each end is a quantile of the forecast's paths, within the 95 % interval of its binomial ranks
   * (stats/quantile-interval.ts), as the fan charts' captions state it for a run's weekly bands.
   */
  bandEndsError: (
    paths: string,
    band: string,
    low: string,
    high: string,
    span: { low: string; high: string } | null,
    needed: string,
  ) =>
    span === null
      ? `Each of minesim's ${band} bands here is read from ${paths}: too few for a 95 % interval of its ${low} and ${high} ends (${needed} needed), so read them as rough.`
      : `Each of minesim's ${band} bands here is read from ${paths}, so its ends carry Monte Carlo error: the ${low} end is the paths' ${low}, within a 95 % interval from the paths' ${span.low} to their ${span.high}; the ${high} end's likewise.`,
  /** How the interval forecast's coverage carries its error (coverage.md). */
  bandCoverageError: () =>
    'A coverage is the share of the weeks whose realised mean its band held, with its 95 % interval under serial dependence (in brackets): ' +
    'Wilson’s over the effective number of independent weeks, fewer than the weeks where hits and misses come in runs (a band off in one ' +
    'regime misses week after week; the study’s Coverage bullet says how they are counted), and at most a quarter of them four weeks ahead, ' +
    'whose forecasts of weekly starts share three of their four weeks with the next.',
  /** What the study's progress line counts: the replays of the history and the forecasts, not paths. */
  progressCounted: () => 'runs',
  /** A goal on the held-out starts; a share with its 95 % interval under serial dependence (stats/serial-share.ts). */
  goal: (what: string, value: string, target: string, met: boolean, interval?: string) =>
    `goal, held-out: ${what} ${value} (${interval === undefined ? '' : `95 % serial-adj. ${interval}; `}target ${target}) ${met ? 'met' : 'MISSED'}`,
  wrote: (dir: string, forecasts: number, seconds: number) =>
    `wrote ${shownFile(dir)}/ (calibration.csv, scores.csv, published.csv, published-band.csv, coverage.md, charts) from ${forecasts} scored forecasts in ${seconds.toFixed(0)} s`,
};

/**
 * The days the default bootstrap resamples: past the history's end, the years to its last day and
 * how long before the start that is; else `before` (the years before the start).
 */
const bootstrapWindow = (pastEnd: EarlyPrice['pastEnd'], before: string) =>
  pastEnd === undefined
    ? before
    : `${pastEnd.fourYears ? 'the 4 years' : `the ${pastEnd.days} days`} of the history to its last day, ${pastEnd.from} to ${pastEnd.to}, ${pastEnd.daysBefore} day${pastEnd.daysBefore === 1 ? '' : 's'} before the start (past the history's end, the 4 years before the start hold only what of them is history)`;

/** The assumptions table's line on the default market models (scenario/market-lines.ts). */
export const defaultModelMessages = {
  value: (families: readonly MarketFamily[], early: EarlyPrice | undefined) => {
    const both = families.length === 2;
    if (!families.includes('price')) return `minesim's default (${DEFAULT_NETWORK_LABEL})`;
    if (early === undefined) return `minesim's default (${both ? DEFAULT_MODEL_LABEL : DEFAULT_PRICE_LABEL})`;
    return `minesim's default where the price mixture cannot run (${both ? EARLY_MODEL_LABEL : EARLY_PRICE_LABEL})`;
  },
  /** The model a defaulted family runs, as the line names it alone. */
  label: (family: MarketFamily, early: EarlyPrice | undefined) =>
    family === 'network'
      ? DEFAULT_NETWORK_LABEL
      : early === undefined
        ? DEFAULT_PRICE_LABEL
        : EARLY_PRICE_LABEL,
  /** A defaulted family whose default model cannot run on the scenario (scenario/validate.ts). */
  cannotRun: (
    family: MarketFamily,
    label: string,
    at: string,
    problem: string,
    example: MarketExample | undefined,
  ) =>
    // Where the problem's own advice already writes the model with its figures, it is said once.
    problem.includes(`\`${family}.model: { ${givenModel(family, example)} }\``)
      ? `the scenario names no ${family} model, and minesim's default here (${label}) cannot run: ${problem} (${at} of the default)`
      : `the scenario names no ${family} model, and minesim's default here (${label}) cannot run: ${problem} (${at} of the default); name a ${family} model in the scenario with the figures it needs, e.g. \`${family}: { model: { ${givenModel(family, example)} } }\`${givenFrom(family, example)}`,
  /**
   * A model with its figures given, written whole (with its type) for a scenario that names none,
   * so that the advice validates as written where the model's keys alone would lack the type.
   */
  givenModelWritten: (family: MarketFamily, example?: MarketExample) =>
    `\`${family}.model: { ${givenModel(family, example)} }\`${givenFrom(family, example)}`,
  note: (early: EarlyPrice | undefined) =>
    early === undefined
      ? "the scenario names no model here; set by minesim calibrate's rule on starts up to 2019, tested on later ones (output/calibration/coverage.md)"
      : early.reason === 'scored-network'
        ? `the scenario names no price model; the default's price mixture is weighted by score, and a network mixture weighted by score cannot be driven by it, so the price is the block bootstrap of ${bootstrapWindow(early.pastEnd, 'the 4 years before the start')}, the study's choice among the models that run on every start`
        : early.reason === 'window'
          ? `the scenario names no price model; the default's price mixture calibrates its GARCH-t on the 2 years before the start, which the history (to ${early.last}) cannot fit here (a fit takes at least ${MIN_FIT_RETURNS + 1} of them, a year of days, and here fewer are history, or the price never moves in them), so the price is the block bootstrap of ${bootstrapWindow(early.pastEnd, 'the history in the 4 years before the start')}, the study's choice among the models that run on every start`
          : `the scenario names no price model; the default's price mixture weighs its models by their forecasts from starts up to 2 years before this one, and the history is too short for that here${early.from === null ? '' : ` (it runs from ${early.from})`}, so the price is the block bootstrap of the history before the start (the study's choice among the models that run on every start)`,
};

/**
 * The figures of a model given, not calibrated, in the words the advice writes them: the coin's own
 * last year of history, rounded (`example`), where there is one.
 */
const givenModel = (family: MarketFamily, example: MarketExample | undefined) =>
  example === undefined
    ? `type: ${family === 'price' ? 'gbm, drift: 0 %, volatility: 60 %' : 'stochastic, drift: <% a year>, volatility: <% a year>'}`
    : `type: ${family === 'price' ? 'gbm' : 'stochastic'}, drift: ${pct(example.drift)}, volatility: ${pct(example.volatility)}`;

const pct = (x: number) => `${Math.round(x * 100)} %`;

/** Where a model's given figures come from: the coin's own last year of history, rounded. */
const givenFrom = (family: MarketFamily, example: MarketExample | undefined) =>
  example === undefined
    ? ''
    : family === 'network' && 'before' in example && example.before !== undefined
      ? ` (the ${example.coin} network's hashrate over its last year of shipped history before ${example.before}, a change of hash unit, ${example.from} to ${example.to}, rounded to 5 %: your own view of its year ahead is better)`
      : ` (the ${example.coin} ${family === 'network' ? "network's hashrate" : 'price'} over its last year of shipped history, ${example.from} to ${example.to}, rounded to 5 %: your own view of its year ahead is better)`;
