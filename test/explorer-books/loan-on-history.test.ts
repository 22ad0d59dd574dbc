// The explorer's rows of a loan on the actual history. explore.html is of a Monte Carlo run; its full
// run writes the back-test beside the paths (summary.json actual.equity), and the report states
// it in a row of its own: "Back-test (actual history) | margin call (first on 2022-01-09, not met);
// default on 2022-01-09". The explorer gave the history's calls after the one-path run's own
// "Margin call" answer, "no (first on 2022-01-09, not met)", where that path had no call, and gave
// the history's default no row or date at all.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparisonRows } from '../../src/explorer/compare.js';
import { headlineRows } from '../../src/explorer/headline-rows.js';
import { explorerView, rowText } from '../../src/explorer/view.js';
import type { RunSummary } from '../../src/stats/summary.js';

const LOAN = 'output/top-of-market-2021-11-10-loan';
const committed = JSON.parse(readFileSync(`${LOAN}/summary.json`, 'utf8')) as RunSummary;
const summaryMd = readFileSync(`${LOAN}/summary.md`, 'utf8');
const rows = (s: RunSummary) => {
  const v = explorerView(s);
  return Object.fromEntries(headlineRows(v).map((r) => [r.label, rowText(r, v)]));
};
const CALL = 'Margin call on the actual history (back-test)';
const DEFAULT = 'Default on the actual history (back-test)';
const EQUITY = 'Equity NPV on the actual history (back-test)';

/** The committed run as one path that met no call and did not default, the history unchanged. */
const onePath: RunSummary = {
  ...committed,
  run: { ...committed.run, paths: 1 },
  headline: { ...committed.headline, marginCall: { p: 0, se: 0 }, default: { p: 0, se: 0 } },
};

describe('the explorer’s loan on the actual history', () => {
  it('gives the history’s margin call and default with their days, as summary.md’s back-test row', () => {
    expect(summaryMd).toContain(
      '| Back-test (actual history) | margin call (first on 2022-01-09, not met); default on 2022-01-09;',
    );
    const r = rows(committed);
    expect(r[CALL]).toBe('yes (first on 2022-01-09, not met)');
    expect(r[DEFAULT]).toBe('yes (on 2022-01-09)');
    // "equity IRR ≤ -99.99 %, NPV -495,909 USD", as the report's row.
    expect(r[EQUITY]).toBe('-495,909 USD (IRR ≤ -99.99 %)');
    // The paths' shares stay the paths'.
    expect(r['Margin call (share of paths)']).toBe('0.426 ± 0.005');
    // The report's "P(nothing at stake: the equity never below zero, payback day 0) | 0.000 (95 % ≤ 0.0004)".
    expect(summaryMd).toContain(
      '| P(nothing at stake: the equity never below zero, payback day 0) | 0.000 (95 % ≤ 0.0004) |',
    );
    expect(r['Equity: nothing at stake (payback day 0)']).toBe('0.000 (95 % ≤ 0.0004)');
  });

  it('does not give the history’s calls as a one-path run’s own', () => {
    const r = rows(onePath);
    expect(r['Margin call']).toBe('no');
    expect(r['Default: the lender takes the machines']).toBe('no');
    expect(r[CALL]).toBe('yes (first on 2022-01-09, not met)');
    expect(r[DEFAULT]).toBe('yes (on 2022-01-09)');
  });

  it('says no where the history met no call, and where it ends before the horizon', () => {
    const equity = {
      ...committed.actual!.equity!,
      marginCall: false,
      firstMarginCallDate: null,
      defaultDate: null,
    };
    const quiet = { ...committed, actual: { ...committed.actual!, equity, cutAt: '2024-06-30' } };
    const r = rows(quiet);
    expect(r['Margin call on the actual history (back-test, to its end on 2024-06-30)']).toBe('no');
    expect(r['Default on the actual history (back-test, to its end on 2024-06-30)']).toBe('no');
  });

  it('has no such row without a back-test (the first answer) and is not named the one path’s beside one', () => {
    const { actual: _, ...without } = committed;
    expect(Object.keys(rows(without as RunSummary))).not.toContain(CALL);
    const compared = comparisonRows(explorerView(committed), explorerView(onePath));
    expect(compared.find(([label]) => label === DEFAULT)).toEqual([
      DEFAULT,
      'yes (on 2022-01-09)',
      'yes (on 2022-01-09)',
      'unchanged',
    ]);
  });

  it('says the history’s default moved where a change moves its day, not "unchanged"', () => {
    // A covenant lowered to 76.4 % calls on the history on 2021-12-13, where the scenario's 90 % calls on 2022-01-09.
    const equity = {
      ...committed.actual!.equity!,
      firstMarginCallDate: '2021-12-13',
      defaultDate: '2021-12-13',
    };
    const earlier = { ...committed, actual: { ...committed.actual!, equity } };
    const compared = comparisonRows(explorerView(committed), explorerView(earlier));
    expect(compared.find(([label]) => label === DEFAULT)?.slice(1)).toEqual([
      'yes (on 2022-01-09)',
      'yes (on 2021-12-13)',
      'yes (on 2022-01-09) to yes (on 2021-12-13)',
    ]);
  });

  it('gives the equity on the history without a covenant, and its hedges, as the report does', () => {
    // A loan without a margin call (a lease's scenario): the report's row is "equity IRR -54.2 %, NPV -966,841 USD".
    const { default: _, marginCall: __, ...headline } = committed.headline;
    const equity = { ...committed.actual!.equity!, irr: -0.5417, npvUsd: -966_841.2, hedgeNetUsd: -12_345.6 };
    const lease = { ...committed, headline, actual: { ...committed.actual!, equity } } as RunSummary;
    const r = rows(lease);
    expect(r[CALL]).toBeUndefined();
    expect(r[DEFAULT]).toBeUndefined();
    expect(r[EQUITY]).toBe('-966,841 USD (IRR -54.2 %; hedges, net -12,346 USD)');
  });
});
