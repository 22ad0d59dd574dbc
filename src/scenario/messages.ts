// Every message minesim shows a user lives here, as a function, so wording is consistent and
// tests can assert against the same functions. Sections are by stage.

import { type Coin, coinProtocol } from '../model/coins/index.js';

/** Renders a value the user wrote, shortened, for "(got X)". */
export function shown(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (value === undefined) text = 'nothing';
  else if (typeof value === 'number' && !Number.isFinite(value)) text = String(value);
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

// --- units and quantities ------------------------------------------------------------------

// shown() renders NaN and Infinity as JSON does (null), so numbers are printed as themselves.
const shownInput = (got: unknown) => (typeof got === 'number' ? String(got) : shown(got));

// A quantity's messages all read `expected <noun>, like <example> (got <input>...)`, so a field's
// path can go in front: `fleet[0].power: expected a power, like 1323 W (got "13 TH/s", a hashrate)`.
export const unitMessages = {
  /** `recognised` names the dimension of what was written, when minesim knows it. */
  expected: (noun: string, example: string, got: unknown, recognised?: string) =>
    `expected ${noun}, like ${example} (got ${shownInput(got)}${recognised ? `, ${recognised}` : ''})`,
  unknownUnit: (noun: string, example: string, got: unknown, unit: string) =>
    `expected ${noun}, like ${example} (got ${shownInput(got)}, and ${JSON.stringify(unit)} is not a unit minesim knows)`,
  notFinite: (noun: string, example: string, got: unknown) =>
    `expected ${noun}, like ${example} (got ${shownInput(got)}, which is not a finite number)`,
  needsUnit: (noun: string, example: string, got: unknown) =>
    `expected ${noun} with its unit, like ${example} (got ${shownInput(got)})`,
};

// --- expressions -----------------------------------------------------------------------------

export const expressionMessages = {
  tooLong: (length: number, limit: number) =>
    `the expression is ${length} characters long; the limit is ${limit}, so use a schedule or split it`,
  tooLarge: (limit: number) => `the expression has more than ${limit} parts; simplify it or use a schedule`,
  tooDeep: (limit: number) => `the expression nests brackets more than ${limit} deep; simplify it`,
  syntax: (detail: string) => `cannot read the expression: ${detail}`,
  empty: () =>
    'the expression is empty (blank, or only a comment); write a formula in t, like 0.05 + 0.01 * t / 365',
  /** `part` is the offending piece of the expression, as mathjs prints it. */
  refused: (what: string, part: string) => `an expression may not contain ${what} (got ${shown(part)})`,
  unknownName: (name: string, allowed: readonly string[], isUnit: boolean) =>
    `unknown name ${JSON.stringify(name)}; an expression may use ${allowed.join(', ')}` +
    (isUnit ? ` (units are not allowed in expressions: write the number in the field's unit)` : ''),
  unknownFunction: (name: string, allowed: readonly string[]) =>
    `${JSON.stringify(name)} is not an allowed function; an expression may call ${allowed.join(', ')}`,
  arity: (name: string, min: number, max: number, got: number) => {
    const count = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    return `${name}() takes ${count} argument${(max === Infinity ? min : max) === 1 ? '' : 's'} (got ${got})`;
  },
  notFinite: (value: string) => `the expression gives ${value}, not a finite number`,
  failed: (detail: string) => `the expression failed: ${detail}`,
  onDay: (day: number, date: string, reason: string) => `on day t = ${day} (${date}), ${reason}`,
};

// --- YAML documents --------------------------------------------------------------------------

export const documentMessages = {
  unreadable: (reason: string) => `cannot read the file (${reason})`,
  empty: () => 'the file is empty; a scenario is a YAML mapping with at least name, start and fleet',
  tooLarge: (bytes: number, limit: number) =>
    `the file is ${(bytes / 1048576).toFixed(1)} MiB; scenarios are limited to ${limit / 1048576} MiB`,
  streamTooLarge: (limit: number) =>
    `the input holds more than ${limit / 1048576} MiB, the limit for a scenario; reading stopped there`,
  noInput: (seconds: number) =>
    `nothing (or not all of the scenario) arrived within ${seconds} s; is anything writing to this pipe?`,
  binary: () => 'the file is not UTF-8 text (it holds binary data)',
  tooDeep: (limit: number) => `the document nests deeper than ${limit} levels; a scenario needs far fewer`,
  tooManyAliases: (limit: number) =>
    `the document expands more than ${limit} YAML aliases (an alias bomb?); write the values out`,
  syntax: (detail: string) => `YAML syntax error: ${detail}`,
  duplicateKey: (key: string) => `the key ${JSON.stringify(key)} appears twice in this mapping`,
  complexKey: () => 'a key must be a name, not a list or a mapping (`? [a, b]` or an alias to one)',
  keyTooLong: (length: number, limit: number) =>
    `a key is ${length.toLocaleString('en-US')} characters long; keys are at most ${limit} characters`,
  notMapping: (kind: string) => `a scenario must be a YAML mapping (key: value lines), not ${kind}`,
  multipleDocuments: () => 'the file holds several YAML documents; a scenario file holds exactly one',
};

// --- schema and rules ------------------------------------------------------------------------

export const schemaMessages = {
  atLeast: (min: string) => `must be at least ${min}`,
  above: (min: string) => `must be more than ${min}`,
  atMost: (max: string) => `must be at most ${max}`,
  badDate: () => 'expected a calendar date YYYY-MM-DD, like 2017-05-17',
  dateOutOfRange: (first: string, last: string) =>
    `the date must be from ${first} to ${last} (the years minesim can simulate)`,
  notFinite: () => 'expected a finite number (.inf and .nan are not numbers a scenario can use)',
  expectedType: (expected: string) => `expected ${expected}`,
  required: () => 'is required',
  oneOf: (options: readonly string[], suggestion?: string) =>
    `expected one of ${options.map((o) => JSON.stringify(o)).join(', ')}${suggestion ? `; did you mean ${JSON.stringify(suggestion)}?` : ''}`,
  unknownKey: (key: string, suggestion?: string) =>
    `unknown key ${JSON.stringify(key)}${suggestion ? `; did you mean ${JSON.stringify(suggestion)}?` : ''}`,
  tooFew: (min: number, what: string) =>
    `needs at least ${min} ${min === 1 ? what.replace(/ies$/, 'y').replace(/s$/, '') : what}`,
  tooMany: (max: number, what: string) =>
    `allows at most ${max} ${max === 1 ? what.replace(/ies$/, 'y').replace(/s$/, '') : what}`,
  numberAtLeast: (min: number | bigint, inclusive: boolean) =>
    `must be ${inclusive ? 'at least' : 'more than'} ${min}`,
  numberAtMost: (max: number | bigint, inclusive: boolean) =>
    `must be ${inclusive ? 'at most' : 'less than'} ${max}`,
  wholeNumber: () => 'must be a whole number',
  quantityOrObject: (options: string) => `expected ${options}`,
  unknownModel: (suggestions: readonly string[]) =>
    `is not in the hardware catalog${suggestions.length ? `; did you mean ${suggestions.map((s) => JSON.stringify(s)).join(' or ')}?` : ''}`,
  needsHashrateAndPower: () => 'a cohort needs `model` or both `hashrate` and `power`',
  afterHorizon: (what: string) => `${what} is after the end of the horizon`,
  beforeDeploy: () => 'the cohort is retired before it is deployed',
  scheduleUnsorted: () => 'schedule entries must be in date order',
  scheduleStartsLate: (start: string) =>
    `the first schedule entry must start on or before the scenario start (${start})`,
  notForCoin: (what: string, coin: string) => `${what} does not apply to ${coin}`,
  needsParameter: (field: string, model: string) => `the ${model} model needs \`${field}\` or \`calibrate\``,
  negativeTariff: (day: number, date: string, value: number) =>
    `the expression gives a negative electricity price on day t = ${day} (${date}): ${value}`,
  tariffTooHigh: (day: number, date: string, value: number, max: string) =>
    `the expression gives ${value} USD/kWh on day t = ${day} (${date}), above the limit of ${max} that a constant price has too`,
  /** `logRange`, `limit`: natural logs of the factors. */
  marketRange: (
    what: 'price' | 'network hashrate',
    logRange: number,
    limit: number,
    years: number,
    sigmas: number,
  ) =>
    `over the ${Number(years.toPrecision(3))}-year horizon this model could move the ${what} by a factor of about ` +
    `1e${Math.round(logRange / Math.LN10)} (its drift over the horizon plus ${sigmas} standard deviations of its random part); ` +
    `minesim allows 1e${Math.round(limit / Math.LN10)} either way, so shorten the horizon or lower ` +
    (what === 'price' ? 'the drift, volatility or jumps' : 'the growth, drift, volatility or elasticity'),
  coupledSubsidyEnds: (date: string) =>
    `the price-coupled network follows price x block subsidy, and Bitcoin's subsidy ends at height 6,930,000 (about ${date}, inside the horizon); shorten the horizon or choose another network model`,
  samplePathsTooLarge: (samplePaths: number, points: number, max: number, megabytes: number, fits: number) =>
    `${samplePaths.toLocaleString('en-US')} sample paths over the horizon make ${points.toLocaleString('en-US')} weekly points ` +
    `for paths.csv and summary.json (about ${megabytes.toLocaleString('en-US')} MB); minesim writes at most ` +
    `${max.toLocaleString('en-US')}, so lower outputs.samplePaths to ${fits.toLocaleString('en-US')} or fewer, or shorten the horizon`,
  capexTooSmall: (capex: number, min: string) =>
    `the fleet costs ${capex} USD in all; ROI divides by that cost, so it must be 0 (a free fleet) or at least ${min}`,
  spikesOverlap: () =>
    'spikes a year x their duration must stay below 365 days (the spikes would cover the whole year)',
  windowTooShort: () => '`to` must be at least one day after `from`, so the window holds a daily return',
  windowAfterStart: () => 'an ex-ante resampling window must end before the start date',
  bothWindowEnds: () => 'give both `from` and `to`, or neither (then `window` counts back from the start)',
};

// --- what the history covers ------------------------------------------------------------------

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
  hashpriceAndDifficulty: () =>
    'give `network.hashprice` or `network.difficulty`, not both: the hashprice with the price fixes the difficulty',
  replayOutsideHistory: (coin: string, start: string, first: string, last: string) =>
    `a historical replay needs the history on the start date ${start}, and the ${coin} history covers ${first} to ${last}; choose another model, or ${newerData}`,
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
  dateOutsideHistory: (date: string, coin: string, first: string, last: string) =>
    `${date} is outside the ${coin} history (${first} to ${last})`,
};

