// A batch's scenario folders: checked before anything runs (a folder taken by something minesim
// did not write refuses that scenario alone), then written into the staging as `minesim run` and
// `minesim backtest` write them, and checked again against --out as soon as they are staged.
import { join } from 'node:path';
import { batchMessages } from '../messages/batch.js';
import { checkOutFolder } from '../report/out-folder.js';
import { OutputError } from '../report/output-error.js';
import { checkStagedFolder } from '../report/staged-folder.js';
import type { BatchItem, BatchRun } from '../study/batch.js';
import { checkUnchanged, type FoundFolders, noteFolder } from './batch-found.js';
import { writeBacktestFolder } from './scenario-outputs.js';
import { writeOutputFolder } from './write-output.js';

/** Refuses, before anything runs, a scenario whose folder is taken by something minesim did not write. */
export async function checkFolders(
  out: string,
  found: FoundFolders,
  items: readonly BatchItem[],
): Promise<BatchItem[]> {
  const checked: BatchItem[] = [];
  for (const item of items) {
    if (!item.ok) {
      checked.push(item);
      continue;
    }
    try {
      for (const folder of [item.folder, item.backtestFolder])
        if (folder !== null) {
          await checkOutFolder(join(out, folder), 'output');
          await noteFolder(found, out, folder);
        }
      checked.push(item);
    } catch (error) {
      if (!(error instanceof OutputError)) throw error;
      checked.push({
        ok: false,
        file: item.file,
        problems: [{ file: item.file, line: 0, col: 0, path: '', message: error.message }],
      });
    }
  }
  return checked;
}

/** The run's folder as `minesim run` writes it, then the back-test's as `minesim backtest` does. */
export async function writeRun(
  staging: string,
  run: BatchRun,
  out: string,
  found: FoundFolders,
): Promise<void> {
  try {
    await writeStaged(staging, run);
  } catch (error) {
    // The machine failed the write in the staging, a hidden folder: named as the folder in --out
    // it was for.
    if (!(error instanceof OutputError) || error.failure === undefined) throw error;
    const { code, reason } = error.failure;
    throw new OutputError(batchMessages.stagingFailed(join(out, run.folder), out, reason, code));
  }
  // Whether its folders could replace those in --out (a file of the user's where the new output
  // has one), asked now: found only as the batch ends, it would discard every scenario's folders.
  // This scenario's are then not written (said as such), the others are; the final move asks again.
  for (const folder of [run.folder, run.backtestFolder])
    if (folder !== null) {
      await checkUnchanged(found, out, folder);
      await checkStagedFolder(join(staging, folder), join(out, folder));
    }
}

async function writeStaged(out: string, run: BatchRun): Promise<void> {
  const { summary } = run.result;
  const record = { scenarioPath: run.file, scenarioSource: run.source, startedAt: run.startedAt };
  await writeOutputFolder(
    summary,
    join(out, run.folder),
    {
      ...record,
      seed: run.seed,
      paths: summary.run.paths,
      workers: run.result.workers,
      outputs: run.scenario.outputs,
    },
    undefined,
    run.result.timelineIntervals,
  );
  if (run.backtest && run.result.backtest && run.backtestFolder)
    await writeBacktestFolder(
      run.scenario,
      run.result.backtest,
      run.backtest,
      join(out, run.backtestFolder),
      record,
    );
}
