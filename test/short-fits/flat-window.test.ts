// Imported days can hold a price or a hashrate that never moves. A GARCH-t refused such a window;
// a GBM and a stochastic network calibrated 0 % volatility on it without a word, and a growth
// fitted on a flat hashrate printed its rounding as "1.5e-10 %" a year. Now the GBM and the
// stochastic network are refused at their window, saying what to give, and the growth reads 0.
import { describe, expect, it } from 'vitest';
import {
  flatProblems as problems,
  flatScenario as scenario,
  useFlatHistory,
} from '../fixtures/flat-history.js';
import { compileMarketText } from '../fixtures/market.js';

useFlatHistory();

describe('calibration windows whose series never moves', () => {
  it('a GBM calibrated on a flat price is refused at its window, saying what to give', async () => {
    const found = await problems(scenario('{ type: gbm, calibrate: 1 year }', '{ type: growth, rate: 0 % }'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^price\.model\.calibrate: every daily return of the price over the calibration window 2025-12-19 to 2026-12-18 is the same .* so GBM has no variance to fit; give `price\.model\.drift` and `price\.model\.volatility`/,
    );
    expect(
      await problems(
        scenario('{ type: gbm, calibrate: 1 year, volatility: 50 % }', '{ type: growth, rate: 0 % }'),
      ),
    ).toEqual([]);
  });

  it('a stochastic network calibrated on a flat hashrate is refused at its window', async () => {
    const price = '{ type: gbm, drift: 0 %, volatility: 50 % }';
    const found = await problems(scenario(price, '{ type: stochastic, calibrate: 1 year }'));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(
      'network.model.calibrate: the 7-day mean hashrate never moves over the calibration window 2025-12-19 to 2026-12-18',
    );
    expect(found[0]).toContain('give `network.model.volatility`');
    expect(
      await problems(scenario(price, '{ type: stochastic, calibrate: 1 year, volatility: 20 % }')),
    ).toEqual([]);
  });

  it('a growth fitted on a flat hashrate reads 0.0 % a year', async () => {
    const { market } = await compileMarketText(
      scenario('{ type: gbm, drift: 0 %, volatility: 50 % }', '{ type: growth, calibrate: 1 year }'),
      'flat.yaml',
    );
    expect(market.assumptions.find((a) => a.label === 'Network model')?.value).toBe(
      'hashrate grows 0.0 % a year',
    );
    expect((market.hashrate as { growthLogPerDay: number }).growthLogPerDay).toBe(0);
  });
});