// --- claims ----------------------------------------------------------------------------------

export const claimMessages = {
  unparsable: () =>
    'expected a claim like `payback > 2 years`, `P(payback <= 1 year) >= 0.9` or `P(npv > 0) >= 0.5` (metrics: payback, npv, net, roi, irr)',
  badProbability: (text: string) =>
    `the probability must be between 0 and 1, like 0.5 or 50 % (got ${JSON.stringify(text)})`,
  badValue: (metric: string, detail: string) => `the ${metric} threshold: ${detail}`,
};

// --- overrides (--set) ----------------------------------------------------------------------

export const overrideMessages = {
  noEquals: () => 'expected key.path=value, like power.price=0.08 USD/kWh or fleet[0].count=20',
  badPath: () => 'the key path must be names and [index]es separated by dots, like fleet[0].unitPrice',
  forbiddenKey: (key: string) =>
    `${JSON.stringify(key)} cannot be a key: it names a part of every JavaScript object, and no scenario field is called __proto__, prototype or constructor`,
  pathTooLong: (length: number, limit: number) =>
    `the key path is ${length.toLocaleString('en-US')} characters long; a path is at most ${limit}`,
  pathTooDeep: (keys: number, limit: number) =>
    `the key path has ${keys} keys and indexes; a path has at most ${limit}`,
  keyTooLong: (length: number, limit: number) =>
    `a key of the path is ${length.toLocaleString('en-US')} characters long; keys are at most ${limit} characters`,
  indexTooLarge: (index: string, max: number) =>
    `the index [${index.length > 12 ? `${index.slice(0, 12)}...` : index}] is too large; an index is at most ${max}`,
  badValue: () => 'the value is not valid YAML',
};

