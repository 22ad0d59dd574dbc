// `minesim merge <parts..>`: adds up the parts of a sharded run and writes the run's folder, the
// same, byte for byte, as a single-machine run would.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import { finishRun } from '../../engine/run.js';
import { mergeParts, PART_VERSION, type Part } from '../../engine/shard.js';
import { cliMessages, shardMessages } from '../../scenario/messages.js';
import { parseOverrides } from '../../scenario/overrides.js';
import { InputError } from '../../scenario/problem.js';
import { validateScenarioText } from '../../scenario/validate.js';
import { isSweepPart, mergeSweepParts, type SweepPart } from '../../study/sweep-shard.js';
import { printJson, UsageError } from '../exit.js';
import { headlineTable } from '../headline.js';
import { DEFAULT_OUTPUT_ROOT, outputName } from '../scenario-input.js';
import { writeSweepOutput } from '../sweep-output.js';
import { writeOutputFolder } from '../write-output.js';

interface Args {
  parts: string[];
  out?: string;
  json: boolean;
}

async function readPart(file: string): Promise<Part | SweepPart> {
  let part: Part | SweepPart;
  try {
    part = JSON.parse(await readFile(file, 'utf8')) as Part | SweepPart;
  } catch {
    throw new UsageError(shardMessages.notAPart(file));
  }
  if (isSweepPart(part)) return part;
  if (part?.version !== PART_VERSION || !('accumulation' in part) || !part.scenario)
    throw new UsageError(shardMessages.notAPart(file));
  return part;
}

/** Sweep parts merged into the sweep's folder. */
async function mergeSweep(parts: SweepPart[], args: Args, started: Date): Promise<void> {
  const merged = mergeSweepParts(parts);
  if (!merged.ok) throw new UsageError(merged.message);
  const { path, source, name, sets } = merged.part.scenario;
  // The base scenario names the coin whose history the manifest records.
  const overrides = parseOverrides(sets);
  if (!overrides.ok) throw new InputError(overrides.problems);
  const v = await validateScenarioText(source, path, overrides.overrides);
  if (!v.ok) throw new InputError(v.problems);
  const dir = args.out ?? join(DEFAULT_OUTPUT_ROOT, `${outputName(name)}-sweep`);
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
      }) as never,
  handler: async (args) => {
    const started = new Date();
    const all = await Promise.all(args.parts.map(readPart));
    const sweeps = all.filter(isSweepPart);
    if (sweeps.length > 0 && sweeps.length < all.length) throw new UsageError(shardMessages.mixedParts());
    if (sweeps.length > 0) return mergeSweep(sweeps, args, started);
    const parts = all as Part[];
    const merged = mergeParts(parts);
    if (!merged.ok) throw new UsageError(merged.message);
    const { path, source, sets, catalog } = parts[0].scenario;
    const overrides = parseOverrides(sets);
    if (!overrides.ok) throw new InputError(overrides.problems);
    // The user catalog as the parts read it, not as the disk holds it now.
    const v = await validateScenarioText(source, path, overrides.overrides, { catalog });
    if (!v.ok) throw new InputError(v.problems);
    const result = finishRun(v.scenario, merged.accumulation);
    const dir = args.out ?? join(DEFAULT_OUTPUT_ROOT, outputName(v.scenario.name));
    await writeOutputFolder(result.summary, dir, {
      scenarioPath: path,
      scenarioSource: source,
      seed: merged.accumulation.seed,
      paths: merged.accumulation.paths,
      workers: merged.accumulation.workers,
      startedAt: started,
    });
    if (args.json) printJson(result.summary);
    else process.stdout.write(`${headlineTable(result.summary)}\n${cliMessages.wroteOutput(dir)}\n`);
  },
};
