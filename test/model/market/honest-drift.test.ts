// Honest drift in the models that calibrate one: the bootstrap's demeaned returns, and a GBM or
// GARCH-t drift shrunk toward its prior, each said in the assumptions.
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../../src/engine/compile/inputs.js';
import { compileMarket, type MarketPlan } from '../../../src/engine/compile/market-plan.js';
import { type Draft, scenarioOf } from '../../fixtures/scenarios.js';

async function market(price: Draft): Promise<MarketPlan> {
  const s = await scenarioOf({
    name: 'drift-test',
    start: '2017-05-17',
    horizon: '1 year',
    fleet: [{ model: 'Antminer S9', count: 1, unitPrice: '300 USD' }],
    power: { price: '0.05 USD/kWh' },
    network: { model: { type: 'growth', rate: '50 %' } },
    fees: { model: { type: 'per-block', amount: 0.2 } },
    price: { model: price },
  });
  const inputs = await loadCompileInputs(s);
  return compileMarket(s, compilePlan(s, inputs), inputs);
}

const note = (m: MarketPlan, label: string) => m.assumptions.find((a) => a.label === label);

describe('honest drift', () => {
  it('compileMarket() of a bootstrap with demean: true resamples returns of mean zero, and says so', async () => {
    const raw = await market({ type: 'bootstrap', window: '2 years' });
    const demeaned = await market({ type: 'bootstrap', window: '2 years', demean: true });
    if (raw.price.type !== 'bootstrap' || demeaned.price.type !== 'bootstrap')
      throw new Error('not a bootstrap');
    const [before, after] = [raw.price.returns, demeaned.price.returns];
    const mean = (r: Float64Array) => r.reduce((a, x) => a + x, 0) / r.length;
    // The 2015-2017 window rose about 100 % a year; demeaned, its mean is zero to rounding.
    expect(mean(before) * 365).toBeGreaterThan(0.5);
    expect(Math.abs(mean(after))).toBeLessThan(1e-15);
    // Only the level moves: each return is the raw one less the same constant.
    const shift = before[0] - after[0];
    expect(after.every((r, i) => Math.abs(before[i] - r - shift) < 1e-15)).toBe(true);
    expect(note(demeaned, 'Price model')?.note).toContain('demeaned');
  });

  it('compileMarket() of a GBM with drift { prior: 0, shrink: 100 % } carries no drift, with the window mean in the note', async () => {
    const m = await market({ type: 'gbm', calibrate: '2 years', drift: { prior: 0, shrink: '100 %' } });
    if (m.price.type !== 'gbm') throw new Error('not a GBM');
    expect(m.price.driftPerDay).toBe(0);
    expect(note(m, 'Price drift')?.note).toContain('shrunk toward the prior 0.0 %, weight 0.00 on the mean');
  });

  it('compileMarket() of a calibrated GARCH-t without a drift takes the prior (zero), and with standard-error keeps part of the window mean', async () => {
    const gbm = await market({ type: 'gbm', calibrate: '2 years' });
    const plain = await market({ type: 'garch-t', calibrate: '2 years' });
    const se = await market({ type: 'garch-t', calibrate: '2 years', drift: { shrink: 'standard-error' } });
    if (gbm.price.type !== 'gbm' || plain.price.type !== 'garch-t' || se.price.type !== 'garch-t')
      throw new Error('wrong types');
    expect(plain.price.driftPerDay).toBe(0);
    expect(note(plain, 'Price drift')?.note).toContain(
      'shrunk toward the prior 0.0 %, weight 0.00 on the mean',
    );
    expect(se.price.driftPerDay).toBeGreaterThan(0);
    expect(se.price.driftPerDay).toBeLessThan(gbm.price.driftPerDay);
    expect(note(se, 'Price drift')?.note).toContain('James-Stein-style weight from its standard error');
  });
});