// --- hardware catalog (shipped and user catalog files, model names) -------------------------

const quotedList = (names: readonly string[]) => {
  const q = names.map((n) => JSON.stringify(n));
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`;
};

export const catalogMessages = {
  /** Reasons for unreadable(): a catalog past its size limit, a pipe that stays silent. */
  tooLarge: (limit: number) => `it holds more than ${limit / 1048576} MiB, the limit for a catalog`,
  noInput: (seconds: number) => `nothing arrived within ${seconds} s`,
  // A catalog file's rows. The value the user wrote is appended as "(got X)" where there is one.
  emptyFile: () =>
    'the file is empty; a hardware catalog is a CSV file with the columns of data/asic-models.csv or data/hardware-extra.csv',
  unknownHeader: (asic: readonly string[], extra: readonly string[]) =>
    `the header must name the columns of data/asic-models.csv (${asic.join(', ')}) or those of data/hardware-extra.csv (${extra.join(', ')})`,
  badColumns: (format: string, missing: readonly string[], unknown: readonly string[]) =>
    `the header reads as ${format} columns but ` +
    [
      missing.length ? `lacks ${missing.join(', ')}` : '',
      unknown.length
        ? `has unknown ${unknown.length === 1 ? 'column' : 'columns'} ${unknown.join(', ')}`
        : '',
    ]
      .filter(Boolean)
      .join(' and '),
  fieldCount: (expected: number, got: number) =>
    `expected ${expected} fields as in the header (got ${got}); quote a value that contains a comma`,
  noMachines: () => 'the file has a header but no machines',
  required: () => 'must not be empty',
  notMonth: () => 'expected a month yyyy-mm, like 2025-01',
  notPositive: (example: string) => `expected a plain number above 0, like ${example}`,
  efficiency: (expected: number) =>
    `must be power_w / hashrate_ths = ${expected} J/TH rounded to 0.1, or empty`,
  notToken: () => 'expected lower-case letters, digits and hyphens, like sha256, cpu or randomx',
  notConfidence: () => 'expected high, medium or low',
  duplicate: (line: number) =>
    `names the same machine as line ${line} (names are compared ignoring case, spaces, hyphens and underscores)`,
  // Reading the catalog a scenario names.
  unreadable: (file: string, reason: string) => `cannot read the hardware catalog ${file} (${reason})`,
  // Model names.
  ambiguousModel: (candidates: readonly string[]) =>
    `fits more than one machine in the hardware catalog: ${quotedList(candidates)}; write the full name`,
  readAs: (written: string, model: string) => `${JSON.stringify(written)} read as ${JSON.stringify(model)}`,
  shortened: (omitted: readonly string[]) =>
    `written ${omitted.join(' and ')}; no other catalog machine fits`,
  withoutBrand: (brand: string) => `without ${JSON.stringify(brand)}`,
  withoutBin: (bin: string) => `without the bin ${JSON.stringify(bin)}`,
  withMaker: (maker: string) => `with the maker ${JSON.stringify(maker)} in front`,
  aliasReason: (reason: string) => `hardware alias (data/hardware-aliases.csv): ${reason}`,
  fromUserCatalog: (model: string, where: string, replaces: boolean) =>
    `${JSON.stringify(model)} from the user catalog ${where}${replaces ? ', in place of the shipped machine of that name' : ''}`,
  catalogLabel: () => 'Hardware catalog',
  catalogValue: (file: string, machines: number) =>
    `shipped catalog and the user catalog ${file} (${machines} ${machines === 1 ? 'machine' : 'machines'})`,
  catalogOverrides: (names: readonly string[]) => `replaces the shipped ${quotedList(names)}`,
  /** A line `minesim validate` prints under a valid scenario. */
  note: (file: string, label: string, value: string, note?: string) =>
    `${file}: note: ${label}: ${value}${note ? ` (${note})` : ''}`,
};

// --- command line ----------------------------------------------------------------------------

export const cliMessages = {
  internal: () =>
    'minesim: internal error (a bug, not a problem with your input); please report it with the command and the scenario file.',
  /** `command`: the subcommand whose help explains the usage, when one was named. */
  usage: (detail: string, command?: string) =>
    `${detail}\nRun \`minesim${command ? ` ${command}` : ''} --help\` for usage.`,
  unknownOption: (option: string, suggestion?: string) =>
    `unknown option ${option.length === 1 ? '-' : '--'}${option}${suggestion ? `; did you mean --${suggestion}?` : ''}`,
  validSummary: (file: string, summary: string) => `${file}: ok  ${summary}`,
  invalidCount: (files: number, problems: number) =>
    `${problems} problem${problems === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`,
  hashpriceLine: (date: string, coin: string, value: string, inputs: string) =>
    `${date} ${coin} hashprice ${value}  (${inputs})`,
  badPaths: (value: unknown, max: number) =>
    `--paths must be a whole number from 1 to ${max.toLocaleString('en-US')} (got ${String(value)})`,
  badWorkers: (value: unknown) => `--workers must be a whole number of at least 1 (got ${String(value)})`,
  watching: (file: string) => `watching ${file} for changes (Ctrl-C to stop)`,
  wroteOutput: (dir: string) => `wrote ${dir}/ (summary.json, summary.md, tables, charts, report.html)`,
  badDate: (date: string) =>
    `invalid date: --date must be a real calendar day written YYYY-MM-DD, like 2017-05-17 (got ${shown(date)})`,
  noHistoryOn: (coin: string, date: string, first: string, last: string) =>
    `no ${coin} history for ${JSON.stringify(date)}: the shipped data covers ${first} to ${last}`,
  noHistory: (coin: string, start: string) =>
    `no ${coin} history on ${start}: a back-test needs the history on its start date (bring newer data with \`minesim data import\` or \`minesim data fetch\`)`,
  startPastHistory: (coin: string, start: string, last: string, days: number) =>
    `note: the start ${start} is ${days} day${days === 1 ? '' : 's'} after the ${coin} history ends (${last}); what the scenario does not give is carried forward from that day, and the assumptions table lists each figure (bring newer data with \`minesim data import\` or \`minesim data fetch\`)`,
  cutAtHistoryEnd: (last: string) =>
    `note: the horizon runs past the shipped history; the back-test stops at ${last}`,
  initExists: (file: string) => `${file} already exists; choose another name or remove it first`,
  initWrote: (file: string) => `wrote ${file}; edit it, then run: minesim validate ${file}`,
  badName: (name: string) => `the scenario name ${JSON.stringify(name)} must be letters, digits, '-' or '_'`,
};

