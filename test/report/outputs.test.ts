// A scenario's outputs.charts and outputs.tables choose the charts and tables of its folders: a
// run's (handed to the writer as `minesim run` hands it), a shard merge's (`minesim merge`) and a
// batch's. Nothing written may link to a file that is not. All in-process, on the flagship cut to
// one year and a few paths.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { stringify } from 'yaml';
import { batch } from '../../src/cli/commands/batch.js';
import { main } from '../../src/cli/main.js';
import { writeOutputFolder } from '../../src/cli/write-output.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import type { Scenario } from '../../src/scenario/normalize.js';
import { SummaryCheckError } from '../../src/stats/summary-check.js';
import { type Draft, ONE_YEAR_CLAIMS, scenarioDraft, scenarioOf } from '../fixtures/scenarios.js';

const PATHS = 40;
const CHOSEN = { charts: ['market', 'fan'], tables: ['timeline'] };
/** The folder CHOSEN makes: the fan before the market chart, as the report orders them. */
const CHOSEN_FILES = [
  'charts/price-difficulty.png',
  'charts/price-difficulty.svg',
  'charts/price-difficulty.vl.json',
  'charts/roi-fan.png',
  'charts/roi-fan.svg',
  'charts/roi-fan.vl.json',
  'manifest.json',
  'report.html',
  'summary.json',
  'timeline.csv',
];

/** The flagship cut to one year, named `name`, with `outputs` when given. */
function scenarioYaml(name: string, outputs?: object): string {
  const draft: Draft = { ...scenarioDraft(), name, horizon: '1 year', claims: ONE_YEAR_CLAIMS };
  return stringify(outputs ? { ...draft, outputs: { ...draft.outputs, ...outputs } } : draft);
}

/** Every file under `dir`, relative to it, sorted. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/**
 * The local files a Markdown or HTML file points to: Markdown link and image targets, href and src
 * attributes outside scripts, and the chart files report.html names in its captions.
 */
function localTargets(text: string): string[] {
  const page = text.replace(/<script[\s\S]*?<\/script>/g, '');
  const targets = [
    ...[...page.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]),
    ...[...page.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1]),
    ...[...page.matchAll(/(?<![\w./-])charts\/[a-z-]+\.svg/g)].map((m) => m[0]),
  ];
  return targets.filter((t) => !/^(?:[a-z]+:|#)/.test(t));
}

/** The targets of `file` (relative to `dir`) that do not exist. */
async function dangling(dir: string, file: string): Promise<string[]> {
  const text = await readFile(join(dir, file), 'utf8');
  const targets = localTargets(text);
  return targets.filter((t) => !existsSync(join(dir, dirname(file), decodeURI(t))));
}

/** main() in-process with its output silenced: its exit code. */
async function cli(...args: string[]): Promise<number> {
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    await main(args);
    return Number(process.exitCode ?? 0);
  } finally {
    process.exitCode = undefined;
    err.mockRestore();
    out.mockRestore();
  }
}

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'minesim-outputs-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The record writeOutputFolder takes for a run of `s` from `file` (PATHS paths, one worker). */
function recordOf(s: Scenario, file: string) {
  return {
    scenarioPath: file,
    scenarioSource: readFileSync(file),
    seed: s.monteCarlo.seed,
    paths: PATHS,
    workers: 1,
    startedAt: new Date(),
    outputs: s.outputs,
  };
}

/** Runs `s` and writes its folder as `minesim run` does (without the explorer). */
async function runInto(s: Scenario, file: string, out: string): Promise<void> {
  const result = await runMonteCarlo(s, { paths: PATHS, workers: 1 });
  await writeOutputFolder(result.summary, out, recordOf(s, file), undefined, result.timelineIntervals);
}

describe('writeOutputFolder() as the summary’s last gate', { timeout: 60_000 }, () => {
  it('writeOutputFolder() checks a summary runMonteCarlo() left unchecked, and writes nothing of one that fails its schema', async () => {
    const s = await scenarioOf(scenarioYaml('gate'));
    const file = join(dir, 'gate.yaml');
    await writeFile(file, scenarioYaml('gate'));
    const result = await runMonteCarlo(s, { paths: PATHS, workers: 1, checkSummary: false });
    result.summary.timeline.netUsd.p5[3] = Number.NaN;
    const out = join(dir, 'run-gate');
    await expect(
      writeOutputFolder(result.summary, out, recordOf(s, file), undefined, result.timelineIntervals),
    ).rejects.toThrow(SummaryCheckError);
    expect(existsSync(out)).toBe(false);
  });
});

