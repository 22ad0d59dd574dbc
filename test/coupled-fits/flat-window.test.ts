// Imported days can hold a price and a difficulty that never move. An endogenous network fitted on
// a year of them read no response and no noise, and ran with every parameter at a limit of the fit
// and a lag that any value would fit; it is refused now at its window, as a stochastic network is.
import { describe, expect, it } from 'vitest';
import { flatScenario, flatProblems as problems, useFlatHistory } from '../fixtures/flat-history.js';

useFlatHistory();

const scenario = (network: string) => flatScenario('{ type: gbm, drift: 0 %, volatility: 50 % }', network);

describe('an endogenous network fitted on a flat year', () => {
  // It ran: lag 21 days (any lag fits a series that never moves), entry 5.0 % a year (the floor),
  // shutdown 0.00, volatility 0.0 %.
  it('is refused at its window, saying what to give', async () => {
    const found = await problems(scenario('{ type: endogenous, calibrate: 1 year }'));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(
      'network.model.calibrate: the 7-day mean hashrate never moves over the calibration window 2025-12-19 to 2026-12-18',
    );
    expect(found[0]).toContain(
      'give `network.model.lag`, `entryRate`, `entryMargin`, `shutdownMargin`, `shutdown` and `volatility`',
    );
  });

  it('with every fitted parameter given, it runs', async () => {
    expect(
      await problems(
        scenario(
          '{ type: endogenous, calibrate: 1 year, lag: 28 days, entryRate: 100 %, entryMargin: 2, shutdownMargin: 1.5, shutdown: 0.3, volatility: 20 % }',
        ),
      ),
    ).toEqual([]);
  });
});