// --- sweeps ----------------------------------------------------------------------------------

export const sweepMessages = {
  noAxes: () => 'give at least one --vary key.path=a..b:n, or a sweep: block with vary: in the scenario',
  noEquals: () =>
    'expected key.path=values, like power.price=0.02..0.12:6, power.price=0.02 USD/kWh..0.12 USD/kWh:6 or fleet[0].unitPrice=1000,2000,4000',
  notANumber: (item: string) =>
    `expected a number, optionally with a unit as in a scenario, like 0.05 or 0.05 USD/kWh (got ${shown(item)}); only numeric values can be swept`,
  emptyValue: () => 'a value is missing (two commas in a row, or one at an end)',
  rangeCount: (got: string, max: number) =>
    `a range ends with its number of values, a whole number from 2 to ${max}, like 0.02..0.12:6 (got ${got === '' ? 'none' : shown(got)})`,
  mixedUnits: (units: readonly string[]) =>
    `every value of an axis takes the same unit, or none (got ${units.map((u) => JSON.stringify(u)).join(' and ')}); write them in one unit`,
  duplicateValue: (value: number) => `the value ${value} appears twice`,
  notAnAxis: (key: string) =>
    `${key} cannot be swept: the sweep sets paths and seed itself (--paths, --seed), and outputs change no result`,
  duplicateAxis: (key: string) => `${key} is varied twice; give each key one --vary`,
  setAndVaried: (key: string) => `${key} is both set (--set) and varied (--vary); drop one`,
  tooManyPoints: (points: number, max: number) =>
    `the grid has ${points.toLocaleString('en-US')} points and a sweep runs at most ${max.toLocaleString('en-US')}; use fewer values or split the sweep`,
  /** Appended to a problem that no single --vary or --set explains: a combination of them. */
  atPoint: (assignments: string) => `(at the grid point ${assignments})`,
  tableTitle: (name: string, points: number, paths: number, seed: string | number) =>
    `${name}: sweep of ${points} grid points, ${paths.toLocaleString('en-US')} paths each, seed ${seed} (the same market paths at every point)`,
  /** `at`: `power.price = 0.113 USD/kWh`; `when`: the other axes' values, or empty. */
  boundary: (at: string, when: string) =>
    `P(payback <= 2 years) = 0.5 at ${at}${when ? ` when ${when}` : ''}`,
  noBoundary: (along: string, above: boolean, when: string) =>
    `P(payback <= 2 years) stays ${above ? 'above' : 'below'} 0.5 all along ${along}${when ? ` when ${when}` : ''}`,
  noCharts: (axes: number) =>
    `note: charts are drawn for one or two axes; this sweep has ${axes}, so only the tables are written`,
  wroteOutput: (dir: string, charts: boolean) =>
    `wrote ${dir}/ (sweep.csv, sweep.json${charts ? ', charts' : ''}, manifest.json)`,
};

