// Where the books' medians carry their 95 % intervals (scenario `finance`): the terminal's equity
// payback and NPV rows beside the project's, and the report's "Project and equity" table (a last
// column of each row's median's interval), in summary.md as in report.html (both render the same
// tables). Each figure printed is summary.json's, read from the same run.
import { describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { financeTable } from '../../src/report/finance-table.js';
import { formatInteger, formatUsd } from '../../src/report/format.js';
import { summaryMarkdown } from '../../src/report/markdown.js';
import { loadScenario } from '../fixtures/scenarios.js';

/** The flagship with half its capex on a one-year loan and 21 % tax: an equity that pays back. */
const run = async (paths: number, edit?: (d: Record<string, unknown>) => void) => {
  const s = await loadScenario('north-korea-2017-s9', (d) => {
    delete d.sweep;
    d.finance = {
      loans: [
        { name: 'loan', loanToValue: '50 %', rate: '10 %', term: '12 months', repayment: 'amortizing' },
      ],
      tax: { rate: '21 %', depreciation: { method: 'straight-line', lifeYears: 3 } },
    };
    edit?.(d);
  });
  return (await runMonteCarlo(s, { paths, workers: 1, breakEvenPaths: 0, withBacktest: false })).summary;
};

describe('the books’ medians with their 95 % intervals', () => {
  it('minesim run of 200 paths with a loan and tax: the terminal prints the equity’s median payback with its interval and its median NPV’s interval, beside the project’s', async () => {
    const summary = await run(200);
    const h = summary.headline;
    const payback = h.equityPaybackDays?.intervals?.p50;
    const npv = h.equityNpvUsd?.intervals?.p50;
    const p50 = h.equityPaybackDays?.quantiles.p50;
    if (!payback || payback.low === null || payback.high === null || !npv || npv.low === null || !p50)
      throw new Error('no interval');
    // 200 paths, median: the 86th and 115th smallest; the median between the 100th and 101st.
    expect(payback.low).toBeLessThanOrEqual(p50);
    expect(payback.high).toBeGreaterThanOrEqual(p50);
    const terminal = headlineTable(summary);
    // Before: no row of the equity's payback, and the equity's NPV median alone ('NPV p50 project /
    // equity 22,226 USD / 16,985 USD'); now e.g. '459 d (422 d to 516 d)' and '9,910 USD to 21,088 USD'.
    expect(terminal).toMatch(
      new RegExp(
        `equity payback p50 \\(95 % interval\\) +${formatInteger(p50)} d \\(${formatInteger(payback.low)} d to ${formatInteger(payback.high)} d\\)\\n`,
      ),
    );
    expect(terminal).toMatch(
      new RegExp(`equity NPV p50, 95 % interval +${formatUsd(npv.low)} to ${formatUsd(npv.high!)}\\n`),
    );
    // The project's rows are as they were: one row each.
    expect(terminal.match(/^ {2}payback p50, 95 % interval/gm)).toHaveLength(1);
    expect(terminal.match(/^ {2}NPV p50, 95 % interval/gm)).toHaveLength(1);
  });

  it('summaryMarkdown(): the Project and equity table has a column of each row’s median interval, the project’s and the equity’s payback and NPV, and after tax', async () => {
    const summary = await run(200);
    const h = summary.headline;
    const md = summaryMarkdown(summary);
    expect(md).toContain(
      '| Measure | 5 % | 10 % | 25 % | 50 % | 75 % | 90 % | 95 % | mean | 50 %: 95 % interval |',
    );
    const ends = (d: typeof h.npvUsd | undefined) => {
      const i = d?.intervals?.p50;
      if (!i || i.low === null || i.high === null) throw new Error('no interval');
      return `${formatInteger(i.low)} to ${formatInteger(i.high)}`;
    };
    const row = (label: string) => md.split('\n').find((line) => line.startsWith(`| ${label}`)) ?? '';
    expect(row('Payback, project (days)')).toMatch(new RegExp(`\\| ${ends(h.paybackDays)} \\|$`));
    expect(row('Payback, equity (days)')).toMatch(new RegExp(`\\| ${ends(h.equityPaybackDays)} \\|$`));
    expect(row('NPV, project before tax (USD)')).toMatch(new RegExp(`\\| ${ends(h.npvUsd)} \\|$`));
    expect(row('NPV, project after tax (USD)')).toMatch(new RegExp(`\\| ${ends(h.afterTaxNpvUsd)} \\|$`));
    expect(row('NPV, equity (USD)')).toMatch(new RegExp(`\\| ${ends(h.equityNpvUsd)} \\|$`));
    expect(md).toContain('The last column is the 95 % interval of the 50 % column');
    // report.html renders the same table (financeTable): the same cells.
    const table = financeTable(summary, false)[1];
    expect(table.header.at(-1)).toBe('50 %: 95 % interval');
    expect(table.rows[1].at(-1)).toBe(ends(h.equityPaybackDays));
  });

  it('minesim run where no path pays back (0.50 USD/kWh): the equity’s median payback and its interval are past the horizon, not a number', async () => {
    const summary = await run(50, (d) => {
      (d.power as Record<string, unknown>).price = '0.50 USD/kWh';
    });
    expect(summary.headline.equityPaybackDays?.intervals?.p50).toEqual({ low: null, high: null });
    expect(headlineTable(summary)).toMatch(/equity payback p50 \(95 % interval\) +— \(past the horizon\)\n/);
    expect(summaryMarkdown(summary)).toMatch(/\| Payback, equity \(days\) \|.*\| past the horizon \|\n/);
  });

  it('minesim run of 5 paths with a loan: no interval can be given, and the terminal and the table say so in the same words', async () => {
    const summary = await run(5);
    const terminal = headlineTable(summary);
    expect(terminal).toMatch(/equity payback p50 \(95 % interval\) +(\S+ d|—) \(too few paths for one\)\n/);
    expect(terminal).toMatch(/equity NPV p50, 95 % interval +too few paths for one\n/);
    expect(summaryMarkdown(summary)).toMatch(/\| NPV, equity \(USD\) \|.*\| too few paths for one \|\n/);
  });

  it('a run of one path with a loan: one outcome, no interval rows or column', async () => {
    const summary = await run(1);
    expect(headlineTable(summary)).not.toContain('95 % interval');
    expect(summaryMarkdown(summary)).not.toContain('50 %: 95 % interval');
  });
});
