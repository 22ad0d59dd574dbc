// A fleet bought in stages whose last purchase (2025-12-01, day 334) falls after the cut at
// 2025-11-14 (the end of the history): the terminal, the report, the explorer and `batch --json`
// say its payback is not decidable, but summary.json said nothing of it: a script read
// `headline.noPayback` 1.000 beside a net position above zero on most paths, and payback.csv's last
// row read "not by 2025-11-14", as if the 40 paths had been seen not paying back. summary.json now
// carries the decision the printed views make (scenario.paybackUndecidedAtCut, and the back-test's
// actual.paybackUndecidedAtCut), and payback.csv's row says "not decidable"; no figure moves.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBacktest } from '../../src/engine/backtest/backtest.js';
import { backtestSummary } from '../../src/engine/backtest/backtest-summary.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { financeTable } from '../../src/report/finance-table.js';
import { lastPurchaseAfterCut } from '../../src/report/staged-fleet.js';
import { paybackCsv } from '../../src/report/tables.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { summarySchema } from '../../src/stats/summary-schema.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const text = readFileSync(new URL('../staged-cut/after-cut.yaml', import.meta.url), 'utf8');
const UNDECIDED = { cutAt: '2025-11-14', lastPurchaseDay: 334, lastPurchaseDate: '2025-12-01' };

async function summaries(yaml: string): Promise<{ run: RunSummary; backtest: RunSummary }> {
  const s = await scenarioOf(yaml, 'after-cut.yaml');
  const run = (await runMonteCarlo(s, { paths: 40, workers: 1, breakEvenPaths: 0 })).summary;
  const backtest = backtestSummary(s, runBacktest(s, await loadCompileInputs(s)));
  return { run, backtest };
}

describe('summary.json of a staged fleet whose last purchase falls after the cut', () => {
  let run: RunSummary;
  let backtest: RunSummary;
  beforeAll(async () => {
    ({ run, backtest } = await summaries(text));
  }, 120_000);

  it('says the payback is not decidable by the cut, the run’s and its back-test’s, as the printed views do', () => {
    // Before: no field; noPayback 1 beside a position above zero at the cut on most paths.
    expect(run.headline.noPayback.p).toBe(1);
    expect(run.headline.netBelowZeroAtHorizon.p).toBeLessThan(0.1);
    expect(run.scenario.paybackUndecidedAtCut).toEqual(UNDECIDED);
    expect(run.actual?.paybackDate).toBeNull();
    expect(run.actual?.paybackUndecidedAtCut).toEqual(UNDECIDED);
    expect(backtest.scenario.paybackUndecidedAtCut).toEqual(UNDECIDED);
    expect(backtest.actual?.paybackUndecidedAtCut).toEqual(UNDECIDED);
    // The same decision the terminal and the report make.
    expect(lastPurchaseAfterCut(run)).toMatchObject({ day: 334, date: '2025-12-01', cutAt: '2025-11-14' });
    // What summary.json writes passes its published schema.
    expect(summarySchema.safeParse(JSON.parse(JSON.stringify(run))).success).toBe(true);
    expect(summarySchema.safeParse(JSON.parse(JSON.stringify(backtest))).success).toBe(true);
  });

  it('payback.csv’s last row says the 40 paths are undecided, not unpaid', () => {
    const last = paybackCsv(run).trim().split('\n').at(-1);
    // Before: 'not by 2025-11-14,,40,,,,'.
    expect(last).toBe('not decidable by 2025-11-14 (last purchase 2025-12-01 after it),,40,,,,');
    expect(paybackCsv(backtest).trim().split('\n').at(-1)).toBe(
      'not decidable by 2025-11-14 (last purchase 2025-12-01 after it),,1,,,,',
    );
  });

  it('says nothing where the last purchase falls on the cut day (in the run: it may pay back on it)', async () => {
    const onCut = await summaries(text.replace('purchased: 2025-12-01', 'purchased: 2025-11-14'));
    expect(onCut.run.scenario.cutAt).toBe('2025-11-14');
    expect(onCut.run.scenario.paybackUndecidedAtCut).toBeUndefined();
    expect(onCut.run.actual?.paybackUndecidedAtCut).toBeUndefined();
    expect(onCut.backtest.scenario.paybackUndecidedAtCut).toBeUndefined();
    expect(paybackCsv(onCut.run).trim().split('\n').at(-1)).toMatch(/^not by 2025-11-14,,\d+,,,,$/);
  }, 120_000);
});

