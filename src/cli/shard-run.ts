// `minesim run --shard k/n`: part k of n of a run's paths, saved as a part file for `minesim merge`.
import { join } from 'node:path';
import { sealPart } from '../engine/run/part-file.js';
import { partOrigin } from '../engine/run/part-origin.js';
import { accumulateRun } from '../engine/run/run.js';
import { parseShard, shardRange, toPart } from '../engine/run/shard.js';
import { shardMessages } from '../messages/shards.js';
import { checkOutFolder } from '../report/out-folder.js';
import { UsageError } from './exit.js';
import { writePart } from './part-output.js';
import { createProgress } from './progress.js';
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
}

export async function runShard(args: ShardArgs): Promise<void> {
  const shard = parseShard(args.shard ?? '');
  if (!shard) throw new UsageError(shardMessages.badShard(args.shard ?? ''));
  const { scenario, source: bytes, userCatalog } = await loadScenario(args.scenario, args.set, args.catalog);
  const options = {
    paths: args.paths,
    seed: seedOption(args.seed, scenario.monteCarlo.seed),
    workers: args.workers,
    antithetic: args.antithetic,
  };
  const paths = options.paths ?? scenario.monteCarlo.paths;
  if (shard.n > paths) throw new UsageError(shardMessages.tooManyShards(args.shard ?? '', paths));
  const dir = args.out ?? join(DEFAULT_OUTPUT_ROOT, `${outputName(scenario.name)}-parts`);
  await checkOutFolder(dir, 'parts');
  const range = shardRange(paths, shard);
  // Read as the run starts, with the history the run reads.
  const origin = await partOrigin(scenario.coin);
  const progress = createProgress(`${scenario.name} ${shard.k}/${shard.n}`);
  const accumulation = await accumulateRun(
    scenario,
    { ...options, progress: (d, t) => progress.update(d, t) },
    range,
  );
  progress.finish();
  const source = typeof bytes === 'string' ? bytes : Buffer.from(bytes).toString('utf8');
  // The part carries the user catalog's text too, so that merge needs nothing else.
  const part = toPart(
    accumulation,
    shard,
    {
      path: args.scenario,
      source,
      sets: args.set,
      ...(userCatalog ? { catalog: userCatalog } : {}),
    },
    origin,
  );
  const file = await writePart(dir, `part-${shard.k}-of-${shard.n}.json`, sealPart(part));
  process.stdout.write(`${shardMessages.wrotePart(file, range.from, range.to, paths)}\n`);
}
