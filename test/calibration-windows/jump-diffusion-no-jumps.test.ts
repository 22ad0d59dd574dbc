// A jump-diffusion calibrated on 40 days before 2024-01-01 found no jump in them and ran as a
// geometric Brownian motion under the jump-diffusion's name (the table: "0.0 a year, log size
// 0.0 % ± 0.0 %", drift 113.4 % a year). Bitcoin has about 12 jumps a year by the model's rule
// (2019-2025), so a window of a few weeks often holds none. Such a window is now refused, saying
// what to give.
import { describe, expect, it } from 'vitest';
import { coverageMessages as m } from '../../src/messages/coverage.js';
import { problemsOf, problemWith } from '../advice/harness.js';

const at = (price: string) => `name: jumps
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
  model: ${price}
monteCarlo:
  paths: 1
`;

describe('a jump-diffusion calibrated on a window without a jump', () => {
  it('validateScenarioText() refuses `calibrate: 40 days` before 2024-01-01 (no jump in its 39 returns)', async () => {
    const problem = problemWith(
      await problemsOf(at('{ type: jump-diffusion, calibrate: 40 days }')),
      'holds no jump',
    );
    expect(problem.path).toBe('price.model.calibrate');
    expect(problem.message).toContain(m.noJumps('2023-11-22', '2023-12-31', 39, 4));
    // The 90 days before 2024-06-01 hold none either (a case the by-hand test read as 0 a year).
    const june = at('{ type: jump-diffusion, calibrate: 90 days }').replace('2024-01-01', '2024-06-01');
    expect(problemWith(await problemsOf(june), 'holds no jump').message).toContain(
      m.noJumps('2024-03-03', '2024-05-31', 89, 4),
    );
  });

  it('validateScenarioText() takes a year before the same start (8 jumps), and 40 days with the jumps given', async () => {
    expect(await problemsOf(at('{ type: jump-diffusion, calibrate: 1 year }'))).toEqual([]);
    expect(
      await problemsOf(
        at(
          '{ type: jump-diffusion, calibrate: 40 days, jumpsPerYear: 12, jumpMean: -2 %, jumpVolatility: 10 % }',
        ),
      ),
    ).toEqual([]);
  });
});
