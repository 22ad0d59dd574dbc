// A sweep or a sensitivity study of a finance input (a loan's rate, its covenant, the tax rate)
// must report the books at every point, each the figure `minesim run --set` gives for that point:
// the project's measures do not move with those inputs, so without the books such a study showed
// them as having no effect at all.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { sensitivityMessages } from '../../src/messages/sensitivity.js';
import { formatProbability, formatUsd } from '../../src/report/format.js';
import { sensitivityCsv, sensitivityJson, sensitivityLines } from '../../src/report/sensitivity-tables.js';
import { sweepCsv } from '../../src/report/sweep-csv.js';
import { sweepJson } from '../../src/report/sweep-json.js';
import { sweepTextTable } from '../../src/report/sweep-text-table.js';
import { parseOverrides } from '../../src/scenario/overrides.js';
import { formatProblem } from '../../src/scenario/problem.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { DEFAULT_BY, runSensitivity } from '../../src/study/sensitivity.js';
import { parseInputs } from '../../src/study/sensitivity-inputs.js';
import { planSensitivity } from '../../src/study/sensitivity-plan.js';
import { buildSweepGrid, runSweep } from '../../src/study/sweep.js';
import { sweepBooks } from '../../src/study/sweep-books.js';
import { sweepPartSchema } from '../../src/study/sweep-part-check.js';
import type { SweepResult } from '../../src/study/sweep-result.js';
import { parseVaries } from '../../src/study/vary.js';

const FILE = 'scenarios/top-of-market-2021-11-10-loan.yaml';
const TEXT = readFileSync(fileURLToPath(new URL(`../../${FILE}`, import.meta.url)), 'utf8');
const PATHS = 200;
const SEED = 20211110;
const RATES = ['8 %', '16 %'];

const HEDGE_FILE = 'scenarios/hashprice-hedge-2024-05.yaml';
const HEDGE_TEXT = readFileSync(fileURLToPath(new URL(`../../${HEDGE_FILE}`, import.meta.url)), 'utf8');
// A sweep needs a horizon of two years at least.
const HEDGE_HORIZON = 'horizon=2 years';
const HEDGE_PRICES = ['40 USD/PH/day', '60 USD/PH/day'];

/** The run `minesim run --set key=value` makes (as a sweep runs it: no break-evens, no back-test). */
async function runWith(set: string, text = TEXT, file = FILE, more: string[] = []) {
  const overrides = parseOverrides([...more, set]);
  if (!overrides.ok) throw new Error(set);
  const v = await validateScenarioText(text, file, overrides.overrides);
  if (!v.ok) throw new Error(v.problems.map(formatProblem).join('\n'));
  const run = await runMonteCarlo(v.scenario, {
    paths: PATHS,
    seed: SEED,
    workers: 1,
    breakEvenPaths: 0,
    withBacktest: false,
  });
  return run.summary;
}

describe('runSweep() over a loan rate', () => {
  let result: SweepResult;
  beforeAll(async () => {
    const axes = parseVaries([`finance.loans[0].rate=${RATES.join(',')}`]);
    if (!axes.ok) throw new Error('bad --vary');
    const built = await buildSweepGrid(TEXT, FILE, axes.axes);
    if (!built.ok) throw new Error(built.problems.map(formatProblem).join('\n'));
    result = await runSweep(built.grid, { paths: PATHS, seed: SEED, workers: 1 });
  }, 60_000);

  it('runSweep() gives each point the books of minesim run --set at that point, and the rate moves only those', async () => {
    for (const [i, rate] of RATES.entries()) {
      const summary = await runWith(`finance.loans[0].rate=${rate}`);
      expect(result.points[i].books).toEqual(sweepBooks(summary.headline));
      expect(result.points[i].medianNpvUsd).toBe(summary.headline.npvUsd.quantiles.p50);
    }
    const [low, high] = result.points;
    expect(high.medianNpvUsd).toBe(low.medianNpvUsd);
    expect(high.books!.medianEquityNpvUsd!).toBeLessThan(low.books!.medianEquityNpvUsd!);
  }, 60_000);

  it('sweep.csv, sweep.json and the table carry the books, and a sweep part keeps them', () => {
    expect(sweepCsv(result).split('\n')[0]).toContain('p_default,se_default');
    expect(sweepJson(result).points[0]).toHaveProperty('books', result.points[0].books);
    expect(sweepTextTable(result).split('\n')[0]).toContain('median equity NPV');
    // Both risks with their Monte Carlo standard error (P(margin call) had none).
    const first = result.points[0].books!;
    expect(sweepTextTable(result).split('\n')[1]).toContain(
      `${first.marginCall!.p.toFixed(3)} ± ${first.marginCall!.se.toFixed(3)}`,
    );
    // No hedges: no hedges' column in the table, an empty cell in sweep.csv.
    expect(result.points[0].books!.medianHedgeNetUsd).toBeNull();
    expect(sweepTextTable(result).split('\n')[0]).not.toContain('hedges net');
    expect(sweepCsv(result).split('\n')[0]).toContain(
      'median_after_tax_npv_usd_high,median_hedge_net_usd,median_hedge_net_usd_low',
    );
    const read = sweepPartSchema.shape.points.parse(JSON.parse(JSON.stringify(result.points)));
    expect(read).toEqual(result.points);
  });
});

