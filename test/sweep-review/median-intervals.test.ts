// A sweep point's median payback and median NPV were written bare in sweep.csv and sweep.json,
// while the point's own run gives each median's distribution-free 95 % interval (summary.json's
// headline intervals.p50, stats/quantile-interval.ts). Over 50 independent paths the median's
// interval runs between the sorted values of ranks 18 and 33: P(Bin(50, 1/2) <= 17) = 0.0164 on
// each side, 0.967 covered (ranks 18 to 33, 1-based).
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { sweepCsv } from '../../src/report/sweep-csv.js';
import { sweepJson } from '../../src/report/sweep-json.js';
import { quantileIntervalRanks } from '../../src/stats/quantile-interval.js';
import { assembleSweep } from '../../src/study/sweep.js';
import { pointResult } from '../../src/study/sweep-result.js';
import { parseVaries } from '../../src/study/vary.js';
import { loadScenario } from '../fixtures/scenarios.js';

describe('a sweep point’s medians with their 95 % intervals', () => {
  it('pointResult(), sweepCsv() and sweepJson() give the run’s intervals of the median payback and NPV', async () => {
    expect(quantileIntervalRanks(50, 0.5, false)).toEqual([18, 33]);
    const parsed = parseVaries(['power.price=0.1 USD/kWh']);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const s = await loadScenario('north-korea-2017-s9', (d) => {
      d.horizon = '731 days';
      delete d.sweep;
    });
    const { summary } = await runMonteCarlo(s, {
      paths: 50,
      workers: 1,
      breakEvenPaths: 0,
      withBacktest: false,
    });
    const payback = summary.headline.paybackDays.intervals!.p50!;
    const npv = summary.headline.npvUsd.intervals!.p50!;
    const result = assembleSweep(
      { name: 'medians', start: '2017-05-17' },
      { paths: 50, seed: 2017 },
      parsed.axes,
      [pointResult([0.1], summary)],
      731,
    );
    const point = result.points[0];
    expect(point.medianPaybackDaysInterval).toEqual(payback);
    expect(point.medianNpvUsdInterval).toEqual(npv);
    const [header, row] = sweepCsv(result).trim().split('\n');
    const columns = header.split(',');
    const cells = row.split(',');
    const cell = (name: string) => cells[columns.indexOf(name)];
    expect(cell('median_npv_usd_low')).toBe(String(npv.low));
    expect(cell('median_npv_usd_high')).toBe(String(npv.high));
    expect(cell('median_payback_days_low')).toBe(payback.low === null ? '' : String(payback.low));
    expect(cell('median_payback_days_high')).toBe(payback.high === null ? '' : String(payback.high));
    const json = sweepJson(result).points[0];
    expect(json.medianPaybackDaysInterval).toEqual(payback);
    expect(json.medianNpvUsdInterval).toEqual(npv);
  });
});
