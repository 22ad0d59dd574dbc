// A sweep's points run with the scenario's `monteCarlo.antithetic`, so under pairs a point's share
// of 0 or 1 is over n / 2 independent draws (quantiles.ts shareInterval). The sweep charts' band,
// the tooltips and sweep tables read it over the path count: 0 of 50 paths in pairs banded
// [0, 3.8416 / 53.8416] = [0, 0.0714] and printed "0.000 (95 % ≤ 0.072)", where the 25 pairs give
// [0, 3.8416 / 28.8416] = [0, 0.1332], "0.000 (95 % ≤ 0.134)".
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { sweepCharts } from '../../src/report/charts/sweep.js';
import { sweepTextTable } from '../../src/report/sweep-text-table.js';
import { assembleSweep } from '../../src/study/sweep.js';
import { pointResult } from '../../src/study/sweep-result.js';
import { parseVaries } from '../../src/study/vary.js';
import { loadScenario } from '../fixtures/scenarios.js';

type Row = { x: number; p: number; low: number; high: number; pText: string };

async function sweepOf(antithetic: boolean) {
  const parsed = parseVaries(['power.price=2 USD/kWh..3 USD/kWh:2']);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const points = [];
  for (const price of [2, 3]) {
    const s = await loadScenario('north-korea-2017-s9', (d) => {
      d.horizon = '731 days';
      d.power.price = `${price} USD/kWh`;
      d.monteCarlo.antithetic = antithetic;
      delete d.sweep;
    });
    const { summary } = await runMonteCarlo(s, {
      paths: 50,
      workers: 1,
      breakEvenPaths: 0,
      withBacktest: false,
    });
    points.push(pointResult([price], summary));
  }
  return assembleSweep(
    { name: 'pairs', start: '2017-05-17' },
    { paths: 50, seed: 2017 },
    parsed.axes,
    points,
    731,
  );
}

describe('a sweep of runs in antithetic pairs: a share of 0 over the pairs', () => {
  it('sweepCharts() and sweepTextTable() of 50 paths in pairs never paying back: band [0, 0.1332], 0.000 (95 % ≤ 0.134)', async () => {
    for (const [antithetic, high, text] of [
      [true, 3.8416 / 28.8416, '0.000 (95 % ≤ 0.134)'],
      [false, 3.8416 / 53.8416, '0.000 (95 % ≤ 0.072)'],
    ] as const) {
      const result = await sweepOf(antithetic);
      const spec = sweepCharts(result)[0].spec as unknown as { datasets: { points: Row[] } };
      for (const r of spec.datasets.points) {
        expect(r.p).toBe(0);
        expect(r.low).toBe(0);
        expect(r.high).toBeCloseTo(high, 3);
        expect(r.pText).toBe(text);
      }
      expect(sweepTextTable(result)).toContain(text);
    }
  });
});
