// Messages about output folders. One function a message; see shown.ts.

export const outputMessages = {
  /**
   * timeline.csv's unit of a series averaged over the days since the previous checkpoint (revenue,
   * power, shutdown share), beside the day's own hashprice, price and difficulty on the same date.
   */
  timelineMeanUnit: (unit: string) => `${unit} (mean of the days after the previous date up to this one)`,
  notMinesimFolder: (dir: string) =>
    `${dir} is a folder minesim did not write (it holds other files and no minesim manifest.json); give --out a new or empty folder, or an earlier minesim output to replace`,
  notPartsFolder: (dir: string, entry: string) =>
    `${dir} holds ${JSON.stringify(entry)}, which is not a minesim part file; give --out a new or empty folder, or one that holds only parts`,
  notCollection: (dir: string) =>
    `${dir} holds files and no minesim output; give --out a new or empty folder, or one that holds minesim outputs`,
  notOurIndex: (dir: string, file: string) =>
    `${dir} holds a ${file} that minesim did not write, and a batch writes its index there; give --out another folder`,
  notOurFile: (dir: string, file: string) =>
    `${dir} holds ${JSON.stringify(file)}, which minesim did not write there and would now replace; move it elsewhere, or give --out another folder`,
  emptyPath: () =>
    'the output folder is empty text (got ""); give --out a folder, or "." for the current one',
  notAFolder: (dir: string, kind: string) => `${dir} is ${kind}, not a folder; give --out a folder`,
  throughNonFolder: (dir: string, ancestor: string) =>
    `${dir} cannot be a folder: ${ancestor} is a file, not a folder`,
  systemFolder: (dir: string) =>
    `${dir} is on a system file system (/proc, /sys, /dev); give --out a folder on a disk`,
  danglingLink: (dir: string) => `${dir} is a symbolic link to nothing; give --out a folder`,
  busy: (dir: string, lock: string, pid: number) =>
    `${dir} is being written by another minesim (process ${pid}) for over a minute; wait for it to finish, or give --out another folder (if no minesim is writing there, remove ${lock})`,
  cannotWrite: (path: string, reason: string, code: string) => `cannot write ${path}: ${reason} (${code})`,
  interrupted: (dir: string, finished: boolean) =>
    finished
      ? `interrupted: ${dir} was already being replaced, so minesim finished it before stopping`
      : `interrupted: nothing was written, and ${dir} is as it was`,
  rollbackFailed: (dir: string, earlier: string, reason: string) =>
    `writing ${dir} failed (${reason}) and it could not be put back as it was; the earlier files it had are in ${earlier} (copy them elsewhere: the next write there removes that folder)`,
};