describe('the financing table of a staged fleet cut before its last purchase', () => {
  it('financeTable() calls the project’s payback not decidable, as the Payback time table does', async () => {
    const withLoan = text.replace(
      'claims:',
      'finance:\n  loans:\n    - { loanToValue: 50 %, rate: 10 %, term: 12 months }\nclaims:',
    );
    const { run, backtest } = await summaries(withLoan);
    for (const [summary, identical] of [
      [run, false],
      [backtest, true],
    ] as const) {
      const table = financeTable(summary, identical).find((t) => t.title === 'Project and equity')!;
      const row = table.rows.find((r) => r[0] === 'Payback, project (days)')!;
      // Before: 'not by 2025-11-14' in every column, beside the Payback time table's "not decidable".
      expect(row[identical ? 1 : 4]).toBe('not decidable by 2025-11-14 (last purchase 2025-12-01 after it)');
    }
  }, 120_000);
});

describe('the equity’s payback of a back-test cut before its last purchase', () => {
  const withLoan = text.replace(
    'claims:',
    'finance:\n  loans:\n    - { loanToValue: 50 %, rate: 10 %, term: 12 months }\nclaims:',
  );
  const EQUITY_UNDECIDED =
    "not decidable by 2025-11-14 (the end of the history): the equity's payback counts from 2025-12-01, after it";

  it('summary.json and the financing tables say it is not decidable, not "not by 2025-11-14"', async () => {
    const { run, backtest } = await summaries(withLoan);
    const undecided = { cutAt: '2025-11-14', fromDay: 334, fromDate: '2025-12-01' };
    // Before: paybackDate null alone, read as "fell below zero and not back at zero".
    expect(backtest.actual?.equity?.paybackDate).toBeNull();
    expect(backtest.actual?.equity?.paybackUndecidedAtCut).toEqual(undecided);
    expect(run.actual?.equity?.paybackUndecidedAtCut).toEqual(undecided);
    const tables = financeTable(backtest, true);
    const odds = tables[0].rows.find((r) => r[0] === 'Equity paid back');
    // Before: 'not by 2025-11-14 (the end of the history)'.
    expect(odds?.[1]).toBe(EQUITY_UNDECIDED);
    const equity = tables[1].rows.find((r) => r[0] === 'Payback, equity (days)');
    expect(equity?.[1]).toBe(EQUITY_UNDECIDED);
    // The run's paths: no covenant, so no default before the cut: every path is undecided
    // (headline.equityUndecidedAtCut; a run whose paths differ says so, test/leftovers-y).
    const runRow = financeTable(run, false)[1].rows.find((r) => r[0] === 'Payback, equity (days)');
    expect(runRow?.[4]).toBe(
      "not decidable by 2025-11-14 (equity's payback counts from 2025-12-01, after it)",
    );
  }, 120_000);

  it('says nothing where the later cohort is leased without a residual: the equity’s payback counts from day 0', async () => {
    const leased = text.replace(
      'claims:',
      'finance:\n  leases:\n    - { cohort: second, payment: 100 USD/month, term: 6 months, residual: 0 USD }\nclaims:',
    );
    const { backtest } = await summaries(leased);
    expect(backtest.actual?.equity?.paybackUndecidedAtCut).toBeUndefined();
    const odds = financeTable(backtest, true)[0].rows.find((r) => r[0] === 'Equity paid back');
    expect(odds?.[1]).not.toContain('not decidable');
  }, 120_000);
});
