// `minesim batch`: the index's tables (index.md and index.html render the same cells), its terminal
// lines and `batch --json` give each median with its 95 % interval as summary.json has it: the
// median NPV's beside the median payback's, the equity's and the after-tax medians in the
// financing table; and --json carries the financing figures of a scenario with `finance`.
import { describe, expect, it } from 'vitest';
import { batchJson, textLines } from '../../src/cli/batch-output.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { indexTables } from '../../src/report/batch-tables.js';
import { irrFormat } from '../../src/report/coverage.js';
import { formatPercent, formatQuantileInterval, formatUsd } from '../../src/report/format.js';
import type { RunSummary } from '../../src/stats/summary.js';
import type { BatchEntry } from '../../src/study/batch.js';
import { loadScenario } from '../fixtures/scenarios.js';

const run = async (name: string, paths: number) => {
  const s = await loadScenario(name, (d) => {
    delete d.sweep;
  });
  return (await runMonteCarlo(s, { paths, workers: 1, breakEvenPaths: 0, withBacktest: false })).summary;
};
const entry = (summary: RunSummary): BatchEntry => ({
  status: 'ok',
  file: `scenarios/${summary.scenario.name}.yaml`,
  folder: summary.scenario.name,
  backtestFolder: null,
  run: summary,
  backtest: null,
  seconds: 1,
});
const cellOf = (summary: RunSummary, title: string, column: string) => {
  const table = indexTables([entry(summary)]).find((t) => t.title === title)!;
  const i = table.header.indexOf(column);
  expect(i).toBeGreaterThanOrEqual(0);
  return table.rows[0][i].text;
};
const usd = (v: number) => formatUsd(v);
const irr = irrFormat(formatPercent);

describe('the batch index’s medians with their 95 % intervals', () => {
  it('indexTables() of the loan scenario at 200 paths: the median NPV’s interval beside it, the equity’s and the after-tax medians with theirs, as summary.json has them', async () => {
    const s = await run('top-of-market-2021-11-10-loan', 200);
    const h = s.headline;
    // Before: 'Median NPV 7,632,195 USD', bare.
    expect(cellOf(s, 'Scenarios', 'Median NPV, 95 % interval')).toBe(
      formatQuantileInterval(h.npvUsd, 'p50', usd),
    );
    expect(cellOf(s, 'Financing and tax', 'Median equity NPV (95 % interval)')).toBe(
      `${formatUsd(h.equityNpvUsd!.quantiles.p50)} (${formatQuantileInterval(h.equityNpvUsd!, 'p50', usd)})`,
    );
    expect(cellOf(s, 'Financing and tax', 'Median equity IRR (95 % interval)')).toBe(
      `${irr(h.equityIrr!.quantiles.p50)} (${formatQuantileInterval(h.equityIrr!, 'p50', irr)})`,
    );
    expect(cellOf(s, 'Financing and tax', 'Median NPV after tax (95 % interval)')).toBe(
      `${formatUsd(h.afterTaxNpvUsd!.quantiles.p50)} (${formatQuantileInterval(h.afterTaxNpvUsd!, 'p50', usd)})`,
    );
  });

  it('indexTables() of a run of one path: the medians alone, no interval', async () => {
    const s = await run('top-of-market-2021-11-10-loan', 1);
    expect(cellOf(s, 'Scenarios', 'Median NPV, 95 % interval')).toBe('—');
    expect(cellOf(s, 'Financing and tax', 'Median equity NPV (95 % interval)')).toBe(
      formatUsd(s.headline.equityNpvUsd!.quantiles.p50),
    );
  });

  it('batchJson() gives the median NPV’s and IRR’s intervals, and the financing figures of a scenario with finance (null without)', async () => {
    const loan = await run('top-of-market-2021-11-10-loan', 200);
    const s9 = await run('north-korea-2017-s9', 100);
    const [a, b] = batchJson([entry(loan), entry(s9)], '/tmp/out', 0).scenarios as Record<string, unknown>[];
    const h = loan.headline;
    expect(a.medianNpvUsdInterval).toEqual(h.npvUsd.intervals!.p50);
    expect(a.medianIrr).toBe(h.irr.quantiles.p50);
    expect(a.medianIrrInterval).toEqual(h.irr.intervals!.p50);
    expect(a.finance).toEqual({
      marginCall: h.marginCall,
      default: h.default,
      equityNoPayback: h.equityNoPayback,
      medianEquityPaybackDays: h.equityPaybackDays!.quantiles.p50,
      medianEquityPaybackDaysInterval: h.equityPaybackDays!.intervals!.p50,
      medianEquityNpvUsd: h.equityNpvUsd!.quantiles.p50,
      medianEquityNpvUsdInterval: h.equityNpvUsd!.intervals!.p50,
      medianEquityIrr: h.equityIrr!.quantiles.p50,
      medianEquityIrrInterval: h.equityIrr!.intervals!.p50,
      ...(h.equityIrr!.paths === undefined ? {} : { equityIrrPaths: h.equityIrr!.paths }),
      ...(h.equityIrr!.censored === undefined
        ? {}
        : { equityIrrCensored: { low: h.equityIrr!.censored.low, high: h.equityIrr!.censored.high } }),
      medianAfterTaxNpvUsd: h.afterTaxNpvUsd!.quantiles.p50,
      medianAfterTaxNpvUsdInterval: h.afterTaxNpvUsd!.intervals!.p50,
      medianAfterTaxIrr: h.afterTaxIrr!.quantiles.p50,
      medianAfterTaxIrrInterval: h.afterTaxIrr!.intervals!.p50,
      ...(h.afterTaxIrr!.paths === undefined ? {} : { afterTaxIrrPaths: h.afterTaxIrr!.paths }),
    });
    // The equity's IRR is over some paths only, and some lie at the floor of the rates searched.
    expect(a.finance).toHaveProperty('equityIrrCensored');
    expect(b.finance).toBeNull();
  });
});

describe('the batch’s terminal line', () => {
  it('textLines(): the median payback with its 95 % interval; a run of one path the median alone', async () => {
    const many = await run('north-korea-2017-s9', 100);
    const one = await run('north-korea-2017-s9', 1);
    const [a, b] = textLines([entry(many), { ...entry(one), folder: 'one' } as BatchEntry]);
    const i = formatQuantileInterval(many.headline.paybackDays, 'p50', (v) => `${v} d`);
    expect(a).toContain(`, 95 % interval ${i}  actual`);
    expect(b).not.toContain('95 %');
  });
});
