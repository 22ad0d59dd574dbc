// A run replaying the history stops at its end (2025-11-14): a cohort bought after that is never
// bought in the run. Ten S21s for 30,000 USD on 2025-06-01 and ten more for 30,000 on 2026-01-01:
// the run's ROI is its net position over the 30,000 USD paid by the cut (-64 %), but its Run
// table said "Fleet 20 units, 4 PH/s, 70 kW" and "Capex 60,000 USD" beside "Period 2025-06-01 to
// 2025-11-14", and the fan chart's subtitle "after the 60,000 USD capex": a reader dividing the
// net position by it got half the ROI printed. What was simulated is now what those rows count
// (10 units, 2 PH/s, 35 kW, 30,000 USD), and the cohort left out is named.
import { beforeAll, describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { runTable } from '../../src/report/run-table.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const TEXT = `
name: cohort-after-cut
start: 2025-06-01
horizon: 1 year
fleet:
  - { name: a, model: Antminer S21, count: 10, unitPrice: 3000 USD }
  - { name: b, model: Antminer S21, count: 10, unitPrice: 3000 USD, purchased: 2026-01-01 }
power: { price: 0.05 USD/kWh }
network: { model: { type: historical } }
fees: { model: { type: historical } }
price: { model: { type: historical } }
monteCarlo: { paths: 2, seed: 7 }
`;

describe('a cohort bought after the history a run replays', () => {
  let summary: RunSummary;
  beforeAll(async () => {
    ({ summary } = await runMonteCarlo(await scenarioOf(TEXT), { paths: 2, workers: 1, breakEvenPaths: 0 }));
  }, 60_000);

  it('runMonteCarlo() states the fleet and capex the cut run bought: 10 units, 30,000 USD (it said 20 and 60,000)', () => {
    expect(summary.scenario.cutAt).toBe('2025-11-14');
    expect(summary.scenario.units).toBe(10);
    expect(summary.scenario.capexUsd).toBe(30_000);
    expect(summary.scenario.fleetHashrateHs).toBe(10 * 200e12);
    expect(summary.scenario.fleetPowerW).toBe(10 * 3500);
    // The ROI is the net position over that capex.
    const net = summary.headline.netAtHorizonUsd.quantiles.p50!;
    expect(summary.headline.roiAtHorizon.quantiles.p50).toBeCloseTo(net / 30_000, 9);
  });

  it('runTable() names the cohort bought after the cut in the Run table', () => {
    const run = runTable(summary);
    const row = run.rows.find((r) => r[0] === 'Bought after the cut');
    expect(row?.[1]).toBe('b on 2026-01-01 (30,000 USD): not in the run');
  });
});
