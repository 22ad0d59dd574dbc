// A fleet bought in stages whose last purchase (2025-12-01) falls after the cut at 2025-11-14 (the
// end of the history), with a loan. The project's payback is not decidable by the cut, and every
// printed cell said so but the financing table's "50 %: 95 % interval" column (and the Payback time
// table's, the terminal's), which said "past 2025-11-14, the end of the history". The equity's
// payback counts from the same purchase unless a default comes first: each path decides it or not,
// yet the run's rows said "not by 2025-11-14" on every path and summary.json had no share of the
// undecided paths. It now has headline.equityUndecidedAtCut, and every view prints it.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { dailyViewComparison } from '../../src/report/daily-view-comparison.js';
import { financeHeadlineRows } from '../../src/report/finance-headline.js';
import { financeTable } from '../../src/report/finance-table.js';
import { headlineTables } from '../../src/report/headline.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { summarySchema } from '../../src/stats/summary-schema.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const text = readFileSync(new URL('../staged-cut/after-cut.yaml', import.meta.url), 'utf8');
const withFinance = (finance: string) => text.replace('claims:', `finance:\n${finance}\nclaims:`);
/** A loan with a covenant: a default on 4 of the 40 paths, before the cut. */
const COVENANT =
  '  loans:\n    - { loanToValue: 19.9 %, rate: 10 %, term: 12 months, marginCall: { loanToValue: 100 % } }';
/** A loan with no covenant: no path can default, every path is undecided. */
const PLAIN = '  loans:\n    - { loanToValue: 50 %, rate: 10 %, term: 12 months }';

async function run(yaml: string): Promise<RunSummary> {
  const s = await scenarioOf(yaml, 'after-cut.yaml');
  return (await runMonteCarlo(s, { paths: 40, workers: 1, breakEvenPaths: 0 })).summary;
}

const row = (tables: { rows: string[][] }[], label: string) =>
  tables.flatMap((t) => t.rows).find((r) => r[0] === label);
const PROJECT_UNDECIDED = 'not decidable by 2025-11-14 (last purchase 2025-12-01 after it)';

describe('a staged fleet with a loan cut before its last purchase', () => {
  let covenant: RunSummary;
  let plain: RunSummary;
  beforeAll(async () => {
    [covenant, plain] = await Promise.all([run(withFinance(COVENANT)), run(withFinance(PLAIN))]);
  }, 120_000);

  it('the financing table’s interval column of the project’s payback says not decidable, not "past" the cut', () => {
    const project = row(financeTable(plain, false), 'Payback, project (days)')!;
    expect(project.slice(1, 9).every((cell) => cell === PROJECT_UNDECIDED)).toBe(true);
    // Before: 'past 2025-11-14, the end of the history'.
    expect(project[9]).toBe(PROJECT_UNDECIDED);
    // The Payback time table's interval column says the same.
    const time = headlineTables(plain).find((t) => t.title === 'Payback time')!;
    expect(time.rows.find((r) => r[0] === '50 %')?.[4]).toBe(PROJECT_UNDECIDED);
    // The daily view's comparison with the paths: before, "the median path does not pay back (95 %
    // interval: past 2025-11-14, the end of the history)".
    const comparison = dailyViewComparison(
      plain.dailyView!,
      plain.scenario.start,
      false,
      'BTC',
      plain.scenario.cutAt,
      'paths',
      { payback: plain.headline.paybackDays, paths: plain.run.paths, antithetic: false },
    );
    expect(comparison).toContain(`the payback of the median path is ${PROJECT_UNDECIDED};`);
    expect(comparison).not.toContain('does not pay back');
  });

  it('summary.json counts the paths whose equity payback is undecided: those with no default by the cut', () => {
    // Before: no such field.
    expect(covenant.headline.default?.p).toBe(0.1);
    expect(covenant.headline.equityNoPayback?.p).toBe(1);
    expect(covenant.headline.equityUndecidedAtCut).toMatchObject({
      p: 0.9,
      fromDay: 334,
      fromDate: '2025-12-01',
    });
    expect(plain.headline.equityUndecidedAtCut).toMatchObject({ p: 1, se: 0, fromDate: '2025-12-01' });
    for (const s of [covenant, plain])
      expect(summarySchema.safeParse(JSON.parse(JSON.stringify(s))).success).toBe(true);
  });

  it('prints the share of undecided paths, and no blanket "not by" where paths differ', () => {
    const tables = financeTable(covenant, false);
    expect(
      row(
        tables,
        'P(equity payback not decidable by 2025-11-14: it counts from 2025-12-01, after it, on a path with no default by then)',
      )?.[1],
    ).toBe('0.900 ± 0.047');
    const equity = row(tables, 'Payback, equity (days)')!;
    // Before: 'not by 2025-11-14' in each quantile and 'past 2025-11-14, the end of the history'.
    expect(equity.slice(1, 10)).toEqual(Array(9).fill('not by 2025-11-14, or not decidable'));
    const terminal = financeHeadlineRows(covenant, false);
    expect(terminal).toContainEqual(['P(equity payback not decidable by 2025-11-14)', '0.900 ± 0.047']);
    expect(terminal.find(([label]) => label === 'equity payback p50 (95 % interval)')?.[1]).toBe(
      '— (not by 2025-11-14, or not decidable)',
    );
  });

  it('says not decidable in the equity’s cells where no path can default', () => {
    const equity = row(financeTable(plain, false), 'Payback, equity (days)')!;
    // Before: 'not by 2025-11-14'.
    expect(equity.slice(1, 10)).toEqual(
      Array(9).fill("not decidable by 2025-11-14 (equity's payback counts from 2025-12-01, after it)"),
    );
  });

  it('has no such field where the later cohort is leased without a residual (the equity’s payback counts from day 0)', async () => {
    const leased = await run(
      withFinance(
        '  leases:\n    - { cohort: second, payment: 100 USD/month, term: 6 months, residual: 0 USD }',
      ),
    );
    expect(leased.headline.equityUndecidedAtCut).toBeUndefined();
    expect(row(financeTable(leased, false), 'Payback, equity (days)')?.join(' ')).not.toContain('decidable');
  }, 120_000);
});
