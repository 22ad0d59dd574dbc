// The books' charts of a sweep (charts/sweep-books.ts): drawn only when the scenario has books,
// the risks only with a covenant; their data are the sweep's own figures; a sweep of a loan's
// rate, run on the engine, shows the equity's median NPV falling with the rate.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile } from 'vega-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { sweepCharts } from '../../src/report/charts/sweep.js';
import { npvRows, riskRows, sweepBooksCharts } from '../../src/report/charts/sweep-books.js';
import { FONT, round } from '../../src/report/charts/theme.js';
import { renderChart } from '../../src/report/render.js';
import { sweepCsv } from '../../src/report/sweep-csv.js';
import { formatProblem } from '../../src/scenario/problem.js';
import { buildSweepGrid, runSweep } from '../../src/study/sweep.js';
import type { SweepResult } from '../../src/study/sweep-result.js';
import { parseVaries } from '../../src/study/vary.js';
import { makeBooksSweep, makeSweep } from '../fixtures/sweep.js';

/** Every warning vega-lite logs while compiling `spec`. */
function warnings(spec: Parameters<typeof compile>[0]): string[] {
  const found: string[] = [];
  const collect = (...args: readonly unknown[]) => {
    found.push(args.map(String).join(' '));
    return logger;
  };
  const logger = {
    level: () => logger,
    warn: collect,
    error: collect,
    info: () => logger,
    debug: () => logger,
  };
  compile(spec, { logger });
  return found;
}

/** Every axis title of a compiled Vega spec, including those of nested groups. */
function axisTitles(spec: Parameters<typeof compile>[0]): string[] {
  const walk = (node: unknown): string[] => {
    if (node === null || typeof node !== 'object') return [];
    const record = node as { axes?: { title?: unknown }[]; marks?: unknown[] };
    return [
      ...(record.axes ?? []).flatMap((a) => (a.title === undefined ? [] : [String(a.title)])),
      ...(record.marks ?? []).flatMap(walk),
    ];
  };
  return walk(compile(spec).spec);
}

/** sweep.csv's column `name`, as numbers, one per point. */
function csvColumn(result: SweepResult, name: string): number[] {
  const [header, ...lines] = sweepCsv(result).trim().split('\n');
  const i = header.split(',').indexOf(name);
  expect(i).toBeGreaterThanOrEqual(0);
  return lines.map((line) => Number(line.split(',')[i]));
}

const SWEEPS = {
  'one axis, covenant and tax': makeBooksSweep(
    { covenant: true, tax: true },
    'finance.loans[0].rate=0.04..0.2:5',
  ),
  'one axis, no covenant, no tax': makeBooksSweep(
    { covenant: false, tax: false },
    'finance.loans[0].rate=0.04..0.2:5',
  ),
  'two axes, covenant and tax': makeBooksSweep(
    { covenant: true, tax: true },
    'finance.loans[0].rate=0.04..0.2:5',
    'power.price=0.05,0.1 USD/kWh',
  ),
};
const CHARTS = Object.entries(SWEEPS).flatMap(([kind, sweep]) =>
  sweepBooksCharts(sweep).map((chart) => [`${kind}: ${chart.name}`, chart] as const),
);