describe('outputs.charts and outputs.tables', { timeout: 60_000 }, () => {
  it('writeOutputFolder() writes only the charts and tables the scenario names, and summary.json as without them', async () => {
    const chosenFile = join(dir, 'chosen.yaml');
    const plainFile = join(dir, 'plain.yaml');
    await writeFile(chosenFile, scenarioYaml('chosen', CHOSEN));
    await writeFile(plainFile, scenarioYaml('chosen'));
    const chosen = join(dir, 'run-chosen');
    const plain = join(dir, 'run-plain');
    await runInto(await scenarioOf(scenarioYaml('chosen', CHOSEN)), chosenFile, chosen);
    await runInto(await scenarioOf(scenarioYaml('chosen')), plainFile, plain);

    expect(await filesUnder(chosen)).toEqual(CHOSEN_FILES);
    expect(await dangling(chosen, 'report.html')).toEqual([]);
    const html = await readFile(join(chosen, 'report.html'), 'utf8');
    expect(localTargets(html)).toEqual(['charts/roi-fan.svg', 'charts/price-difficulty.svg']);
    expect(html.indexOf('id="chart-roi-fan"')).toBeLessThan(html.indexOf('id="chart-price-difficulty"'));
    expect(html).not.toContain('chart-payback-cdf');
    expect(await readFile(join(chosen, 'summary.json'), 'utf8')).toBe(
      await readFile(join(plain, 'summary.json'), 'utf8'),
    );
    expect(await readFile(join(chosen, 'timeline.csv'), 'utf8')).toBe(
      await readFile(join(plain, 'timeline.csv'), 'utf8'),
    );
    // The default writes every table and chart, and summary.md lists only files that exist.
    expect(await filesUnder(plain)).toHaveLength(CHOSEN_FILES.length + 3 * 3 + 3);
    expect(await dangling(plain, 'summary.md')).toEqual([]);
  });

  it('writeOutputFolder() with empty lists writes summary.json, report.html and manifest.json only', async () => {
    const file = join(dir, 'bare.yaml');
    await writeFile(file, scenarioYaml('bare', { charts: [], tables: [] }));
    const out = join(dir, 'run-bare');
    await runInto(await scenarioOf(scenarioYaml('bare', { charts: [], tables: [] })), file, out);
    expect(await filesUnder(out)).toEqual(['manifest.json', 'report.html', 'summary.json']);
    expect(await readFile(join(out, 'report.html'), 'utf8')).not.toContain('<h2>Charts</h2>');
  });

  it('minesim merge of shard parts writes the folder the scenario outputs name, summary.md listing only its charts', async () => {
    const file = join(dir, 'sharded.yaml');
    const outputs = { charts: ['payback-cdf', 'payback-cdf'], tables: ['summary', 'paths'] };
    await writeFile(file, scenarioYaml('sharded', outputs));
    const parts = join(dir, 'parts');
    for (const k of [0, 1])
      expect(
        await cli('run', file, '--shard', `${k}/2`, '--paths', `${PATHS}`, '--workers', '1', '--out', parts),
      ).toBe(0);
    const out = join(dir, 'merged');
    expect(
      await cli('merge', join(parts, 'part-0-of-2.json'), join(parts, 'part-1-of-2.json'), '--out', out),
    ).toBe(0);
    const files = await filesUnder(out);
    expect(files.filter((f) => f !== 'explore.html')).toEqual([
      'charts/payback-cdf.png',
      'charts/payback-cdf.svg',
      'charts/payback-cdf.vl.json',
      'manifest.json',
      'paths.csv',
      'report.html',
      'summary.json',
      'summary.md',
    ]);
    for (const page of ['summary.md', 'report.html']) expect(await dangling(out, page)).toEqual([]);
    expect(await readFile(join(out, 'summary.md'), 'utf8')).toContain('(charts/payback-cdf.svg)');
  });

  it('batch() of a scenario without the fan chart writes an index.md whose links all resolve', async () => {
    const scenarios = join(dir, 'batch');
    await mkdir(scenarios);
    await writeFile(join(scenarios, 'a.yaml'), scenarioYaml('with-fan'));
    await writeFile(
      join(scenarios, 'b.yaml'),
      scenarioYaml('without-fan', { charts: ['market'], tables: [] }),
    );
    const out = join(dir, 'batch-out');
    const quiet = { isTTY: false, write: () => true } as unknown as NodeJS.WriteStream;
    const code = await batch(
      { patterns: [join(scenarios, '*.yaml')], out, paths: PATHS, workers: 1, json: false },
      { stdout: quiet, stderr: quiet },
    );
    expect(code).toBe(0);
    expect(existsSync(join(out, 'without-fan', 'charts', 'roi-fan.svg'))).toBe(false);
    expect(await filesUnder(join(out, 'without-fan-backtest'))).toEqual([
      'charts/price-difficulty.png',
      'charts/price-difficulty.svg',
      'charts/price-difficulty.vl.json',
      'daily.csv',
      'manifest.json',
      'report.html',
      'summary.json',
    ]);
    const index = await readFile(join(out, 'index.md'), 'utf8');
    expect(index).toContain('(with-fan/charts/roi-fan.svg)');
    expect(index).toContain('[without-fan](without-fan/report.html)');
    expect(await dangling(out, 'index.md')).toEqual([]);
    expect(await dangling(out, 'index.html')).toEqual([]);
  });
});
