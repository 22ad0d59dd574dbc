// One S21 switched off on the days its revenue is below its power bill, at a tariff far above its
// break-even (no-coin.yaml): on 169 of the 200 paths the price never climbs there, the machine
// never hashes, and the fleet mines no coin while it pays its capex, its hosting and (tax) its
// depreciation. Their costs per coin were NaN and left out: the medians printed (all-in net of
// salvage 522,287, cash 328,204, all-in with depreciation 897,475 USD/BTC) were those of the 31
// paths that mined, beside "the others mined no coin", hiding that most paths paid for nothing. A path with costs and no coin now has an infinite cost per
// coin, ranked after every finite one (as a payback never reached): the median says "no coin
// mined", summary.json counts the paths (`infinite`), and every view says so.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { financeHeadlineRows } from '../../src/report/finance-headline.js';
import { financeTable } from '../../src/report/finance-table.js';
import { headlineTables } from '../../src/report/headline.js';
import { distribution } from '../../src/stats/quantiles.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { summarySchema } from '../../src/stats/summary-schema.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const text = readFileSync(new URL('./no-coin.yaml', import.meta.url), 'utf8');

describe('a run on most of whose paths the fleet mines no coin', () => {
  let run: RunSummary;
  let noCoin = 0;
  beforeAll(async () => {
    const r = await runMonteCarlo(await scenarioOf(text, 'no-coin.yaml'), {
      paths: 200,
      workers: 1,
      breakEvenPaths: 0,
    });
    run = r.summary;
    for (const coins of r.outcomes.coinsMined) if (coins === 0) noCoin++;
  }, 120_000);

  it('summary.json ranks those paths last in every cost per coin, and counts them', () => {
    expect(noCoin).toBe(169);
    const h = run.headline;
    for (const d of [h.costPerCoinUsd, h.cashCostPerCoinUsd!, h.allInCostPerCoinUsd!]) {
      // Before: { paths: 31 } and a finite median over those 31 paths.
      expect(d.paths).toBeUndefined();
      expect(d.infinite).toBe(169);
      expect(d.quantiles.p50).toBeNull();
      expect(d.mean).toBeNull();
      expect(d.intervals?.p50).toEqual({ low: null, high: null });
      // The cheapest paths that mined still show: 31 of 200 is over 10 %.
      expect(d.quantiles.p10).toBeGreaterThan(0);
    }
    expect(summarySchema.safeParse(JSON.parse(JSON.stringify(run))).success).toBe(true);
  });

  it('the tables print "no coin mined" where the quantile falls among them, and how many there are', () => {
    const returns = headlineTables(run).find((t) => t.title === 'Returns at the horizon')!;
    const row = returns.rows.find((r) => r[0].startsWith('All-in cost per coin, net of salvage'))!;
    expect(row[0]).toBe(
      'All-in cost per coin, net of salvage (USD/BTC), 169 of 200 paths mined no coin (infinite, ranked last)',
    );
    expect(row.slice(3, 8)).toEqual(Array(5).fill('no coin mined'));
    expect(row[8]).toBe('infinite (no coin mined)');
    // The median's 95 % interval: no "past the horizon" for a cost.
    expect(row[9]).toBe('no coin mined');
    const finance = financeTable(run, false)[1];
    const cash = finance.rows.find((r) => r[0].startsWith('Cash cost per coin'))!;
    expect(cash[0]).toContain('169 of 200 paths mined no coin');
    expect(cash[4]).toBe('no coin mined');
    expect(finance.note).toContain('A path that mined no coin but had costs has an infinite cost per coin');
    const terminal = financeHeadlineRows(run, false);
    expect(terminal.find(([label]) => label.startsWith('cost per coin p50 cash'))?.[1]).toBe(
      'no coin mined / no coin mined (cash 169, all-in 169 of 200 paths mined no coin (infinite, ranked last))',
    );
    expect(terminal.find(([label]) => label === 'cost per coin p50, 95 % intervals')?.[1]).toBe(
      'no coin mined / no coin mined',
    );
  });
});

describe('distribution() of a cost per coin', () => {
  const values = Float64Array.from([10, 20, 30, Number.POSITIVE_INFINITY, Number.NaN]);

  it('ranks +Infinity after every finite value and counts it; NaN (no coin, no cost) stays out', () => {
    const d = distribution(values, undefined, false, undefined, true);
    expect(d.paths).toBe(4);
    expect(d.infinite).toBe(1);
    expect(d.quantiles.p50).toBe(25);
    // The 95 % quantile falls on the path with no coin: no number, and no mean.
    expect(d.quantiles.p95).toBeNull();
    expect(d.mean).toBeNull();
  });

  it('is what it was where no path is at +Infinity: every committed figure unchanged', () => {
    const finite = Float64Array.from([10, 20, 30, Number.NaN]);
    expect(distribution(finite, undefined, false, undefined, true)).toEqual(distribution(finite));
  });
});
