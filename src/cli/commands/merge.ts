// `minesim merge <parts..>`: adds up the parts of a sharded run and writes the run's folder, the
// same, byte for byte, as a single-machine run would.

import { constants } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import { inPart, mergeParts, type NamedPart, scenarioMismatch } from '../../engine/run/merge-parts.js';
import { openPart } from '../../engine/run/part-file.js';
import { dataKey, historyInUse, type PartOrigin, thisMinesim } from '../../engine/run/part-origin.js';
import { pilotDifference } from '../../engine/run/pilot-check.js';
import { finishRun } from '../../engine/run/run.js';
import { PART_VERSION, type Part } from '../../engine/run/shard.js';
import { cliMessages } from '../../messages/cli.js';
import { shardMessages } from '../../messages/shards.js';
import type { Coin } from '../../model/coins/index.js';
import { chartEvents } from '../../report/chart-events.js';
import { checkOutFolder } from '../../report/out-folder.js';
import { environmentFailure } from '../../report/output-error.js';
import { parseOverrides } from '../../scenario/overrides.js';
import { InputError } from '../../scenario/problem.js';
import { validateScenarioText } from '../../scenario/validate.js';
import { isSweepPart, mergeSweepParts, SWEEP_PART_VERSION } from '../../study/sweep-shard.js';
import { firstPointOverrides } from '../../study/vary.js';
import { printJson, UsageError } from '../exit.js';
import { headlineTable } from '../headline.js';
import { allowFullOption } from '../options.js';
import { checkDiskSpace, outputPlace, runFolderBytes, sweepFolderBytes } from '../run-estimate.js';
import { DEFAULT_OUTPUT_ROOT, outputName, scenarioNotes } from '../scenario-input.js';
import { writeSweepOutput } from '../sweep-output.js';
import { writeOutputFolder } from '../write-output.js';

interface Args {
  parts: string[];
  out?: string;
  json: boolean;
  explorer: boolean;
  allowLong?: boolean;
}

/** What a merge writes less with: its parts fixed the folder's content. */
const MERGE_PLACE_LESS = 'the parts fix what the folder holds';
/** What to give a merge short of disk. */
const MERGE_GIVE = '--out on a file system with more room';

/** Larger than any part minesim can write: its JSON is one string, and V8's strings stop here. */
const MAX_PART_BYTES = 512 * 1024 * 1024;

/** The bytes of a regular file (never a FIFO or device, which could block or never end). */
async function readRegularFile(file: string): Promise<Buffer> {
  // Node reads "" as no such file ("cannot read : no such file"), which names nothing.
  if (file === '') throw new UsageError(shardMessages.emptyPartName());
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const s = await handle.stat();
    if (!s.isFile()) throw new UsageError(shardMessages.cannotReadPart(file, 'it is not a regular file'));
    if (s.size > MAX_PART_BYTES)
      throw new UsageError(shardMessages.cannotReadPart(file, 'it is larger than any part minesim writes'));
    return await handle.readFile();
  } catch (error) {
    const failure = environmentFailure(error);
    if (failure) throw new UsageError(shardMessages.cannotReadPart(file, failure.reason));
    throw error;
  } finally {
    await handle?.close();
  }
}

/** A part file's name as `run --shard` and `sweep --shard` write it. */
const PART_NAME = /^(?:sweep-)?part-\d+-of-\d+\.json$/;

/**
 * Refuses, all at once and before any part is read, the names that cannot be parts: a file that
 * does not exist or cannot be reached, a folder (with the part files it holds, to give instead),
 * anything but a regular file.
 */
async function checkPartNames(files: readonly string[]): Promise<void> {
  const problems: string[] = [];
  for (const file of files) {
    if (file === '') {
      problems.push(shardMessages.emptyPartName());
      continue;
    }
    try {
      const s = await stat(file);
      if (s.isDirectory()) {
        const names = (await readdir(file)).filter((name) => PART_NAME.test(name));
        names.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
        problems.push(
          shardMessages.partFolder(
            file,
            names.map((name) => join(file, name)),
          ),
        );
      } else if (!s.isFile()) problems.push(shardMessages.cannotReadPart(file, 'it is not a regular file'));
    } catch (error) {
      const failure = environmentFailure(error);
      if (!failure) throw error;
      problems.push(shardMessages.cannotReadPart(file, failure.reason));
    }
  }
  if (problems.length > 0) throw new UsageError(problems.join('\nminesim: '));
}

