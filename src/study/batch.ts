// A batch: many scenario files, each run as `minesim run` runs it and, where the shipped history
// covers its start, back-tested as `minesim backtest` does. Every file is validated before any
// run starts, so bad input is reported at once and the progress knows the whole workload. Each
// scenario is isolated: bad input or a failing run is recorded with its message and the others
// still run. Writing is the caller's (`write`), so this module stays free of output formats.

import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { backtestSummary } from '../engine/backtest/backtest-summary.js';
import { type RunResult, runMonteCarlo } from '../engine/run/run.js';
import { batchMessages as m } from '../messages/batch.js';
import { backtestChartEvents, chartEvents } from '../report/chart-events.js';
import { OutputError } from '../report/output-error.js';
import { InterruptedError } from '../report/signals.js';
import type { Scenario } from '../scenario/normalize.js';
import { InputError, type Problem } from '../scenario/problem.js';
import { historyBuysFleet } from '../scenario/simulated-days.js';
import { type ValidateOptions, validateScenarioFile } from '../scenario/validate.js';
import type { RunSummary } from '../stats/summary.js';
import { sweepWorkers } from './sweep.js';

/** Names the batch index takes in the output folder, so no scenario folder may take them. */
export const INDEX_FILES = ['index.html', 'index.md'] as const;

// Node 20 has no fs.glob: patterns are matched here, one path segment at a time. `*` and `?` stay
// within a segment, `**` spans any number of folders, and wildcards skip dot-files as shells do.
// picomatch 4 (and tinyglobby, which matches with it) would serve but for hostile patterns: it
// turns each `*` into a lazy run of a regular expression, which backtracks, so `*a*a*a*b` against a
// 255-character name takes seconds and each further `*` multiplies that by the name's length;
// matchesSegment below takes at most name x segment steps (test/scenario/linear.test.ts).
const WILDCARD = /[*?]/;

export interface Expansion {
  /** Matched files in pattern order, each sorted within its pattern, each file once. */
  files: string[];
  /** One per pattern that matched nothing. */
  problems: Problem[];
}

/** Plain paths pass through (a missing one is reported when read); patterns are expanded. */
export async function expandPatterns(patterns: readonly string[]): Promise<Expansion> {
  const files: string[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const pattern of patterns) {
    const matched = WILDCARD.test(pattern) ? await expandGlob(pattern) : [pattern];
    if (matched.length === 0)
      problems.push({ file: pattern, line: 0, col: 0, path: '', message: m.noMatch(pattern) });
    for (const file of matched) {
      if (seen.has(resolve(file))) continue;
      seen.add(resolve(file));
      files.push(file);
    }
  }
  return { files, problems };
}

async function expandGlob(pattern: string): Promise<string[]> {
  // `**/**` means what `**` means; collapsing them keeps the walk from visiting a tree once per `**`.
  const segments = pattern.split('/').filter((s, i, all) => !(s === '**' && all[i - 1] === '**'));
  const first = segments.findIndex((s) => WILDCARD.test(s));
  const prefix = segments
    .slice(0, first)
    .map((s) => `${s}/`)
    .join('');
  const out = new Set<string>();
  await walk(prefix, segments.slice(first), out);
  return [...out].sort();
}

async function walk(prefix: string, rest: readonly string[], out: Set<string>): Promise<void> {
  const [segment, ...after] = rest;
  if (segment === undefined) return;
  // Unreadable or missing folders hold no matches; the pattern then reports that it matched nothing.
  const entries = await readdir(prefix || '.', { withFileTypes: true }).catch(() => []);
  const visible = entries.filter((e) => !e.name.startsWith('.') || segment.startsWith('.'));
  if (segment === '**') {
    // Symbolic links are not followed (isDirectory() is false for them), so no cycle can trap the walk.
    await walk(prefix, after.length > 0 ? after : ['*'], out);
    for (const e of visible) if (e.isDirectory()) await walk(`${prefix}${e.name}/`, rest, out);
    return;
  }
  for (const e of visible) {
    if (!matchesSegment(segment, e.name)) continue;
    if (after.length > 0) {
      if (e.isDirectory()) await walk(`${prefix}${e.name}/`, after, out);
    } else if (!e.isDirectory()) out.add(`${prefix}${e.name}`);
  }
}

