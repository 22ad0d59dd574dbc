// The default price on a purchase of 2026-12-07 gave 56 % of its paths to a block bootstrap of
// 2022-12-07 to 2025-11-14, from 16,848 to 94,503 USD: its paths carry that window's trend,
// ln(94,503 / 16,848) over 1,073 returns = +58.7 % a year (log), where the GARCH-t beside it states
// a drift of 0. The assumptions table must say the bootstrap's (it named the window alone). The
// GARCH-t now takes a year of days (garch-fit.ts), so 2026-12-07 runs the bootstrap alone; the
// last start the mixture runs on past the history, 2026-11-16, shows the same: +57.9 % a year.
// The default price is now refused that far past the history, so the bootstrap is named here.
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { compileMarket } from '../../src/engine/compile/market-plan.js';
import { scenarioOf } from '../fixtures/scenarios.js';

describe('a bootstrap on a start 367 days past the history', () => {
  it("compileMarket() states the bootstrap's kept trend, +57.9 % a year (log)", async () => {
    const s = await scenarioOf(
      {
        name: 'today',
        start: '2026-11-16',
        horizon: '3 years',
        fleet: [{ model: 'Antminer S21', count: 500, unitPrice: '2800 USD' }],
        power: { price: '0.055 USD/kWh' },
        price: { start: '90000 USD', model: { type: 'bootstrap', window: '1461 days', partial: 'allowed' } },
        network: { difficulty: '150 T', model: { type: 'growth', rate: '30 %' } },
        fees: { model: { type: 'share-of-subsidy', share: '1 %' } },
        monteCarlo: { paths: 1 },
      },
      'case.yaml',
    );
    const inputs = await loadCompileInputs(s);
    const lines = compileMarket(s, compilePlan(s, inputs), inputs).assumptions;
    const bootstrap = lines.find((a) => a.label === 'Price model');
    expect(bootstrap?.value).toBe('stationary block bootstrap, mean block 30 days');
    expect(bootstrap?.note).toContain(
      'daily log returns 2022-11-16 to 2025-11-14, 1095 of 1461 days before the start',
    );
    expect(bootstrap?.note).toContain(
      'their mean of 57.9 % a year (log) is kept, the drift every path carries on average (`demean: true` takes it out)',
    );
  });
});
