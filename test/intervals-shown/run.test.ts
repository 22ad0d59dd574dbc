// `minesim run`'s terminal headline and its report's tables (summary.md and report.html render the
// same tables) gave some medians bare: the ROI's, the break-even tariff's, the IRRs', the costs per
// coin's and the hedges' in the terminal, every median but the NPV's in the Returns table and both
// in the Break-evens table, and the median path's payback day in the calculator's comparison. Each
// is now printed with its 95 % interval, as summary.json's intervals.p50 has it; a run of one
// outcome prints none.
import { describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { irrFormat } from '../../src/report/coverage.js';
import {
  formatInteger,
  formatPercent,
  formatQuantileInterval,
  formatQuantity,
  formatRoi,
  formatSignificant,
  formatUsd,
} from '../../src/report/format.js';
import { headlineTables } from '../../src/report/headline.js';
import { summaryMarkdown } from '../../src/report/markdown.js';
import type { Distribution, RunSummary } from '../../src/stats/summary.js';
import { loadScenario } from '../fixtures/scenarios.js';

const run = async (name: string, paths: number, breakEvenPaths = 0) => {
  const s = await loadScenario(name, (d) => {
    delete d.sweep;
  });
  return (await runMonteCarlo(s, { paths, workers: 1, breakEvenPaths, withBacktest: false })).summary;
};
const interval = (d: Distribution, format: (v: number) => string) => formatQuantileInterval(d, 'p50', format);
const irr = irrFormat(formatPercent);
/** The terminal's row `label`, its value. */
const row = (terminal: string, label: string) => {
  const line = terminal.split('\n').find((l) => l.trimStart().startsWith(`${label}  `));
  expect(line, label).toBeDefined();
  return line!.trim().slice(label.length).trim();
};

describe('the run’s medians with their 95 % intervals', () => {
  it('headlineTable() of the loan scenario at 300 paths: the ROI’s, the break-even’s, the IRRs’, the costs per coin’s intervals, as summary.json has them', async () => {
    const s = await run('top-of-market-2021-11-10-loan', 300, 60);
    const h = s.headline;
    const t = headlineTable(s);
    expect(row(t, 'ROI p50, 95 % interval')).toBe(interval(h.roiAtHorizon, formatRoi));
    // The 10 % and 90 % quantiles of the payback and the NPV beside their p10 / p50 / p90 row.
    const tails = (d: Distribution, format: (v: number) => string) =>
      (['p10', 'p90'] as const).map((key) => formatQuantileInterval(d, key, format)).join(' / ');
    const days = (v: number) => `${formatInteger(v)} d`;
    expect(row(t, 'payback p10 / p90, 95 % intervals')).toBe(tails(h.paybackDays, days));
    expect(row(t, 'NPV p10 / p90, 95 % intervals')).toBe(tails(h.npvUsd, formatUsd));
    expect(row(t, 'break-even tariff p50, 95 % interval')).toBe(
      interval(h.breakEvenTariffUsdPerKwh, (v) => formatQuantity(v, 'USD/kWh')),
    );
    expect(row(t, 'IRR p50, 95 % intervals')).toBe(
      [h.irr, h.afterTaxIrr!, h.equityIrr!].map((d) => interval(d, irr)).join(' / '),
    );
    expect(row(t, 'cost per coin p50, 95 % intervals')).toBe(
      [h.cashCostPerCoinUsd!, h.allInCostPerCoinUsd!].map((d) => interval(d, formatUsd)).join(' / '),
    );
    // The calculator's comparison: the median path's day with its interval, in days.
    const p = h.paybackDays.intervals!.p50!;
    expect(t).toContain(
      `the median path on day ${formatInteger(h.paybackDays.quantiles.p50!)} (95 % interval: ${formatInteger(p.low!)} to ${formatInteger(p.high!)})`,
    );
  });

  it('headlineTable() of the hedge scenario at 100 paths: the hedges’ median net’s interval', async () => {
    const s = await run('hashprice-hedge-2024-05', 100);
    const d = s.headline.hedgeNetUsd!;
    expect(row(headlineTable(s), 'hedges, net p10 / p50 / p90, 95 % intervals')).toBe(
      (['p10', 'p50', 'p90'] as const).map((key) => formatQuantileInterval(d, key, formatUsd)).join(' / '),
    );
  });

  it('the Returns and Break-evens tables of the loan scenario: each median’s interval in a last column, in the row’s format; summary.md prints them', async () => {
    const s = await run('top-of-market-2021-11-10-loan', 300, 60);
    const h = s.headline;
    const tables = headlineTables(s);
    const cell = (title: string, label: string) => {
      const t = tables.find((x) => x.title === title)!;
      expect(t.header.at(-1)).toBe('50 %: 95 % interval');
      return t.rows.find((r) => r[0].startsWith(label))!.at(-1);
    };
    expect(cell('Returns at the horizon', 'Net position')).toBe(interval(h.netAtHorizonUsd, formatInteger));
    expect(cell('Returns at the horizon', 'NPV')).toBe(interval(h.npvUsd, formatInteger));
    expect(cell('Returns at the horizon', 'Coins mined')).toBe(
      interval(h.coinsMined, (v) => formatSignificant(v)),
    );
    expect(cell('Break-evens', 'Tariff')).toBe(
      interval(h.breakEvenTariffUsdPerKwh, (v) => formatSignificant(v, 4)),
    );
    const md = summaryMarkdown(s);
    expect(md).toContain(`| ${interval(h.npvUsd, formatInteger)} |`);
  });

  it('headlineTable() and the tables of a run of one path: no interval anywhere', async () => {
    const s: RunSummary = await run('top-of-market-2021-11-10-loan', 1, 1);
    expect(headlineTable(s)).not.toContain('95 %');
    for (const t of headlineTables(s)) expect(t.header.join()).not.toContain('interval');
  });
});
