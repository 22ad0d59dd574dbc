// `minesim batch <patterns..>`: every matched scenario run as `minesim run` runs it and, where the
// history covers its start, back-tested as `minesim backtest` does, into the same folders under
// --out; then index.md and index.html compare them. Exit 0 when all ran, 2 when some input was
// bad (and nothing failed internally), 1 when a run failed (a bug): the scenarios that ran are
// still published, the failed ones named apart in the index (batch-failed.ts), their earlier
// folders left as they were. Everything is written into staging beside --out and moved in at the
// end (publish), so a batch stopped, or whose final move fails, leaves --out as it was. A scenario whose folder in --out another command wrote while the batch ran,
// or whose folder its output could not replace, is not written (that scenario alone); the outputs in
// --out the batch does not replace are listed apart in its index (batch-others.ts).
import { existsSync, rmSync } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { CommandModule } from 'yargs';
import { defaultWorkers } from '../../engine/run/pool.js';
import { batchMessages } from '../../messages/batch.js';
import { cliMessages } from '../../messages/cli.js';
import { outputMessages } from '../../messages/output.js';
import { okEntries } from '../../report/batch-cells.js';
import { failedRuns, unrelatedOthers } from '../../report/batch-failed.js';
import { writeBatchIndex } from '../../report/batch-index.js';
import { type OtherOutput, otherOutputs } from '../../report/batch-others.js';
import { lockCollection } from '../../report/folder-lock.js';
import { readMinesimVersion } from '../../report/manifest.js';
import { checkOutFolder, type OutFolder } from '../../report/out-folder.js';
import { OutputError } from '../../report/output-error.js';
import { discardOnSignal, holdSignals, type SignalHold } from '../../report/signals.js';
import { cleanOrphans, orphanTemps, tempName } from '../../report/temp-names.js';
import { type BatchItem, expandPatterns, planBatch, runBatch } from '../../study/batch.js';
import { type FoundFolders, unchangedEntries } from '../batch-found.js';
import { batchJson, exitCode, textLines } from '../batch-output.js';
import { keepEarlier, keepEarlierNow, publish, publishedFolders } from '../batch-publish.js';
import { checkFolders, writeRun } from '../batch-stage.js';
import { EXIT_INPUT, EXIT_INTERNAL, printJson } from '../exit.js';
import { allowLongOption, catalogArg, catalogOption, checkRunOptions } from '../options.js';
import { createBatchReporter } from '../progress.js';
import {
  backtestFolderBytes,
  checkEstimate,
  estimateWork,
  freeSpace,
  runFolderBytes,
  runWorkers,
} from '../run-estimate.js';
import { DEFAULT_OUTPUT_ROOT, outputName, scenarioNotes } from '../scenario-input.js';
import { backtestFolderName, seedOption } from '../scenario-outputs.js';

export interface BatchArgs {
  patterns: string[];
  out: string;
  paths?: number;
  seed?: string;
  workers?: number;
  json: boolean;
  /** `--catalog`: one user catalog for every scenario, in place of each one's catalog key. */
  catalog?: string;
  allowLong?: boolean;
}

export const batchCommand: CommandModule<object, BatchArgs> = {
  command: 'batch <patterns..>',
  describe: 'Run many scenarios, each with its back-test, and compare them in one index',
  builder: (y) =>
    y
      .positional('patterns', {
        type: 'string',
        array: true,
        demandOption: true,
        describe: 'Scenario files or patterns (* and ? within a folder, ** across folders; quote them)',
      })
      .option('out', {
        type: 'string',
        default: DEFAULT_OUTPUT_ROOT,
        describe: 'Output folder: a folder per scenario and its back-test, and index.html, index.md',
      })
      .option('paths', {
        type: 'number',
        describe: 'Market paths for every scenario (default: each scenario’s monteCarlo.paths)',
      })
      .option('seed', { type: 'string', describe: 'Seed for every scenario (default: each scenario’s own)' })
      .option('workers', {
        type: 'number',
        describe: `Worker threads (default: one for small runs, else all cores, ${defaultWorkers()} here)`,
      })
      .option('json', {
        type: 'boolean',
        default: false,
        describe: 'Print one JSON document on stdout instead of the lines',
      })
      .option('catalog', catalogOption)
      .option('allow-long', allowLongOption),
  handler: async (args) => {
    process.exitCode = await batch(args);
  },
};

