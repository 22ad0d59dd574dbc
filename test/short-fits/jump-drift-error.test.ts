// A jump-diffusion calibrated on a window carried its calm days' mean as the diffusion's drift on
// every path, its note "calibrated on 365 days before the start" alone, where a GBM's window mean
// says its standard error. The note now gives the calm days' mean's standard error.
import { describe, expect, it } from 'vitest';
import { marketLine } from '../fixtures/market.js';

const text = `name: jump-year
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
  model: { type: jump-diffusion, calibrate: 1 year }
monteCarlo:
  paths: 1
`;

describe('a jump-diffusion drift taken from its window', () => {
  it("compileMarket() on the year before 2024-01-01 states the calm days' mean's standard error", async () => {
    const line = await marketLine(text, 'Price drift / volatility');
    console.log(line);
    expect(line?.note).toMatch(
      /^the calm days' mean \(standard error \d+\.\d %\); calibrated on 365 days before the start$/,
    );
  });
});