/** A part's JSON, once its encoding, checksum and scenario hash check out. */
async function readPart(file: string): Promise<NamedPart> {
  const opened = openPart(await readRegularFile(file), file, (body) =>
    isSweepPart(body) ? SWEEP_PART_VERSION : 'accumulation' in body ? PART_VERSION : null,
  );
  if (!opened.ok) throw new UsageError(opened.message);
  return { file, part: opened.body };
}

/**
 * Refuses parts (their first, `named`) made by another minesim build, or on another history of
 * `coin`, than this merge's: it compiles, replays and summarises with its own code and history.
 * The history is compared before the scenario is validated against it, which may not cover its start.
 */
async function sameOrigin(named: string, origin: PartOrigin, coin: Coin): Promise<void> {
  const own = await thisMinesim();
  if (own.minesim !== origin.minesim || own.code !== origin.code)
    throw new UsageError(
      shardMessages.otherMinesim(
        named,
        shardMessages.minesimShown(origin.minesim, origin.code),
        shardMessages.minesimShown(own.minesim, own.code),
      ),
    );
  sameHistory(named, origin, coin);
}

function sameHistory(named: string, origin: PartOrigin, coin: Coin): void {
  const history = historyInUse(coin);
  if (dataKey(history) !== dataKey(origin.data))
    throw new UsageError(
      shardMessages.otherHistory(
        named,
        shardMessages.dataShown(origin.data),
        shardMessages.dataShown(history),
      ),
    );
}

/** Sweep parts merged into the sweep's folder. */
async function mergeSweep(parts: NamedPart[], args: Args, started: Date): Promise<void> {
  const merged = mergeSweepParts(parts);
  if (!merged.ok) throw new UsageError(merged.message);
  const { path, source, name, sets } = merged.part.scenario;
  const { origin, shard } = merged.part;
  const named = `${parts[0].file} (sweep part ${shard.k}/${shard.n})`;
  await sameOrigin(named, origin, origin.data[0].coin);
  // The base scenario names the coin whose history the manifest records.
  const overrides = parseOverrides(sets);
  if (!overrides.ok) throw new InputError(inPart(overrides.problems, named));
  const catalog = { catalog: merged.part.scenario.catalog };
  let v = await validateScenarioText(source, path, overrides.overrides, catalog);
  // A value only the axes give (as `minesim sweep` reads it): the file at the first grid point.
  if (!v.ok) {
    const first = firstPointOverrides(merged.result.axes);
    const point = await validateScenarioText(source, path, [...overrides.overrides, ...first], catalog);
    if (point.ok) v = point;
  }
  if (!v.ok) throw new InputError(inPart(v.problems, named));
  sameHistory(named, origin, v.scenario.coin);
  for (const line of scenarioNotes(path, v.scenario)) process.stderr.write(`${line}\n`);
  const dir = args.out ?? join(DEFAULT_OUTPUT_ROOT, `${outputName(name)}-sweep`);
  await checkOutFolder(dir, 'output');
  checkDiskSpace(
    `${name} sweep (merge of ${parts.length} parts)`,
    sweepFolderBytes(merged.result.points.length),
    outputPlace(dir, MERGE_PLACE_LESS),
    MERGE_GIVE,
    args.allowLong,
  );
  await writeSweepOutput(merged.result, dir, {
    scenarioPath: path,
    scenarioSource: source,
    coin: v.scenario.coin,
    workers: 1,
    startedAt: started,
    json: args.json,
  });
}