/**
 * Whether a file name matches a segment with `*` (any run of characters) and `?` (one character).
 * The classic two-pointer match: on a mismatch it retries only from the last `*`, so it takes at
 * most name x segment steps, where a regular expression built from `*a*a*a*b` backtracks
 * exponentially.
 */
export function matchesSegment(segment: string, name: string): boolean {
  let s = 0;
  let n = 0;
  let star = -1;
  let resume = 0;
  while (n < name.length) {
    if (s < segment.length && (segment[s] === '?' || segment[s] === name[n])) {
      s++;
      n++;
    } else if (s < segment.length && segment[s] === '*') {
      star = s++;
      resume = n;
    } else if (star >= 0) {
      s = star + 1;
      n = ++resume;
    } else return false;
  }
  while (s < segment.length && segment[s] === '*') s++;
  return s === segment.length;
}

export type BatchItem =
  | {
      ok: true;
      file: string;
      /** The bytes validated: the output's manifest records them, never the file read again. */
      source: Uint8Array | string;
      scenario: Scenario;
      folder: string;
      backtestFolder: string | null;
    }
  | { ok: false; file: string; problems: Problem[] };

/** How a scenario's name becomes its folders' names, as `run` and `backtest` name them. */
export interface BatchFolders {
  run(scenarioName: string): string;
  backtest(scenarioName: string): string;
}

/**
 * Validates every file and gives each valid scenario its folders. Two scenarios that would write
 * the same folder are bad input (the later file is refused): a batch never overwrites its own output.
 */
export async function planBatch(
  files: readonly string[],
  folders: BatchFolders,
  options: ValidateOptions = {},
): Promise<BatchItem[]> {
  const takenBy = new Map<string, string>(INDEX_FILES.map((f) => [f, '']));
  const items: BatchItem[] = [];
  for (const file of files) {
    const v = await validateScenarioFile(file, [], options);
    if (!v.ok) {
      items.push({ ok: false, file, problems: v.problems });
      continue;
    }
    const s = v.scenario;
    const refuse = (message: string) =>
      items.push({ ok: false, file, problems: [{ file, ...v.doc.locate(['name']), path: 'name', message }] });
    const folder = folders.run(s.name);
    const backtestFolder = historyBuysFleet(s) ? folders.backtest(s.name) : null;
    const own = backtestFolder === null ? [folder] : [folder, backtestFolder];
    const clash = own.find((f) => takenBy.has(f));
    if (clash !== undefined) {
      refuse(m.folderTaken(clash, takenBy.get(clash)!));
      continue;
    }
    for (const f of own) takenBy.set(f, file);
    items.push({ ok: true, file, source: v.source, scenario: s, folder, backtestFolder });
  }
  return items;
}

/** A finished run, handed to the caller to write. */
export interface BatchRun {
  file: string;
  /** The scenario's bytes as validated (a pipe or an edited file reads otherwise a second time). */
  source: Uint8Array | string;
  scenario: Scenario;
  folder: string;
  backtestFolder: string | null;
  startedAt: Date;
  seed: string | number;
  result: RunResult;
  /** The back-test's summary, when the history covers the start (then result.backtest is set). */
  backtest: RunSummary | null;
}

export type BatchEntry =
  | {
      status: 'ok';
      file: string;
      folder: string;
      backtestFolder: string | null;
      run: RunSummary;
      backtest: RunSummary | null;
      seconds: number;
    }
  | { status: 'invalid'; file: string; problems: Problem[] }
  /** The scenario ran, but its folders could not be written (a full disk, a folder refused). */
  | { status: 'unwritten'; file: string; message: string }
  /**
   * The run failed with an internal error (a bug). `folder` and `backtestFolder`: the scenario's
   * folders in --out, which this batch does not write (any there is an earlier run's).
   */
  | {
      status: 'failed';
      file: string;
      message: string;
      error: unknown;
      folder: string;
      backtestFolder: string | null;
    };

