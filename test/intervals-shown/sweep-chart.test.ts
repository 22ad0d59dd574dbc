// The sweep's line chart of the median payback drew the medians bare, and its tooltips gave the
// shares but P(payback <= 2 years) without their errors and the medians without their intervals.
// The chart now draws each point's median interval (summary.json's intervals.p50; an end past the
// horizon at the top of the axis) as a band, and the tooltips give every figure with its error.
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { sweepCharts } from '../../src/report/charts/sweep.js';
import { npvRows } from '../../src/report/charts/sweep-books.js';
import { formatEstimate, formatInteger, formatQuantileInterval, formatUsd } from '../../src/report/format.js';
import { assembleSweep } from '../../src/study/sweep.js';
import { pointResult } from '../../src/study/sweep-result.js';
import { parseVaries } from '../../src/study/vary.js';
import { loadScenario } from '../fixtures/scenarios.js';

const summaryAt = async (price: string, paths: number) => {
  const s = await loadScenario('north-korea-2017-s9', (d) => {
    delete d.sweep;
    (d.power as Record<string, unknown>).price = price;
  });
  return (await runMonteCarlo(s, { paths, workers: 1, breakEvenPaths: 0, withBacktest: false })).summary;
};

describe('the sweep’s median payback chart with its 95 % intervals', () => {
  it('sweepCharts() along one axis: a band of each point’s median interval, and the tooltips’ figures with their errors', async () => {
    const prices = [0.05, 0.1];
    const summaries = await Promise.all(prices.map((p) => summaryAt(`${p} USD/kWh`, 100)));
    const parsed = parseVaries(['power.price=0.05,0.1']);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const result = assembleSweep(
      { name: 's9', start: '2017-05-17' },
      { paths: 100, seed: 1 },
      parsed.axes,
      summaries.map((s, i) => pointResult([prices[i]], s)),
      summaries[0].scenario.days,
    );
    const chart = sweepCharts(result).find((c) => c.name === 'sweep-median-payback')!;
    const spec = chart.spec as unknown as {
      datasets: { points: Record<string, unknown>[] };
      layer: { mark: { type: string }; encoding: Record<string, { field?: string }> }[];
    };
    // A band from medianLow to medianHigh is drawn under the line.
    expect(spec.layer.some((l) => l.mark.type === 'area' && l.encoding.y?.field === 'medianLow')).toBe(true);
    summaries.forEach((s, i) => {
      const row = spec.datasets.points[i];
      const interval = s.headline.paybackDays.intervals!.p50!;
      expect(row.medianLow).toBe(interval.low);
      expect(row.medianHigh).toBe(interval.high ?? s.scenario.days);
      const days = (v: number) => `${formatInteger(v)} d`;
      expect(row.medianText).toBe(
        `${days(s.headline.paybackDays.quantiles.p50!)} (${formatQuantileInterval(s.headline.paybackDays, 'p50', days)})`,
      );
      expect(row.npvText).toBe(
        `${formatUsd(s.headline.npvUsd.quantiles.p50)} (${formatQuantileInterval(s.headline.npvUsd, 'p50', formatUsd)})`,
      );
      expect(row.p1Text).toBe(formatEstimate(s.headline.paybackWithin1y, [], undefined, 100, false));
      expect(row.neverText).toBe(formatEstimate(s.headline.noPayback, [], undefined, 100, false));
    });
  });
});

describe('the sweep’s books chart tooltips', () => {
  it('npvRows() of the loan scenario: each series’ median NPV with its 95 % interval, P(no equity payback) ± its error', async () => {
    const s = await (async () => {
      const sc = await loadScenario('top-of-market-2021-11-10-loan', (d) => {
        delete d.sweep;
      });
      return (await runMonteCarlo(sc, { paths: 100, workers: 1, breakEvenPaths: 0, withBacktest: false }))
        .summary;
    })();
    const parsed = parseVaries(['power.price=0.05']);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const result = assembleSweep(
      { name: 'loan', start: s.scenario.start },
      { paths: 100, seed: 1 },
      parsed.axes,
      [pointResult([0.05], s)],
      s.scenario.days,
    );
    const h = s.headline;
    const rows = npvRows(result);
    const equity = rows.find((r) => r.series.startsWith('Equity'))!;
    expect(equity.npvText).toBe(
      `${formatUsd(h.equityNpvUsd!.quantiles.p50)} (${formatQuantileInterval(h.equityNpvUsd!, 'p50', formatUsd)})`,
    );
    expect(equity.equityNeverText).toBe(formatEstimate(h.equityNoPayback!, [], undefined, 100, false));
  });
});
