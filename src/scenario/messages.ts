// Every message minesim shows a user lives here, as a function, so wording is consistent and
// tests can assert against the same functions. Sections are by stage.

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
  binary: () => 'the file is not UTF-8 text (it holds binary data)',
  tooDeep: (limit: number) => `the document nests deeper than ${limit} levels; a scenario needs far fewer`,
  tooManyAliases: (limit: number) =>
    `the document expands more than ${limit} YAML aliases (an alias bomb?); write the values out`,
  syntax: (detail: string) => `YAML syntax error: ${detail}`,
  duplicateKey: (key: string) => `the key ${JSON.stringify(key)} appears twice in this mapping`,
  notMapping: (kind: string) => `a scenario must be a YAML mapping (key: value lines), not ${kind}`,
  multipleDocuments: () => 'the file holds several YAML documents; a scenario file holds exactly one',
};

// --- schema and rules ------------------------------------------------------------------------

export const schemaMessages = {
  atLeast: (min: string) => `must be at least ${min}`,
  above: (min: string) => `must be more than ${min}`,
  atMost: (max: string) => `must be at most ${max}`,
  badDate: () => 'expected a calendar date YYYY-MM-DD, like 2017-05-17',
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
  outsideHistory: (what: string, first: string, last: string) =>
    `${what} needs history on the start date, and the shipped history covers ${first} to ${last}; set it explicitly`,
  calibrationTooEarly: (first: string) =>
    `there is too little history before the start date (it begins ${first})`,
  negativeTariff: (day: number, date: string, value: number) =>
    `the expression gives a negative electricity price on day t = ${day} (${date}): ${value}`,
  spikesOverlap: () =>
    'spikes a year x their duration must stay below 365 days (the spikes would cover the whole year)',
  windowAfterStart: () => 'an ex-ante resampling window must end before the start date',
  bothWindowEnds: () => 'give both `from` and `to`, or neither (then `window` counts back from the start)',
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
  badValue: () => 'the value is not valid YAML',
};

// --- command line ----------------------------------------------------------------------------

export const cliMessages = {
  internal: () =>
    'minesim: internal error (a bug, not a problem with your input); please report it with the command and the scenario file.',
  usage: (detail: string) => `${detail}\nRun \`minesim --help\` for usage.`,
  validSummary: (file: string, summary: string) => `${file}: ok  ${summary}`,
  invalidCount: (files: number, problems: number) =>
    `${problems} problem${problems === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`,
  hashpriceLine: (date: string, coin: string, value: string, inputs: string) =>
    `${date} ${coin} hashprice ${value}  (${inputs})`,
  badPaths: (value: unknown) => `--paths must be a whole number of at least 1 (got ${String(value)})`,
  badWorkers: (value: unknown) => `--workers must be a whole number of at least 1 (got ${String(value)})`,
  watching: (file: string) => `watching ${file} for changes (Ctrl-C to stop)`,
  wroteOutput: (dir: string) => `wrote ${dir}/ (summary.json, summary.md, tables, charts, report.html)`,
  noHistoryOn: (coin: string, date: string, first: string, last: string) =>
    `no ${coin} history for ${JSON.stringify(date)}: the shipped data covers ${first} to ${last}`,
  noHistory: (coin: string, start: string) =>
    `no ${coin} history on ${start}: a back-test needs the shipped history at its start date`,
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
