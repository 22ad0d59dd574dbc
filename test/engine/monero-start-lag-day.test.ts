// A Monero run started on a day its difficulty lagged the hashrate pays day 0 at the chain's
// difficulty, not at the start hashrate x 120 s. On 2018-04-07, the day after the fork that
// stranded the CryptoNight ASICs, the chain's difficulty was still 88,820,242,824 (the 740 MH/s
// before the fork) while the day found 153 blocks of 720: the run starts from the 157.29 MH/s those
// blocks show (chain-state.ts). A day at 120 s x 157.29 MH/s = 18.875 G paid 86,400 x 4.8475 /
// 18.875e9 = 2.219e-5 XMR per H/s, 4.706 times the 86,400 x 4.8475 / 88.82e9 = 4.716e-6 the chain
// paid that day (the day issued 153 x 4.8475 = 741.7 XMR, not 720 x 4.8475 = 3,490); the run's own
// held-fixed view already read the day at 88.82 G.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadHistory } from '../../src/data/history.js';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { compileMarket } from '../../src/engine/compile/market-plan.js';
import { createMarketWorkspace, fillMarketPath } from '../../src/engine/kernel/market-path.js';
import { Rng, runKey, STREAM_FEES, STREAM_NETWORK, STREAM_PRICE } from '../../src/engine/random/rng.js';
import { fillNetworkDays } from '../../src/model/network-day.js';
import { createNetworkDays } from '../../src/model/network-day-tables.js';
import { createNetworkState } from '../../src/model/network-state.js';
import { validateScenarioText } from '../../src/scenario/validate.js';

// biome-ignore lint/suspicious/noExplicitAny: cases edit free-form YAML data
type Draft = Record<string, any>;

async function moneroDays(over: Draft) {
  const draft = {
    name: 'monero-lag-day',
    coin: 'monero',
    start: '2018-04-07',
    horizon: '30 days',
    fleet: [{ model: 'Intel Core i7-2600K', count: 1, unitPrice: '10 USD' }],
    power: { price: '0.05 USD/kWh' },
    price: { start: '170 USD', model: { type: 'fixed' } },
    network: { model: { type: 'growth', rate: '0 %' } },
    fees: { model: { type: 'per-block', amount: 0 } },
    ...over,
  };
  const v = await validateScenarioText(stringify(draft), 'test.yaml');
  if (!v.ok) throw new Error(v.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  const inputs = await loadCompileInputs(v.scenario);
  const plan = compilePlan(v.scenario, inputs);
  const market = compileMarket(v.scenario, plan, inputs);
  const w = createMarketWorkspace(market);
  const key = runKey(1);
  const [price, network, fees] = [new Rng(), new Rng(), new Rng()];
  price.reset(key, 0, STREAM_PRICE);
  network.reset(key, 0, STREAM_NETWORK);
  fees.reset(key, 0, STREAM_FEES);
  fillMarketPath(market, w, price, network, fees);
  const days = createNetworkDays(plan.days);
  fillNetworkDays(days, createNetworkState(), plan, w.path);
  return { plan, days, path: w.path };
}

describe('a Monero start on a day the difficulty lagged the hashrate', () => {
  it('fillNetworkDays() pays 2018-04-07 at the chain’s 88.82 G, its 153 blocks, not 157.29 MH/s x 120 s', async () => {
    const { plan, days, path } = await moneroDays({});
    expect(path.networkHashrateHs[0] / 1e6).toBeCloseTo(157.29, 2);
    expect(days.difficulty[0]).toBe(88_820_242_824);
    const reward = days.subsidy[0];
    // The emission rule's 4.8482 XMR a block; the chain's blocks paid 4.8475 (741.66 XMR over 153).
    expect(reward).toBeCloseTo(4.848, 3);
    expect(days.coinsPerHs[0]).toBeCloseTo((86_400 * reward) / 88_820_242_824, 12);
    // The day's blocks: 86,400 x 157.29 MH/s / 88.82 G = 153.
    expect(days.startHeight[1] - days.startHeight[0]).toBeCloseTo(153, 6);
    // From day 1 the difficulty follows the path's hashrate again (D = H x 120 s).
    expect(days.difficulty[1]).toBeCloseTo(path.networkHashrateHs[1] * 120, 0);
    expect(plan.initial.difficulty).toBe(88_820_242_824);
  });

  it('fillNetworkDays() runs day 0 of each fork’s lagging day at the day’s difficulty and finds its recorded blocks', async () => {
    // The 8 days chain-state.ts reads from their blocks (start-hashrate-lag.test.ts): H = D x blocks
    // / 86,400, so 86,400 x H / D gives the day's blocks back. 2016-03-23 (913.9 M, 1,085 blocks, 927
    // of them one-minute ones before block 1,009,827) paid 86,400 x 7.7 / 913.9 M where the one- and
    // two-minute blocks on target (1,183.5) at 838 M paid 16 % more.
    const xmr = loadHistory('monero');
    for (const start of [
      '2016-03-23',
      '2018-04-06',
      '2018-10-18',
      '2019-03-10',
      '2019-03-11',
      '2019-12-01',
    ]) {
      const i = xmr.indexOf(start);
      const fleet = [{ model: 'Intel Core i7-2600K', count: 1, unitPrice: '10 USD', hashrate: '300 H/s' }];
      const { days } = await moneroDays({
        start,
        fleet,
        price: { start: '50 USD', model: { type: 'fixed' } },
      });
      expect(days.difficulty[0], start).toBe(xmr.difficulty[i]);
      expect(days.startHeight[1] - days.startHeight[0], start).toBeCloseTo(xmr.blocks[i], 6);
      // The coins the day issued, by the emission rule, within 0.2 % of the recorded issuance.
      const issued = days.subsidy[0] * (days.startHeight[1] - days.startHeight[0]);
      expect(Math.abs(issued / xmr.issuance[i] - 1), start).toBeLessThan(2e-3);
    }
  });

  it('fillNetworkDays() keeps day 0 of an ordinary Monero start at the hashrate x 120 s, 720 blocks', async () => {
    const { days, path } = await moneroDays({ start: '2018-04-05' });
    expect(days.difficulty[0]).toBe(path.networkHashrateHs[0] * 120);
    expect(days.startHeight[1] - days.startHeight[0]).toBe(720);
  });

  it('fillNetworkDays() runs day 0 at a difficulty given beside a hashrate: 150 G and 1 GH/s find 576 blocks', async () => {
    // network.difficulty 150 G with network.hashrate 1 GH/s (the chain's difficulty still pricing
    // 1.25 GH/s): day 0 pays 86,400 x R / 150 G per H/s, as the held-fixed view reads the day, and
    // finds 86,400 x 1e9 / 150e9 = 576 blocks. It was paid at 1 GH/s x 120 s = 120 G (25 % more
    // per H/s), the given difficulty used nowhere in the run.
    const network = { hashrate: '1 GH/s', difficulty: '150 G', model: { type: 'growth', rate: '0 %' } };
    const fleet = [{ model: 'AMD Ryzen 7 1700', count: 1, unitPrice: '10 USD' }];
    const { days } = await moneroDays({ start: '2020-03-01', network, fleet });
    expect(days.difficulty[0]).toBe(150e9);
    expect(days.startHeight[1] - days.startHeight[0]).toBeCloseTo(576, 9);
    expect(days.difficulty[1] / 120e9).toBeCloseTo(1, 12);
  });
});
