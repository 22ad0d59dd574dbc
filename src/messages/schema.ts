// Messages of the scenario schema and its cross-field rules. One function a message; see shown.ts.

import { grouped, plainFigure, shownHashrate } from './shown.js';

export const schemaMessages = {
  atLeast: (min: string) => `must be at least ${min}`,
  above: (min: string) => `must be more than ${min}`,
  atMost: (max: string) => `must be at most ${max}`,
  /** A rate written per another period whose year's value passes the field's bound. */
  atMostAYear: (max: string, year: string) => `must be at most ${max} a year (that is ${year} a year)`,
  /** A rate written per another period than a year that has no year's rate (schema/quantity.ts). */
  periodRateOutOfRange: (rule: 'share' | 'effective' | 'volatility') =>
    rule === 'share'
      ? 'a share lost each period is from 0 % to 100 % of that period; write it per year, or as a share of the period'
      : rule === 'effective'
        ? 'an effective rate a period must be more than -100 %; write it per year, or as such a rate'
        : 'a volatility cannot be negative',
  /** `written`: the text given; a date in the right form whose day the month lacks says how many it has. */
  badDate: (written?: string) => {
    const form = /^(\d{4})-(\d{2})-(\d{2})$/.exec(written ?? '');
    const month = form ? Number(form[2]) : 0;
    if (!form || month < 1 || month > 12 || Number(form[3]) < 1)
      return 'expected a calendar date YYYY-MM-DD, like 2017-05-17';
    const days = new Date(Date.UTC(Number(form[1]), month, 0)).getUTCDate();
    return `is not a day of the calendar: ${form[1]}-${form[2]} has ${days} days; give a day from ${form[1]}-${form[2]}-01 to ${form[1]}-${form[2]}-${days}`;
  },
  badMonthDay: () =>
    'expected a day of the year MM-DD, like 12-31 or 06-30 (not 02-29, which most years lack)',
  dateOutOfRange: (first: string, last: string) =>
    last === '2100-12-31'
      ? `the date must be from ${first} to ${last} (the days a run can start on)`
      : `the date must be from ${first} to ${last} (the days a run can reach: a start by 2100-12-31 and a horizon of at most 100 years)`,
  notFinite: () => 'expected a finite number (.inf and .nan are not numbers a scenario can use)',
  expectedType: (expected: string) => `expected ${expected}`,
  /** A mapping or list with nothing under it, which YAML reads as null (scenario/issues.ts). */
  leftEmpty: (list: boolean, optional: boolean) =>
    `is empty: give its ${list ? 'items (`- ...` lines)' : 'keys (key: value lines)'}, indented below it${optional ? ', or remove the line to leave it out' : ''}`,
  /** A per-block fee amount written with a unit or as text (fees/per-block.ts). */
  feesPerBlockAmount: () =>
    'expected a number of coins a block (BTC or XMR, as the scenario’s coin), written without the unit, like `amount: 0.01`',
  /** A whole number whose commas group no thousands (`1,00`, `1,5`): schema/whole-number.ts. */
  badGrouping: (digits: string) =>
    `a whole number's thousands separators have three digits after each comma (\`1,000\`, \`10,000,000\`); write the number without commas (\`${digits}\` if that is what is meant) or grouped in threes`,
  required: () => 'is required',
  oneOf: (options: readonly string[], suggestion?: string) =>
    `expected one of ${options.map((o) => JSON.stringify(o)).join(', ')}${suggestion ? `; did you mean ${JSON.stringify(suggestion)}?` : ''}`,
  /**
   * A treasury policy minesim lacks (schema/scenario.ts): what each does, that none sells a share or
   * on a schedule, and the bracket that a share sold each day gives; `suggestion` for a misspelt name.
   */
  treasuryPolicy: (options: readonly string[], suggestion?: string) =>
    `expected one of ${options.map((o) => JSON.stringify(o)).join(', ')}${suggestion ? `; did you mean ${JSON.stringify(suggestion)}?` : ''} (\`sell-daily\` sells every coin the day it is mined, \`hold\` keeps every coin to the horizon, valued at each day's price, \`sell-to-cover\` sells only what pays each day's bills); none sells a share of the coins or sells on a schedule (monthly, weekly): a share s of each day's coins sold that day ends with s x the net of \`sell-daily\` + (1 - s) x that of \`hold\` (its net position and NPV at the horizon, without margin calls or tax on the coins' gains; not its payback or IRR): run both`,
  /**
   * A model without its `type`: the types whose keys are those given (`types`), and the model in full
   * with the first (`written`: its keys and values, each after ", ").
   */
  typeInFull: (model: string, types: readonly string[], written: string) =>
    `${types.length === 1 ? '' : `the keys given are those of ${types.map((t) => JSON.stringify(t)).join(' or ')}: `}write \`${model}: { type: ${types[0]}${written} }\`${types.length === 1 ? '' : ' or another of them'}`,
  /** A key holding characters outside printable ASCII (a Greek omicron, a no-break or zero-width space) names them: they look like others or show as nothing. */
  unknownKey: (key: string, suggestion?: string) => {
    const odd = [...new Set([...key].filter((c) => c < ' ' || c > '~'))].map(
      (c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
    );
    const holds =
      odd.length === 0
        ? ''
        : ` (it holds ${odd.join(', ')}, which no key has and which may look like another character or like nothing: type the key again)`;
    return `unknown key ${JSON.stringify(key)}${holds}${suggestion ? `; did you mean ${JSON.stringify(suggestion)}?` : ''}`;
  },
  tooFew: (min: number, what: string) =>
    `needs at least ${grouped(min)} ${min === 1 ? what.replace(/ies$/, 'y').replace(/s$/, '') : what}`,
  tooMany: (max: number, what: string) =>
    `allows at most ${grouped(max)} ${max === 1 ? what.replace(/ies$/, 'y').replace(/s$/, '') : what}`,
  numberAtLeast: (min: number | bigint, inclusive: boolean) =>
    `must be ${inclusive ? 'at least' : 'more than'} ${grouped(min)}`,
  numberAtMost: (max: number | bigint, inclusive: boolean) =>
    `must be ${inclusive ? 'at most' : 'less than'} ${grouped(max)}`,
  wholeNumber: () => 'must be a whole number',
  quantityOrObject: (options: string) => `expected ${options}`,
  unknownModel: (suggestions: readonly string[]) =>
    `is not in the hardware catalog${suggestions.length ? `; did you mean ${suggestions.map((s) => JSON.stringify(s)).join(' or ')}?` : ''}`,
  /** `ratedFrom`: the day the coin moves to the machine's algorithm while the cohort runs, if it does. */
  replacedAlgorithm: (
    model: string,
    algorithm: string,
    coin: string,
    inForce: string,
    since: string | null,
    ratedFrom?: string,
  ) =>
    `the ${model} is rated on ${algorithm}, but ${coin} mines ${inForce}${since ? ` since ${since}` : ''}, on which its hashrate is not the catalog's; ${
      ratedFrom === undefined
        ? `give \`hashrate\` (on ${inForce}), or a machine of the catalog rated on it`
        : `the cohort runs past ${ratedFrom}, when ${coin} moves to ${algorithm}, and one hashrate cannot be its rate on both: retire it by then (\`retire: ${ratedFrom}\`) with its \`hashrate\` on ${inForce}, and give its days from ${ratedFrom} as a cohort of their own, on the catalog's rating; or start on ${ratedFrom} or later`
    }`,
  ratingOutlived: (model: string, algorithm: string, coin: string, change: string, date: string) =>
    `the ${model} is rated on ${algorithm}, but ${coin} changes its proof of work to ${change} on ${date}, while this cohort runs, and hashes at another rate on it, which the catalog does not give; retire the cohort by then (\`retire: ${date}\`) or end the horizon before ${date}, and give its days from ${date} as a cohort of their own with its \`hashrate\` on ${change}`,
  needsHashrateAndPower: () => 'a cohort needs `model` or both `hashrate` and `power`',
  wrongAlgorithm: (model: string, algorithm: string, coin: string, algorithms: readonly string[]) =>
    `the ${model} hashes ${algorithm}, which mines no ${coin} (its proof of work: ${algorithms.join(', ')}); choose a ${coin} machine of the catalog, or give \`hashrate\` and \`power\` without \`model\``,
  afterHorizon: (what: string) => `${what} is after the end of the horizon`,
  /** A cohort bought after the horizon's last day (`last`): it would be in no day of the run, nor its payback decidable. */
  purchaseAfterHorizon: (last: string) =>
    `the purchase is after the end of the horizon (its last day ${last}): the cohort would never be in the run and the fleet's payback, counted from its last purchase, never decidable; buy it by ${last}, or lengthen the horizon`,
  boughtAfterCut: (cut: string) =>
    `every cohort is bought after ${cut}, the end of the history the run replays (a \`historical\` price, network or fee model stops there): the run would hold no machine; buy a cohort by ${cut}, or give models that run past the history`,
  beforeDeploy: () => 'the cohort is retired before it is deployed',
  unknownHardwareClass: (known: readonly string[], suggestion?: string) =>
    `is not a hardware class minesim knows, so no change of proof of work would strand it; the classes are ${known.map((k) => JSON.stringify(k)).join(', ')} (those of the hardware catalog, and any a cohort and network.powChanges both name)${suggestion ? `; did you mean ${JSON.stringify(suggestion)}?` : ''}`,
  strandedBeforeHashing: (hardwareClass: string, change: string, changeDate: string, hashing: string) =>
    `the cohort's ${hardwareClass} hardware is stranded by ${change} on ${changeDate}, on or before the first day it would hash (${hashing}), so it would never hash and be worth nothing; choose hardware the coin still mines, or a cohort that hashes before ${changeDate}`,
  protocolStrandingLeftOut: (
    coin: string,
    change: string,
    date: string,
    hardwareClass: string,
    cohort: number,
  ) =>
    `${coin}'s ${change} on ${date} stranded ${hardwareClass} hardware (fleet[${cohort}]), but the scenario's powChanges do not strand it by then: a change of proof of work the chain made is the protocol's, not an assumption, and the back-test replays the days after it; keep it in the list (\`{ date: ${date}, name: ${change}, strands: [${hardwareClass}] }\`) or leave out powChanges for ${coin}'s own`,
  retiredByStart: (start: string) =>
    `the cohort is retired on or before the start (${start}), so it never runs within the horizon (its purchase and sale would both fall on the start day); retire it after the start, or leave it out`,
  /** A failure rate whose year's survival a double cannot hold (schema/fleet.ts). */
  failureRateTooHigh: () =>
    'units fail at a share a day that compounds over the year, and this rate leaves (next to) no unit after a year, which would fail every unit on its first day; give less than 100 % a year: at most 99.99999999999 % a year, 91.7 %/month or 7.8 %/day',
  /** A deployment delay that is not whole days (schema/fleet.ts): never rounded. */
  notWholeDays: (days: number, below: number, above: number) => {
    const delay = (n: number) => `\`${n} day${n === 1 ? '' : 's'}\``;
    return `a cohort starts hashing at the start of a day, so its delay is whole days, and this is ${Number(days.toFixed(4))} days, which minesim does not round: give ${delay(below)} or ${delay(above)}`;
  },
  scheduleUnsorted: () => 'schedule entries must be in date order',
  scheduleSameDay: (date: string, other: number) =>
    `this entry starts on ${date}, as entry ${other} does: give each date once (the later price from its own day)`,
  scheduleStartsLate: (start: string) =>
    `the first schedule entry must start on or before the scenario start (${start})`,
  notForCoin: (what: string, coin: string) => `${what} does not apply to ${coin}`,
  needsParameter: (field: string, model: string) => `the ${model} model needs \`${field}\` or \`calibrate\``,
  driftSpreadStandardError: () =>
    '`driftSpread: standard-error` is the standard error of a drift calibrated on the window: give `calibrate` and no `drift`, or the spread as a rate (e.g. `driftSpread: 20 %`)',
  driftSpreadNeedsNetVolatility: () =>
    "`driftSpread: standard-error` reads the volatility as the random walk's: calibrate it with `blockLuck: removed` (the daily changes' volatility reads block luck and a seventh of the walk), or give `volatility`",
  netOfLuckWindow: (minDays: number) =>
    `a volatility net of block luck is read from changes of 7-day means up to 56 days apart: give a \`calibrate\` window of at least ${minDays} days, or the \`volatility\` itself`,
  driftNeedsWindow: () =>
    'a drift shrunk toward a prior shrinks the mean of a window: give `calibrate`, or the drift itself (e.g. `drift: 0 %`)',
  mixtureWeight: () => 'a mixture with `weights: given` needs a `weight` for each model (e.g. `weight: 0.5`)',
  mixtureScoredWeight: () =>
    'a mixture with `weights: by-score` takes its weights from the score: remove `weight`, or write `weights: given`',
  mixtureReplay: (type: string) =>
    `a ${type} replay cannot be part of a mixture (it is the history, not a forecast); choose a forecasting model`,
  alphaBetaTogether: () =>
    'give `alpha` and `beta` together (a fitted one beside a given one may not add up below 1)',
  persistence: (alpha: number, beta: number, max: number) =>
    `alpha + beta (here ${alpha} + ${beta} = ${Number((alpha + beta).toPrecision(12))}) must be below ${max}, or the variance has no long-run level`,
  negativeTariff: (day: number, date: string, value: number) =>
    `the expression gives a negative electricity price on day t = ${day} (${date}): ${plainFigure(Number(value.toPrecision(6)))} USD/kWh`,
  /** `value` to 6 digits, or the more that keep it above the limit `max` (10.0000001, not 10). */
  tariffTooHigh: (day: number, date: string, value: number, max: string) => {
    const limit = Number.parseFloat(max);
    let digits = 6;
    while (digits < 17 && Number(value.toPrecision(digits)) <= limit) digits++;
    return `the expression gives ${plainFigure(Number(value.toPrecision(digits)))} USD/kWh on day t = ${day} (${date}), above the limit of ${max} that a constant price has too`;
  },
  /** `logRange`, `limit`: natural logs of the factors. */
  marketRange: (
    what: 'price' | 'network hashrate',
    logRange: number,
    limit: number,
    years: number,
    sigmas: number,
  ) =>
    `over the ${Number(years.toPrecision(3))}-year horizon this model could move the ${what} by a factor of about ` +
    `1e${Math.round(logRange / Math.LN10)} (its ${what === 'price' ? 'drift' : "growth (its drift, or an endogenous network's entry)"} over the horizon plus ${sigmas} standard deviations of its random part); ` +
    `minesim allows 1e${Math.round(limit / Math.LN10)} either way, so shorten the horizon or lower ` +
    (what === 'price'
      ? 'the drift, volatility or jumps'
      : "the growth, drift, drift spread (`driftSpread`), volatility or elasticity (an endogenous network: its entry rate or lag, or its entry margin and frontier: it orders machines until its hashrate has grown by the factor the start's hashprice over the frontier's power cost exceeds the entry margin)"),
  endogenousNoFit: (first: string, last: string, weeks: number) =>
    `the endogenous network's fit needs at least ${weeks} weeks of history in ${first} to ${last} with a year of history before them (its longest lag); give \`lag\`, \`entryRate\`, \`entryMargin\`, \`shutdownMargin\`, \`shutdown\` and \`volatility\`, or a start later in the history`,
  priceCoupledNotFitted: (key: string) =>
    `unknown key ${JSON.stringify(key)}: the price-coupled network fits nothing on the history: its \`elasticity\` (default 1), \`lag\` (120 days), \`efficiencyGain\` (20 %) and \`volatility\` (20 %) are given; leave ${JSON.stringify(key)} out, or use \`type: endogenous\`, which fits its response on the history before the start`,
  endogenousWindowShort: (days: number, least: number) =>
    `an endogenous network fitted on ${days} days reads its delivery lag (up to a year), margins, entry rate, shutdown and volatility from ${Math.max(0, Math.floor(days / 7) - 1)} week-to-week moves, mostly their noise (on Bitcoin's monthly starts 2019-2025, 12-week fits put the entry rate at its stability bound on 44 of 83 starts and moved the lag from one month's start to the next on 67 of 82); give a window of at least ${least} days (\`calibrate: 1 year\`), or \`lag\`, \`entryRate\`, \`entryMargin\`, \`shutdownMargin\`, \`shutdown\` and \`volatility\``,
  endogenousNoFrontier: (start: string) =>
    `the endogenous network has no frontier on ${start}: the catalog holds no two machines of the coin's hardware released before it, and the margins would then be measured against the day before the start, which the history does not hold; give \`efficiency\` (the best hardware's energy per hash on the start, e.g. \`1e-6 J/H\`) or a later start`,
  endogenousCostUnderflow: (joulesPerHash: number, usdPerKwh: number) =>
    `the endogenous network's frontier at ${joulesPerHash} J/H and ${usdPerKwh} USD/kWh costs less power a hash than the smallest number minesim can hold, so its margin over that cost would be infinite; give an efficiency of at least 1e-300 J/H (today's best hardware is about 1e-11 J/H, 10 J/TH)`,
  coupledSubsidyEnds: (date: string) =>
    `the price-coupled network follows price x (block subsidy + fees) and needs a block subsidy on every day, and Bitcoin's subsidy ends at height 6,930,000 (about ${date}, inside the horizon); shorten the horizon or choose another network model`,
  /** Fees as a share of a subsidy that ends within the horizon (`date`; null: by the start). */
  shareFeesSubsidyEnds: (date: string | null) =>
    `fees as a share of the block subsidy are 0 once Bitcoin's subsidy ends at height 6,930,000 (${date === null ? 'by the start' : `about ${date}, inside the horizon`}), so from then a block would pay nothing and no machine would earn; give fees per block (\`fees.model: { type: per-block, amount: ... }\`) or shorten the horizon`,
  samplePathsTooLarge: (samplePaths: number, points: number, max: number, megabytes: number, fits: number) =>
    `${samplePaths.toLocaleString('en-US')} sample paths over the horizon make ${points.toLocaleString('en-US')} weekly points ` +
    `for paths.csv and summary.json (about ${megabytes.toLocaleString('en-US')} MB); minesim writes at most ` +
    `${max.toLocaleString('en-US')}, so lower outputs.samplePaths to ${fits.toLocaleString('en-US')} or fewer, or shorten the horizon`,
  historyOutOfBounds: (what: string, date: string, value: number, allowed: string) =>
    `the history's ${what} on ${date} is ${plainFigure(value)}, outside what minesim allows (${allowed}); check the imported data (minesim data status) or give the start figures in the scenario`,
  /**
   * `value` (H/s or W) with an SI prefix, to 3 significant digits or the more that keep it outside
   * `allowed` (a catalog's 7e-13 TH/s is 0.7 H/s, not 0.7000000000000001 H/s; 0.9999 H/s not 1 H/s).
   */
  catalogOutOfBounds: (
    what: 'hashrate' | 'power',
    value: number,
    allowed: string,
    isAllowed: (value: number) => boolean,
  ) => {
    let digits = 3;
    while (digits < 17 && isAllowed(Number(value.toPrecision(digits)))) digits++;
    const unit = what === 'hashrate' ? 'H/s' : 'W';
    // Prefixes up to ZH/s and TW; past them in powers of 10 (1e20 W), and Infinity as it is.
    const prefixes = what === 'hashrate' ? ['', 'k', 'M', 'G', 'T', 'P', 'E', 'Z'] : ['', 'k', 'M', 'G', 'T'];
    let step = 0;
    while (step < prefixes.length - 1 && Math.abs(value) >= 1000 ** (step + 1)) step++;
    const shownValue =
      Number.isFinite(value) && Math.abs(value) < 1000 ** prefixes.length
        ? `${Number((value / 1000 ** step).toPrecision(digits))} ${prefixes[step]}${unit}`
        : `${Number.isFinite(value) ? Number(value.toPrecision(digits)).toExponential().replace('e+', 'e') : value} ${unit}`;
    return `the hardware catalog gives this model a ${what} of ${shownValue}, outside what minesim allows (${allowed}); correct the catalog row or give the cohort its own \`${what}\``;
  },
  /**
   * `capex`: under `minUsd`, shown in decimals with the digits that keep it under (0.0033, not
   * 0.0033000000000000004); below a nano-dollar in exponent form (1e-200, not 200 zeros).
   */
  capexTooSmall: (capex: number, min: string, minUsd = 0.01) => {
    let digits = 2;
    while (digits < 17 && Number(capex.toPrecision(digits)) >= minUsd) digits++;
    const shown =
      capex < 1e-9
        ? String(Number(capex.toPrecision(digits)))
        : capex.toLocaleString('en-US', { maximumSignificantDigits: digits });
    return `the fleet costs ${shown} USD in all; ROI divides by that cost, so it must be 0 (a free fleet) or at least ${min}`;
  },
  spikesOverlap: () =>
    'spikes a year x their duration must stay below 365 days (the spikes would cover the whole year)',
  fleetAboveNetwork: (fleetHs: number, networkHs: number, date: string, fix: string) =>
    `the fleet hashes ${shownHashrate(fleetHs)} on ${date}, more than the whole network's ${shownHashrate(networkHs)} that day: a fleet earns its share of the network's blocks, so it cannot exceed the network; ${fix}`,
  fleetAboveChain: (fleetHs: number, chainHs: number, date: string, blocks: number, fix: string) =>
    `the fleet hashes ${shownHashrate(fleetHs)} on ${date}, more than the whole chain did that day in the history (${blocks} block${blocks === 1 ? '' : 's'} at the day's difficulty: ${shownHashrate(chainHs)}): the back-test replays that day, and the fleet would mine more coins than the chain issued; ${fix}`,
  /**
   * `startDay`: the day is the start, whose network the scenario may state; `growth`: a later day
   * whose network the growth model fills, with the least growth a year (a percentage, rounded up)
   * that keeps it above the fleet, or null where none the schema takes does; `alone`: no other
   * cohort runs then, so one unit of the cohort is more than the network by itself.
   */
  fleetAboveNetworkFix: (
    cohort: number | null,
    most: number,
    startDay: boolean,
    growth: string | null = null,
    alone = false,
  ) =>
    (cohort === null
      ? 'lower the counts of its cohorts'
      : most >= 1
        ? `lower fleet[${cohort}].count to at most ${grouped(most)}`
        : alone
          ? `even one unit of fleet[${cohort}] hashes more than the network on a day it runs: give fleet[${cohort}] a machine of less hashrate (its \`model\`, or \`hashrate\`)`
          : `even one unit of fleet[${cohort}] is too many beside the rest of the fleet: lower the other cohorts' counts`) +
    (startDay ? ', or state a start network that holds it (network.hashrate)' : '') +
    (growth === null
      ? ''
      : `, or give the network a growth that keeps it above the fleet (\`network.model: { type: growth, rate: ${growth} }\` or more)`),
  windowTooShort: (days: number, min: number) =>
    `the window from \`from\` to \`to\` holds ${days} day${days === 1 ? '' : 's'}; a bootstrap resamples the daily returns of at least ${min} days (a window of a few days resamples its few returns every day, compounding their drift over the horizon): move \`from\` back or \`to\` on`,
  /** An explicit resampling window whose `from` is after its `to`. */
  windowReversed: (from: string, to: string, min: number) =>
    `the window's \`from\` (${from}) is after its \`to\` (${to}): \`from\` is the first day of the window and \`to\` the last; swap them, in a window of at least ${min} days`,
  blockLongerThanWindow: (days: number, returns: number) =>
    `a mean block longer than the window's ${returns} daily returns (its ${Math.round(days)} days) replays them in their order, round and round, instead of resampling them; give a blockLength of at most ${returns} days, or a longer window`,
  windowAfterStart: () => 'an ex-ante resampling window must end before the start date',
  growthWindowShort: (days: number, least: number) =>
    `a growth fitted on ${days} days runs on every path alike, and its fit is mostly the window's noise (on Bitcoin since 2020, 30-day fits ranged from -545 % to +346 % a year); give a window of at least ${least} days (\`calibrate: ${least} days\`), or a stated \`rate\` (e.g. \`rate: 50 %\`)`,
  epochWithoutRetargets: (coin: string) =>
    `a growth rate \`per: epoch\` is growth per difficulty epoch of 2016 blocks, and ${coin} has no such epochs (its difficulty follows every block): give the rate per year (\`per: year\`)`,
  correlationWithoutPriceShocks: (rho: number, priceType: string) =>
    `a price correlation of ${rho} needs a price model that draws daily shocks, and a \`${priceType}\` price draws none: the hashrate would keep only sqrt(1 - ${rho}^2) of its volatility and follow nothing; give priceCorrelation: 0, or a gbm, jump-diffusion, garch-t or bootstrap price`,
  bothWindowEnds: () => 'give both `from` and `to`, or neither (then `window` counts back from the start)',
  notWholeMonths: (days: number, months: number, below: number, above: number) => {
    const term = (n: number) => `\`${n} month${n === 1 ? '' : 's'}\``;
    return `a term is paid or settled in whole months of 30.4375 days (a twelfth of 365.25), and ${Number(days.toFixed(2))} days is ${Number(months.toFixed(2))} of them, which minesim does not round: give ${term(below)} or ${term(above)} (a term in days must be within half a day of whole months, like 30, 91 or 365 days)`;
  },
};