// --- charts ----------------------------------------------------------------------------------

export const chartMessages = {
  /** A vega or vega-lite warning, named by what it belongs to: `north-korea-2017-s9: chart roi-fan`. */
  warning: (source: string | undefined, chart: string | undefined, detail: string) =>
    `minesim: ${[source, chart === undefined ? undefined : `chart ${chart}`, detail].filter((part) => part !== undefined).join(': ')}`,
};

// --- calibration study -----------------------------------------------------------------------

export const calibrationMessages = {
  coverageLine: (model: string, horizon: string, in50: string, in90: string, meanPit: string, ks: string) =>
    `${model.padEnd(42)} ${horizon.padEnd(8)} in 50 % band ${in50}  in 90 % band ${in90}  mean PIT ${meanPit}  KS ${ks}`,
  wrote: (dir: string, runs: number, seconds: number) =>
    `wrote ${dir}/ (calibration.csv, coverage.csv, coverage.md, charts) from ${runs} Monte Carlo runs in ${seconds.toFixed(0)} s`,
};

// --- batches ---------------------------------------------------------------------------------

export const batchMessages = {
  noMatch: (pattern: string) => `the pattern matches no file (got ${shown(pattern)})`,
  folderTaken: (folder: string, other: string) =>
    `the output folder ${folder} is already ${other === '' ? 'taken by the batch index' : `taken by ${other}`}; give each scenario of a batch its own name`,
  /** `step`: what was being done, e.g. `the Monte Carlo run`. */
  failed: (file: string, step: string, detail: string) => `${file}: ${step} failed: ${detail}`,
  progress: (done: number, total: number, pathsPerSecond: number, secondsLeft: number | null) =>
    `batch: ${done}/${total} scenarios, ${Math.round(pathsPerSecond).toLocaleString('en-US')} paths/s, ` +
    `${secondsLeft === null ? '…' : `${secondsLeft.toFixed(0)} s`} left`,
  /** The plain line logged as each scenario ends when stderr is not a terminal. */
  scenarioEnded: (done: number, total: number, file: string, outcome: string) =>
    `batch: [${done}/${total}] ${file}: ${outcome}`,
  outcomeOk: (folders: readonly string[], seconds: number) =>
    `wrote ${folders.map((f) => `${f}/`).join(' and ')} in ${seconds.toFixed(1)} s`,
  outcomeInvalid: (problems: number) => `bad input (${problems} problem${problems === 1 ? '' : 's'})`,
  outcomeFailed: () => 'internal failure',
  scenarioLine: (name: string, p1y: string, p2y: string, none: string, median: string, actual: string) =>
    `${name}  P(payback <= 1 y) ${p1y}  P(<= 2 y) ${p2y}  P(none) ${none}  median payback ${median}  actual ${actual}`,
  totals: (ok: number, invalid: number, failed: number) =>
    `${ok} scenario${ok === 1 ? '' : 's'} ran` +
    (invalid > 0 ? `; ${invalid} file${invalid === 1 ? '' : 's'} had bad input` : '') +
    (failed > 0 ? `; ${failed} run${failed === 1 ? '' : 's'} failed (a bug: please report it)` : ''),
  wroteIndex: (dir: string) => `wrote ${dir}/index.html and ${dir}/index.md, with a folder per scenario`,
};

// --- sensitivity ---

