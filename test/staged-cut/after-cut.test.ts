// A fleet bought in stages whose last purchase (2025-12-01, day 334) falls after the cut at
// 2025-11-14 (day 317, the end of the history): a payback is looked for on or after the last
// purchase (engine/compile/plan.ts paybackFromDay), so none can be decided by the cut, while the
// net position of the first cohort (10 S21s at 1,000 USD, back above zero by May) crosses zero on
// the fan. Before, the terminal, the report, the charts, the explorer and the batch index said "not
// by 2025-11-14" beside a net position above zero on 97.5 % of the paths, and the fan's line crossed
// zero with nothing to say that this was no payback.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { batchJson } from '../../src/cli/batch-output.js';
import { headlineTable } from '../../src/cli/headline.js';
import { runBacktest } from '../../src/engine/backtest/backtest.js';
import { backtestSummary } from '../../src/engine/backtest/backtest-summary.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { HEADLINE_ROWS, headlineRows } from '../../src/explorer/headline-rows.js';
import { fanCaption } from '../../src/explorer/svg.js';
import { explorerView, rowText } from '../../src/explorer/view.js';
import { backtestTable } from '../../src/report/backtest-table.js';
import { actualCell } from '../../src/report/batch-cells.js';
import { batchIndexMarkdown, fanMultipleSpec } from '../../src/report/batch-index.js';
import { indexTables } from '../../src/report/batch-tables.js';
import { paybackCdfSpec } from '../../src/report/charts/payback-cdf.js';
import { paybackHistogramSpec } from '../../src/report/charts/payback-histogram.js';
import { roiFanSpec } from '../../src/report/charts/roi-fan.js';
import { headlineTables } from '../../src/report/headline.js';
import type { Scenario } from '../../src/scenario/normalize.js';
import type { RunSummary } from '../../src/stats/summary.js';
import type { BatchEntry } from '../../src/study/batch.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const text = readFileSync(new URL('./after-cut.yaml', import.meta.url), 'utf8');
const UNDECIDED =
  'not decidable by 2025-11-14 (the end of the history): the last purchase, on 2025-12-01, falls after it';

/** The subtitle of a vega-lite spec as one string. */
const subtitleOf = (spec: unknown) => {
  const sub = (spec as { title: { subtitle: string | string[] } }).title.subtitle;
  return Array.isArray(sub) ? sub.join(' ') : sub;
};

