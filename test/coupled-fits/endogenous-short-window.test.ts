// The endogenous network fitted its six parameters (a delivery lag and two margins on grids, an
// entry rate, a shutdown share and a volatility) on as few as 12 weeks of week-mean differences
// (`calibrate: 84 days`) and printed them as the network's: on the monthly starts 2019-01 to
// 2025-11, 84-day fits put the entry rate at the fit's stability bound (pi/2 / lag) on 44 of 83
// starts and changed the lag from one month's start to the next on 67 of 82; a year's fits on 20
// and 52, two years' on 5 and 44. A scenario's own fit now takes a year of weeks (its longest lag)
// and a shorter window is refused saying what to give; the earlier starts a scored mixture reads
// its weights from still fit on 12 weeks (their weak fits are scored).
import { describe, expect, it } from 'vitest';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { marketLine } from '../fixtures/market.js';

const S21 = '{ model: Antminer S21, count: 10, unitPrice: 3400 USD }';
/** A fleet the history's first networks hold. */
const SMALL = '{ hashrate: 1 MH/s, power: 100 W, count: 1, unitPrice: 100 USD }';

const at = (network: string, start = '2024-01-01', unit = S21) => `name: endogenous-short
coin: bitcoin
start: ${start}
horizon: 1 year
fleet:
  - ${unit}
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

const networkLine = (text: string) => marketLine(text, 'Network model');

describe('an endogenous network fitted on a window shorter than a year', () => {
  for (const days of [84, 90, 179, 363])
    it(`calibrate: ${days} days is refused at its window, saying to give a year or the parameters`, async () => {
      const found = await problems(at(`{ type: endogenous, calibrate: ${days} days }`));
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/^network\.model\.calibrate: /);
      expect(found[0]).toContain(`on ${days} days`);
      expect(found[0]).toContain('`calibrate: 1 year`');
      expect(found[0]).toContain(
        '`lag`, `entryRate`, `entryMargin`, `shutdownMargin`, `shutdown` and `volatility`',
      );
    });

  it('calibrate: 1 year runs, and so does a short window with every fitted parameter given', async () => {
    expect(await problems(at('{ type: endogenous, calibrate: 1 year }'))).toEqual([]);
    const given =
      '{ type: endogenous, calibrate: 90 days, lag: 28 days, entryRate: 100 %, entryMargin: 2, shutdownMargin: 1.5, shutdown: 0.3, volatility: 20 % }';
    expect(await problems(at(given))).toEqual([]);
    expect((await networkLine(at(given)))?.note).toBe('given');
  });

  it('a partial window early in the history holds a year of weeks after the year of lags (729 days)', async () => {
    const found = await problems(at('{ type: endogenous, partial: allowed }', '2011-10-10', SMALL));
    expect(found.join('\n')).toContain('a partial window must hold at least 729 days');
    expect(await problems(at('{ type: endogenous, partial: allowed }', '2012-07-16', SMALL))).toEqual([]);
  });
});
