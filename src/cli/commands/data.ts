// `minesim data status|import|fetch`: the history in use, and bringing newer days into the user
// data folder (--data, MINESIM_DATA or the platform's folder, resolved once in main.ts).
import type { Argv, CommandModule } from 'yargs';
import { COIN_METRICS_API, MAX_PAGE_BYTES } from '../../data/fetch/coinmetrics.js';
import { fetchHistory, fetchStart } from '../../data/fetch/fetch-history.js';
import { createHttpGet } from '../../data/fetch/http.js';
import { loadHistory } from '../../data/history.js';
import type { ImportReport } from '../../data/import/import.js';
import { importDailyFile } from '../../data/import/import.js';
import { TOLERANCE } from '../../data/import/overlap.js';
import { COINS, dataStatus } from '../../data/status.js';
import type { DataFolder } from '../../data/user-folder.js';
import { dataMessages as m } from '../../messages/data.js';
import { COIN_IDS, type Coin, DEFAULT_COIN } from '../../model/coins/index.js';
import { dataStatusLines } from '../../report/data-status.js';
import { InputError } from '../../scenario/problem.js';
import { printJson, UsageError } from '../exit.js';

interface Common {
  /** Set by main.ts before any handler runs. */
  dataFolder: DataFolder;
}

interface StatusArgs extends Common {
  coin?: Coin;
  json: boolean;
}

interface ImportArgs extends Common {
  file: string;
  coin?: Coin;
  replace: boolean;
  source?: string;
  licence?: string;
}

interface FetchArgs extends Common {
  coin: Coin;
  since?: string;
}

const coinOption = {
  choices: COIN_IDS,
  describe: 'The coin (the shipped format names its own; otherwise bitcoin)',
};

function printImport(report: ImportReport): void {
  const lines: string[] = [];
  if (report.added)
    lines.push(
      m.imported(
        report.file,
        report.format,
        report.coin,
        report.added.days,
        report.added.firstDate,
        report.added.lastDate,
      ),
    );
  else lines.push(m.nothingNew(report.file, report.coin, report.historyLast));
  if (report.overlap)
    lines.push(
      m.overlapChecked(
        report.overlap.days,
        report.overlap.firstDate,
        report.overlap.lastDate,
        TOLERANCE.price,
        TOLERANCE.difficulty,
      ),
    );
  if (report.ignoredBefore > 0) lines.push(m.ignoredBefore(report.ignoredBefore, report.historyFirst));
  if (report.droppedTrailing.length > 0) lines.push(m.droppedTrailing(report.droppedTrailing));
  if (report.stored)
    lines.push(
      m.storedIn(report.stored.path, report.stored.firstDate, report.stored.lastDate, report.stored.days),
    );
  process.stdout.write(`${lines.join('\n')}\n`);
}

const statusCommand: CommandModule<Common, StatusArgs> = {
  command: 'status',
  describe: 'Show the history in use for each coin: range, files, sources, licences, imported days',
  builder: (y) =>
    y.option('coin', { choices: COIN_IDS, describe: 'Only this coin' }).option('json', {
      type: 'boolean',
      default: false,
      describe: 'Print one JSON document on stdout',
    }),
  handler: (args) => {
    const status = dataStatus(args.dataFolder, args.coin ? [args.coin] : COINS);
    if (args.json) return printJson(status);
    process.stdout.write(`${dataStatusLines(status).join('\n')}\n`);
  },
};

const importCommand: CommandModule<Common, ImportArgs> = {
  command: 'import <file>',
  describe:
    'Check a daily CSV (shipped, Coin Metrics or simple format) and add its newer days to the data folder',
  builder: (y) =>
    y
      .positional('file', { type: 'string', demandOption: true, describe: 'The CSV file' })
      .option('coin', coinOption)
      .option('replace', {
        type: 'boolean',
        default: false,
        describe: 'Check against the shipped history alone and replace the days imported before',
      })
      .option('source', { type: 'string', describe: 'Where the numbers come from (stored with every day)' })
      .option('licence', { type: 'string', describe: 'Their licence (stored with every day)' }),
  handler: async (args) => {
    const folder = args.dataFolder.dir;
    // One given alone replaces its own: the other stays the file's (`user file x.csv`).
    const source =
      args.source !== undefined || args.licence !== undefined
        ? { source: args.source, licence: args.licence }
        : undefined;
    const report = await importDailyFile(args.file, {
      folder,
      coin: args.coin,
      replace: args.replace,
      source,
    });
    printImport(report);
  },
};

const fetchCommand: CommandModule<Common, FetchArgs> = {
  command: 'fetch',
  describe: 'Download the days after the history from the Coin Metrics community API and import them',
  builder: (y) =>
    y.option('coin', { ...coinOption, default: DEFAULT_COIN, describe: 'The coin' }).option('since', {
      type: 'string',
      describe: 'First day to download, YYYY-MM-DD (default: a week before the history in use ends)',
    }),
  handler: async (args) => {
    const folder = args.dataFolder.dir;
    const history = loadHistory(args.coin, folder);
    const start = fetchStart(history, args.since);
    if (!start.ok) throw new UsageError(start.message);
    const host = new URL(COIN_METRICS_API).host;
    const tooLarge = () =>
      new InputError([
        { file: host, line: 0, col: 0, path: '', message: m.responseTooLarge(MAX_PAGE_BYTES) },
      ]);
    const result = await fetchHistory({
      coin: args.coin,
      since: start.since,
      folder,
      get: createHttpGet(MAX_PAGE_BYTES, tooLarge),
    });
    if (result.report === null) {
      process.stdout.write(`${m.fetchedNothing(args.coin, start.since)}\n`);
      return;
    }
    const { rows, pages, firstDate, lastDate } = result.download;
    process.stdout.write(`${m.fetched(args.coin, rows, pages, firstDate, lastDate)}\n`);
    printImport(result.report);
  },
};

export const dataCommand: CommandModule<Common, Common> = {
  command: 'data <command>',
  describe: 'The daily history in use, and newer days brought into the user data folder',
  builder: (y: Argv<Common>) =>
    y
      .command(statusCommand)
      .command(importCommand)
      .command(fetchCommand)
      .demandCommand(1, 'Name a data command: status, import or fetch.'),
  handler: () => {},
};