export const sensitivityMessages = {
  noRange: () =>
    'expected key.path=LOW..HIGH, like power.price=0.05..0.15 or fleet[0].unitPrice=1500 USD..2500 USD (no thousands separators), or a key alone to move it by --by',
  sameEnds: () => 'LOW and HIGH are the same; give two different values',
  duplicateInput: (key: string) => `${key} is given twice; give each input one --input`,
  noBase: (key: string, got: unknown) =>
    `the scenario has no number at ${key} to move from (it is ${shown(got)}); only a numeric value can be an input`,
  zeroBase: (key: string, by: string) =>
    `${key} is 0, and ${by} of 0 is no change; give a range with --input ${key}=LOW..HIGH`,
  badBy: (got: unknown) => `--by must be a percentage above 0 and below 100, like 20% (got ${shown(got)})`,
  notConstantTariff: (kind: string) =>
    `the electricity price is ${kind}, not a constant, so it has no one base value to move`,
  noPriceParameters: (model: string) => `the ${model} price model has no drift or volatility to move`,
  noGrowthRate: (model: string) => `the ${model} network model has no growth rate to move`,
  noInputs: () =>
    'the scenario has none of the default inputs to move; name some with --input key.path=LOW..HIGH',
  tableTitle: (name: string, inputs: number, by: string, paths: number, seed: string | number) =>
    `${name}: ${inputs} input${inputs === 1 ? '' : 's'} moved one at a time (${by} unless a range is given), ${paths.toLocaleString('en-US')} paths a point, seed ${seed} (the same market paths at every point); widest effect on P(payback <= 2 years) first`,
  baseLine: (payback: string, p2y: string, npv: string) =>
    `base: median payback ${payback}, P(payback <= 2 years) ${p2y}, median NPV ${npv}`,
  calibratedNote: () =>
    '* moved around the value calibrated on history before the start (or the history on the start date)',
  skipped: (key: string, reason: string) => `skipped ${key}: ${reason}`,
  wroteOutput: (dir: string) => `wrote ${dir}/ (sensitivity.csv, sensitivity.json, charts, manifest.json)`,
};

// --- shards and merges -----------------------------------------------------------------------

export const shardMessages = {
  badShard: (text: string) => `--shard must be k/n with 0 <= k < n, like 0/4 (got ${JSON.stringify(text)})`,
  wrotePart: (file: string, from: number, to: number, paths: number) =>
    `wrote ${file}: paths ${from} to ${to - 1} of ${paths}; merge all parts with: minesim merge <parts..>`,
  notAPart: (file: string) => `${file} is not a minesim part file (written by minesim run --shard k/n)`,
  noParts: () => 'name the part files to merge',
  notOneRun: (a: string, b: string) =>
    `${a} and ${b} come from different runs (scenario, overrides, seed or paths differ)`,
  missingPaths: (from: number, to: number) => `no part covers paths ${from} to ${to - 1}`,
  missingPoints: (from: number, to: number) => `no sweep part covers grid points ${from} to ${to - 1}`,
  wroteSweepPart: (file: string, from: number, to: number, total: number) =>
    `wrote ${file}: grid points ${from} to ${to - 1} of ${total}; merge all parts with: minesim merge <parts..>`,
  mixedParts: () => 'the files mix parts of a run and parts of a sweep; merge them separately',
  overlappingParts: (a: string, b: string) => `${a} and ${b} cover some of the same paths`,
  overlappingPoints: (a: string, b: string) => `${a} and ${b} cover some of the same grid points`,
  tooManyShards: (text: string, paths: number) =>
    `--shard ${text} asks for more shards than the run has paths (${paths}); every shard needs at least one path`,
  tooManySweepShards: (text: string, points: number) =>
    `--shard ${text} asks for more shards than the sweep has grid points (${points}); every shard needs at least one point`,
  cannotReadPart: (file: string, reason: string) => `cannot read ${file}: ${reason}`,
  partNotUtf8: (file: string) => `${file} is not UTF-8 text, so it is not a part minesim wrote`,
  partNotJson: (file: string, detail: string) => `${file} is not valid JSON (${detail}); the part is damaged`,
  partVersion: (file: string, got: unknown, expected: number) =>
    `${file} is a part of version ${shown(got)}, and this minesim merges version ${expected}; rerun its shard with this minesim`,
  badChecksum: (file: string) =>
    `${file} does not match its checksum: the part was damaged or edited after it was written; rerun its shard`,
  scenarioEdited: (file: string) =>
    `${file}: the scenario in the part does not match its SHA-256: it was edited after the shard ran; rerun the shard`,
  malformedPart: (file: string, detail: string) => `${file} is not a well-formed part: ${detail}`,
  partRange: (
    file: string,
    shard: string,
    from: number,
    to: number,
    expectedFrom: number,
    expectedTo: number,
  ) =>
    `${file} says it is part ${shard} but covers ${from} to ${to - 1}; part ${shard} covers ${expectedFrom} to ${expectedTo - 1}`,
  partLength: (file: string, what: string, got: number, expected: number) =>
    `${file}: ${what} holds ${got} values where its range needs ${expected}`,
  duplicatePart: (a: string, b: string) => `${a} and ${b} are the same part; give each part once`,
  histogramTotal: (file: string, slot: number, total: number, paths: number) =>
    `${file}: histogram slot ${slot} counts ${total} values, more than the part's ${paths} paths`,
  histogramExtremes: (file: string, slot: number) =>
    `${file}: histogram slot ${slot} has a range or extremes that do not fit its counts`,
  badSamples: (file: string, detail: string) => `${file}: the sample paths ${detail}`,
  samplesGap: (index: number) =>
    `no part holds sample path ${index}, though parts hold later ones; some part was edited`,
  partDays: (got: number, expected: number) =>
    `the parts simulate ${got} days, and their scenario ${expected}; some part was edited`,
  samplesMissing: (expected: number, got: number) =>
    `the parts hold ${got} sample paths, and the scenario asks for ${expected}; some part was edited`,
  badPathValue: (file: string, path: number, what: string) =>
    `${file}: path ${path} has an impossible ${what}`,
  badPoint: (file: string, index: number, detail: string) => `${file}: grid point ${index} ${detail}`,
};

