// A sweep's printed table gave P(payback <= 1 year), P(never), the median payback and NPV and the
// equity's medians bare, sweep.csv had no standard error of P(no payback) or of P(no equity
// payback) and no interval of the equity's, the after-tax or the hedges' medians, and sweep.json
// did not say whether the paths were drawn in antithetic pairs (the unit of every interval). Each
// figure now carries its error, as the point's own summary.json gives it.
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { irrFormat } from '../../src/report/coverage.js';
import {
  formatEstimate,
  formatInteger,
  formatQuantileInterval,
  formatSignificant,
  formatUsd,
  NONE,
} from '../../src/report/format.js';
import { sweepCsv } from '../../src/report/sweep-csv.js';
import { sweepJson } from '../../src/report/sweep-json.js';
import { sweepTextTable } from '../../src/report/sweep-text-table.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { assembleSweep } from '../../src/study/sweep.js';
import { pointResult } from '../../src/study/sweep-result.js';
import { parseVaries } from '../../src/study/vary.js';
import { loadScenario } from '../fixtures/scenarios.js';

const summaryOf = async (name: string, paths: number, antithetic = false) => {
  const s = await loadScenario(name, (d) => {
    delete d.sweep;
    // A sweep judges 2 years: the hedge scenario's 18 months would be refused.
    if (name === 'hashprice-hedge-2024-05') d.horizon = '731 days';
    if (antithetic) d.monteCarlo = { ...(d.monteCarlo ?? {}), antithetic: true };
  });
  return (await runMonteCarlo(s, { paths, workers: 1, breakEvenPaths: 0, withBacktest: false })).summary;
};
const sweepOf = (summary: RunSummary) => {
  const parsed = parseVaries(['power.price=0.05 USD/kWh']);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return assembleSweep(
    { name: summary.scenario.name, start: summary.scenario.start },
    { paths: summary.run.paths, seed: 1 },
    parsed.axes,
    [pointResult([0.05], summary)],
    summary.scenario.days,
  );
};
const csvCell = (csv: string, name: string) => {
  const [header, row] = csv.trim().split('\n');
  const i = header.split(',').indexOf(name);
  expect(i).toBeGreaterThanOrEqual(0);
  return row.split(',')[i];
};
const percent = (r: number | null) => (r === null ? NONE : `${formatSignificant(r * 100, 3)} %`);
const days = (v: number) => `${formatInteger(v)} d`;

describe('a sweep’s figures with their Monte Carlo error', () => {
  it('sweepTextTable() of the loan scenario at 200 paths: every share ± its error, every median with summary.json’s interval', async () => {
    const s = await summaryOf('top-of-market-2021-11-10-loan', 200);
    const h = s.headline;
    const table = sweepTextTable(sweepOf(s));
    const n = s.run.paths;
    for (const share of [h.paybackWithin1y!, h.noPayback, h.marginCall!, h.default!])
      expect(table).toContain(formatEstimate(share, [], undefined, n, false));
    expect(table).toContain(
      `${days(h.paybackDays.quantiles.p50!)} (${formatQuantileInterval(h.paybackDays, 'p50', days)})`,
    );
    expect(table).toContain(
      `${formatUsd(h.npvUsd.quantiles.p50)} (${formatQuantileInterval(h.npvUsd, 'p50', formatUsd)})`,
    );
    expect(table).toContain(
      `${formatUsd(h.equityNpvUsd!.quantiles.p50)} (${formatQuantileInterval(h.equityNpvUsd!, 'p50', formatUsd)})`,
    );
    const irr = irrFormat(percent);
    expect(table).toContain(
      `${irr(h.equityIrr!.quantiles.p50)} (${formatQuantileInterval(h.equityIrr!, 'p50', irr)})`,
    );
  });

  it('sweepCsv() and sweepJson() of the loan scenario: the errors of P(no payback) and P(no equity payback), the books’ medians’ intervals, and whether the paths were in pairs', async () => {
    const s = await summaryOf('top-of-market-2021-11-10-loan', 200);
    const h = s.headline;
    const result = sweepOf(s);
    const csv = sweepCsv(result);
    expect(csvCell(csv, 'se_no_payback')).toBe(String(h.noPayback.se));
    expect(csvCell(csv, 'se_equity_no_payback')).toBe(String(h.equityNoPayback!.se));
    const ends: [string, { low: number | null; high: number | null }][] = [
      ['median_equity_npv_usd', h.equityNpvUsd!.intervals!.p50!],
      ['median_equity_irr', h.equityIrr!.intervals!.p50!],
      ['median_after_tax_npv_usd', h.afterTaxNpvUsd!.intervals!.p50!],
    ];
    for (const [column, i] of ends) {
      expect(csvCell(csv, `${column}_low`)).toBe(String(i.low));
      expect(csvCell(csv, `${column}_high`)).toBe(String(i.high));
    }
    const json = sweepJson(result);
    expect(json.run.antithetic).toBe(false);
    expect(json.points[0].books?.medianEquityIrrInterval).toEqual(h.equityIrr!.intervals!.p50);
    const paired = sweepJson(sweepOf(await summaryOf('north-korea-2017-s9', 100, true)));
    expect(paired.run.antithetic).toBe(true);
  });

  it('sweepCsv() of the hedge scenario: the hedges’ median net with its interval', async () => {
    const s = await summaryOf('hashprice-hedge-2024-05', 100);
    const i = s.headline.hedgeNetUsd!.intervals!.p50!;
    const csv = sweepCsv(sweepOf(s));
    expect(csvCell(csv, 'median_hedge_net_usd_low')).toBe(String(i.low));
    expect(csvCell(csv, 'median_hedge_net_usd_high')).toBe(String(i.high));
  });

  it('sweepTextTable() of a point of one path: its one outcome, no interval and no error', async () => {
    const s = await summaryOf('top-of-market-2021-11-10-loan', 1);
    const table = sweepTextTable(sweepOf(s));
    expect(table).not.toContain('±');
    expect(table).not.toMatch(/ to |too few/);
    expect(sweepJson(sweepOf(s)).points[0].oneOutcome).toBe(true);
  });
});
