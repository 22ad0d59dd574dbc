// What the analyst's hand computations read: the shipped Bitcoin history (data/btc-daily.csv), a
// day's expected coins per H/s (86,400 s / (difficulty x 2^32) x (subsidy + fees) a block, the
// subsidy the day's issuance over its blocks unless given), the week's mean hashprice a resale is
// priced on, NPV at an annual rate over days of 365.25 a year and the IRR that zeroes it; and the
// CLI run in-process, and (in a test file's own scratch folder) a back-test's summary.json and
// terminal lines.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { RunSummary } from '../../src/stats/summary.js';
import { runMain } from '../fixtures/main-in-process.js';
import type { Run } from '../fixtures/node-process.js';

export interface Day {
  price: number;
  difficulty: number;
  blocks: number;
  issuance: number;
  fees: number;
}

let rows: Map<string, Day> | undefined;
/** The shipped history's day `date`. */
export function day(date: string): Day {
  if (rows === undefined) {
    const [head, ...lines] = readFileSync(new URL('../../data/btc-daily.csv', import.meta.url), 'utf8')
      .trim()
      .split('\n');
    const names = head.split(',');
    const col = (name: string) => names.indexOf(name);
    rows = new Map(
      lines.map((line) => {
        const c = line.split(',');
        return [
          c[0],
          {
            price: Number(c[col('price_usd')]),
            difficulty: Number(c[col('difficulty_mean')]),
            blocks: Number(c[col('block_count')]),
            issuance: Number(c[col('issuance_btc')]),
            fees: Number(c[col('fees_btc')]),
          },
        ];
      }),
    );
  }
  const d = rows.get(date);
  if (d === undefined) throw new Error(`no history on ${date}`);
  return d;
}

/** The date `days` after `date`. */
export const dateAfter = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Expected coins a day per H/s on `date`, at `subsidy` a block (default: the day's issuance over its blocks). */
export function coinsPerHs(date: string, subsidy?: number): number {
  const d = day(date);
  return (86_400 / (d.difficulty * 2 ** 32)) * ((subsidy ?? d.issuance / d.blocks) + d.fees / d.blocks);
}

/**
 * The week's mean hashprice (coins x USD per H/s a day) to day `d` of a run from `start`, each day
 * at `subsidy`; the days before the start at the start's price.
 */
export function weekHashprice(start: string, d: number, subsidy: number): number {
  let sum = 0;
  for (let k = 0; k < 7; k++) {
    const date = dateAfter(start, d - k);
    sum += coinsPerHs(date, subsidy) * (d - k < 0 ? day(start).price : day(date).price);
  }
  return sum / 7;
}

/** NPV of daily flows (day 0 first) at an annual rate. */
export const npvOf = (flows: readonly number[], rate: number) =>
  flows.reduce((sum, f, d) => sum + f / (1 + rate) ** (d / 365.25), 0);

/** The annual rate that zeroes npvOf (bisection; flows that start below zero and turn up once). */
export function irrOf(flows: readonly number[]): number {
  let lo = -0.9999;
  let hi = 1000;
  for (let k = 0; k < 300; k++) {
    const mid = (lo + hi) / 2;
    if (npvOf(flows, mid) > 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** The first day the running sum of `flows` is at zero or above after it was below. */
export function paybackDay(flows: readonly number[]): number | null {
  let sum = 0;
  let below = false;
  for (let d = 0; d < flows.length; d++) {
    sum += flows[d];
    if (sum < 0) below = true;
    else if (below) return d;
  }
  return null;
}

/** Runs `minesim <args>` in-process: its exit code, stdout and stderr. */
export const cli = (...args: string[]): Promise<Run> => runMain(args);

/** A test file's scratch folder, and the scenario files and back-tests written in it. */
export interface Scratch {
  /** The folder, for a run's --out. */
  outDir: string;
  /** A scenario file written in the folder, by name (drawing no charts with `charts: false`). */
  scenarioFile(name: string, text: string): string;
  /**
   * `minesim backtest FILE`: its summary.json and the terminal's lines. One run gives both: the
   * summary.json a back-test writes is the document `--json` prints, byte for byte.
   */
  backtest(file: string, ...more: string[]): Promise<{ summary: RunSummary; text: string; folder: string }>;
}

/** What a test file's scenario files draw. */
export interface ScratchOptions {
  /**
   * false where the file's tests read no chart (charts/, report.html's images, explore.html): the
   * scenario files it writes draw none (`outputs: { charts: [] }`). A run's or a back-test's five
   * charts (vega's SVG, resvg's PNG) are about half of a small run's time, and summary.json and the
   * terminal's lines are the same without them. A sweep's or a sensitivity study's charts are its
   * own and still drawn. Default: the charts the scenario names (all five).
   */
  charts?: boolean;
}

const NO_CHARTS = 'outputs:\n  charts: []\n';

/**
 * `text`, a scenario without an outputs section, drawing no charts; a text this made (a scenario
 * file read back and edited) as it is.
 */
export function withoutCharts(text: string): string {
  if (text.endsWith(`\n${NO_CHARTS}`)) return text;
  if (/^outputs:/m.test(text))
    throw new Error('withoutCharts: the scenario has an outputs section of its own');
  return `${text.endsWith('\n') ? text : `${text}\n`}${NO_CHARTS}`;
}

/**
 * A scratch folder of the calling test file's own, removed when its tests are done: called at the
 * file's top level, so the afterAll is the file's. This module registers no hook when imported, and
 * the files importing it share one module graph (vitest.config.ts) with nothing of theirs left in
 * it: each file's folder is its own, so no two files' scenario names meet either.
 */
export function useScratchFolder({ charts = true }: ScratchOptions = {}): Scratch {
  const dir = mkdtempSync(join(tmpdir(), 'minesim-analyst-2-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const scenarioFile = (name: string, text: string): string => {
    const path = join(dir, `${name}.yaml`);
    writeFileSync(path, charts ? text : withoutCharts(text));
    return path;
  };
  const backtest = async (file: string, ...more: string[]) => {
    const folder = join(dir, `${file.split('/').pop()}-${more.join('-').replace(/[^a-z0-9]/gi, '')}-bt`);
    const shown = await cli('backtest', file, '--out', folder, ...more);
    if (shown.code !== 0) throw new Error(shown.stderr);
    const summary = JSON.parse(readFileSync(join(folder, 'summary.json'), 'utf8')) as RunSummary;
    return { summary, text: shown.stdout, folder };
  };
  return { outDir: dir, scenarioFile, backtest };
}
