// After a loan default the equity's tax year ends that day and is taxed then (finance.tax), but the
// back-test's tax-by-year row labelled that tax by the calendar year's end: "year to 2022-12-31:
// 30,115 USD" for the top-of-market loan, which defaults on 2022-01-09 and paid that tax on the
// default day. The row now names the tax year the default ends, on its day, and the rest of that
// calendar year (the owners' hedges, if any, taxed at its end) as a tax year after the default.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBacktest } from '../../src/engine/backtest/backtest.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { METRIC } from '../../src/engine/kernel/metrics.js';
import { useScratchFolder } from '../analyst-questions-2/hand.js';
import { scenarioDraft, scenarioOf } from '../fixtures/scenarios.js';

const { backtest } = useScratchFolder();

const FILE = 'scenarios/top-of-market-2021-11-10-loan.yaml';

describe('the equity’s tax by tax year after a default', { timeout: 120_000 }, () => {
  it('minesim backtest of the top-of-market loan (default on 2022-01-09): the tax year the default ends is labelled by the default day', async () => {
    // The shipped file draws its charts; this test reads none of them.
    const { summary, folder, text } = await backtest(FILE, '--set', 'outputs.charts=[]');
    const e = summary.actual!.equity!;
    expect(e.defaultDate).toBe('2022-01-09');
    const years = e.taxYears!;
    expect(years.map((y) => [y.end, y.default ?? null])).toEqual([
      ['2021-12-31', null],
      ['2022-01-09', 'ends'],
      ['2022-12-31', 'after'],
      ['2023-12-31', null],
      ['2024-11-09', null],
    ]);
    // The tax on the default day is that year's; nothing is left to tax after it (no hedges).
    expect(years[1].taxUsd).toBeGreaterThan(30_000);
    expect(years[2].taxUsd).toBe(0);
    expect(years.reduce((sum, y) => sum + y.taxUsd, 0)).toBeCloseTo(e.taxPaidUsd!, 6);
    const md = readFileSync(join(folder, 'summary.md'), 'utf8');
    expect(md).toMatch(
      /year to 2022-01-09, ended by the default: 30,115 USD \(609,233 USD of losses carried forward\)/,
    );
    expect(md).toContain('2022-01-10 to 2022-12-31, after the default: 0 USD');
    expect(md).not.toContain('year to 2022-12-31');
    expect(text).toContain('year to 2022-01-09, ended by the default');
  });

  it('runBacktest() of the loan with a hashprice swap settling after the default: the rest of 2022 is a tax year of its own, taxing the swap', async () => {
    // As in test/engine/hedges-after-default-history.test.ts, the swap's income after the default
    // is taxed at 2022-12-31, 80 % of it offset by the losses the default day left.
    const draft = scenarioDraft('top-of-market-2021-11-10-loan');
    draft.finance.hedges = [
      {
        name: 'hp swap',
        type: 'hashprice-swap',
        hashrate: '5 PH/s',
        price: '250 USD/PH/day',
        term: '24 months',
      },
    ];
    const s = await scenarioOf(draft);
    const b = runBacktest(s, await loadCompileInputs(s));
    const [, ends, after] = b.taxYears;
    expect(ends).toMatchObject({ endDay: 60, default: 'ends' });
    expect(after).toMatchObject({ endDay: 416, default: 'after' });
    expect(after.taxUsd).toBeGreaterThan(0);
    expect(after.lossCarriedUsd).toBeLessThan(ends.lossCarriedUsd);
    expect(b.taxYears.reduce((sum, y) => sum + y.taxUsd, 0)).toBeCloseTo(b.metrics[METRIC.taxPaidUsd], 6);
  });
});