/** The command without yargs, for tests: runs the batch and returns its exit code. */
export async function batch(
  args: BatchArgs,
  streams: { stdout?: NodeJS.WriteStream; stderr?: NodeJS.WriteStream } = {},
): Promise<number> {
  checkRunOptions(args);
  const place = await checkOutFolder(args.out, 'collection');
  // One batch at a time into a folder: two would leave folders of one and the index of the other.
  const unlock = await lockCollection(args.out);
  const name = basename(place.path);
  // Every folder and the index are written here, beside --out, and moved into --out only once every
  // run has ended (publish): a batch stopped or failed before then leaves --out as it was.
  const parent = await stagingParent(place);
  const staging = join(parent, tempName(name));
  const stderr = streams.stderr ?? process.stderr;
  const signals = discardOnSignal(() => {
    rmSync(staging, { recursive: true, force: true });
    unlock.now();
    stderr.write(`minesim: ${outputMessages.interrupted(args.out, false)}\n`);
  });
  let hold: SignalHold | null = null;
  let keepStaging = false;
  let failure: unknown = null;
  try {
    // A killed batch's staging (its process gone) is this one's to remove; the earlier files it
    // held, should it have been killed among its final renames, are kept.
    for (const at of new Set([dirname(place.path), parent])) {
      for (const orphan of await orphanTemps(at, name)) {
        const kept = await keepEarlier(join(at, orphan.name), name);
        if (kept !== null) stderr.write(`minesim: ${batchMessages.killedAmongRenames(args.out, kept)}\n`);
      }
      await cleanOrphans(at, name, true, { remove, rename });
    }
    return await batchLocked(args, streams, staging, () => {
      // The last step, a few renames: Ctrl-C now waits for it to finish. A second one stops at
      // once: the earlier files replaced so far are kept, and the message says what is where.
      signals.defer();
      hold = holdSignals(() => {
        const kept = keepEarlierNow(staging, name);
        unlock.now();
        stderr.write(`minesim: ${batchMessages.stoppedAmongRenames(args.out, kept)}\n`);
      });
      return hold;
    });
  } catch (error) {
    if ((error as { keepStaging?: boolean }).keepStaging === true) keepStaging = true;
    failure = error;
    throw error;
  } finally {
    signals.end();
    if (!keepStaging) await remove(staging).catch(() => {});
    await unlock();
    const held = hold as SignalHold | null;
    // The process ends as the hold is released: what happened to --out is said first.
    if (held?.pending)
      stderr.write(
        failure === null
          ? `minesim: ${outputMessages.interrupted(args.out, true)}\n`
          : failure instanceof OutputError
            ? `minesim: ${failure.message}\n`
            : '',
      );
    held?.release();
  }
}

const remove = (path: string) => rm(path, { recursive: true, force: true });

/**
 * Where a batch into `place` stages: beside it, or, where --out is a file system of its own (a
 * mount, as a container's output volume is), inside it as a hidden entry (a batch's folder leaves
 * those alone), since a rename cannot cross file systems. `device` gives a folder's device.
 */
export async function stagingParent(
  place: OutFolder,
  device: (path: string) => Promise<number> = async (path) => (await stat(path)).dev,
): Promise<string> {
  const parent = dirname(place.path);
  if (!place.exists) return parent;
  return (await device(parent)) === (await device(place.path)) ? parent : place.path;
}

