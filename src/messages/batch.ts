// Messages of batches (`minesim batch`). One function a message; see shown.ts.
import { shown, shownFile } from './shown.js';

export const batchMessages = {
  noMatch: (pattern: string) => `the pattern matches no file (got ${shown(pattern)})`,
  folderTaken: (folder: string, other: string) =>
    `the output folder ${shownFile(folder)} is already ${other === '' ? 'taken by the batch index' : `taken by ${other}`}; give each scenario of a batch its own name`,
  /** `step`: what was being done, e.g. `the Monte Carlo run`. */
  failed: (file: string, step: string, detail: string) => `${shownFile(file)}: ${step} failed: ${detail}`,
  progress: (done: number, total: number, pathsPerSecond: number, secondsLeft: number | null) =>
    `batch: ${done}/${total} scenarios, ${Math.round(pathsPerSecond).toLocaleString('en-US')} paths/s, ` +
    `${secondsLeft === null ? '…' : `${secondsLeft.toFixed(0)} s`} left`,
  /** The plain line logged as each scenario ends when stderr is not a terminal. */
  scenarioEnded: (done: number, total: number, file: string, outcome: string) =>
    `batch: [${done}/${total}] ${shownFile(file)}: ${outcome}`,
  /** A scenario's folders are staged: they go into --out only once every run has ended. */
  outcomeOk: (folders: readonly string[], seconds: number) =>
    `ran in ${seconds.toFixed(1)} s; ${folders.map((f) => `${f}/`).join(' and ')} go${folders.length === 1 ? 'es' : ''} into --out when the batch ends`,
  outcomeInvalid: (problems: number) => `bad input (${problems} problem${problems === 1 ? '' : 's'})`,
  outcomeFailed: () => 'internal failure',
  /** A scenario that ran but whose folders could not be written (the message is printed above). */
  outcomeUnwritten: () => 'ran, but its folders could not be written',
  /** A share of a run of one outcome (one path, or paths all the same): exact, no interval. */
  oneOutcomeShare: (share: string, paths: number) =>
    `${share} (${paths === 1 ? 'one path' : 'every path the same'})`,
  /** After the share of no equity payback: the share of paths whose owners never had money at stake (`share`), paid back by the rule on day 0. */
  equityNothingAtStake: (share: string) => `; nothing at stake on ${share} (counted as paid back on day 0)`,
  /** A share of no payback in a run cut at the end of the history, `cutAt`. */
  byCut: (share: string, cutAt: string) => `${share} by ${cutAt}`,
  /** After a cut run's fleet: the cohorts it leaves out (paybackMessages.afterCut()). */
  afterCut: (cohorts: string) => `; bought after the cut: ${cohorts}`,
  /** `interval`: the median payback's 95 % interval ('—' for a run of one outcome: none said). */
  scenarioLine: (
    name: string,
    p1y: string,
    p2y: string,
    none: string,
    median: string,
    interval: string,
    actual: string,
  ) =>
    `${name}  P(payback <= 1 y) ${p1y}  P(<= 2 y) ${p2y}  P(none) ${none}  median payback ${median}${interval === '—' ? '' : `, 95 % interval ${interval}`}  actual ${actual}`,
  totals: (ok: number, invalid: number, failed: number, unwritten = 0) =>
    `${ok} scenario${ok === 1 ? '' : 's'} ran` +
    (unwritten > 0
      ? `; ${unwritten} more ran but could not be written (the output's failure, said above)`
      : '') +
    (invalid > 0 ? `; ${invalid} file${invalid === 1 ? '' : 's'} had bad input` : '') +
    (failed > 0 ? `; ${failed} run${failed === 1 ? '' : 's'} failed (a bug: please report it)` : ''),
  /**
   * A batch of which no run worked (`failed`: some failed, a bug) over an earlier batch's index:
   * an index of nothing would replace its comparison of the folders still there.
   */
  nothingWritten: (dir: string, failed = false) =>
    `no scenario of this batch could be written (each ${failed ? 'had bad input, could not be written, or its run failed' : 'had bad input or could not be written'}), so nothing in ${shownFile(dir)} was replaced: its folders and index are as they were; ${failed ? 'report the failed runs (a bug), fix any file named' : 'fix the files named'} and run the batch again`,
  /** The index's section of the runs that failed (a bug): apart from the tables. */
  failedTitle: 'Runs that failed (a bug in minesim)',
  failedNote:
    'These scenarios’ runs failed with an internal error, a bug in minesim (please report it with the stack printed on the terminal); the scenarios that ran are published as usual. None of their figures is in this index’s tables. A folder of theirs in this folder is an earlier run’s, left as it was: not this batch’s, its figures may come from other paths, seeds, scenario files or versions of minesim.',
  /** After the index's first line: `count` runs that failed, listed apart. */
  failedIntro: (count: number) =>
    `; ${count} run${count === 1 ? '' : 's'} failed (a bug) and ${count === 1 ? 'is' : 'are'} listed apart, in no table: ${count === 1 ? 'its scenario’s folders' : 'their scenarios’ folders'} here, if any, are an earlier run’s`,
  /** What a failed run's scenario has in --out: `folders`, an earlier run's, left as they were (none: nothing). */
  earlierFolders: (folders: readonly string[]) =>
    folders.length === 0
      ? 'it has no folder here: nothing in this folder is of this scenario'
      : `${folders.length === 1 ? 'its folder' : 'its folders'} here, ${folders.map((f) => `${f}/`).join(' and ')}, ${folders.length === 1 ? 'is an earlier run’s, left as it was' : 'are an earlier run’s, left as they were'}: not this batch’s`,
  /** An earlier folder of a failed run, as the index lists it: who wrote it and when. */
  earlierFolder: (command: string | null, finishedAt: string | null) =>
    `written by ${command ?? 'minesim'}${finishedAt === null ? '' : `, finished ${finishedAt}`}`,
  /** The terminal's line of a run that failed: `error`, its error's first line; `folders`, its earlier ones in --out. */
  failedNotPublished: (error: string, folders: readonly string[]) =>
    `not published: ${error}; ${folders.length === 0 ? 'it has no folder in --out' : `${folders.map((f) => shownFile(`${f}/`)).join(' and ')} in --out ${folders.length === 1 ? 'is an earlier run’s, left as it was' : 'are an earlier run’s, left as they were'} (the index lists ${folders.length === 1 ? 'it' : 'them'} apart, not as this batch’s)`}`,
  /** The final move failed (`reason`) and every folder moved in was put back. */
  moveFailed: (dir: string, reason: string) =>
    `moving this batch's folders into ${shownFile(dir)} failed (${reason}), so each folder it had moved in was put back: ${shownFile(dir)} is as it was before the batch, its folders and index unchanged; nothing of this batch was kept, run it again once that is fixed`,
  /** The final move failed and `folders` could not be put back; the earlier files are in `kept`. */
  notPutBack: (dir: string, reason: string, folders: readonly string[], kept: string) =>
    `moving this batch's folders into ${shownFile(dir)} failed (${reason}), and ${folders.map((f) => `${f}/`).join(', ')} could not be put back as ${folders.length === 1 ? 'it was' : 'they were'}: ${folders.length === 1 ? 'it holds' : 'they hold'} files of both batches, the other folders are as before the batch, and ${shownFile(dir)} has no index; the earlier files not put back, and the earlier index, are in ${shownFile(kept)} (minesim never removes it)`,
  /** A second Ctrl-C stopped a batch among its final renames; `kept`: where the earlier files are. */
  stoppedAmongRenames: (dir: string, kept: string | null) =>
    `stopped at once among the final renames: ${shownFile(dir)} may hold folders of both batches and lack its index` +
    (kept === null
      ? '; no earlier file had been replaced yet'
      : `; the earlier files replaced so far, and the earlier index, are in ${shownFile(kept)} (minesim never removes it)`),
  /** A batch killed among its final renames left its staging, taken over now; `kept`: its earlier files. */
  killedAmongRenames: (dir: string, kept: string) =>
    `a batch into ${shownFile(dir)} was stopped among its final renames, so ${shownFile(dir)} may hold folders of two batches; the earlier files it had replaced, and the earlier index, are kept in ${shownFile(kept)} (minesim never removes it)`,
  /** The machine failed (`code`) as a run's folder was written into the staging beside `out`. */
  stagingFailed: (folder: string, out: string, reason: string, code: string) =>
    `cannot write ${shownFile(folder)}: ${reason} (${code})` +
    (['ENOSPC', 'EDQUOT', 'EFBIG'].includes(code)
      ? `; a batch writes every folder beside ${shownFile(out)} first and moves them in at its end, so it needs room for its new outputs as well as the earlier ones; ${shownFile(folder)} is left as it was`
      : ` (written first beside ${shownFile(out)}, where the batch stages its folders); ${shownFile(folder)} is left as it was`),
  /** A scenario's folder in --out (`folder`) that another command wrote while the batch ran. */
  writtenMeanwhile: (folder: string) =>
    `${shownFile(folder)} was written by another minesim command while this batch ran, so the batch leaves it as it is and does not write this scenario's folders; run the batch again to replace it`,
  /** `failed`: the runs that failed (a bug), whose scenarios have no folder of this batch. */
  wroteIndex: (dir: string, failed = 0) =>
    `wrote ${shownFile(dir)}/index.html and ${shownFile(dir)}/index.md, with a folder per scenario` +
    (failed === 0
      ? ''
      : ` that ran; the ${failed === 1 ? 'run' : `${failed} runs`} that failed ${failed === 1 ? 'is' : 'are'} listed apart in the index`),
  /** The index's table of the output folders in --out that this batch did not write. */
  othersTitle: 'Other outputs in this folder, not of this batch',
  othersNote:
    'These folders hold outputs this batch did not write (an earlier batch’s or run’s): their figures are in none of the tables above, and may come from other paths, seeds, scenario files or versions of minesim. Each links to its own report; run their scenarios in one batch to compare them.',
  /** After the index's first line: `count` output folders in --out that this batch did not write. */
  othersIntro: (count: number) =>
    `; ${count} more folder${count === 1 ? '' : 's'} here hold${count === 1 ? 's' : ''} ${count === 1 ? 'an output' : 'outputs'} this batch did not write, listed apart at the end`,
  /** After wroteIndex: the output folders in --out that this batch did not write (`folders`). */
  othersKept: (folders: readonly string[]) =>
    `; ${folders.length === 1 ? 'one folder in it holds an output' : `${folders.length} folders in it hold outputs`} this batch did not write (${folders
      .slice(0, 5)
      .map((f) => shownFile(`${f}/`))
      .join(
        ', ',
      )}${folders.length > 5 ? ` and ${folders.length - 5} more` : ''}): the index lists ${folders.length === 1 ? 'it' : 'them'} apart, without ${folders.length === 1 ? 'its' : 'their'} figures`,
  /** The fans' note where a run's fleet is bought in stages: its payback counts from its last purchase. */
  fansStagedNote:
    'A fleet bought in stages pays back where its line first crosses zero on or after its last purchase (the dotted rule “last purchase: payback from here”), not at a crossing before it; one whose last purchase falls after the cut has no payback to read, as its subtitle says.',
  /** A small fan's subtitle of a fleet whose last purchase (`date`) falls after the cut. */
  fanAfterCut: (date: string) => `last purchase ${date}, after the cut: payback not decidable`,
};
