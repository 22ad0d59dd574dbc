// The price-coupled network fits nothing on the history (its elasticity, lag, efficiency gain and
// volatility are given or default), and `calibrate: 90 days` on it said only `unknown key
// "calibrate"`, leaving an analyst to guess whether or how it is calibrated. It now says so, and
// what to give or use instead.
import { describe, expect, it } from 'vitest';
import { validateScenarioText } from '../../src/scenario/validate.js';

const at = (network: string) => `name: coupled-window
coin: bitcoin
start: 2024-01-01
horizon: 1 year
fleet:
  - { model: Antminer S21, count: 10, unitPrice: 3400 USD }
power: { price: 0.045 USD/kWh }
price: { model: { type: gbm, drift: 0 %, volatility: 50 % } }
network:
  model: ${network}
monteCarlo: { paths: 1 }
`;

async function problems(text: string) {
  const v = await validateScenarioText(text, 'case.yaml');
  return v.ok ? [] : v.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('a calibration window on the price-coupled network', () => {
  it('calibrate: 90 days says the model fits nothing and what it takes', async () => {
    const found = await problems(at('{ type: price-coupled, calibrate: 90 days }'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^network\.model\.calibrate: unknown key "calibrate": the price-coupled network fits nothing/,
    );
    expect(found[0]).toContain('`type: endogenous`');
  });

  it('so does partial inside a mixture; another unknown key keeps its "did you mean"', async () => {
    const found = await problems(
      at(
        '{ type: mixture, of: [{ weight: 1, model: { type: price-coupled, partial: allowed, elastcity: 2 } }] }',
      ),
    );
    expect(found.join('\n')).toContain(
      'network.model.of[0].model.partial: unknown key "partial": the price-coupled network fits nothing',
    );
    expect(found.join('\n')).toContain('did you mean "elasticity"');
  });
});