describe('a fleet bought in stages whose last purchase falls after the cut', () => {
  let s: Scenario;
  let run: RunSummary;
  let backtest: RunSummary;
  beforeAll(async () => {
    s = await scenarioOf(text, 'after-cut.yaml');
    run = (await runMonteCarlo(s, { paths: 40, workers: 1, breakEvenPaths: 0 })).summary;
    backtest = backtestSummary(s, runBacktest(s, await loadCompileInputs(s)));
  });

  it('runMonteCarlo() is cut at 2025-11-14 with every path not paid back though the net position is above zero on most', () => {
    expect(run.scenario.cutAt).toBe('2025-11-14');
    expect(run.scenario.days).toBe(318);
    expect(run.headline.noPayback.p).toBe(1);
    // The first cohort alone: above zero at the cut on all but 1 of the 40 paths.
    expect(run.headline.netBelowZeroAtHorizon.p).toBeLessThan(0.1);
    expect(run.headline.netAtHorizonUsd.quantiles.p50).toBeGreaterThan(0);
  });

  it('headlineTable() says the last purchase falls after the cut, so the payback is not decidable', () => {
    const lines = headlineTable(run).split('\n');
    const row = (label: string) => lines.find((l) => l.trimStart().startsWith(label)) ?? '';
    // Before: 'pays back on or after its last purchase, day 334 (2025-12-01); days count from the start'.
    expect(row('bought in stages')).toContain(
      'its last purchase, day 334 (2025-12-01), falls after the cut (2025-11-14): payback not decidable',
    );
    // Before: '1.000 (95 % ≥ 0.912)' alone, beside 'P(net < 0 on 2025-11-14) 0.025'.
    expect(row('P(no payback by 2025-11-14)')).toContain(
      'none can pay back before the last purchase, on 2025-12-01, after the cut',
    );
    // Before: 'not by 2025-11-14 (the end of the history)'.
    expect(row('actual payback (history)')).toContain(UNDECIDED);
  });

  it('headlineTables() say it in the Payback table, its note and the Payback time rows', () => {
    const [payback, time] = headlineTables(run).filter(
      (t) => t.title === 'Payback' || t.title === 'Payback time',
    );
    expect(payback.note).toContain(
      'its last purchase (day 334, 2025-12-01) falls after the cut at 2025-11-14',
    );
    expect(payback.note).toContain('above zero, they are no payback of the fleet');
    expect(payback.rows.find((r) => r[0].startsWith('Back-test'))?.[1]).toBe(UNDECIDED);
    expect(time.rows.find((r) => r[0] === '50 %')?.[1]).toBe(UNDECIDED);
  });

  it('roiFanSpec() says in its subtitle that a crossing of zero before the last purchase is no payback', () => {
    expect(subtitleOf(roiFanSpec(run))).toContain(
      'The last purchase, on 2025-12-01, falls after the cut at 2025-11-14: the line is the cohorts bought by then, and a crossing of zero is no payback',
    );
    expect(subtitleOf(roiFanSpec(backtest))).toContain('falls after the cut at 2025-11-14');
  });

  it('paybackCdfSpec() and paybackHistogramSpec() say no path can pay back by the cut', () => {
    const said =
      'The last purchase, on 2025-12-01, falls after the cut at 2025-11-14: no path can pay back by the cut';
    expect(subtitleOf(paybackCdfSpec(run))).toContain(said);
    expect(subtitleOf(paybackHistogramSpec(run))).toContain(said);
  });

  it('the back-test: backtestTable() and headlineTable() call its payback not decidable', () => {
    expect(backtest.scenario.cutAt).toBe('2025-11-14');
    expect(backtest.headline.netAtHorizonUsd.quantiles.p50).toBeGreaterThan(0);
    expect(backtestTable(backtest).rows[0]).toEqual(['Paid back on', UNDECIDED]);
    const line = headlineTable(backtest)
      .split('\n')
      .find((l) => l.trimStart().startsWith('payback (actual history)'));
    expect(line).toContain(UNDECIDED);
  });

  it('headlineTable() of the back-test says the held-fixed payback day is past the cut, not that the history does not pay back', () => {
    // Held fixed the fleet (both cohorts) pays back on day 464 (2026-04-10), past the cut (day 317).
    // Before: 'the actual history does not pay back.', as if it had been seen on that day; then
    // 'does not pay back; that day is past' the cut, beside the payback rows' "not decidable".
    expect(headlineTable(backtest)).toContain(
      'Held fixed the fleet pays back on day 464 (2026-04-10); the payback of the actual history is not decidable by 2025-11-14 (last purchase 2025-12-01 after it); day 464, the payback held fixed, is past 2025-11-14, the end of the history.',
    );
  });

  it('explorerView() carries the last purchase: the fan caption and the median payback say it is not decidable', () => {
    const v = explorerView(run);
    expect(v.lastPurchase).toEqual({ day: 334, date: '2025-12-01', afterCut: true });
    expect(fanCaption(v, null)).toContain(
      'The last purchase, on 2025-12-01, falls after the cut at 2025-11-14',
    );
    const median = headlineRows(v).find((r) => r.label === HEADLINE_ROWS[4].label);
    expect(median && rowText(median, v)).toContain(UNDECIDED);
  });

  it('explorerView(): the no-payback row says why its share is 1, as the terminal does (noPaybackShare)', () => {
    const v = explorerView(run);
    const row = headlineRows(v).find((r) => r.label.startsWith('No payback'));
    expect(row && rowText(row, v)).toContain(
      ': none can pay back before the last purchase, on 2025-12-01, after the cut',
    );
  });

  it('the batch index: the run’s median payback and the back-test’s cell are not decidable', () => {
    const entry: BatchEntry = {
      status: 'ok',
      file: 'after-cut.yaml',
      folder: 'after-cut',
      backtestFolder: 'after-cut-backtest',
      run,
      backtest,
      seconds: 1,
    };
    expect(actualCell(entry).text).toBe(UNDECIDED);
    // batch --json says it too; before, a median of null beside cutAt alone.
    const [json] = batchJson([entry], 'out', 0).scenarios;
    expect(json).toMatchObject({
      cutAt: '2025-11-14',
      lastPurchaseAfterCut: '2025-12-01',
      medianPaybackDays: null,
    });
    const [table] = indexTables([entry]);
    const median = table.rows[0][table.header.indexOf('Median payback')].text;
    expect(median).toBe(UNDECIDED);
    // Before: '1.000 (95 % ≥ 0.912) by 2025-11-14' alone.
    expect(table.rows[0][table.header.indexOf('P(no payback)')].text).toContain(
      'none can pay back before the last purchase, on 2025-12-01, after the cut',
    );
  });

  it('the batch index’s fans: the note says a staged fleet pays back from its last purchase, the small fan that this one cannot', () => {
    const entry: BatchEntry = {
      status: 'ok',
      file: 'after-cut.yaml',
      folder: 'after-cut',
      backtestFolder: null,
      run,
      backtest: null,
      seconds: 1,
    };
    const md = batchIndexMarkdown(
      [entry],
      { minesimVersion: '0', finishedAt: 'now' },
      new Set(['after-cut']),
    );
    // Before: 'payback is where a line crosses zero', whatever the fleet.
    expect(md).toContain(
      'A fleet bought in stages pays back where its line first crosses zero on or after its last purchase',
    );
    expect(subtitleOf(fanMultipleSpec(run))).toBe(
      'bitcoin from 2025-01-01; last purchase 2025-12-01, after the cut: payback not decidable',
    );
  });
});
