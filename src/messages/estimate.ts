// Messages about the work a command is about to do: its estimate, and its refusal when beyond a
// day or the machine's memory (cli/run-estimate.ts). One function a message.

/** Where the runs write: the output folder, and the free space of its file system (cli/run-estimate.ts freeSpace). */
export interface OutputPlace {
  folder: string;
  freeBytes: number | undefined;
  /** What makes the command write less, said when it is refused for the disk (default: a run's sample paths). */
  less?: string;
}

/**
 * The work a command is about to do, as cli/run-estimate.ts estimates it and these messages print
 * it (declared here, where it is shown: the messages import nothing from cli).
 */
export interface WorkEstimate {
  runs: number;
  pathDays: number;
  seconds: number;
  /** Memory the largest run holds, bytes. */
  bytes: number;
  workers: number;
  /** Bytes the runs' folders write; undefined where not counted. */
  diskBytes?: number;
  /** Where they are written, and its free space. */
  place?: OutputPlace;
}

const count = (n: number) => n.toLocaleString('en-US');
/** 1.83e+13 is 1.8e13; below a billion, digits. */
const big = (n: number) => (n < 1e9 ? count(Math.round(n)) : n.toExponential(1).replace('e+', 'e'));

/** 45 s, 12 min, 3.5 h, 52 days. */
export function duration(seconds: number): string {
  if (seconds < 120) return `${Math.max(1, Math.round(seconds))} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172_800) return `${(seconds / 3600).toFixed(1)} h`;
  return `${big(Math.round(seconds / 86_400))} days`;
}

const gigabytes = (bytes: number) => `${(bytes / 1e9).toFixed(1)} GB`;
/** 38 MB, 4.2 GB. */
const size = (bytes: number) =>
  bytes < 1e9 ? `${count(Math.max(1, Math.round(bytes / 1e6)))} MB` : gigabytes(bytes);

const plan = (what: string, e: WorkEstimate) =>
  `${what}: ${e.runs === 1 ? 'one run' : `${count(e.runs)} runs`}, ${big(e.pathDays)} path-days, ` +
  `about ${duration(e.seconds)} on ${e.workers} worker${e.workers === 1 ? '' : 's'} and ${gigabytes(e.bytes)} of memory` +
  (e.diskBytes === undefined ? '' : `, writing ${size(e.diskBytes)}`);

/** The disk's part of a refusal, one wording for every command. */
const moreThanFree = (place: OutputPlace, free: number) =>
  `more than the ${size(free)} free on the file system of ${place.folder} (${place.less ?? 'fewer outputs.samplePaths write less'})`;

export const estimateMessages = {
  /**
   * A command that runs no simulation of its own before it writes (a merge; a calibration study,
   * whose time is said apart) refused for the disk alone.
   */
  diskRefused: (what: string, bytes: number, place: OutputPlace, free: number, give: string) =>
    `${what}: writing ${size(bytes)}: ${moreThanFree(place, free)}; give ${give}, or --allow-long to write it anyway`,
  calibrate: (paths: number, seconds: number, workers: number) =>
    `estimate: calibrate: about 2,500 forecasts of ${count(paths)} paths, about ${duration(seconds)} on ${workers} worker${workers === 1 ? '' : 's'}`,
  estimate: (what: string, e: WorkEstimate) => `estimate: ${plan(what, e)}`,
  refused: (
    what: string,
    e: WorkEstimate,
    tooLong: boolean,
    tooBig: boolean,
    memory: number,
    rates: { nsPerPathDay: number; nsPerCohortDay: number },
    fewer: string,
    tooFull = false,
  ) =>
    `${plan(what, e)} (at ${rates.nsPerPathDay} ns a path-day a worker, above the 29.7-37.6 ns the bench measured on a 2-core Xeon, and ${rates.nsPerCohortDay} ns a cohort-day, as it measured (README, Performance); a slower machine takes longer): ` +
    [
      tooLong ? 'more than a day' : null,
      tooBig ? `more memory than this machine's ${gigabytes(memory)}` : null,
      tooFull && e.place?.freeBytes !== undefined ? moreThanFree(e.place, e.place.freeBytes) : null,
    ]
      .filter((s) => s !== null)
      .join(' and ') +
    `; give ${fewer}, or --allow-long to start it anyway`,
};