describe('runSweep() over a hedge’s fixed hashprice', () => {
  it('runSweep() gives each point the hedges’ median net of minesim run --set at that point, in sweep.csv, sweep.json and the table; a dearer fixed price is worth more to the equity and nothing to the project', async () => {
    const axes = parseVaries([`finance.hedges[0].price=${HEDGE_PRICES.join(',')}`]);
    if (!axes.ok) throw new Error('bad --vary');
    const sets = parseOverrides([HEDGE_HORIZON]);
    if (!sets.ok) throw new Error('bad --set');
    const built = await buildSweepGrid(HEDGE_TEXT, HEDGE_FILE, axes.axes, sets.overrides);
    if (!built.ok) throw new Error(built.problems.map(formatProblem).join('\n'));
    const result = await runSweep(built.grid, { paths: PATHS, seed: SEED, workers: 1 });
    for (const [i, price] of HEDGE_PRICES.entries()) {
      const summary = await runWith(`finance.hedges[0].price=${price}`, HEDGE_TEXT, HEDGE_FILE, [
        HEDGE_HORIZON,
      ]);
      expect(result.points[i].books).toEqual(sweepBooks(summary.headline));
      expect(result.points[i].books!.medianHedgeNetUsd).toBe(summary.headline.hedgeNetUsd!.quantiles.p50);
    }
    const [low, high] = result.points;
    expect(high.medianNpvUsd).toBe(low.medianNpvUsd);
    expect(high.books!.medianHedgeNetUsd!).toBeGreaterThan(low.books!.medianHedgeNetUsd!);
    const csv = sweepCsv(result).split('\n');
    const column = csv[0].split(',').indexOf('median_hedge_net_usd');
    expect(column).toBeGreaterThan(0);
    expect(Number(csv[1].split(',')[column])).toBe(low.books!.medianHedgeNetUsd);
    expect(sweepJson(result).points[1].books).toHaveProperty(
      'medianHedgeNetUsd',
      high.books!.medianHedgeNetUsd,
    );
    const table = sweepTextTable(result).split('\n');
    expect(table[0]).toContain('median hedges net');
    expect(table[2]).toContain(formatUsd(high.books!.medianHedgeNetUsd));
    const read = sweepPartSchema.shape.points.parse(JSON.parse(JSON.stringify(result.points)));
    expect(read).toEqual(result.points);
  }, 60_000);
});

describe('runSensitivity() of the tax rate', () => {
  it('runSensitivity() reports the books of each side, so an input that moves only the equity shows an effect', async () => {
    const inputs = parseInputs(['finance.tax.rate=15 %..30 %']);
    if (!inputs.ok) throw new Error('bad --input');
    const planned = await planSensitivity(TEXT, FILE, { inputs: inputs.specs, by: DEFAULT_BY });
    if (!planned.ok) throw new Error(planned.problems.map(formatProblem).join('\n'));
    const result = await runSensitivity(planned.plan, { paths: PATHS, seed: SEED, workers: 1 });
    const [row] = result.rows;
    expect(row.low.medianNpvUsd).toBe(row.high.medianNpvUsd);
    expect(row.high.books!.medianEquityNpvUsd!).toBeLessThan(row.low.books!.medianEquityNpvUsd!);
    expect(sensitivityJson(result).inputs[0].high).toHaveProperty('books', row.high.books);
    expect(sensitivityCsv(result)).toContain('finance.tax.rate,high,0.3,median_equity_npv_usd,');
    const lines = sensitivityLines(result);
    // Each with its Monte Carlo error: P(default) ± its standard error, the median with its 95 % interval.
    const b = result.base.books!;
    expect(lines[1]).toContain(
      sensitivityMessages.baseBooks(
        `${formatProbability(b.default!.p)} ± ${formatProbability(b.default!.se)}`,
        `${formatUsd(b.medianEquityNpvUsd)} (${formatUsd(b.medianEquityNpvUsdInterval!.low)} to ${formatUsd(b.medianEquityNpvUsdInterval!.high)})`,
      ),
    );
    expect(lines[2]).toContain('median equity NPV');
  }, 60_000);
});
