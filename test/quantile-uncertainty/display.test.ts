// Where the quantiles' 95 % intervals are printed: the terminal's headline (the median payback's and
// the median NPV's), the report's Payback time table (each payback quantile's) and its Returns
// column (each median's), in summary.md as in report.html (both render the same tables). Each
// figure printed is summary.json's, read from the same run.
import { describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { formatInteger, formatQuantileInterval, formatUsd } from '../../src/report/format.js';
import { summaryMarkdown } from '../../src/report/markdown.js';
import type { Distribution } from '../../src/stats/summary.js';
import { loadScenario } from '../fixtures/scenarios.js';

const run = async (paths: number, edit?: (d: Record<string, unknown>) => void) => {
  const s = await loadScenario('north-korea-2017-s9', (d) => {
    delete d.sweep;
    edit?.(d);
  });
  return (await runMonteCarlo(s, { paths, workers: 1, breakEvenPaths: 0, withBacktest: false })).summary;
};

describe('the quantiles’ 95 % intervals in the terminal and the report', () => {
  it('minesim run of 200 paths: the headline prints the median payback’s and NPV’s intervals, the Payback time table every quantile’s, as summary.json has them', async () => {
    const summary = await run(200);
    const payback = summary.headline.paybackDays.intervals?.p50;
    const npv = summary.headline.npvUsd.intervals?.p50;
    if (!payback || payback.low === null || payback.high === null || !npv) throw new Error('no interval');
    // 200 paths, median: the 86th and 115th smallest (exact binomial(200, 0.5)).
    const p50 = summary.headline.paybackDays.quantiles.p50 as number;
    expect(payback.low).toBeLessThanOrEqual(p50);
    expect(payback.high).toBeGreaterThanOrEqual(p50);
    const terminal = headlineTable(summary);
    expect(terminal).toMatch(
      new RegExp(
        `payback p50, 95 % interval +${formatInteger(payback.low)} d to ${formatInteger(payback.high)} d\\n`,
      ),
    );
    expect(terminal).toContain(
      `NPV p50, 95 % interval              ${formatUsd(npv.low)} to ${formatUsd(npv.high)}`,
    );
    const md = summaryMarkdown(summary);
    expect(md).toContain('| Share of paths paid back | Days | Date | Years | 95 % interval (days) |');
    expect(md).toMatch(
      new RegExp(
        `\\| 50 % \\| [0-9,]+ \\| [0-9-]+ \\| [0-9.]+ \\| ${formatInteger(payback.low)} to ${formatInteger(payback.high)} \\|`,
      ),
    );
    // The Returns table's last column: each median's interval, the NPV's among them.
    expect(md).toMatch(
      new RegExp(
        `\\| NPV, with salvage \\(USD\\) \\|.* \\| ${formatInteger(npv.low)} to ${formatInteger(npv.high)} \\|`,
      ),
    );
  });

  it('minesim run where no path pays back (0.50 USD/kWh): the median payback’s interval is past the horizon, not a number', async () => {
    const summary = await run(50, (d) => {
      (d.power as Record<string, unknown>).price = '0.50 USD/kWh';
    });
    expect(summary.headline.paybackDays.intervals?.p50).toEqual({ low: null, high: null });
    expect(headlineTable(summary)).toMatch(/payback p50, 95 % interval +past the horizon\n/);
    expect(summaryMarkdown(summary)).toMatch(
      /\| 50 % \| not within the horizon \| — \| — \| past the horizon \|/,
    );
  });

  it('minesim run of 5 paths: no interval can be given, and the headline says so', async () => {
    const summary = await run(5);
    expect(summary.headline.paybackDays.intervals).toBeUndefined();
    expect(headlineTable(summary)).toMatch(/payback p50, 95 % interval +too few paths for one\n/);
    expect(headlineTable(summary)).toMatch(/NPV p50, 95 % interval +too few paths for one\n/);
  });

  it('formatQuantileInterval() reads a null end as past the horizon, or past the end of the history where the run is cut there', () => {
    const d = (low: number | null, high: number | null): Distribution => ({
      mean: null,
      quantiles: { p5: null, p10: null, p25: null, p50: null, p75: null, p90: null, p95: null },
      intervals: { p5: null, p10: null, p25: null, p50: { low, high }, p75: null, p90: null, p95: null },
    });
    const days = (v: number) => `${formatInteger(v)} d`;
    expect(formatQuantileInterval(d(818, 1200), 'p50', days)).toBe('818 d to 1,200 d');
    expect(formatQuantileInterval(d(818, null), 'p50', days)).toBe('818 d to past the horizon');
    expect(formatQuantileInterval(d(null, null), 'p50', days)).toBe('past the horizon');
    expect(formatQuantileInterval(d(818, null), 'p50', days, '2025-12-31')).toBe(
      '818 d to past 2025-12-31, the end of the history',
    );
    expect(formatQuantileInterval(d(818, null), 'p10', days)).toBe('too few paths for one');
  });
});
