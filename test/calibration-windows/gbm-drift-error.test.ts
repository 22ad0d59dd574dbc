// A GBM calibrated on 30 days before 2024-01-01 carried their mean, +85.0 % a year (log), on every
// path, its note "calibrated on 30 days before the start" alone: that mean's standard error is
// 158.8 % a year (44.8 % volatility over 29 returns), so the window says almost nothing of it. The
// note now gives the window mean's standard error, as a shrunk drift's note already did.
import { describe, expect, it } from 'vitest';
import { marketLine } from '../fixtures/market.js';

const at = (window: string) => `name: gbm-short
coin: bitcoin
start: 2024-01-01
horizon: 1 year
fleet:
  - model: Antminer S21
    count: 10
    unitPrice: 3400 USD
power:
  price: 0.045 USD/kWh
price:
  model: { type: gbm, calibrate: ${window} }
monteCarlo:
  paths: 1
`;

const driftLine = (text: string) => marketLine(text, 'Price drift');

describe('a GBM drift taken from its window mean', () => {
  it('compileMarket() on 30 days before 2024-01-01 states the mean and its standard error (158.8 % a year)', async () => {
    const line = await driftLine(at('30 days'));
    expect(line?.value).toBe('85.0 % a year (log)');
    expect(line?.note).toBe('window mean (standard error 158.8 %); calibrated on 30 days before the start');
  });
});
