// The daily view's comparison said "that day is past the horizon" after naming both the payback held
// fixed and the paths' payback, so "that day" could read as either. It now names the day: 500 S21s
// on 2026-12-07 at 0.06 USD/kWh, 150 T and BTC 90,000 USD with fees of 1 % of the subsidy pay back
// on day 1,085 held fixed (38.10 USD/PH/s/day: 7.619 USD a day of revenue, 5.04 of power, 2,800 USD
// a machine: 2,800 / 2.579 = 1,085.7 days), past a 2-year horizon.
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { planDailyView } from '../../src/engine/compile/daily-view.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { dailyViewComparison } from '../../src/report/daily-view-comparison.js';
import { scenarioOf } from '../fixtures/scenarios.js';

describe('the held-fixed payback past the horizon', () => {
  it('dailyViewComparison() names day 1,085 as the day past the horizon, not "that day"', async () => {
    const s = await scenarioOf({
      name: 'past-horizon',
      coin: 'bitcoin',
      start: '2026-12-07',
      horizon: '2 years',
      fleet: [{ model: 'Antminer S21', count: 500, unitPrice: '2800 USD' }],
      power: { price: '0.06 USD/kWh' },
      network: { difficulty: '150 T', model: { type: 'growth', rate: '30 %' } },
      price: { start: '90000 USD', model: { type: 'fixed' } },
      fees: { model: { type: 'share-of-subsidy', share: '1 %' } },
      monteCarlo: { paths: 10, seed: 1 },
    });
    const inputs = await loadCompileInputs(s);
    const view = {
      ...planDailyView(s, compilePlan(s, inputs), inputs.history),
      monteCarlo: { paybackDaysP50: null, paidBackByThen: null },
    };
    expect(view.hashpriceUsd.toFixed(2)).toBe('38.10');
    const text = dailyViewComparison(view, s.start);
    expect(text).toContain('Held fixed the fleet pays back on day 1,085 (2029-11-26)');
    expect(text).toContain('; day 1,085, the payback held fixed, is past the horizon.');
    expect(text).not.toContain('that day');
  }, 60_000);
});
