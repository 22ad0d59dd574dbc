// manifest.json: how a run was made, as opposed to what it found (summary.json). Everything that
// may differ between two runs with identical results lives here: the machine, the worker count,
// the clock, the command line. The scenario's hash ties the output to the exact file it came from,
// and the data list to the exact history files (shipped and imported) it was run on.

import { readFile } from 'node:fs/promises';
import { type DataRecord, sha256Hex } from '../data/provenance.js';

export { sha256Hex };

export interface Manifest {
  /** minesim's version, from its package.json. */
  minesimVersion: string;
  scenario: {
    /** The scenario file as given on the command line. */
    path: string;
    /** SHA-256 of the file's bytes, lowercase hex. */
    sha256: string;
  };
  /** The history files the run read: for each, coin, kind, path, SHA-256 and the days it gave. */
  data: DataRecord[];
  seed: string | number;
  paths: number;
  workers: number;
  /** process.version of the Node.js that ran it, e.g. v20.20.2. */
  nodeVersion: string;
  /** ISO 8601 UTC timestamps. */
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  /** The command line, argv[0] (node) dropped: e.g. ['minesim', 'run', 'scenario.yaml', '--paths', '1000']. */
  command: string[];
  /**
   * Every file of the folder that minesim wrote, relative, with `/` between folders, sorted; added
   * by the folder writer (folder.ts). A later write replaces these and removes those it no longer
   * has; it leaves any other file alone, since someone else put it there.
   */
  files?: string[];
}

export interface ManifestInput {
  scenarioPath: string;
  /** The scenario file's bytes, as read for the run (hashing what was read, not re-reading). */
  scenarioSource: string | Uint8Array;
  /** The history files the run read (dataRecords of each history used). */
  data: readonly DataRecord[];
  seed: string | number;
  paths: number;
  workers: number;
  startedAt: Date;
  finishedAt: Date;
  /** Defaults to process.argv. */
  argv?: readonly string[];
}

let version: Promise<string> | undefined;

/** minesim's version. package.json sits two levels above this module in src/ and in dist/ alike. */
export function readMinesimVersion(): Promise<string> {
  version ??= readFile(new URL('../../package.json', import.meta.url), 'utf8').then((text) => {
    const parsed = JSON.parse(text) as { version?: unknown };
    if (typeof parsed.version !== 'string') throw new Error('package.json has no version string');
    return parsed.version;
  });
  return version;
}

/** The command line as a user would retype it: the script's base name, then its arguments. */
function commandLine(argv: readonly string[]): string[] {
  const [, script, ...args] = argv;
  if (script === undefined) return [];
  const name = script.split(/[\\/]/).pop() ?? script;
  return [name.replace(/\.(m?js|ts)$/, ''), ...args];
}

export async function createManifest(input: ManifestInput): Promise<Manifest> {
  return {
    minesimVersion: await readMinesimVersion(),
    scenario: { path: input.scenarioPath, sha256: sha256Hex(input.scenarioSource) },
    data: [...input.data],
    seed: input.seed,
    paths: input.paths,
    workers: input.workers,
    nodeVersion: process.version,
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    durationMs: input.finishedAt.getTime() - input.startedAt.getTime(),
    command: commandLine(input.argv ?? process.argv),
  };
}

/** `files` (relative paths of a folder's output, any separator) as the manifest lists them. */
function listed(files: Iterable<string>): string[] {
  return [...files].map((f) => f.split(/[\\/]/).join('/')).sort();
}

/** The manifest text `text` with the list of the files written beside it (Manifest.files). */
export function withFileList(text: string, files: Iterable<string>): string {
  const manifest = JSON.parse(text) as Record<string, unknown>;
  return `${JSON.stringify({ ...manifest, files: listed(files) }, null, 2)}\n`;
}

/**
 * The files an earlier output's manifest says minesim wrote (Manifest.files, `/` between folders),
 * or null when it has no such list (the folders of minesim 0.1.0, which listed none).
 */
export function writtenFiles(text: string): ReadonlySet<string> | null {
  try {
    const files = (JSON.parse(text) as { files?: unknown }).files;
    if (!Array.isArray(files) || !files.every((f) => typeof f === 'string')) return null;
    return new Set(files as string[]);
  } catch {
    return null;
  }
}
