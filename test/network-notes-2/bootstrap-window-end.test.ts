// A bootstrap price with an explicit window on a start past the history (scenarios/s21-fleet-2026.yaml:
// 2021-11-15 to 2025-11-14, the history's last day, for a start on 2026-01-22) said only its dates,
// where the partial default window says how many days before the start the days it read end. It
// now says so the same way; a window ending the day before the start adds nothing.
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { compileMarket } from '../../src/engine/compile/market-plan.js';
import type { Scenario } from '../../src/scenario/normalize.js';
import { compileMarketDraft } from '../fixtures/market.js';
import { loadScenario } from '../fixtures/scenarios.js';

const priceNote = async (s: Scenario) => {
  const inputs = await loadCompileInputs(s);
  return compileMarket(s, compilePlan(s, inputs), inputs).assumptions.find((a) => a.label === 'Price model')
    ?.note;
};

describe('an explicit bootstrap window says how long before the start it ends', () => {
  it("scenarios/s21-fleet-2026.yaml (start 2026-01-22, window to the history's last day 2025-11-14): 69 days before the start", async () => {
    const note = await priceNote(await loadScenario('s21-fleet-2026'));
    expect(note).toContain(
      "daily log returns 2021-11-15 to 2025-11-14, the last on 2025-11-14, the history's last day, 69 days before the start; their mean of",
    );
  });

  it('a window inside the history ending 367 days before a 2021-01-01 start says so', async () => {
    const { market } = await compileMarketDraft({
      start: '2021-01-01',
      price: { start: '29000 USD', model: { type: 'bootstrap', from: '2016-01-01', to: '2019-12-31' } },
    });
    expect(market.assumptions.find((a) => a.label === 'Price model')?.note).toContain(
      'daily log returns 2016-01-01 to 2019-12-31, the last 367 days before the start; their mean',
    );
  });

  it('a window ending the day before the start adds nothing', async () => {
    const { market } = await compileMarketDraft({
      start: '2021-01-01',
      price: { start: '29000 USD', model: { type: 'bootstrap', from: '2017-01-01', to: '2020-12-31' } },
    });
    expect(market.assumptions.find((a) => a.label === 'Price model')?.note).toMatch(
      /^daily log returns 2017-01-01 to 2020-12-31; their mean/,
    );
  });
});
