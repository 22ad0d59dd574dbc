// The coins a day of scenarios/north-korea-2017-monero-cpu.yaml (1,000 desktops of 266 H/s, 90 %
// uptime, 3 % failing a year, 1 % pool fee) on the actual history, by hand from data/xmr-daily.csv:
// coins = 86,400 x fleet H/s / difficulty x (issuance + fees) / blocks x 0.99, the fleet
// 239,400 H/s x 0.97^(day / 365.25) (its expected failures):
//   2017-05-17 (day 0):   239,400.000 H/s, 7,558,812,860, (5,673.08903984 + 63.31365407) / 749
//                         = 7.658748 XMR a block: 20.748051 XMR;
//   2017-12-17 (day 214): 235,165.552 H/s, 56,014,598,854, (4,116.77084907 + 148.13505974) / 730:
//                         2.098012 XMR;
//   2018-04-06 (day 324, the v7 fork; CPUs mine on): 233,018.194 H/s, 129,558,506,051,
//                         (1,673.2951382 + 24.05402202) / 345: 0.756876 XMR.
// `minesim hashprice --coin monero` on those days, 86,400 x 1e3 / difficulty x (issuance + fees) /
// blocks x price (26.82441698, 348.4522318, 161.56 USD): 2.348271, 3.140092 and 0.530071 USD/kH/s/day.
import { describe, expect, it } from 'vitest';
import { loadHistory } from '../../src/data/history.js';
import { runBacktest } from '../../src/engine/backtest/backtest.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { historicalHashprice, isHashpriceError } from '../../src/model/hashprice.js';
import { loadScenario } from '../fixtures/scenarios.js';

describe('the 2017 CPU fleet’s coins a day on the Monero history', () => {
  it('runBacktest() of north-korea-2017-monero-cpu mines 20.748051, 2.098012 and 0.756876 XMR on days 0, 214 and 324', async () => {
    const s = await loadScenario('north-korea-2017-monero-cpu');
    const b = runBacktest(s, await loadCompileInputs(s));
    const cases: [number, number, number][] = [
      [0, 239_400, 20.748051],
      [214, 235_165.552, 2.098012],
      [324, 233_018.194, 0.756876],
    ];
    for (const [day, fleetHs, coins] of cases) {
      expect(b.trace.fleetHashrateHs[day], String(day)).toBeCloseTo(fleetHs, 2);
      expect(b.trace.coinsMined[day], String(day)).toBeCloseTo(coins, 6);
    }
  }, 60_000);

  it('historicalHashprice() prices the same days by hand: 2.348271, 3.140092 and 0.530071 USD/kH/s/day', () => {
    const xmr = loadHistory('monero');
    const cases: [string, number][] = [
      ['2017-05-17', 2.348271],
      ['2017-12-17', 3.140092],
      ['2018-04-06', 0.530071],
    ];
    for (const [date, usd] of cases) {
      const h = historicalHashprice(xmr, date);
      if (isHashpriceError(h)) throw new Error(h.message);
      expect(h.hashpriceUsd, date).toBeCloseTo(usd, 5);
    }
  });
});
