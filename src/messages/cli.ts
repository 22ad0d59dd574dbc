// Messages of the command line. One function a message; see shown.ts.
import { counted, shown, shownCoinPriceUsd, shownCoins, shownDifficulty, shownFile } from './shown.js';

/** `a`, `a and b`, `a, b and c`. */
const listed = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

export const cliMessages = {
  internal: () =>
    'minesim: internal error (a bug, not a problem with your input); please report it with the command and the scenario file.',
  /** `command`: the subcommand whose help explains the usage, when one was named. */
  usage: (detail: string, command?: string) =>
    `${detail}\nRun \`minesim${command ? ` ${command}` : ''} --help\` for usage.`,
  unknownOption: (option: string, suggestion?: string) =>
    `unknown option ${option.length === 1 ? '-' : '--'}${option}${suggestion ? `; did you mean --${suggestion}?` : ''}`,
  dashArgument: () =>
    'a bare `-` names no file (minesim reads files by name): give a file, or /dev/stdin for standard input',
  repeatedOption: (written: readonly string[]) =>
    `${[...new Set(written)].join(' and ')} given ${written.length} times: the option takes one value; give it once`,
  /** A switch given `=value` other than true or false: yargs reads any such value as off. */
  switchValue: (option: string, value: string) =>
    `${option} is a switch: write ${option} alone to turn it on, or ${option}=true or ${option}=false (got ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)})`,
  /** `--no-<switch>=value`: yargs knows no such option. */
  negatedValue: (written: string, value: string) =>
    `${written} takes no value: write ${written} alone to turn ${written.replace(/^--no-/, '--')} off, or ${written.replace(/^--no-/, '--')}=false (got ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)})`,
  /** A value after its option that begins with `-`: yargs reads it as one-letter options. */
  dashValue: (option: string, value: string) => {
    const shown = value.length > 40 ? `${value.slice(0, 40)}...` : value;
    const written = /[\s"'$`\\]/.test(value) ? JSON.stringify(value) : value;
    return `${option}'s value ${JSON.stringify(shown)} begins with "-", which reads as options: write ${option}=${written}`;
  },
  validSummary: (file: string, summary: string) => `${file}: ok  ${summary}`,
  /** After validSummary's horizon, where a replay of the history stops before it, as a run says. */
  replayCut: (cutAt: string, days: number) =>
    `cut at ${cutAt}, the end of the history (${days.toLocaleString('en-US')} ${days === 1 ? 'day' : 'days'})`,
  invalidCount: (files: number, problems: number) =>
    `${problems} problem${problems === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`,
  /** `hashprice --per` given for a coin whose hashprice has one unit (Monero: kH/s). */
  hashpricePerCoin: (name: string, coin: string, per: string, unit: string) =>
    `--per (PH or TH) is for Bitcoin's hashprice only: ${name}'s is quoted in ${unit} alone; drop --per (got --per ${per} with --coin ${coin})`,
  hashpriceLine: (date: string, coin: string, value: string, inputs: string) =>
    `${date} ${coin} hashprice ${value}  (${inputs})`,
  /**
   * The day's figures hashpriceLine's value is computed from, as a run's report gives its start
   * figures: the price as the assumptions' Start price (`62,524 USD`), the difficulty as a block
   * explorer writes it (`79.3508 T`).
   */
  hashpriceInputs: (
    priceUsd: number,
    difficulty: number,
    blocks: number,
    subsidy: number,
    fees: number,
    ticker: string,
  ) =>
    `price ${shownCoinPriceUsd(priceUsd)}, difficulty ${shownDifficulty(difficulty)}, ${blocks.toLocaleString('en-US')} blocks, ` +
    `subsidy ${shownCoins(subsidy)} ${ticker}/block, fees ${shownCoins(fees)} ${ticker}/block`,
  notAChoice: (option: string, value: string, choices: readonly string[]) =>
    `--${option} takes one of ${choices.join(', ')} (got ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)})`,
  notANumber: (option: string, value: string | undefined) =>
    `${option} takes a number (got ${value === undefined ? 'nothing' : JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)})`,
  /** A number typed in another base or with underscores (scenario/typed-number.ts says what to write). */
  numberForm: (option: string, problem: string) => `${option}: ${problem}`,
  badPaths: (value: unknown, max: number) =>
    `--paths must be a whole number from 1 to ${max.toLocaleString('en-US')} (got ${String(value)})`,
  badSeed: (value: string, max: number) =>
    `--seed must be a whole number or a text of 1 to ${max} characters (got ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)})`,
  badWorkers: (value: unknown) => `--workers must be a whole number of at least 1 (got ${String(value)})`,
  /** More --workers than a run or a study starts threads: said, as the run takes the most it starts. */
  workersCapped: (value: number | string, max: number) =>
    `note: --workers ${String(value)}: a run or a study starts at most ${max} threads (more would only cost memory), so it runs on ${max}`,
  watching: (file: string) => `watching ${shownFile(file)} for changes (Ctrl-C to stop)`,
  wroteOutput: (dir: string) =>
    `wrote ${shownFile(dir)}/ (summary.json, report.html, and the tables and charts the scenario's outputs name)`,
  /** --watch's previews go to a folder of their own, so that none replaces a full run's. */
  watchFolder: (preview: string, full: string, paths: number) =>
    `--watch writes its ${paths.toLocaleString('en-US')}-path previews to ${preview}/, not to ${full}/ where a run without --watch writes: a preview never replaces a full run`,
  badNumberOption: (option: string, value: unknown, range: string) =>
    `--${option} must be ${range} (got ${String(value)})`,
  networkFitTitle: (coin: string, powerPrice: number) =>
    `endogenous ${coin} network fitted before each start (power ${powerPrice} USD/kWh; margins are hashprice over the frontier's power cost)`,
  networkFitColumns: () => [
    'start',
    'lag d',
    'entry /y',
    'entry margin',
    'off margin',
    'off share',
    'vol /y',
    'margin at start',
    'frontier gain /y',
    'window',
  ],
  /** The margin at the start where margins are relative to the day before it: the fit's reference, 1. */
  networkFitReferenceMargin: () => '1 (ref)',
  networkFitFrontier: (start: string, note: string) => `  ${start}: frontier ${note}`,
  networkFitAcrossAlgorithm: (start: string, change: string, date: string) =>
    `  ${start}: the window spans ${change} on ${date}, when a hash changed meaning (a CPU does several times as many): the fit reads the change of unit as miners coming or going; a scenario refuses such a window (network.model.calibrate)`,
  /** A start past the history: its window ends on the history's last day, `days` before the start. */
  networkFitPastEnd: (start: string, last: string, days: number) =>
    `  ${start}: the window ends on ${last}, the history's last day, ${days.toLocaleString('en-US')} days before the start: the fit and its margins are the network's to that day, and the margin at the start is not known (bring newer data with \`minesim data import <file>\` or \`minesim data fetch\`)`,
  networkFitLimits: (start: string, limits: readonly string[]) =>
    `  ${start}: at the fit's limits, not measured by the window: ${limits.join('; ')}`,
  /**
   * No fit: the window holds `weeks` weeks a fit reads, fewer than `least`. `earliest`: the first
   * date whose window holds them after the history's first year (null: not the cause); `latest`:
   * the last date whose window holds them before the history's end (null: not the cause).
   */
  networkFitNone: (weeks: number, least: number, dates: { earliest: string | null; latest: string | null }) =>
    `no fit: the window holds ${weeks} week${weeks === 1 ? '' : 's'} of history that a fit reads${dates.earliest === null ? '' : " (those after the history's first year, whose margins its longest lag reads)"}${dates.latest === null ? '' : " (the days to the history's last)"}, fewer than the ${least} a fit needs, as a scenario's own endogenous network does (on 12 weeks, 44 of Bitcoin's 83 monthly starts 2019-2025 put the entry rate at its stability bound); give ${[
      ...(dates.earliest === null ? [] : [`a --date on or after ${dates.earliest}`]),
      ...(dates.latest === null
        ? []
        : [
            `a --date on or before ${dates.latest}, or newer data with \`minesim data import <file>\` or \`minesim data fetch\``,
          ]),
    ].join(', or ')}`,
  /**
   * No fit on a window of enough weeks: its hashrate never moves (`flat`: every parameter would sit
   * at a limit of the fit, its lag any), or no least squares solves it.
   */
  networkFitUnsolved: (weeks: number, flat: boolean) =>
    flat
      ? `no fit: the 7-day mean hashrate never moves over the window's ${weeks} weeks, so there is no entry, shutdown or noise to fit: every parameter would sit at a limit of the fit and its lag would be any (a scenario refuses such a window); give a --date whose window's hashrate moves`
      : `no fit: the least squares has no solution on the window's ${weeks} weeks; give another --date or --days`,
  /**
   * No fit: the window spans a change of hash unit (`change` on `date`, said on the line above);
   * `after`: the first --date whose window of the days given lies wholly after it.
   */
  networkFitAcrossNone: (change: string, date: string, after: string) =>
    `no fit: its window spans ${change} on ${date} (above); give a --date on or before ${date}, whose window ends before it, or on or after ${after} with the data to the day before it`,
  /** --days below the year of weeks a fit reads. */
  networkFitDaysShort: (days: unknown, least: number) =>
    `--days must be a whole number from ${least} to 36,525: a fit reads at least a year of weeks, as a scenario's own endogenous network does, and on fewer its lag, margins, entry rate, shutdown and volatility are mostly the window's noise (on 12 weeks, 44 of Bitcoin's 83 monthly starts 2019-2025 put the entry rate at its stability bound); give --days ${least} or more (got ${String(days)})`,
  /** The days of history a fit read: all it asked for, some of them, or none. */
  networkFitWindow: (window: string | null, days: number, requested: number, first: string, last: string) =>
    window === null
      ? `none of the ${requested} days (history ${first}..${last})`
      : days < requested
        ? `${window} (${days} of ${requested} days)`
        : window,
  /** A --date outside the days a run may start on (a scenario's `start` takes the same). */
  dateOutOfRange: (option: string, date: string, first: string, last: string) =>
    `${option} must be a day from ${first} to ${last}, the days a run can start on (got ${JSON.stringify(date)})`,
  badDate: (date: string) =>
    `invalid date: --date must be a real calendar day written YYYY-MM-DD, like 2017-05-17 (got ${shown(date)})`,
  noHistoryOn: (coin: string, date: string, first: string, last: string) =>
    `no ${coin} history for ${JSON.stringify(date)}: the ${coin} history in use covers ${first} to ${last}${date > last ? '; bring newer days with `minesim data import <file>` or `minesim data fetch`' : ''}`,
  /** After noHistoryOn, for a day past the history: the figure made from a difficulty and a price given. */
  /** `carryDays`: the days past the data its last fees are carried (MARKET_CARRY_DAYS); past them --fees is asked for. */
  hashpriceByQuote: (
    coin: string,
    date: string,
    isDefaultCoin: boolean,
    feesNeeded: boolean,
    carryDays: number,
  ) =>
    `; or make that day's hashprice from a difficulty and a price you give: \`minesim quote --machine <model> --tariff <USD/kWh> --date ${date} --difficulty <difficulty> --price <USD>${feesNeeded ? ' --fees <coins a block>' : ''}${isDefaultCoin ? '' : ` --coin ${coin}`}\` prints it (${feesNeeded ? `--fees: the data's last fees are carried only ${carryDays} days` : "with the data's last fees unless --fees is given"})`,
  /**
   * A day before the history (no import adds it): the quote makes its hashprice from a difficulty,
   * a price and the block height (the subsidy then) given, with fees where the data's first are
   * held back no further than `carryDays`.
   */
  hashpriceBeforeByQuote: (
    coin: string,
    date: string,
    isDefaultCoin: boolean,
    feesNeeded: boolean,
    carryDays: number,
  ) =>
    ` (an import adds only newer days); make that day's hashprice from a difficulty, a price and a block height you give: \`minesim quote --machine <model> --tariff <USD/kWh> --date ${date} --difficulty <difficulty> --price <USD> --height <block height>${feesNeeded ? ' --fees <coins a block>' : ''}${isDefaultCoin ? '' : ` --coin ${coin}`}\` prints it (${feesNeeded ? `--fees: the data's first fees are held back only ${carryDays} days` : "with the data's first day's fees unless --fees is given"})`,
  /** Before the history no import helps (an import adds only newer days); past it, newer data does. */
  noHistory: (coin: string, start: string, first: string) =>
    start < first
      ? `no ${coin} history on ${start}: a back-test needs the history on its start date, and the history begins ${first} (an import adds only newer days); give a start on ${first} or after`
      : `no ${coin} history on ${start}: a back-test needs the history on its start date (bring newer data with \`minesim data import\` or \`minesim data fetch\`)`,
  fleetAfterHistory: (last: string) =>
    `every cohort is bought after ${last}, the history's last day: a back-test would replay no machine; it needs a cohort bought by then (bring newer data with \`minesim data import\` or \`minesim data fetch\`)`,
  /**
   * A start past the history that takes `carried` (figures the scenario does not give, with the
   * key that would give each) from its last day, and, for a coin whose emission follows its supply,
   * the coins generated, which no key gives, carried over `supplyBlocks` blocks (null: not carried).
   * At least one of the two is carried.
   */
  startPastHistory: (
    coin: string,
    start: string,
    last: string,
    days: number,
    carried: readonly { figure: string; key: string }[],
    supplyBlocks: number | null = null,
  ) => {
    const keyed =
      carried.length === 0
        ? ''
        : `the scenario does not give the ${listed(carried.map((c) => `${c.figure} (\`${c.key}\`)`))} on the start, so ${carried.length === 1 ? 'it is' : 'they are'} carried forward from that day${supplyBlocks === null ? ', and ' : '; '}`;
    const supply =
      supplyBlocks === null
        ? ''
        : `the coins generated (the supply that sets the emission; no scenario key gives them) are carried ${carried.length === 0 ? 'forward from that day' : 'from it'} by the emission rule, over the ${counted(supplyBlocks, 'block')} from its end to the start's height, and `;
    return `note: the start ${start} is ${days} day${days === 1 ? '' : 's'} after the ${coin} history ends (${last}); ${keyed}${supply}the assumptions table lists each figure (bring newer data with \`minesim data import\` or \`minesim data fetch\`)`;
  },
  cutAtHistoryEnd: (last: string) =>
    `note: the horizon runs past the history's last day; the back-test stops at ${last}`,
  initExists: (file: string) =>
    `${shownFile(file)} already exists; choose another name, or give --force to overwrite it`,
  initWrote: (file: string) =>
    `wrote ${shownFile(file)}; edit it, then run: minesim validate ${shownFile(file)}`,
  badName: (name: string, max: number) =>
    `the scenario name ${JSON.stringify(name.length > 60 ? `${name.slice(0, 60)}...` : name)} must be 1 to ${max} letters, digits, '-' or '_', starting with a letter or a digit${name.length > max ? ` (got ${name.length} characters)` : ''}`,
};