export const mergeCommand: CommandModule<object, Args> = {
  command: 'merge <parts..>',
  describe: 'Merge the parts of a sharded run or sweep (--shard k/n) into its output folder',
  builder: (y) =>
    y
      .positional('parts', {
        type: 'string',
        array: true,
        demandOption: true,
        describe: 'Part files (part-k-of-n.json)',
      })
      .option('out', { type: 'string', describe: 'Output folder (default: runs/<scenario name>)' })
      .option('json', {
        type: 'boolean',
        default: false,
        describe: 'Print summary.json on stdout instead of the table',
      })
      .option('explorer', {
        type: 'boolean',
        default: true,
        describe: 'Write explore.html of a merged run, as run does (--no-explorer skips it)',
      })
      .option('allow-long', allowFullOption),
  handler: async (args) => {
    const started = new Date();
    // One at a time: parts are large, and the first bad one is reported by name.
    await checkPartNames(args.parts);
    const all: NamedPart[] = [];
    for (const file of args.parts) all.push(await readPart(file));
    const sweeps = all.filter((p) => isSweepPart(p.part));
    const runs = all.filter((p) => !isSweepPart(p.part));
    if (sweeps.length > 0 && runs.length > 0)
      throw new UsageError(shardMessages.mixedParts(runs[0].file, sweeps[0].file));
    if (sweeps.length > 0) return mergeSweep(sweeps, args, started);
    const merged = mergeParts(all);
    if (!merged.ok) throw new UsageError(merged.message);
    const { path, source, sets, catalog } = merged.part.scenario;
    const { origin, shard } = merged.part;
    const named = `${all[0].file} (part ${shard.k}/${shard.n})`;
    await sameOrigin(named, origin, origin.data[0].coin);
    const overrides = parseOverrides(sets);
    if (!overrides.ok) throw new InputError(inPart(overrides.problems, named));
    // The user catalog as the parts read it, not as the disk holds it now.
    const v = await validateScenarioText(source, path, overrides.overrides, { catalog });
    if (!v.ok) throw new InputError(inPart(v.problems, named));
    sameHistory(named, origin, v.scenario.coin);
    for (const line of scenarioNotes(path, v.scenario)) process.stderr.write(`${line}\n`);
    const { accumulation } = merged;
    const mismatch = scenarioMismatch(accumulation, v.scenario, named);
    if (mismatch) throw new UsageError(mismatch);
    const pilot = await pilotDifference(v.scenario, accumulation);
    if (pilot?.what === 'ranges') throw new UsageError(shardMessages.pilotRanges(named));
    if (pilot?.what === 'path') {
      const holder = all.find(({ part }) => {
        const { from, to } = (part as Part).accumulation;
        return from <= pilot.path && pilot.path < to;
      });
      const held = holder
        ? `${holder.file} (part ${(holder.part as Part).shard.k}/${(holder.part as Part).shard.n})`
        : named;
      throw new UsageError(shardMessages.pilotPath(held, pilot.path));
    }
    const dir = args.out ?? join(DEFAULT_OUTPUT_ROOT, outputName(v.scenario.name));
    await checkOutFolder(dir, 'output');
    // Before the run is finished (its break-evens, its charts): refused with run's words for the disk.
    checkDiskSpace(
      `${v.scenario.name} (merge of ${all.length} parts)`,
      runFolderBytes(v.scenario.days, v.scenario.outputs.samplePaths, accumulation.paths),
      outputPlace(dir, MERGE_PLACE_LESS),
      MERGE_GIVE,
      args.allowLong,
    );
    const result = await finishRun(v.scenario, accumulation, { chartEvents });
    await writeOutputFolder(
      result.summary,
      dir,
      {
        scenarioPath: path,
        scenarioSource: source,
        seed: accumulation.seed,
        paths: accumulation.paths,
        workers: accumulation.workers,
        startedAt: started,
        outputs: v.scenario.outputs,
        // The explorer as `run` writes it; it does not carry a user catalog (see run.ts).
        ...(args.explorer && catalog === undefined ? { explorer: { overrides: overrides.overrides } } : {}),
      },
      undefined,
      result.timelineIntervals,
    );
    if (args.json) printJson(result.summary);
    else process.stdout.write(`${headlineTable(result.summary)}\n${cliMessages.wroteOutput(dir)}\n`);
  },
};
