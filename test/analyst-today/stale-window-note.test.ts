// A calibration window that runs past the history's end reads only the days the history holds: the
// assumptions table must say how long before the start those days end (a year, for a purchase on
// 2026-12-07), not only how many were read.
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { compileMarket } from '../../src/engine/compile/market-plan.js';
import { scenarioOf } from '../fixtures/scenarios.js';

/** 500 S21s on 2026-12-07 with every start figure given and a network calibrated on `window`. */
const today = (window: string) =>
  scenarioOf(
    {
      name: 'today',
      start: '2026-12-07',
      horizon: '3 years',
      fleet: [{ model: 'Antminer S21', count: 500, unitPrice: '2800 USD' }],
      power: { price: '0.055 USD/kWh', hosting: '12 USD/kW/month' },
      price: { start: '90000 USD', model: { type: 'fixed' } },
      network: { difficulty: '150 T', model: { type: 'stochastic', calibrate: window, partial: 'allowed' } },
      fees: { model: { type: 'share-of-subsidy', share: '1 %' } },
      monteCarlo: { paths: 1 },
    },
    'case.yaml',
  );

describe('a network calibrated on a window past the history', () => {
  it('compileMarket() says its 30 days end on 2025-11-14, 388 days before the start (it said "30 of 417 days before the start")', async () => {
    const s = await today('417 days');
    const inputs = await loadCompileInputs(s);
    const lines = compileMarket(s, compilePlan(s, inputs), inputs).assumptions;
    expect(lines.find((a) => a.label === 'Network model')?.note).toBe(
      "calibrated on 30 of 417 days before the start, the last on 2025-11-14, the history's last day, 388 days before the start (partial window allowed) (7-day mean hashrate); drift standard error 138.5 % a year",
    );
  });

  it('compileMarket() of a window the history holds to the day before the start names no such day', async () => {
    const s = await scenarioOf(
      {
        name: 'inside',
        start: '2025-11-15',
        horizon: '1 year',
        fleet: [{ model: 'Antminer S21', count: 1, unitPrice: '2800 USD' }],
        power: { price: '0.055 USD/kWh' },
        network: { model: { type: 'stochastic', calibrate: '400 days' } },
        monteCarlo: { paths: 1 },
      },
      'case.yaml',
    );
    const inputs = await loadCompileInputs(s);
    const lines = compileMarket(s, compilePlan(s, inputs), inputs).assumptions;
    expect(lines.find((a) => a.label === 'Network model')?.note).toBe(
      'calibrated on 400 days before the start (7-day mean hashrate); drift standard error 32.1 % a year',
    );
  });
});