async function batchLocked(
  args: BatchArgs,
  streams: { stdout?: NodeJS.WriteStream; stderr?: NodeJS.WriteStream },
  staging: string,
  lastStep: () => SignalHold,
): Promise<number> {
  const stdout = streams.stdout ?? process.stdout;
  const expansion = await expandPatterns(args.patterns);
  const unmatched: BatchItem[] = expansion.problems.map((p) => ({ ok: false, file: p.file, problems: [p] }));
  const found: FoundFolders = new Map();
  const planned = await checkFolders(
    args.out,
    found,
    await planBatch(
      expansion.files,
      { run: outputName, backtest: backtestFolderName },
      { catalog: catalogArg(args.catalog) },
    ),
  );
  // Said, or refused, before any run: files x paths is capped by neither bound alone.
  const runs = planned.flatMap((item) =>
    item.ok
      ? [
          {
            paths: args.paths ?? item.scenario.monteCarlo.paths,
            days: item.scenario.days,
            cohorts: item.scenario.fleet.length,
            diskBytes:
              runFolderBytes(
                item.scenario.days,
                item.scenario.outputs.samplePaths,
                args.paths ?? item.scenario.monteCarlo.paths,
              ) + (item.backtestFolder === null ? 0 : backtestFolderBytes(item.scenario.days)),
          },
        ]
      : [],
  );
  checkEstimate(
    'batch',
    'fewer --paths or files, or shorter horizons',
    estimateWork(runs, runWorkers(args.workers), { folder: args.out, freeBytes: freeSpace(args.out) }),
    args.allowLong,
    streams.stderr,
  );
  // The notes `run` prints under its scenario, under each valid one, before the progress lines.
  for (const item of planned)
    if (item.ok)
      for (const line of scenarioNotes(item.file, item.scenario))
        (streams.stderr ?? process.stderr).write(`${line}\n`);
  const reporter = createBatchReporter(streams.stderr);
  const ran = await runBatch([...unmatched, ...planned], {
    paths: args.paths,
    seed: seedOption(args.seed, undefined),
    workers: args.workers,
    write: (run) => writeRun(staging, run, args.out, found),
    progress: reporter.progress,
    ended: reporter.ended,
  });
  reporter.finish();
  // A folder written by another command since its scenario's check is that command's now.
  const entries = await unchangedEntries(ran, found, args.out);
  entries.forEach((e, i) => {
    if (e.status === 'unwritten' && ran[i].status === 'ok')
      (streams.stderr ?? process.stderr).write(`${e.message}\n`);
  });
  const code = exitCode(entries);
  // A run that failed (a bug) does not hold back the others: the scenarios that ran are published,
  // the failed one is named apart in the index and its earlier folder in --out, if any, is left as
  // it was and said to be an earlier run's. A batch that could write no scenario (bad input,
  // unwritable, failed) over an earlier batch's index leaves --out as it was: an index of nothing
  // would replace its comparison of the folders still there. With no earlier index, the index of
  // this batch's problems is written (it replaces nothing, and says at their lines why no scenario
  // ran).
  const kept =
    okEntries(entries).length === 0 && existsSync(join(args.out, 'index.md'))
      ? batchMessages.nothingWritten(args.out, code === EXIT_INTERNAL)
      : null;
  const published = kept === null;
  // The outputs --out holds that this batch does not replace stay there: a failed run's named with
  // it, the others apart in the index, never dropped unsaid nor shown as this batch's.
  const others: OtherOutput[] = await otherOutputs(
    args.out,
    new Set(published ? publishedFolders(entries) : []),
  );
  if (published) {
    // The index last: it links to the folders staged beside it.
    await writeBatchIndex(
      staging,
      entries,
      { minesimVersion: await readMinesimVersion(), finishedAt: new Date().toISOString(), others },
      fanFolders(planned),
    );
    lastStep();
    try {
      await publish(staging, args.out, entries);
    } catch (error) {
      // --json promises one document: the runs' figures, with what became of --out. The command
      // still ends as for any output failure (exit 2, the message on stderr).
      if (args.json && error instanceof OutputError)
        printJson({
          ...batchJson(entries, args.out, EXIT_INPUT, error.message, others),
          written: false,
          error: error.message,
        });
      throw error;
    }
  }
  const otherNames = unrelatedOthers(entries, others).map((o) => o.folder);
  const failed = failedRuns(entries, others);
  if (args.json)
    printJson({
      ...batchJson(entries, args.out, code, kept ?? undefined, others),
      written: published,
      ...(kept === null ? { otherOutputs: otherNames } : { notWritten: kept }),
    });
  else {
    const wrote = `${batchMessages.wroteIndex(args.out, failed.length)}${otherNames.length > 0 ? batchMessages.othersKept(otherNames) : ''}`;
    // What failed, then what was published: said once the run lines' totals have counted them.
    const failedLines = published
      ? failed.map((r) =>
          batchMessages.failedNotPublished(
            r.error,
            r.earlier.map((o) => o.folder),
          ),
        )
      : [];
    stdout.write(`${[...textLines(entries), ...failedLines, kept ?? wrote].join('\n')}\n`);
  }
  if (code === EXIT_INTERNAL) (streams.stderr ?? process.stderr).write(`${cliMessages.internal()}\n`);
  return code;
}

/** The run folders that hold the fan chart: those whose scenario's outputs.charts names it. */
function fanFolders(items: readonly BatchItem[]): Set<string> {
  return new Set(items.flatMap((i) => (i.ok && i.scenario.outputs.charts.includes('fan') ? [i.folder] : [])));
}
