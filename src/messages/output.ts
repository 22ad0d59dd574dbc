// Messages about output folders. One function a message; see shown.ts. A folder or file is the
// analyst's own path, shown as a name is (shownFile: a line break as `\n`, on its one line).
import { shownFile } from './shown.js';

export const outputMessages = {
  /**
   * timeline.csv's unit of a series averaged over the days since the previous checkpoint (revenue,
   * power, shutdown share), beside the day's own hashprice, price and difficulty on the same date.
   */
  timelineMeanUnit: (unit: string) => `${unit} (mean of the days after the previous date up to this one)`,
  /** summary.md's table of the weekly bands' widest Monte Carlo error (timeline.widestIntervals). */
  bandsErrorTitle: () => 'Weekly bands’ Monte Carlo error',
  bandsErrorNote: () =>
    'Each series’ widest 95 % interval over its weeks and bands (timeline.csv’s low and high give every week’s): ' +
    'between the paths’ order statistics at the headline’s binomial ranks (the pair the unit with antithetic pairs), ' +
    'read from the week’s histogram out to the edges of the bins that hold them, so an interval is never narrower ' +
    'than a bin (a 1,024th of the week’s range); the horizon’s net positions are the paths’ own, with their own intervals.',
  /** A series whose widest interval is a point: at every week's ranks the paths have one value. */
  bandsErrorNoSpread: () => 'none wider than 0: every week, the paths at its ranks have one value',
  /** The same table where no week has an interval: too few paths for even the median's. */
  bandsErrorNone: (paths: string, pairs: boolean) =>
    `None: at ${paths} no band has a 95 % interval (the median needs ${pairs ? '12 paths in antithetic pairs' : '6 paths'}, the 5 % and 95 % ${pairs ? '144' : '72'}); read the bands as rough.`,
  notMinesimFolder: (dir: string) =>
    `${shownFile(dir)} is a folder minesim did not write (it holds other files and no minesim manifest.json); give --out a new or empty folder, or an earlier minesim output to replace`,
  /** An output's --out that holds a batch's index and folders. */
  batchNotOutput: (dir: string) =>
    `${shownFile(dir)} is a batch's folder (its index and a folder per scenario), not one output's, and minesim does not replace it with one; give --out a new or empty folder, an earlier output of this command, or a scenario's folder inside it`,
  /** A batch's --out that holds one output (its manifest.json). */
  outputNotCollection: (dir: string) =>
    `${shownFile(dir)} is the folder of one output (its manifest.json), not a batch's, and a batch does not replace it with its folders and index; give --out a new or empty folder, or an earlier batch's`,
  notPartsFolder: (dir: string, entry: string) =>
    `${shownFile(dir)} holds ${JSON.stringify(entry)}, which is not a minesim part file; give --out a new or empty folder, or one that holds only parts`,
  notCollection: (dir: string) =>
    `${shownFile(dir)} holds files and no minesim output; give --out a new or empty folder, or one that holds minesim outputs`,
  notOurIndex: (dir: string, file: string) =>
    `${shownFile(dir)} holds a ${file} that minesim did not write, and a batch writes its index there; give --out another folder`,
  notOurFile: (dir: string, file: string) =>
    `${shownFile(dir)} holds ${JSON.stringify(file)}, which minesim did not write there and would now replace; move it elsewhere, or give --out another folder`,
  emptyPath: () =>
    'the output folder is empty text (got ""); give --out a folder, or "." for the current one',
  notAFolder: (dir: string, kind: string) =>
    `${shownFile(dir)} is ${kind}, not a folder; give --out a folder`,
  throughNonFolder: (dir: string, ancestor: string) =>
    `${shownFile(dir)} cannot be a folder: ${shownFile(ancestor)} is a file, not a folder`,
  rootFolder: (dir: string) =>
    `${shownFile(dir)} is the root of a file system, which minesim does not write into (its temporary files go beside the output folder, and a root has nothing beside it); give --out a folder under it, such as ${dir.endsWith('/') || dir.endsWith('\\') ? shownFile(dir) : `${shownFile(dir)}/`}runs`,
  systemFolder: (dir: string) =>
    `${shownFile(dir)} is on a system file system (/proc, /sys, /dev); give --out a folder on a disk`,
  danglingLink: (dir: string) => `${shownFile(dir)} is a symbolic link to nothing; give --out a folder`,
  busy: (dir: string, lock: string, pid: number) =>
    `${shownFile(dir)} is being written by another minesim (process ${pid}) for over a minute; wait for it to finish, or give --out another folder (if no minesim is writing there, remove ${shownFile(lock)})`,
  /** An output's or parts' folder that a live batch (process `pid`, its lock `lock`) is filling as its --out. */
  batchFilling: (dir: string, lock: string, pid: number) =>
    `${shownFile(dir)} is being filled by a minesim batch (process ${pid}) as its --out: it becomes a batch's folder (its index and a folder per scenario), which one output never replaces; give --out another folder, or a scenario's folder inside it (if no batch is running, remove ${shownFile(lock)})`,
  /** An output written into a scenario's folder of a batch, whose index (`index`) states the batch's figures. */
  batchIndexBehind: (dir: string, index: string) =>
    `note: ${shownFile(dir)} was a scenario's folder of the batch whose index is ${shownFile(index)} (and index.html): the index still states the batch's figures for it, not this output's; run the batch again for an index of what its folders hold`,
  busyNow: (dir: string, lock: string, pid: number) =>
    `${shownFile(dir)} is being written by another minesim (process ${pid}); wait for it to finish, or give --out another folder (if no minesim is writing there, remove ${shownFile(lock)})`,
  cannotWrite: (path: string, reason: string, code: string) =>
    `cannot write ${shownFile(path)}: ${reason} (${code})`,
  interrupted: (dir: string, finished: boolean) =>
    finished
      ? `interrupted: ${shownFile(dir)} was already being replaced, so minesim finished it before stopping`
      : `interrupted: nothing was written, and ${shownFile(dir)} is as it was`,
  /** A write to `dir` was killed among its renames; `kept`: the earlier files it had replaced. */
  killedAmongRenames: (dir: string, kept: string) =>
    `a write to ${shownFile(dir)} was stopped among its renames, so ${shownFile(dir)} held files of two runs (this write replaces them); the earlier files it had replaced are kept in ${shownFile(kept)} (minesim never removes it)`,
  /** As rollbackFailed, the earlier files moved to `kept`, beside the folder, which no write removes. */
  rollbackKept: (dir: string, kept: string, reason: string) =>
    `writing ${shownFile(dir)} failed (${reason}) and it could not be put back as it was: it holds files of both outputs; the earlier files not put back are in ${shownFile(kept)} (minesim never removes it)`,
  rollbackFailed: (dir: string, earlier: string, reason: string) =>
    `writing ${shownFile(dir)} failed (${reason}) and it could not be put back as it was; the earlier files it had are in ${shownFile(earlier)} (copy them elsewhere: the next write there removes that folder)`,
};
