// The endogenous network fits its entry and shutdown margins on the history's daily margins, steps
// a path's first `lag` days from the margins of the days before the start, and compares them with
// the margins of the simulated days, whose blocks pay the emission rule's reward
// (model/monero-day.ts). The history's Monero days were read at what their blocks issued, below
// the rule by the block-size penalties (2014-05-27: 15.3 %; January to April 2017: about 1 %), so
// a path's margins rose by that much at the start. They are now read at the rule's reward
// (model/rule-reward.ts), as the simulated days pay theirs. By hand (python over
// data/xmr-daily.csv, the rule block by block in atomic units from the chain's supply), a day's
// hashprice = price x (reward + fees / blocks) x 86,400 / mean difficulty, USD per H/s a day:
//   2014-05-27  2.230374294 x (16.650345872 + 3.04746213 / 1,511) x 86,400 / 164,342,431
//               = 1.9526196198e-2 (as issued, 14.098359290 a block: 1.6533792566e-2, ln 0.166351 less)
//   2017-01-12  11.88240835 x (8.983432338 + 64.85390457 / 730) x 86,400 / 6,155,822,885
//               = 1.5130323884e-3 (as issued, 8.902839993: 1.4995915646e-3, ln 0.008923 less)
//   2017-01-19  12.20925248 x (8.898952835 + 66.35144935 / 724) x 86,400 / 5,960,547,522
//               = 1.5911285376e-3 (as issued, 8.815137402: 1.5762951394e-3)
// Against a frontier of 0.5 J/H at 0.05 USD/kWh (0.5 x 0.05 x 86,400 / 3.6e6 = 6e-4 USD per H/s a
// day, no gain), a start on 2017-01-20 with a lag of one day steps from ln(1.5911285376e-3 / 6e-4)
// = 0.975269, where it stepped from 0.965903.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/data/catalog.js';
import { loadHistory } from '../../src/data/history.js';
import {
  endogenousResponse,
  historyMargins,
  resolveEndogenous,
} from '../../src/model/market/network/endogenous-resolve.js';

const xmr = loadHistory('monero');

describe('the endogenous network reads Monero’s history at the reward its simulated days pay', () => {
  it('historyMargins() reads 2014-05-27 at 1.9526196198e-2 USD per H/s a day and 2017-01-12 at 1.5130323884e-3', () => {
    const to = xmr.indexOf('2017-01-13');
    const u = historyMargins(xmr, 1, 0, 0, 0, to);
    expect(u[xmr.indexOf('2014-05-27')] - Math.log(1.9526196198e-2)).toBeCloseTo(0, 9);
    expect(u[xmr.indexOf('2017-01-12')] - Math.log(1.5130323884e-3)).toBeCloseTo(0, 9);
  });

  it('a start on 2017-01-20 a day after a margin of 0.975269 steps from it, not from 0.965903', () => {
    const written = {
      type: 'endogenous' as const,
      powerPrice: 0.05,
      efficiency: 0.5,
      efficiencyGain: 0,
      lag: 1,
      entryRate: 0.5,
      entryMargin: 1.5,
      shutdownMargin: 1.1,
      shutdown: 0.5,
      volatility: 0,
      partial: 'refused' as const,
    };
    const s = { coin: 'monero' as const, start: '2017-01-20' };
    const r = resolveEndogenous(written, s, xmr, loadCatalog());
    expect(r.lnCostStart).toBeCloseTo(Math.log(6e-4), 12);
    const response = endogenousResponse(written, s, xmr, r, Number.NaN);
    expect(response.pastMargin.length).toBe(1);
    expect(response.pastMargin[0]).toBeCloseTo(0.975269, 6);
  });

  it('historyMargins() reads Bitcoin’s days as issued, to the bit (its issuance is the rule’s on every day)', () => {
    const btc = loadHistory('bitcoin');
    const u = historyMargins(btc, 2 ** 32, 0, 0, 0, btc.days);
    for (const date of ['2012-11-28', '2017-05-17', '2024-04-19', btc.lastDate]) {
      const i = btc.indexOf(date);
      const hashprice =
        (btc.priceUsd[i] * ((btc.issuance[i] + btc.fees[i]) / btc.blocks[i]) * 86_400) /
        (btc.difficulty[i] * 2 ** 32);
      expect(u[i]).toBe(Math.log(hashprice));
    }
  });
});
