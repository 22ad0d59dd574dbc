// Messages about user data: import, fetch and status. One function a message; see shown.ts.
import { type Coin, coinProtocol } from '../model/coins/index.js';
import { grouped, shown, shownFile } from './shown.js';

const dataPercent = (x: number) => `${Number((x * 100).toPrecision(2))} %`;
/** A share past `bound`, with the digits that show it past: 1.004 % against 1 % is `1.004 %`, not `1 %`. */
const percentPast = (x: number, bound: number) => {
  let digits = 2;
  while (digits < 17 && Number((x * 100).toPrecision(digits)) <= Number((bound * 100).toPrecision(17)))
    digits++;
  return `${Number((x * 100).toPrecision(digits))} %`;
};
const dataCount = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

export const dataMessages = {
  badDataFolder: (got: unknown) => `--data takes one folder (got ${shown(got)})`,
  dataFolderNotAFolder: (dir: string, from: string) =>
    `the user data folder ${shownFile(dir)} (from ${from}) is not a folder: a file is at that path or on the way to it; give ${from === 'MINESIM_DATA' ? 'MINESIM_DATA' : '--data'} a folder, new or one minesim imported days into`,
  storeFolderBlocked: (dir: string) =>
    `minesim keeps imported days in the folder ${shownFile(dir)}, but a file is at that path; move it away, or give --data another folder (got a file)`,
  importRunning: (pid: number, host: string) =>
    `another minesim (process ${pid} on this machine, ${host}) is importing into this data folder; run again when it has finished (or, if no minesim runs, delete this lock file) (got process ${pid} on ${host})`,
  importElsewhere: (pid: number, host: string) =>
    `a minesim on another machine, ${host} (process ${pid} there), holds the import lock of this data folder, which is on a disk both reach; minesim cannot ask that machine whether it still runs: run again when it has finished (or, if no minesim imports on ${host}, delete this lock file) (got process ${pid} on ${host})`,
  importStarting: () =>
    'another minesim is starting an import into this data folder (its lock names no process yet); run again in a few seconds',
  /** An empty --source or --licence, which would be stored as nothing in place of the default. */
  emptyLabel: (key: 'source' | 'licence', got: string) =>
    `is empty: give the ${key === 'source' ? "numbers' source" : 'licence'}, or leave out --${key} for the default (${key === 'source' ? "the file's name" : 'the format\'s, or "not stated"'}) (got ${shown(got)})`,
  badLabel: (max: number, got: string) =>
    `must be one line of text, without line breaks or control characters, at most ${max} characters (got ${shown(got)})`,
  /**
   * `at`: the folder that could not be made (the store `dir`, or a new folder on the way to it);
   * `above`: the folder it goes in; `reason`: the system's words and code.
   */
  cannotMakeStore: (at: string, dir: string, above: string, reason: string) =>
    `cannot make this folder (${at === dir ? '' : `on the way to ${shownFile(dir)}, `}where minesim keeps the imported days): ${reason}; give --data (or MINESIM_DATA) a folder you can write to, or make ${shownFile(above)} writable`,
  /** `folder`: the data folder; `reason`: the system's words and code. */
  cannotLock: (folder: string, reason: string) =>
    `cannot create the import lock in the data folder ${shownFile(folder)}: ${reason}; give --data (or MINESIM_DATA) a folder you can write to, or make ${shownFile(folder)} writable`,
  // reading a file
  unreadable: (reason: string) => `cannot read the file (${reason})`,
  tooLarge: (bytes: number, limit: number) =>
    `the file is ${(bytes / 1048576).toFixed(1)} MiB; daily files are limited to ${limit / 1048576} MiB`,
  tooLargeRead: (limit: number) =>
    `more than ${limit / 1048576} MiB arrived before the end; daily files are limited to ${limit / 1048576} MiB`,
  noInput: (seconds: number) => `nothing, or not all of it, arrived within ${seconds} s`,
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
  duplicateColumn: (name: string, first: number) =>
    `${name} is also column ${first}; give each column one name, so minesim knows which to read (got ${shown(name)} twice)`,
  // rows
  badDate: (got: string) => `expected a date YYYY-MM-DD (got ${shown(got)})`,
  duplicateDate: (date: string) => `${date} appears twice; give each day one row (got ${date})`,
  outOfOrder: (after: string, date: string) =>
    `dates must ascend, one row a day, but this row comes after ${after} (got ${date})`,
  gap: (from: string, to: string, days: number, date: string) =>
    `${dataCount(days, 'day')} missing before this row (${from === to ? from : `${from} to ${to}`}); every day needs a row (got ${date})`,
  extraCells: (header: number, got: number) =>
    `the row has more cells than the header's ${header}; a number written with a thousands separator (95,000) must be written without it, or quoted (got ${got} cells)`,
  emptyCell: () => 'is empty; every day needs a value here (got nothing)',
  notANumber: (got: string) => `expected a number (got ${shown(got)})`,
  notPositive: (got: string) => `must be more than 0 (got ${shown(got)})`,
  negative: (got: string) => `must be 0 or more (got ${shown(got)})`,
  notCount: (got: string) => `must be a whole number of blocks, at least 1 (got ${shown(got)})`,
  notHeight: (got: string) => `must be a whole block height (got ${shown(got)})`,
  notHeld: (tooSmall: boolean, got: string) =>
    tooSmall
      ? `is nearer 0 than 2.2e-308, the smallest number minesim computes with, and would be read as 0 or lose its digits; write 0 or a number at least 2.2e-308 (got ${shown(got)})`
      : `is past 1.8e308, the largest number minesim computes with (got ${shown(got)})`,
  outOfRange: (min: number, max: number, got: number) =>
    `must be between ${grouped(min)} and ${grouped(max)}, the range minesim computes within (got ${got})`,
  tooManyBlocks: (coin: string, max: number, got: number) =>
    `more blocks than a day of ${coin} can hold: at most ${grouped(max)}, ten times a day at its target interval (got ${got})`,
  hashrateTooLarge: (max: number, maxHs: number, got: number) =>
    `must be at most ${grouped(max)} (${grouped(maxHs)} H/s), the range minesim computes within (got ${got})`,
  perBlockTooLarge: (what: string, max: number, got: number) =>
    `${what} a block must be at most ${grouped(max)} coins, the range minesim computes within (got ${got})`,
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
    `${what} differs from the ${coin} history in use on ${date} by ${percentPast(diff, tolerance)}, more than the ${dataPercent(tolerance)} allowed: the history has ${history} (got ${got})`,
  blocksDisagree: (coin: string, date: string, history: number, got: number) =>
    `the block count must equal the ${coin} history in use on ${date}, which has ${history} (got ${got})`,
  /** `retargets`: the coin retargets by epochs (a clamp bounds the step), else by every block. */
  difficultyStep: (
    coin: string,
    retargets: boolean,
    factor: number,
    before: string,
    previous: number,
    got: number,
  ) =>
    `moves more than the factor of ${factor} ${retargets ? `the ${coin} retarget allows` : `that ${coin}'s difficulty, set from the last day's blocks, has never come near`} from one day to the next: ${before} has ${previous}; is this file another coin's, or difficulty in other units? (got ${got})`,
  /** A day's price a factor of `factor` or more from the day before's, which no day of the histories comes near. */
  priceStep: (coin: string, factor: number, before: string, previous: number, got: number) =>
    `moves more than a factor of ${factor} from one day to the next, which no day of ${coin}'s history comes near (its largest move is less than 2): ${before} has ${previous} USD; is the price in other units (thousands of USD, cents), another coin's, or the file's last line cut short? (got ${got})`,
  /** A day to add on the file's last line, which has no line break: the file may have been cut inside it. */
  lastLineCut: (date: string) =>
    `the file ends inside this line, with no line break after it, as a file cut short does (an interrupted download): its last value may be cut too, so its day (${date}) is not added; if the line is whole, end it with a line break (echo >> FILE), else download the file again`,
  moreProblems: (more: number) => `and ${dataCount(more, 'more problem')}, not shown; fix the above first`,
  storedBroken: () =>
    "this is minesim's store of imported days, and it no longer passes the checks (changed by hand or damaged); fix the lines above, or delete the file and import again",
  storedCovered: (shippedLast: string) =>
    `every day stored here is now in the shipped history, which runs to ${shippedLast}, and agrees with it: this file adds nothing; delete it (got no day after ${shippedLast})`,
  unknownSource: () => 'not recorded',
  // results
  imported: (file: string, format: string, coin: string, days: number, first: string, last: string) =>
    `${shownFile(file)}: ${format} format, ${coin}: added ${dataCount(days, 'day')}, ${first} to ${last}`,
  nothingNew: (file: string, coin: string, last: string) =>
    `${shownFile(file)}: no day after ${last}, where the ${coin} history in use ends; nothing added`,
  overlapChecked: (days: number, first: string, last: string, price: number, difficulty: number) =>
    `  checked ${dataCount(days, 'day')} shared with the history (${first} to ${last}): price within ${dataPercent(price)}, difficulty within ${dataPercent(difficulty)}, blocks and heights exact`,
  ignoredBefore: (rows: number, first: string) =>
    `  ignored ${dataCount(rows, 'row')} before ${first}, where the history begins (dates checked only)`,
  droppedTrailing: (dates: readonly string[]) =>
    `  left out ${dates.join(', ')} at the end: incomplete (Coin Metrics publishes a day's price first, its block data hours later)`,
  storedIn: (path: string, first: string, last: string, days: number) =>
    `  imported days now in ${shownFile(path)}: ${first} to ${last} (${dataCount(days, 'day')})`,
  // fetching
  badSince: (got: string) => `--since must be a date YYYY-MM-DD (got ${shown(got)})`,
  sinceLeavesGap: (coin: string, last: string, next: string, got: string) =>
    `--since must be on or before ${next}: the ${coin} history in use ends on ${last}, and a later start would leave a gap (got ${got})`,
  offline: (host: string, reason: string, coin: Coin) =>
    `cannot reach ${host} (${reason}): this machine seems to be offline. Download the daily series on a machine that is online ` +
    `(for example csv/${coinProtocol(coin).assetId}.csv of github.com/coinmetrics/data) and run: minesim data import FILE --coin ${coin}`,
  httpError: (status: number, detail: string) => `Coin Metrics answered HTTP ${status}: ${detail}`,
  notJson: (url: string) => `the answer is not the JSON the Coin Metrics API documents (from ${url})`,
  badAnswerDay: (day: number, field: string, expected: string, got: unknown) =>
    `day ${day} of the answer is not the JSON the Coin Metrics API documents: ${field} must be ${expected} (got ${shown(got)})`,
  badNextPage: (url: string) => `the next page is not on the Coin Metrics API (got ${shown(url)})`,
  tooManyPages: (max: number) => `the series runs over more than ${max} pages; give a later --since`,
  responseTooLarge: (limit: number) => `the answer exceeds ${limit / 1048576} MiB; give a later --since`,
  fetched: (coin: string, rows: number, pages: number, first: string, last: string) =>
    `downloaded ${dataCount(rows, 'day')} of ${coin} (${first} to ${last}) in ${dataCount(pages, 'page')} from the Coin Metrics community API (CC BY-NC 4.0)`,
  fetchedNothing: (coin: string, since: string) =>
    `the Coin Metrics community API has no ${coin} days from ${since}`,
  // status
  folderLine: (dir: string, from: string) => `data folder: ${shownFile(dir)} (from ${from})`,
  coinLine: (coin: string, first: string, last: string, days: number) =>
    `${coin}: ${first} to ${last} (${dataCount(days, 'day')})`,
  fileLine: (kind: string, path: string, first: string, last: string, days: number, sha256: string) =>
    `  ${kind} ${shownFile(path)}: ${first} to ${last}, ${dataCount(days, 'day')}, sha256 ${sha256}`,
  sourceLine: (source: string, licence: string, first: string, last: string) =>
    `    ${first} to ${last}: ${source}; licence ${licence}`,
  notExtended: (path: string) =>
    `  no imported days (${shownFile(path)} does not exist); import with: minesim data import FILE`,
};
