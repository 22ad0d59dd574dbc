// Paths with nothing at stake: machines that cost nothing (`unitPrice: 0 USD`, no setup, hashing
// from the start) whose net position never falls below zero. minesim counts them as paid back on
// day 0 (README "Equity payback": "the project's payback follows the same rule"), and the terminal
// said "payback p10 / p50 / p90 0 d / 0 d / 0 d"; but every payback CDF started at 0 % on day 0
// (report.html's and charts/payback-cdf.*: (0, 0) then (29, 1); explore.html's the same), and
// payback.csv's first row was 0,29,<all>,1, which says nothing of day 0. Nor did any output say how
// many paths had nothing at stake, as the summary's equityNothingAtStake does for the equity.
import { beforeAll, describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { cdfSvg } from '../../src/explorer/svg.js';
import { explorerView } from '../../src/explorer/view.js';
import { paybackCdfSpec } from '../../src/report/charts/payback-cdf.js';
import { paidBackOn } from '../../src/report/headline-definitions.js';
import { summaryMarkdown } from '../../src/report/markdown.js';
import { paybackCsv } from '../../src/report/tables.js';
import { shareInterval } from '../../src/stats/shares.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { scenarioOf, scenarioText } from '../fixtures/scenarios.js';

const PATHS = 200;
/** The S21 fleet of 2026, its machines and setup free and hashing on day 0, for one year. */
const free = (operation: string, tariff: string) =>
  scenarioText('s21-fleet-2026')
    .replace('unitPrice: 3400 USD', 'unitPrice: 0 USD')
    .replace('setupCost: 50000 USD', 'setupCost: 0 USD')
    .replace('deploymentDelay: 14 days', 'deploymentDelay: 0 days')
    .replace('horizon: 3 years', 'horizon: 2 years')
    .replace('operation: shutdown-when-unprofitable', `operation: ${operation}`)
    .replace('price: 0.045 USD/kWh', `price: ${tariff}`);

async function summaryOf(text: string): Promise<RunSummary> {
  const s = await scenarioOf(text);
  return (await runMonteCarlo(s, { paths: PATHS, workers: 1 })).summary;
}

/** The CDF's curve as report.html and charts/payback-cdf.* draw it: [day, p] from day 0. */
function chartCurve(summary: RunSummary): [number, number][] {
  const spec = paybackCdfSpec(summary) as { layer: { data?: { values: { day?: number; p: number }[] } }[] };
  const curve = spec.layer.find((l) => l.data?.values.length === summary.payback.cdf.length + 1)!;
  return curve.data!.values.map((v) => [v.day!, v.p]);
}

/** The first point of explore.html's CDF, as the share it stands for (the plot's y runs 250 to 12). */
function explorerStart(summary: RunSummary): number {
  const svg = cdfSvg(explorerView(summary), null);
  const y = Number(/<path d="M[\d.]+,([\d.]+)[^"]*"[^>]*class="cdf"/.exec(svg)![1]);
  return (250 - y) / (250 - 12);
}

describe('a run whose paths had nothing at stake', () => {
  let all: RunSummary;
  let some: RunSummary;
  beforeAll(async () => {
    // Shutting down when unprofitable, a free fleet never loses: every path is at day 0.
    all = await summaryOf(free('shutdown-when-unprofitable', '0.045 USD/kWh'));
    // Always on at 0.07 USD/kWh (profit about 0.7 USD a machine a day at the start), a path whose
    // price falls runs at a loss: money is at stake from then, and it pays back later or never.
    some = await summaryOf(free('always-on', '0.07 USD/kWh'));
  }, 120_000);

  it('summarize() counts the paths never below zero in headline.nothingAtStake, as the paths at day 0', () => {
    expect(all.headline.paybackDays.quantiles.p90).toBe(0);
    expect(all.headline.nothingAtStake).toEqual({ p: 1, se: 0 });
    const p = some.headline.nothingAtStake!.p;
    expect(p).toBeGreaterThan(0.05);
    expect(p).toBeLessThan(0.95);
    // Those paths, and only those, paid back on day 0 (a payback needs a day below zero before it).
    expect(some.headline.paybackDays.quantiles.p5).toBe(0);
    expect(p).toBeLessThanOrEqual(some.payback.cdf[0].p);
  });

  it('paybackCdfSpec() starts the curve at the share paid back on day 0', () => {
    expect(chartCurve(all).slice(0, 2)).toEqual([
      [0, 1],
      [29, 1],
    ]);
    expect(chartCurve(some)[0]).toEqual([0, some.headline.nothingAtStake!.p]);
  });

  it('cdfSvg() (explore.html) starts at the share paid back on day 0', () => {
    // The path's points are written to 0.1 px of a 238-px plot: 3 decimals.
    expect(explorerStart(all)).toBeCloseTo(1, 3);
    expect(explorerStart(some)).toBeCloseTo(some.headline.nothingAtStake!.p, 3);
  });

  it('paybackCsv() gives day 0 a row of its own, and the first bin its other days', () => {
    const rows = paybackCsv(some).trim().split('\n');
    const n = Math.round(some.headline.nothingAtStake!.p * PATHS);
    expect(rows[0]).toBe('day_from,day_to,count,cdf,cdf_se,cdf_low,cdf_high');
    const wilson = (e: { p: number; se: number }) => shareInterval(e, PATHS, some.run.antithetic).join(',');
    const unstaked = some.headline.nothingAtStake!;
    expect(rows[1]).toBe(`0,0,${n},${n / PATHS},${unstaked.se},${wilson(unstaked)}`);
    const first = some.payback.cdf[0] as { p: number; se: number };
    expect(rows[2]).toBe(`1,29,${some.payback.counts[0] - n},${first.p},${first.se},${wilson(first)}`);
    // Every path paid back on day 0: a share of 1, its standard error 0, its interval from the paths.
    const one = wilson({ p: 1, se: 0 });
    expect(paybackCsv(all).trim().split('\n').slice(1, 3)).toEqual([
      `0,0,${PATHS},1,0,${one}`,
      `1,29,0,1,0,${one}`,
    ]);
    // A run without such paths keeps its 30-day rows from day 0.
    expect(
      paybackCsv({ ...some, headline: { ...some.headline, nothingAtStake: undefined } }).split('\n')[1],
    ).toMatch(/^0,29,/);
  });

  it('headlineTable() and summary.md say how many paths had nothing at stake', () => {
    expect(headlineTable(some)).toMatch(
      /P\(nothing at stake: never below zero, payback day 0\)\s+0\.\d{3} ± 0\.\d{3}/,
    );
    expect(summaryMarkdown(some)).toContain(
      'P(nothing at stake: the net position never below zero, payback day 0)',
    );
  });

  it('paidBackOn() (one outcome, a back-test beside a run) reads day 0 as nothing at stake, not as a payback', () => {
    expect(paidBackOn('2026-01-22', 0)).toBe(
      'nothing at stake: the net position never fell below zero, counted as paid back on day 0 (2026-01-22)',
    );
    expect(paidBackOn('2026-01-22', 1)).toBe('day 1 (2026-01-23)');
  });
});