// --- output folders --------------------------------------------------------------------------

export const outputMessages = {
  notMinesimFolder: (dir: string) =>
    `${dir} is a folder minesim did not write (it holds other files and no minesim manifest.json); give --out a new or empty folder, or an earlier minesim output to replace`,
  notPartsFolder: (dir: string, entry: string) =>
    `${dir} holds ${JSON.stringify(entry)}, which is not a minesim part file; give --out a new or empty folder, or one that holds only parts`,
  notCollection: (dir: string) =>
    `${dir} holds files and no minesim output; give --out a new or empty folder, or one that holds minesim outputs`,
  notOurIndex: (dir: string, file: string) =>
    `${dir} holds a ${file} that minesim did not write, and a batch writes its index there; give --out another folder`,
  notAFolder: (dir: string, kind: string) => `${dir} is ${kind}, not a folder; give --out a folder`,
  throughNonFolder: (dir: string, ancestor: string) =>
    `${dir} cannot be a folder: ${ancestor} is a file, not a folder`,
  systemFolder: (dir: string) =>
    `${dir} is on a system file system (/proc, /sys, /dev); give --out a folder on a disk`,
  danglingLink: (dir: string) => `${dir} is a symbolic link to nothing; give --out a folder`,
  cannotWrite: (path: string, reason: string, code: string) => `cannot write ${path}: ${reason} (${code})`,
  interrupted: (dir: string, finished: boolean) =>
    finished
      ? `interrupted: ${dir} was already being replaced, so minesim finished it before stopping`
      : `interrupted: nothing was written, and ${dir} is as it was`,
  rollbackFailed: (dir: string, earlier: string, reason: string) =>
    `writing ${dir} failed (${reason}) and it could not be put back as it was; the earlier files it had are in ${earlier} (copy them elsewhere: the next write there removes that folder)`,
};

// --- user data: import, fetch, status --------------------------------------------------------

const dataPercent = (x: number) => `${Number((x * 100).toPrecision(2))} %`;
const dataCount = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

