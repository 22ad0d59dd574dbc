// A growth fitted on a window runs on every path alike, and its note printed the fitted rate as if
// known: on Bitcoin since 2020, 30-day fits ranged from -545 % to +346 % a year (log). The note now
// gives the fit's standard error, the stochastic network's note its drift's, and a growth window
// under 180 days is refused, saying what to give.
import { describe, expect, it } from 'vitest';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { marketLine } from '../fixtures/market.js';

const at = (network: string, start = '2024-01-01') => `name: growth-short
coin: bitcoin
start: ${start}
horizon: 1 year
fleet:
  - model: Antminer S21
    count: 10
    unitPrice: 3400 USD
power:
  price: 0.045 USD/kWh
price:
  model: { type: gbm, drift: 0 %, volatility: 50 % }
network:
  model: ${network}
monteCarlo:
  paths: 1
`;

const networkLine = (text: string) => marketLine(text, 'Network model');

describe('a fitted network growth says how far it is from known', () => {
  it('a growth fitted on a year before 2024-01-01 gives its standard error', async () => {
    const line = await networkLine(at('{ type: growth, calibrate: 1 year }'));
    expect(line?.note).toMatch(
      /^log-linear fit over 365 days before the start; standard error of its log growth \d+\.\d % a year$/,
    );
    console.log(line);
  });

  it('a stochastic network with a calibrated drift gives the drift standard error', async () => {
    const line = await networkLine(at('{ type: stochastic, calibrate: 1 year }'));
    expect(line?.note).toMatch(/; drift standard error \d+\.\d % a year$/);
    console.log(line);
  });

  it('a growth fitted on 90 days is refused, saying to give 180 days or a rate', async () => {
    const v = await validateScenarioText(at('{ type: growth, calibrate: 90 days }'), 'case.yaml');
    expect(v.ok).toBe(false);
    if (v.ok) return;
    const text = v.problems.map((p) => p.message).join('\n');
    expect(text).toContain('give a window of at least 180 days');
    expect(text).toContain('`rate`');
  });

  it('a growth fitted on 180 days runs', async () => {
    const line = await networkLine(at('{ type: growth, calibrate: 180 days }'));
    expect(line?.note).toContain('standard error of its log growth');
  });
});

describe('a partial growth window holds the days a fit reads', () => {
  it('a year allowed partial that the history holds only 40 days of is refused', async () => {
    const v = await validateScenarioText(
      at('{ type: growth, calibrate: 1 year, partial: allowed }', '2026-10-01'),
      'case.yaml',
    );
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.problems.map((p) => p.path).join(' ')).toContain('network.model.calibrate');
  });
});