export interface BatchProgress {
  /** Files finished (run, refused or failed) of all files. */
  done: number;
  total: number;
  pathsDone: number;
  paths: number;
  /** Path-days done and in all: the measure of work, as a path's cost grows with its horizon. */
  workDone: number;
  work: number;
}

export interface BatchOptions {
  /** Paths per scenario; default each scenario's monteCarlo.paths. */
  paths?: number;
  /** Seed for every scenario; default each scenario's monteCarlo.seed. */
  seed?: string | number;
  /** Worker threads; default as a sweep chooses, by the size of each run. */
  workers?: number;
  /** Writes a finished run's folders; a failure here fails that scenario only. */
  write(run: BatchRun): Promise<void>;
  progress?(p: BatchProgress): void;
  /** Called as each file's entry is final, in file order. */
  ended?(entry: BatchEntry, done: number, total: number): void;
}

/** Runs every valid item in turn; the entries are in item order. */
export async function runBatch(items: readonly BatchItem[], options: BatchOptions): Promise<BatchEntry[]> {
  const pathsOf = (s: Scenario) => options.paths ?? s.monteCarlo.paths;
  const valid = items.flatMap((item) => (item.ok ? [item.scenario] : []));
  const p: BatchProgress = {
    done: 0,
    total: items.length,
    pathsDone: 0,
    paths: valid.reduce((n, s) => n + pathsOf(s), 0),
    workDone: 0,
    work: valid.reduce((n, s) => n + pathsOf(s) * s.days, 0),
  };
  const entries: BatchEntry[] = [];
  for (const item of items) {
    const entry = item.ok ? await runItem(item, pathsOf(item.scenario), options, p) : invalid(item);
    entries.push(entry);
    p.done++;
    options.ended?.(entry, p.done, p.total);
    options.progress?.(p);
  }
  return entries;
}

const invalid = (item: { file: string; problems: Problem[] }): BatchEntry => ({
  status: 'invalid',
  file: item.file,
  problems: item.problems,
});

async function runItem(
  item: Extract<BatchItem, { ok: true }>,
  paths: number,
  options: BatchOptions,
  p: BatchProgress,
): Promise<BatchEntry> {
  const { file, source, scenario: s, folder, backtestFolder } = item;
  const startedAt = new Date();
  const seed = options.seed ?? s.monteCarlo.seed;
  const [pathsBefore, workBefore] = [p.pathsDone, p.workDone];
  let step = 'the Monte Carlo run';
  try {
    const result = await runMonteCarlo(s, {
      paths,
      seed,
      workers: sweepWorkers(paths, s.days, options.workers),
      keepWorkers: true,
      progress: (done) => {
        p.pathsDone = pathsBefore + done;
        p.workDone = workBefore + done * s.days;
        options.progress?.(p);
      },
      chartEvents,
    });
    step = 'the back-test';
    const backtest = result.backtest
      ? backtestSummary(s, result.backtest, backtestChartEvents(s, result.backtest))
      : null;
    step = 'writing the output folders';
    await options.write({
      file,
      source,
      scenario: s,
      folder,
      backtestFolder,
      startedAt,
      seed,
      result,
      backtest,
    });
    const seconds = (Date.now() - startedAt.getTime()) / 1000;
    return { status: 'ok', file, folder, backtestFolder, run: result.summary, backtest, seconds };
  } catch (error) {
    if (error instanceof InputError) return invalid({ file, problems: error.problems });
    // A folder refused or a disk failing is the user's to fix, as bad input is, but it is the
    // output's failure, not the scenario's: said as such once the run is done.
    if (error instanceof OutputError && step === 'writing the output folders')
      return { status: 'unwritten', file, message: error.message };
    if (error instanceof OutputError)
      return invalid({ file, problems: [{ file, line: 0, col: 0, path: '', message: error.message }] });
    if (error instanceof InterruptedError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    return { status: 'failed', file, message: m.failed(file, step, detail), error, folder, backtestFolder };
  } finally {
    // A failed run still counts as done, so the time left stays honest.
    p.pathsDone = pathsBefore + paths;
    p.workDone = workBefore + paths * s.days;
  }
}