describe('sweepBooksCharts()', () => {
  it('sweepBooksCharts() draws nothing for a sweep without books, and sweepCharts() draws what it drew before it existed', () => {
    const sweeps = [
      makeSweep('power.price=0.02 USD/kWh..0.2 USD/kWh:10'),
      makeSweep('power.price=0.02..0.20:7', 'fleet[0].unitPrice=1000..4500:6'),
    ];
    for (const sweep of sweeps) expect(sweepBooksCharts(sweep)).toEqual([]);
    // The SHA-256 of the payback charts' entries as minesim drew them before the books' charts,
    // since with the tooltips' probabilities as text (a share short of all never reads 1.000, the
    // fixture's 5.6e-17 reads 0.000), and their note saying "do not pay back within the horizon"
    // where it said "never pay back within the horizon"; since with the scenario's name in each
    // title and a description naming it (charts/index.ts forScenario()); since with the band of
    // P(payback <= 2 years) Wilson's interval, not p ± 1.96 se (zero width at a share of 1); since
    // with a tooltip's share of 1 given with its 95 % bound, not as 1.000 ± 0.000; since with the
    // note saying its points draw the same random numbers (not "the same market paths"); since with
    // every tooltip's share ± its error and each median with its 95 % interval, and the median
    // payback's band where the points have intervals (the fixture's have none); since with the
    // crossings' labels in the darker orange text needs on white (theme.ts PALETTE.actualText); since
    // with each point's axis values in its tooltip as its tick labels write them (1,000,000,000, not
    // 1000000000) and a heatmap's cell described by its point, not its edges; since with a heatmap's
    // axes described to a screen reader by the sweep's values, not the outer cells' edges; since
    // with the axes' values written as given (`,.12~r`: 1, 5, 10, not vega's 1.0, 5.0, 10.0).
    const drawn = createHash('sha256')
      .update(JSON.stringify(sweeps.map(sweepCharts)))
      .digest('hex');
    expect(drawn).toBe('f8500cde33e4610fda9f823f573583a14c3958b2a9308c7529e69dc8b3186a37');
  });

  it('sweepBooksCharts() words the equity’s share not paid back as the financing table does, not as “never”', () => {
    // It read 'P(equity never pays back)' of a share over the horizon, after which a payback may come.
    const npv = sweepBooksCharts(SWEEPS['one axis, covenant and tax']).find(
      (c) => c.name === 'sweep-equity-npv',
    )!;
    const text = JSON.stringify(npv.spec);
    expect(text).toContain('"title":"P(no equity payback) ± its standard error"');
    expect(text).not.toMatch(/never pays back/);
  });

  it('sweepBooksCharts() draws the equity NPV, and P(margin call) and P(default) only with a covenant', () => {
    expect(sweepBooksCharts(SWEEPS['one axis, covenant and tax']).map((c) => c.name)).toEqual([
      'sweep-equity-npv',
      'sweep-margin-default',
    ]);
    expect(sweepBooksCharts(SWEEPS['one axis, no covenant, no tax']).map((c) => c.name)).toEqual([
      'sweep-equity-npv',
    ]);
    expect(sweepBooksCharts(SWEEPS['two axes, covenant and tax']).map((c) => c.name)).toEqual([
      'sweep-equity-npv',
      'sweep-margin-default',
    ]);
  });

  it('sweepBooksCharts() draws nothing for three axes, as sweepCharts() does', () => {
    const three = makeBooksSweep(
      { covenant: true, tax: true },
      'finance.loans[0].rate=0.04,0.08',
      'power.price=0.05,0.1',
      'power.pue=1,1.2',
    );
    expect(sweepBooksCharts(three)).toEqual([]);
    expect(sweepCharts(three)).toEqual([]);
  });

  it.each(CHARTS)('%s compiles with vega-lite without warnings', (_, chart) => {
    expect(warnings(chart.spec)).toEqual([]);
  });

  it.each(CHARTS)('%s has a title, a caption and the shared theme font', (_, chart) => {
    const spec = chart.spec as { title?: { text?: string }; config?: { font?: string } };
    expect(spec.title?.text).toBeTruthy();
    expect(chart.caption).toMatch(/\.$/);
    expect(spec.config?.font).toBe(FONT);
  });

  it.each(CHARTS)('%s titles both axes with their units in parentheses', (_, chart) => {
    const titles = axisTitles(chart.spec).filter((t) => !t.startsWith('power.price'));
    expect(titles).toHaveLength(2);
    for (const title of titles) expect(title).toMatch(/\((fraction(\/year)?|USD|share of paths)\)$/);
  });

  it('npvRows() carries the project’s, the after-tax and the equity’s median NPV of sweep.csv at each point', () => {
    for (const sweep of Object.values(SWEEPS)) {
      const rows = npvRows(sweep);
      const series = (label: string) => rows.filter((r) => r.series.startsWith(label)).map((r) => r.npv);
      expect(series('Equity')).toEqual(csvColumn(sweep, 'median_equity_npv_usd').map(round));
      expect(series('Project, before')).toEqual(csvColumn(sweep, 'median_npv_usd').map(round));
      // Without a tax rule the after-tax NPV is the project's, and no line is drawn over it.
      const tax = sweep.points.some((p) => p.books!.medianAfterTaxNpvUsd !== p.medianNpvUsd);
      expect(series('Project after tax')).toEqual(
        tax ? csvColumn(sweep, 'median_after_tax_npv_usd').map(round) : [],
      );
    }
  });

  it('riskRows() carries P(margin call) and P(default) of sweep.csv at each point, and the chart draws them', () => {
    const sweep = SWEEPS['one axis, covenant and tax'];
    const rows = riskRows(sweep);
    const risk = (label: string) => rows.filter((r) => r.risk === label).map((r) => r.p);
    expect(risk('P(default)')).toEqual(csvColumn(sweep, 'p_default').map(round));
    expect(risk('P(margin call)')).toEqual(csvColumn(sweep, 'p_margin_call').map(round));
    const spec = sweepBooksCharts(sweep)[1].spec as unknown as { datasets: { risks: unknown[] } };
    expect(spec.datasets.risks).toEqual(rows);
  });

  it('sweepBooksCharts() renders each chart to an SVG without a vega warning', async () => {
    const found: string[] = [];
    for (const chart of sweepBooksCharts(SWEEPS['one axis, covenant and tax'])) {
      const { svg } = await renderChart(chart.spec, { onWarning: (m) => found.push(m) });
      expect(svg.startsWith('<svg')).toBe(true);
    }
    expect(found).toEqual([]);
  });
});

