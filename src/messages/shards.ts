// Messages about shards, part files and merges. One function a message; see shown.ts.
import { documentMessages } from './documents.js';
import { shown, shownFile } from './shown.js';

/** A file behind a history, as a part records it (engine/run/part-origin.ts). */
interface HistoryFileShown {
  kind: string;
  sha256: string;
  firstDate: string;
  lastDate: string;
}

const line = (text: string | null) => (text === null ? 'no line' : shown(text.trim()));
/** Indexes `from` to `to - 1`: `paths 0 to 9`, or `path 7` alone. */
const range = (from: number, to: number, one: string, many: string) =>
  to - from === 1 ? `${one} ${from}` : `${many} ${from} to ${to - 1}`;
const brief = (text: string) => (text.length > 300 ? `${text.slice(0, 297)}...` : text);

export const shardMessages = {
  /** A --shard that is no k/n with 0 <= k < n; `n/n`, one counted from 1, told that shards count from 0. */
  badShard: (text: string) => {
    const [, k, n] = /^\s*(\d+)\/(\d+)\s*$/.exec(text) ?? [];
    const fromOne =
      k !== undefined && k === n && Number(n) >= 1
        ? `; shards count from 0: the ${n} shards of ${n} are 0/${n} to ${Number(n) - 1}/${n}`
        : '';
    return `--shard must be k/n with 0 <= k < n, like 0/4${fromOne} (got ${JSON.stringify(text)})`;
  },
  shardWatch: () =>
    '--watch re-runs a preview on every save and --shard saves one part of a run; give one of them',
  wrotePart: (file: string, from: number, to: number, paths: number) =>
    `wrote ${shownFile(file)}: ${range(from, to, 'path', 'paths')} of ${paths}; merge all parts with: minesim merge <parts..>`,
  /** Where a problem of an override a part carries is: the part, then the override as written. */
  partOverride: (part: string, override: string) => `${part}, ${override}`,
  notAPart: (file: string) => `${file} is not a minesim part file (written by minesim run --shard k/n)`,
  noParts: () => 'name the part files to merge',
  notOneRun: (a: string, b: string, what: string, got: string, other: string) =>
    `${a} and ${b} come from different runs: ${what} differ (${brief(got)} against ${brief(other)}); merge the parts of one run, or rerun the shards that differ`,
  otherScenario: (a: string, b: string, at: { line: number; a: string | null; b: string | null }) =>
    `${a} and ${b} come from different runs: their scenario texts differ, first on line ${at.line} (${line(at.a)} against ${line(at.b)}); merge the parts of one run, or rerun the shards that differ`,
  otherRanges: (a: string, b: string) =>
    `${a} and ${b} have different histogram ranges, though the same scenario, seed, paths, minesim and history fix the same ones; one of them was edited: rerun its shard`,
  minesimShown: (version: string, code: string) => `minesim ${version}, code ${code.slice(0, 12)}…`,
  dataShown: (files: readonly HistoryFileShown[]) =>
    files
      .map((f) => `${f.kind} ${f.firstDate} to ${f.lastDate}, sha256 ${f.sha256.slice(0, 12)}…`)
      .join(' + '),
  catalogShown: (file: string, sha256: string) => `${file}, sha256 ${sha256.slice(0, 12)}…`,
  otherMinesim: (part: string, got: string, own: string) =>
    `${part} was made by ${got}, and this is ${own}; a merge adds up and summarises with its own code, so merge with the minesim that ran the shards, or rerun them with this one`,
  otherHistory: (part: string, got: string, own: string) =>
    `${part} read the history ${got}, and this merge reads ${own}; give merge the data folder the shards read (--data DIR, or MINESIM_DATA), or rerun the shards with this one`,
  missingPaths: (from: number, to: number, shards: readonly string[]) =>
    shards.length === 0
      ? `no part covers ${range(from, to, 'path', 'paths')}`
      : `no part covers ${range(from, to, 'path', 'paths')}; give ${shards.map((k) => `part-${k.replace('/', '-of-')}.json`).join(', ')}, written by minesim run --shard ${shards.join(', --shard ')} with the same scenario and options`,
  missingPoints: (from: number, to: number) =>
    `no sweep part covers ${range(from, to, 'grid point', 'grid points')}`,
  wroteSweepPart: (file: string, from: number, to: number, total: number) =>
    `wrote ${shownFile(file)}: ${range(from, to, 'grid point', 'grid points')} of ${total}; merge all parts with: minesim merge <parts..>`,
  mixedParts: (run: string, sweep: string) =>
    `the files mix parts of a run (${run}) and parts of a sweep (${sweep}); merge them separately`,
  overlappingParts: (a: string, b: string) => `${a} and ${b} cover some of the same paths`,
  overlappingPoints: (a: string, b: string) => `${a} and ${b} cover some of the same grid points`,
  tooManyShards: (text: string, paths: number) =>
    `--shard ${text} asks for more shards than the run has paths (${paths}); every shard needs at least one path`,
  partTooLarge: (shard: string, paths: number, shards: number | null) =>
    `--shard ${shard} gives a part of ${paths.toLocaleString('en-US')} paths, too large to write: a part is one JSON text, and Node's longest string (512 MiB) ends it` +
    (shards === null
      ? '; shorten the horizon or the sample paths (outputs.samplePaths)'
      : `; split the run into at least ${shards} shards (--shard k/${shards})`),
  tooManySweepShards: (text: string, points: number) =>
    `--shard ${text} asks for more shards than the sweep has grid points (${points}); every shard needs at least one point`,
  cannotReadPart: (file: string, reason: string) => `cannot read ${file}: ${reason}`,
  /** A folder given as a part: the part files it holds (`files`), to give instead. */
  partFolder: (folder: string, files: readonly string[]) =>
    files.length > 0
      ? `${folder} is a folder, not a part: give the part files in it (${files.join(' ')})`
      : `${folder} is a folder, not a part, and holds no part file (part-K-of-N.json, as run --shard writes them, or sweep-part-K-of-N.json, as sweep --shard does); give the part files`,
  /** A part named by empty text, as validate names it: the name "", and why it cannot be read. */
  emptyPartName: () => `${shownFile('')}: ${documentMessages.unreadable(documentMessages.emptyName())}`,
  partNotUtf8: (file: string) => `${file} is not UTF-8 text, so it is not a part minesim wrote`,
  partNotJson: (file: string, detail: string) => `${file} is not valid JSON (${detail}); the part is damaged`,
  /** What partNotJson says of a part with no JSON at all, or one cut short, in place of JSON.parse's words. */
  partEmpty: (bytes: number) =>
    bytes === 0 ? 'the file is empty: 0 bytes' : `the file holds only white space: ${bytes} bytes`,
  partCutShort: (at: number) => `it ends at position ${at} before its JSON does: cut short`,
  partVersion: (file: string, got: unknown, expected: number) =>
    `${file} is a part of version ${shown(got)}, and this minesim merges version ${expected}; rerun its shard with this minesim`,
  badChecksum: (file: string) =>
    `${file} does not match its checksum: the part was damaged or edited after it was written; rerun its shard`,
  scenarioEdited: (file: string) =>
    `${file}: the scenario in the part does not match its SHA-256: it was edited after the shard ran; rerun the shard`,
  malformedPart: (file: string, detail: string) => `${file} is not a well-formed part: ${detail}`,
  partRange: (
    file: string,
    shard: string,
    from: number,
    to: number,
    expectedFrom: number,
    expectedTo: number,
  ) =>
    `${file} says it is part ${shard} but covers ${from} to ${to - 1}; part ${shard} covers ${expectedFrom} to ${expectedTo - 1}`,
  partLength: (file: string, what: string, got: number, expected: number) =>
    `${file}: ${what} holds ${got} values where its range needs ${expected}`,
  duplicatePart: (a: string, b: string) => `${a} and ${b} are the same part; give each part once`,
  histogramTotal: (file: string, slot: number, total: number, paths: number) =>
    `${file}: histogram slot ${slot} counts ${total} values, more than the part's ${paths} paths`,
  histogramExtremes: (file: string, slot: number) =>
    `${file}: histogram slot ${slot} has a range or extremes that do not fit its counts`,
  badSamples: (file: string, detail: string) => `${file}: the sample paths ${detail}`,
  samplesGap: (part: string, index: number) =>
    `${part} should hold sample path ${index} and does not, though parts hold later ones; it was edited: rerun its shard`,
  partDays: (part: string, got: number, expected: number) =>
    `${part} and the parts with it simulate ${got} days, and their scenario ${expected}; some part was edited: rerun the shards`,
  partBooks: (part: string, kept: boolean, books: boolean) =>
    `${part} and the parts with it ${kept ? 'keep' : 'do not keep'} the books' outcomes, and their scenario ${books ? 'has' : 'has no'} loans, leases, hedges or tax; some part was edited: rerun the shards`,
  pilotRanges: (part: string) =>
    `${part}: the parts' histogram ranges are not those the first paths give when this merge runs them again (the pilot); the parts hold other numbers than their scenario, seed and options give here, so a part was edited: rerun the shards`,
  pilotPath: (part: string, path: number) =>
    `${part}: path ${path} is not what it gives when this merge runs it again (the pilot of the first paths); the part holds other numbers than its scenario, seed and options give here, so it was edited: rerun its shard`,
  samplesMissing: (part: string, expected: number, got: number) =>
    `${part} and the parts with it hold ${got} sample paths, and their scenario asks for ${expected}; some part was edited: rerun the shards`,
  badPathValue: (file: string, path: number, what: string) =>
    `${file}: path ${path} has an impossible ${what}`,
  badPathOutcome: (file: string, path: number, outcome: string, got: string) =>
    `${file}: path ${path} has a ${outcome} no run gives (got ${got}); the part was edited: rerun its shard`,
  badPoint: (file: string, index: number, detail: string) => `${file}: grid point ${index} ${detail}`,
};
