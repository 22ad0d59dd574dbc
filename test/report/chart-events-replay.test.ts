// chartEvents() with a replayed price: the halvings the network's blocks reach are marked.
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { compileMarket } from '../../src/engine/compile/market-plan.js';
import { chartEvents } from '../../src/report/chart-events.js';
import { loadScenario } from '../fixtures/scenarios.js';

async function halvings(price: object, network?: object) {
  const s = await loadScenario('north-korea-2017-s9', (d) => {
    d.price.model = price;
    if (network) d.network.model = network;
  });
  const inputs = await loadCompileInputs(s);
  const plan = compilePlan(s, inputs);
  return chartEvents(s, plan, compileMarket(s, plan, inputs)).filter((e) => e.kind === 'halving');
}

describe('chartEvents() with a replayed price', () => {
  it('marks halving 3 (height 630,000) on the expected path, as a modelled price does', async () => {
    // Before: a `historical` price marked no halving at all, though the flagship's 5 years from
    // 2017-05-17 reach height 630,000 (mined 2020-05-11). The halving rides on the network's
    // blocks, which a replayed price does not change the dating of.
    const events = await halvings({ type: 'historical' });
    expect(events.map((e) => e.label)).toEqual(['halving 3 (calm path)']);
    expect(events[0].date >= '2019-01-01' && events[0].date <= '2021-12-31').toBe(true);
  }, 60_000);

  it('with the network replayed too, marks halving 3 on the history as the back-test does, not as expected', async () => {
    // data/btc-daily.csv: block 630,000 was mined on 2020-05-11 (issuance 1,781.25 BTC, part at
    // 12.5 and part at 6.25), the day backtestChartEvents() marks from the same history.
    const events = await halvings({ type: 'historical' }, { type: 'historical' });
    expect(events).toEqual([{ date: '2020-05-11', label: 'halving 3', kind: 'halving' }]);
  }, 60_000);
});
