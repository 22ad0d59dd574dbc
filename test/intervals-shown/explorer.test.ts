// The explorer (explore.html, src/explorer/view.ts) gives every median it shows with its 95 %
// interval, as summary.json's intervals.p50 has it: the net position's, the IRRs', the coins
// mined's, the break-even tariff's and the hedges' beside the payback's and the NPVs', and none
// for a run of one outcome (as the terminal and report.html give none).
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { comparisonRows } from '../../src/explorer/compare.js';
import { headlineRows } from '../../src/explorer/headline-rows.js';
import { type ExplorerView, explorerView, rowFor, rowText } from '../../src/explorer/view.js';
import { formatQuantileInterval } from '../../src/report/format.js';
import type { Distribution } from '../../src/stats/summary.js';
import { loadScenario } from '../fixtures/scenarios.js';

const run = async (name: string, paths: number, breakEvenPaths = 0) => {
  const s = await loadScenario(name, (d) => {
    delete d.sweep;
  });
  return explorerView(
    (await runMonteCarlo(s, { paths, workers: 1, breakEvenPaths, withBacktest: false })).summary,
  );
};
const row = (v: ExplorerView, label: string) => headlineRows(v).find((r) => r.label === label)!;
/** The interval the row prints: summary.json's intervals.p50, its ends in the row's own format. */
const expected = (v: ExplorerView, label: string, d: Distribution) =>
  `(95 % interval: ${formatQuantileInterval(d, 'p50', (x) => rowFor(row(v, label), v).format(x))})`;

describe('the explorer’s medians with their 95 % intervals', () => {
  it('rowText() of the flagship at 200 paths: the net position’s, the IRR’s, the coins’ and the break-even’s medians with summary.json’s intervals', async () => {
    const v = await run('north-korea-2017-s9', 200, 50);
    const h = v.headline;
    const cases: [string, Distribution][] = [
      ['Net at horizon, median', h.netAtHorizonUsd],
      ['IRR, median (per year)', h.irr],
      ['Coins mined, median', h.coinsMined],
      [headlineRows(v).find((r) => r.label.startsWith('Break-even'))!.label, h.breakEvenTariffUsdPerKwh],
    ];
    for (const [label, d] of cases) {
      expect(d.intervals?.p50).toBeTruthy();
      // Before: 'Net at horizon, median  27,430 USD', bare.
      expect(rowText(row(v, label), v).endsWith(expected(v, label, d))).toBe(true);
    }
    // The interval's ends are summary.json's, in the row's format.
    const net = h.netAtHorizonUsd.intervals!.p50!;
    expect(rowText(row(v, 'Net at horizon, median'), v)).toContain(
      `${row(v, 'Net at horizon, median').format(net.low)} to ${row(v, 'Net at horizon, median').format(net.high)}`,
    );
    // The mean has no interval; the 5th and 95th percentiles have theirs (test/tail-errors/).
    expect(rowText(row(v, 'NPV, mean'), v)).not.toContain('interval');
    // The comparison with a pinned run says whether the IRRs' intervals overlap.
    const cmp = comparisonRows(v, v).find(([l]) => l === 'IRR, median (per year)')!;
    expect(cmp[3]).toContain('95 % intervals overlap');
  });

  it('rowText() of the loan scenario at 200 paths: the equity’s and the after-tax IRR’s medians with their intervals', async () => {
    const v = await run('top-of-market-2021-11-10-loan', 200);
    const h = v.headline;
    for (const [label, d] of [
      ['Equity IRR, median (per year)', h.equityIrr!],
      ['IRR after tax, median (per year)', h.afterTaxIrr!],
    ] as [string, Distribution][])
      expect(rowText(row(v, label), v).endsWith(expected(v, label, d))).toBe(true);
  });

  it('rowText() of the hedge scenario at 100 paths: the hedges’ median with its interval', async () => {
    const v = await run('hashprice-hedge-2024-05', 100);
    const label = 'Hedges net (settlements and premiums), median';
    expect(rowText(row(v, label), v).endsWith(expected(v, label, v.headline.hedgeNetUsd!))).toBe(true);
  });

  it('rowText() of a run of one path: no interval on any row', async () => {
    const v = await run('top-of-market-2021-11-10-loan', 1);
    for (const r of headlineRows(v)) expect(rowText(r, v)).not.toContain('95 %');
  });
});

describe('the explorer’s break-even before any path is searched', () => {
  it('rowText() of the first answer (no break-even searched): why there is none, and no "too few paths" interval', async () => {
    const v = await run('north-korea-2017-s9', 200, 0);
    const label = headlineRows(v).find((r) => r.label.startsWith('Break-even'))!.label;
    expect(rowText(row(v, label), v)).not.toContain('interval');
  });
});
