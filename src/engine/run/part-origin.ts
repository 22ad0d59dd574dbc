// What made a part, besides its scenario and options: the minesim that ran it and the history it
// read. Two parts with the same scenario, seed and paths give path k the same numbers only when
// both are the same, and so does the merge, which compiles the plan, replays the back-test and
// summarises with its own code and history; a merge of parts from another build or another data
// folder would otherwise write a summary of mixed numbers without a word (the histogram ranges
// differ only when the pilot's checkpoints do, and an IRR or NPV fix moves none of them).
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { historyData } from '../../data/history.js';
import { dataPath } from '../../data/paths.js';
import { sha256Hex } from '../../data/provenance.js';
import type { Coin } from '../../model/coins/index.js';

/** One file behind the history a part read, as the manifest records it. */
export interface PartDataFile {
  coin: Coin;
  kind: 'shipped' | 'imported';
  /** `data/btc-daily.csv`, or the stored file's path on the shard's machine (not compared). */
  file: string;
  sha256: string;
  firstDate: string;
  lastDate: string;
}

export interface PartOrigin {
  /** minesim's version, from its package.json. */
  minesim: string;
  /** SHA-256 of the code and shipped catalog that compute a path's numbers (codeFingerprint). */
  code: string;
  /** The history files of the scenario's coin, in order. */
  data: PartDataFile[];
}

/** The folder this module was loaded from: src/ under vitest, dist/ once built (the bundle keeps its place). */
const CODE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The one room whose code no run, shard or merge runs: the browser's explorer. */
const NOT_RUN = 'explorer';
/** The shipped catalog the scenario's hardware is read from. */
const CATALOG = ['asic-models.csv', 'hardware-extra.csv', 'hardware-aliases.csv'];
// Code only: not the V8 code caches beside the bundles, which differ from build to build of the same code.
const isCode = (name: string) => /\.(c?js|ts)$/.test(name) && !name.endsWith('.d.ts');

let code: Promise<string> | undefined;

/** The code files under `dir`, but the explorer's at `root` (readdir's own `recursive` needs Node 20.1). */
async function codeFiles(root: string, dir = root): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !(dir === root && entry.name === NOT_RUN))
      out.push(...(await codeFiles(root, path)));
    else if (entry.isFile() && isCode(entry.name)) out.push(path);
  }
  return out;
}

/**
 * SHA-256 over the code files under `root` (src/ or dist/): each file's path from `root`, with
 * `/`, and the SHA-256 of its bytes, in order. The same for every copy of the folder, wherever it is.
 */
export async function codeFolderFingerprint(root: string): Promise<string> {
  const files = (await codeFiles(root)).sort();
  const lines = await Promise.all(
    files.map(
      async (file) => `${relative(root, file).split(sep).join('/')}\u0000${sha256Hex(await readFile(file))}`,
    ),
  );
  return sha256Hex(lines.join('\n'));
}

/**
 * SHA-256 of minesim's code (codeFolderFingerprint of the folder this module runs from: the
 * compiled modules the workers run and the bundles the commands run, or the sources under
 * vitest) and the shipped catalog: the same for every copy of one build, and different after any
 * change, even one that leaves package.json's version as it was. A change that moves no number
 * (a message, a chart) changes it too: which changes move numbers cannot be told from the files.
 */
export function codeFingerprint(): Promise<string> {
  code ??= (async () => {
    const lines = [await codeFolderFingerprint(CODE_ROOT)];
    for (const name of CATALOG) lines.push(`data/${name}\u0000${sha256Hex(await readFile(dataPath(name)))}`);
    return sha256Hex(lines.join('\n'));
  })();
  return code;
}

let version: Promise<string> | undefined;

/** minesim's version; package.json sits two levels above this module's folder in src/ and dist/ alike. */
function minesimVersion(): Promise<string> {
  version ??= readFile(join(CODE_ROOT, '..', 'package.json'), 'utf8').then((text) => {
    const parsed = JSON.parse(text) as { version?: unknown };
    if (typeof parsed.version !== 'string') throw new Error('package.json has no version string');
    return parsed.version;
  });
  return version;
}

/** This minesim as a part records it. */
export async function thisMinesim(): Promise<Pick<PartOrigin, 'minesim' | 'code'>> {
  return { minesim: await minesimVersion(), code: await codeFingerprint() };
}

/** The history of `coin` in use (the shipped file, and the user data folder's days), as a part records it. */
export function historyInUse(coin: Coin): PartDataFile[] {
  return historyData(coin).map(({ kind, file, sha256, firstDate, lastDate }) => ({
    coin,
    kind,
    file,
    sha256,
    firstDate,
    lastDate,
  }));
}

/** The origin of a part this process writes for a scenario of `coin`. */
export async function partOrigin(coin: Coin): Promise<PartOrigin> {
  return { ...(await thisMinesim()), data: historyInUse(coin) };
}

/** The history files as compared: what they hold, not where a machine keeps them. */
export function dataKey(data: readonly PartDataFile[]): string {
  return JSON.stringify(data.map((d) => [d.coin, d.kind, d.sha256, d.firstDate, d.lastDate]));
}
