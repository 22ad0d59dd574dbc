// The explorer's headline (explore.html: it re-runs a scenario in the browser and draws these rows
// with src/explorer/view.ts) gives the median payback and NPV with their 95 % intervals, as the
// terminal does, and its comparison with a pinned run (compare.ts) says whether two medians'
// intervals overlap, so that a what-if's change can be judged against the Monte Carlo noise.
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { comparisonRows, intervalsOverlap } from '../../src/explorer/compare.js';
import { headlineRows } from '../../src/explorer/headline-rows.js';
import { explorerView, rowText } from '../../src/explorer/view.js';
import { formatUsd } from '../../src/report/format.js';
import type { Distribution } from '../../src/stats/summary.js';
import { loadScenario } from '../fixtures/scenarios.js';

const run = async (paths: number, edit?: (d: Record<string, unknown>) => void, seed?: number) => {
  const s = await loadScenario('north-korea-2017-s9', (d) => {
    delete d.sweep;
    edit?.(d);
  });
  const options = { paths, workers: 1, breakEvenPaths: 0, withBacktest: false };
  return explorerView((await runMonteCarlo(s, seed === undefined ? options : { ...options, seed })).summary);
};
const power = (price: string) => (d: Record<string, unknown>) => {
  (d.power as Record<string, unknown>).price = price;
};
const text = (v: Awaited<ReturnType<typeof run>>, label: string) =>
  rowText(headlineRows(v).find((r) => r.label === label)!, v);
const days = (x: number) => `${Math.round(x)} days`;

describe('the explorer’s medians with their 95 % intervals', () => {
  it('rowText() of a run of 200 paths: the median payback and NPV with summary.json’s intervals.p50', async () => {
    const v = await run(200);
    const payback = v.headline.paybackDays;
    const npv = v.headline.npvUsd;
    const [pi, ni] = [payback.intervals!.p50!, npv.intervals!.p50!];
    // Before: 'Payback, median  421 days' and 'NPV, mean  31,609 USD', with nothing to say how far
    // the median may be from the run's with more paths.
    expect(text(v, 'Payback, median')).toBe(
      `${days(payback.quantiles.p50!)} (95 % interval: ${days(pi.low!)} to ${days(pi.high!)})`,
    );
    expect(text(v, 'NPV, median')).toBe(
      `${formatUsd(npv.quantiles.p50)} (95 % interval: ${formatUsd(ni.low)} to ${formatUsd(ni.high)})`,
    );
    // The mean keeps its row, without an interval (the intervals are the quantiles').
    expect(text(v, 'NPV, mean')).toBe(formatUsd(npv.mean));
  });

  it('rowText() of a run of 5 paths says no interval can be given, in the terminal’s words', async () => {
    const v = await run(5);
    expect(v.headline.paybackDays.intervals).toBeUndefined();
    expect(text(v, 'NPV, median')).toMatch(/ USD \(95 % interval: too few paths for one\)$/);
    expect(text(v, 'Payback, median')).toMatch(/\(95 % interval: too few paths for one\)$/);
  });

  it('rowText() where most paths do not pay back (0.50 USD/kWh): the median and its interval are past the horizon', async () => {
    const v = await run(50, power('0.50 USD/kWh'));
    expect(v.headline.paybackDays.intervals?.p50).toEqual({ low: null, high: null });
    expect(text(v, 'Payback, median')).toBe(
      '— (over half of the paths do not pay back within the horizon; 95 % interval: past the horizon)',
    );
  });

  it('rowText() of a run of one path: its one outcome, no interval', async () => {
    const v = await run(1);
    const rows = headlineRows(v);
    expect(rows.map((r) => r.label)).not.toContain('NPV, median');
    for (const row of rows) expect(rowText(row, v)).not.toContain('95 %');
  });

  it('comparisonRows(): a change within the two runs’ intervals says they overlap, a change beyond them that they are apart', async () => {
    const [pinned, sameSettings, dearer] = await Promise.all([
      run(200),
      run(200, undefined, 7),
      run(200, power('0.25 USD/kWh')),
    ]);
    const row = (rows: string[][], label: string) => rows.find(([l]) => l === label)!;
    // Another seed, the same scenario: the medians differ by noise alone, and their intervals overlap.
    const noise = comparisonRows(pinned, sameSettings);
    expect(intervalsOverlap(pinned.headline.npvUsd, sameSettings.headline.npvUsd)).toBe(true);
    expect(row(noise, 'NPV, median')[3]).toMatch(/ USD \(95 % intervals overlap: may be noise\)$/);
    expect(row(noise, 'NPV, median')[1]).toContain('95 % interval: ');
    // Power at 0.25 USD/kWh, not 0.10: the NPV's median falls far below the pinned one's interval.
    const dear = comparisonRows(pinned, dearer);
    const [a, b] = [pinned.headline.npvUsd.intervals!.p50!, dearer.headline.npvUsd.intervals!.p50!];
    expect(b.high!).toBeLessThan(a.low!);
    expect(row(dear, 'NPV, median')[3]).toMatch(
      /^-[\d,]+ USD \(95 % intervals apart: more than the noise\)$/,
    );
    // A row without an interval (a share, a mean) says nothing of one.
    expect(row(dear, 'NPV, mean')[3]).not.toContain('interval');
  });

  it('intervalsOverlap() reads an end past the horizon (null) as later than any day, and gives nothing where either run has no interval', () => {
    const d = (low: number | null, high: number | null): Distribution => ({
      mean: null,
      quantiles: { p5: null, p10: null, p25: null, p50: null, p75: null, p90: null, p95: null },
      intervals: { p5: null, p10: null, p25: null, p50: { low, high }, p75: null, p90: null, p95: null },
    });
    expect(intervalsOverlap(d(400, 500), d(501, 600))).toBe(false);
    expect(intervalsOverlap(d(400, 500), d(500, 600))).toBe(true);
    // [650, past the horizon] and [900, past the horizon] overlap; [400, 500] and past the horizon do not.
    expect(intervalsOverlap(d(650, null), d(900, null))).toBe(true);
    expect(intervalsOverlap(d(400, 500), d(null, null))).toBe(false);
    expect(intervalsOverlap(d(400, 500), { mean: null, quantiles: d(0, 0).quantiles })).toBeNull();
  });

  it('headlineRows() of a run with a loan: the equity’s median payback and NPV with their intervals', async () => {
    const v = await run(200, (d) => {
      d.finance = {
        loans: [
          { name: 'loan', loanToValue: '50 %', rate: '10 %', term: '12 months', repayment: 'amortizing' },
        ],
      };
    });
    const e = v.headline.equityPaybackDays!;
    const i = e.intervals!.p50!;
    expect(text(v, 'Equity payback, median')).toBe(
      `${days(e.quantiles.p50!)} (95 % interval: ${days(i.low!)} to ${days(i.high!)})`,
    );
    expect(text(v, 'Equity NPV, median')).toMatch(/ USD \(95 % interval: -?[\d,]+ USD to -?[\d,]+ USD\)$/);
  });
});