describe('sweepBooksCharts() of a loan’s rate, on the engine', () => {
  const FILE = 'scenarios/top-of-market-2021-11-10-loan.yaml';
  const TEXT = readFileSync(fileURLToPath(new URL(`../../${FILE}`, import.meta.url)), 'utf8');
  let result: SweepResult;
  beforeAll(async () => {
    const axes = parseVaries(['finance.loans[0].rate=4 %..20 %:4']);
    if (!axes.ok) throw new Error('bad --vary');
    const built = await buildSweepGrid(TEXT, FILE, axes.axes);
    if (!built.ok) throw new Error(built.problems.map(formatProblem).join('\n'));
    result = await runSweep(built.grid, { paths: 200, seed: 20211110, workers: 1 });
  }, 60_000);

  it('sweepBooksCharts() plots the equity’s median NPV falling with the loan’s rate, beside a flat project', () => {
    const [npv] = sweepBooksCharts(result);
    const rows = (npv.spec as unknown as { datasets: { npv: ReturnType<typeof npvRows> } }).datasets.npv;
    const equity = rows.filter((r) => r.series.startsWith('Equity')).map((r) => r.npv!);
    expect(equity).toEqual(result.points.map((p) => round(p.books!.medianEquityNpvUsd)));
    for (let i = 1; i < equity.length; i++) expect(equity[i]).toBeLessThan(equity[i - 1]);
    const project = new Set(rows.filter((r) => r.series.startsWith('Project, before')).map((r) => r.npv));
    expect(project.size).toBe(1);
  });

  it('sweepBooksCharts() plots P(default) of each point, as sweep.csv gives it', () => {
    const [, risks] = sweepBooksCharts(result);
    const rows = (risks.spec as unknown as { datasets: { risks: ReturnType<typeof riskRows> } }).datasets
      .risks;
    expect(rows.filter((r) => r.risk === 'P(default)').map((r) => r.p)).toEqual(
      csvColumn(result, 'p_default').map(round),
    );
  });
});
