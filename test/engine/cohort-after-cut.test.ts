// A run replaying the history stops at its end (2025-11-14): a cohort bought after that is never
// bought in the run. Ten S21s for 30,000 USD on 2025-06-01 and ten more for 30,000 on 2026-01-01:
// the run's ROI is its net position over the 30,000 USD paid by the cut (-64 %), but its Run
// table said "Fleet 20 units, 4 PH/s, 70 kW" and "Capex 60,000 USD" beside "Period 2025-06-01 to
// 2025-11-14", and the fan chart's subtitle "after the 60,000 USD capex": a reader dividing the
// net position by it got half the ROI printed. What was simulated is now what those rows count
// (10 units, 2 PH/s, 35 kW, 30,000 USD), and the cohort left out is named.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { cliMessages } from '../../src/messages/cli.js';
import { runTable } from '../../src/report/run-table.js';
import { historyBuysFleet } from '../../src/scenario/simulated-days.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { runNode } from '../fixtures/node-process.js';
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

  it('runMonteCarlo() of a first cohort that earns its capex before the cut leaves the payback open at the cut: b is still to be bought (it said paid back)', async () => {
    // Cohort a for 300 USD a unit earns its 3,000 USD within weeks; the fleet pays back only on or
    // after b's purchase on 2026-01-01, past the history: not by the cut.
    const cheap = TEXT.replace('count: 10, unitPrice: 3000 USD }', 'count: 10, unitPrice: 300 USD }');
    const run = await runMonteCarlo(await scenarioOf(cheap), { paths: 2, workers: 1, breakEvenPaths: 0 });
    expect(run.summary.scenario.capexUsd).toBe(3_000);
    expect(run.summary.headline.netAtHorizonUsd.quantiles.p50).toBeGreaterThan(0);
    expect(run.summary.headline.paybackDays.quantiles.p50).toBeNull();
    expect(run.summary.actual?.paybackDay).toBeNull();
  });

  it('runTable() names the cohort bought after the cut in the Run table', () => {
    const run = runTable(summary);
    const row = run.rows.find((r) => r[0] === 'Bought after the cut');
    expect(row?.[1]).toBe('b on 2026-01-01 (30,000 USD): not in the run');
  });
});

// Ten S21s bought on 2026-01-01 under the default models: the run is not cut, but its back-test
// stops at 2025-11-14 with nothing bought. It printed "actual payback (history) 2025-06-01" (the
// start: nothing at stake), a break-even tariff of 0 USD/kWh and no coin; `minesim backtest`
// printed the same. The run now has no back-test, as for a start past the history, and
// `minesim backtest` refuses the scenario.
const AFTER_HISTORY = `
name: bought-after-history
start: 2025-06-01
horizon: 2 years
fleet:
  - { name: b, model: Antminer S21, count: 10, unitPrice: 3000 USD, purchased: 2026-01-01 }
power: { price: 0.05 USD/kWh }
network: { model: { type: growth, rate: 30 % } }
fees: { model: { type: per-block, amount: 0.02 } }
price: { model: { type: gbm, drift: 0 %, volatility: 50 % } }
monteCarlo: { paths: 2, seed: 7 }
`;

describe('a fleet bought only after the history ends', () => {
  it('historyBuysFleet() is false for it and true once a cohort is bought by 2025-11-14', async () => {
    expect(historyBuysFleet(await scenarioOf(AFTER_HISTORY))).toBe(false);
    expect(historyBuysFleet(await scenarioOf(AFTER_HISTORY.replace('2026-01-01', '2025-11-14')))).toBe(true);
  });

  it('runMonteCarlo() runs no back-test of it (it printed an actual payback on the start day)', async () => {
    const { summary } = await runMonteCarlo(await scenarioOf(AFTER_HISTORY), {
      paths: 2,
      workers: 1,
      breakEvenPaths: 0,
    });
    expect(summary.actual).toBeUndefined();
  }, 60_000);

  // Runs the built command (npm run build first).
  it('minesim backtest refuses it, exit 2, naming the history’s last day (it printed a payback on day 0)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'minesim-after-history-'));
    try {
      const file = join(dir, 'after.yaml');
      writeFileSync(file, AFTER_HISTORY);
      const run = await runNode(['bin/minesim.mjs', 'backtest', file, '--out', join(dir, 'out')]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(cliMessages.fleetAfterHistory('2025-11-14'));
      expect(run.stderr).not.toMatch(/^\s+at /m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