export const dataMessages = {
  badDataFolder: (got: unknown) => `--data takes one folder (got ${shown(got)})`,
  // reading a file
  unreadable: (reason: string) => `cannot read the file (${reason})`,
  tooLarge: (bytes: number, limit: number) =>
    `the file is ${(bytes / 1048576).toFixed(1)} MiB; daily files are limited to ${limit / 1048576} MiB`,
  binary: () => 'the file is not UTF-8 text (it holds binary data)',
  emptyFile: () => 'the file is empty; expected a header line, then one line per day',
  noRows: () => 'the file has a header but no days',
  unknownFormat: (header: string) =>
    'the header matches none of the formats minesim reads: the shipped one (date,price_usd,difficulty_mean,block_count,issuance_btc,fees_btc,...), ' +
    "Coin Metrics' (time,PriceUSD,BlkCnt,FeeTotNtv and HashRate or DiffMean, IssTotNtv where present) " +
    `or the simple one (date,price_usd,difficulty,blocks,fees_per_block[,height]) (got ${shown(header)})`,
  shippedWithoutCoin: () => 'a file in the shipped format needs an issuance_btc or issuance_xmr column',
  coinMismatch: (named: string, option: string) =>
    `the file holds ${named} data (its issuance column says so), but --coin ${option} was given`,
  missingColumns: (format: string, missing: readonly string[], header: string) =>
    `the ${format} format needs the column${missing.length === 1 ? '' : 's'} ${missing.join(', ')} (got ${shown(header)})`,
  // rows
  badDate: (got: string) => `expected a date YYYY-MM-DD (got ${shown(got)})`,
  duplicateDate: (date: string) => `${date} appears twice; give each day one row (got ${date})`,
  outOfOrder: (after: string, date: string) =>
    `dates must ascend, one row a day, but this row comes after ${after} (got ${date})`,
  gap: (from: string, to: string, days: number, date: string) =>
    `${dataCount(days, 'day')} missing before this row (${from === to ? from : `${from} to ${to}`}); every day needs a row (got ${date})`,
  emptyCell: () => 'is empty; every day needs a value here (got nothing)',
  notANumber: (got: string) => `expected a number (got ${shown(got)})`,
  notPositive: (got: number) => `must be more than 0 (got ${got})`,
  negative: (got: number) => `must be 0 or more (got ${got})`,
  notCount: (got: number) => `must be a whole number of blocks, at least 1 (got ${got})`,
  notHeight: (got: number) => `must be a whole block height (got ${got})`,
  noDifficulty: () => 'a day needs DiffMean or HashRate, and both are empty (got nothing)',
  // fitting the history
  heightChain: (expected: number, previous: string, got: number) =>
    `expected ${expected}, the height of ${previous} plus its blocks (got ${got})`,
  heightHistory: (coin: string, date: string, expected: number, got: number) =>
    `the ${coin} history in use puts the first block of ${date} at height ${expected} (got ${got})`,
  heightJoin: (coin: string, expected: number, last: string, got: number) =>
    `expected ${expected}, the height that follows the ${coin} history in use, which ends on ${last} (got ${got})`,
  startsLate: (coin: string, last: string, next: string, got: string) =>
    `the ${coin} history in use ends on ${last}, so the file must start on or before ${next} for no day to be missing (got ${got})`,
  disagrees: (
    coin: string,
    what: string,
    date: string,
    history: number,
    diff: number,
    tolerance: number,
    got: number,
  ) =>
    `${what} differs from the ${coin} history in use on ${date} by ${dataPercent(diff)}, more than the ${dataPercent(tolerance)} allowed: the history has ${history} (got ${got})`,
  blocksDisagree: (coin: string, date: string, history: number, got: number) =>
    `the block count must equal the ${coin} history in use on ${date}, which has ${history} (got ${got})`,
  moreProblems: (more: number) => `and ${dataCount(more, 'more problem')}, not shown; fix the above first`,
  storedBroken: () =>
    "this is minesim's store of imported days, and it no longer passes the checks (changed by hand or damaged); fix the lines above, or delete the file and import again",
  unknownSource: () => 'not recorded',
  // results
  imported: (file: string, format: string, coin: string, days: number, first: string, last: string) =>
    `${file}: ${format} format, ${coin}: added ${dataCount(days, 'day')}, ${first} to ${last}`,
  nothingNew: (file: string, coin: string, last: string) =>
    `${file}: no day after ${last}, where the ${coin} history in use ends; nothing added`,
  overlapChecked: (days: number, first: string, last: string, price: number, difficulty: number) =>
    `  checked ${dataCount(days, 'day')} shared with the history (${first} to ${last}): price within ${dataPercent(price)}, difficulty within ${dataPercent(difficulty)}, blocks and heights exact`,
  ignoredBefore: (rows: number, first: string) =>
    `  ignored ${dataCount(rows, 'row')} before ${first}, where the history begins (dates checked only)`,
  droppedTrailing: (dates: readonly string[]) =>
    `  left out ${dates.join(', ')} at the end: incomplete (Coin Metrics publishes a day's price first, its block data hours later)`,
  storedIn: (path: string, first: string, last: string, days: number) =>
    `  imported days now in ${path}: ${first} to ${last} (${dataCount(days, 'day')})`,
  // fetching
  badSince: (got: string) => `--since must be a date YYYY-MM-DD (got ${shown(got)})`,
  sinceLeavesGap: (coin: string, last: string, next: string, got: string) =>
    `--since must be on or before ${next}: the ${coin} history in use ends on ${last}, and a later start would leave a gap (got ${got})`,
  offline: (host: string, reason: string, coin: Coin) =>
    `cannot reach ${host} (${reason}): this machine seems to be offline. Download the daily series on a machine that is online ` +
    `(for example csv/${coinProtocol(coin).assetId}.csv of github.com/coinmetrics/data) and run: minesim data import FILE --coin ${coin}`,
  httpError: (status: number, detail: string) => `Coin Metrics answered HTTP ${status}: ${detail}`,
  notJson: (url: string) => `the answer is not the JSON the Coin Metrics API documents (from ${url})`,
  badNextPage: (url: string) => `the next page is not on the Coin Metrics API (got ${shown(url)})`,
  tooManyPages: (max: number) => `the series runs over more than ${max} pages; give a later --since`,
  responseTooLarge: (limit: number) => `the answer exceeds ${limit / 1048576} MiB; give a later --since`,
  fetched: (coin: string, rows: number, pages: number, first: string, last: string) =>
    `downloaded ${dataCount(rows, 'day')} of ${coin} (${first} to ${last}) in ${dataCount(pages, 'page')} from the Coin Metrics community API (CC BY-NC 4.0)`,
  fetchedNothing: (coin: string, since: string) =>
    `the Coin Metrics community API has no ${coin} days from ${since}`,
  // status
  folderLine: (dir: string, from: string) => `data folder: ${dir} (from ${from})`,
  coinLine: (coin: string, first: string, last: string, days: number) =>
    `${coin}: ${first} to ${last} (${dataCount(days, 'day')})`,
  fileLine: (kind: string, path: string, first: string, last: string, days: number, sha256: string) =>
    `  ${kind} ${path}: ${first} to ${last}, ${dataCount(days, 'day')}, sha256 ${sha256}`,
  sourceLine: (source: string, licence: string, first: string, last: string) =>
    `    ${first} to ${last}: ${source}; licence ${licence}`,
  notExtended: (path: string) =>
    `  no imported days (${path} does not exist); import with: minesim data import FILE`,
};
