// `minesim run --shard k/n`: part k of n of a run's paths, saved as a part file for `minesim merge`.
import { join } from 'node:path';
import { sealPart } from '../engine/run/part-file.js';
import { partOrigin } from '../engine/run/part-origin.js';
import { accumulateRun } from '../engine/run/run.js';
import {
  fewestShards,
  MAX_PART_CHARS,
  parseShard,
  partCharsBound,
  type Shard,
  shardRange,
  toPart,
} from '../engine/run/shard.js';
import { shardMessages } from '../messages/shards.js';
import { checkOutFolder } from '../report/out-folder.js';
import { simulatedDays } from '../scenario/simulated-days.js';
import { printJson, UsageError } from './exit.js';
import { writePart } from './part-output.js';
import { createProgress } from './progress.js';
import { checkEstimate, estimateWork, outputPlace, partBytes, runWorkers } from './run-estimate.js';
import { DEFAULT_OUTPUT_ROOT, loadScenario, outputName } from './scenario-input.js';
import { seedOption } from './scenario-outputs.js';

export interface ShardArgs {
  scenario: string;
  shard?: string;
  paths?: number;
  seed?: string;
  workers?: number;
  antithetic?: boolean;
  out?: string;
  set: string[];
  catalog?: string;
  /** One JSON document on stdout: the part written and its paths. */
  json?: boolean;
  /** Refused: a shard is one part of one run, not a preview re-run on every save. */
  watch?: boolean;
  allowLong?: boolean;
}

export async function runShard(args: ShardArgs): Promise<void> {
  const shard = parseShard(args.shard ?? '');
  if (!shard) throw new UsageError(shardMessages.badShard(args.shard ?? ''));
  if (args.watch) throw new UsageError(shardMessages.shardWatch());
  const { scenario, source: bytes, userCatalog } = await loadScenario(args.scenario, args.set, args.catalog);
  const options = {
    paths: args.paths,
    seed: seedOption(args.seed, scenario.monteCarlo.seed),
    workers: args.workers,
    antithetic: args.antithetic,
  };
  const paths = options.paths ?? scenario.monteCarlo.paths;
  if (shard.n > paths) throw new UsageError(shardMessages.tooManyShards(args.shard ?? '', paths));
  const range = shardRange(paths, shard);
  const source = typeof bytes === 'string' ? bytes : Buffer.from(bytes).toString('utf8');
  const catalog = userCatalog ? { catalog: userCatalog } : {};
  tooLarge(shard, range, paths, simulatedDays(scenario), Math.min(paths, scenario.outputs.samplePaths), {
    path: args.scenario,
    source,
    sets: args.set,
    ...catalog,
  });
  const work = { paths: range.to - range.from, days: scenario.days, cohorts: scenario.fleet.length };
  const dir = args.out ?? join(DEFAULT_OUTPUT_ROOT, `${outputName(scenario.name)}-parts`);
  checkEstimate(
    `${scenario.name} ${shard.k}/${shard.n}`,
    'more shards or fewer --paths',
    estimateWork(
      [{ ...work, diskBytes: partBytes(scenario.days, work.paths, scenario.outputs.samplePaths) }],
      runWorkers(args.workers),
      outputPlace(dir, 'a shorter horizon or fewer outputs.samplePaths write less'),
    ),
    args.allowLong,
  );
  await checkOutFolder(dir, 'parts');
  // Read as the run starts, with the history the run reads.
  const origin = await partOrigin(scenario.coin);
  const progress = createProgress(`${scenario.name} ${shard.k}/${shard.n}`);
  const accumulation = await accumulateRun(
    scenario,
    { ...options, progress: (d, t) => progress.update(d, t) },
    range,
  );
  progress.finish();
  // The part carries the user catalog's text too, so that merge needs nothing else.
  const part = toPart(
    accumulation,
    shard,
    {
      path: args.scenario,
      source,
      sets: args.set,
      ...catalog,
    },
    origin,
  );
  const file = await writePart(dir, `part-${shard.k}-of-${shard.n}.json`, sealPart(part));
  if (args.json) printJson({ part: file, shard, from: range.from, to: range.to, paths });
  else process.stdout.write(`${shardMessages.wrotePart(file, range.from, range.to, paths)}\n`);
}

/**
 * Refuses, before it runs, a shard whose part could not be written: a part is one JSON text, and
 * the longest string V8 makes ends it (about 2.3 million paths of the flagship's outcomes).
 */
function tooLarge(
  shard: Shard,
  range: { from: number; to: number },
  paths: number,
  days: number,
  samples: number,
  scenario: object,
): void {
  // Bytes, not characters: the merge reads at most as many bytes (merge.ts), and a non-ASCII character takes more.
  const text = Buffer.byteLength(JSON.stringify(scenario));
  const here = Math.max(0, Math.min(range.to, samples) - range.from);
  if (partCharsBound(range.to - range.from, days, here, text) <= MAX_PART_CHARS) return;
  const n = fewestShards(paths, days, samples, text);
  throw new UsageError(shardMessages.partTooLarge(`${shard.k}/${shard.n}`, range.to - range.from, n));
}
