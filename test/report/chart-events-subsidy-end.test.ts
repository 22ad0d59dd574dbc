// The halvings a run names: past the end of Bitcoin's subsidy (5,000,000,000 sat >> 32 = 1 sat a
// block from block 6,720,000, >> 33 = 0 from block 6,930,000, the 33rd halving, and 0 at every
// later multiple of 210,000, which lowers nothing and is no halving), and on the horizon's last day.
import { describe, expect, it } from 'vitest';
import { loadHistory } from '../../src/data/history.js';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { compileMarket } from '../../src/engine/compile/market-plan.js';
import { subsidyBtc } from '../../src/model/bitcoin.js';
import { chainState } from '../../src/model/chain-state.js';
import { chartEvents } from '../../src/report/chart-events.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const btc = loadHistory('bitcoin');
const given = (height: number) => ({ height, difficulty: 1.4167e14, priceUsd: 78_600 });

/** One S21 from 2026-01-22 at a given height, blocks on target (no growth), for `horizon`. */
async function eventsFrom(height: number, horizon: string) {
  const s = await scenarioOf(
    {
      name: 'subsidy-end',
      start: '2026-01-22',
      horizon,
      fleet: [{ hashrate: '200 TH/s', power: '3500 W', count: 1, unitPrice: '3400 USD' }],
      power: { price: '0.05 USD/kWh' },
      price: { start: '78600 USD', model: { type: 'fixed' } },
      network: { height, difficulty: '141.67 T', model: { type: 'growth', rate: '0 %' } },
      fees: { model: { type: 'per-block', amount: 0.3 } },
      monteCarlo: { paths: 1 },
    },
    'case.yaml',
  );
  const inputs = await loadCompileInputs(s);
  const plan = compilePlan(s, inputs);
  return chartEvents(s, plan, compileMarket(s, plan, inputs)).filter((e) => e.kind === 'halving');
}

describe('halvings past the end of the subsidy', () => {
  it('subsidyBtc(): 1 sat in era 32, 0 from block 6,930,000 on', () => {
    expect(subsidyBtc(6_720_000)).toBe(1e-8);
    expect(subsidyBtc(6_929_999)).toBe(1e-8);
    expect(subsidyBtc(6_930_000)).toBe(0);
    expect(subsidyBtc(7_140_000)).toBe(0);
  });

  it('chartEvents() marks halving 33 (1 sat to 0) and no "halving 34" at block 7,140,000', async () => {
    // From 6,900,000 at 144 blocks a day, 5 years (1,826 days, 262,944 blocks) reach 7,162,944:
    // block 6,930,000 on day 208.3 (2026-08-18) and 7,140,000 on day 1,666.7. Before, the second
    // was marked 'halving 34 (expected)' on 2030-08-15, though its blocks pay 0 as before.
    const events = await eventsFrom(6_900_000, '5 years');
    expect(events.map((e) => e.label)).toEqual(['halving 33 (calm path)']);
    expect(events[0].date).toBe('2026-08-18');
  }, 60_000);

  it('chartEvents() marks nothing from a start past block 6,930,000', async () => {
    // From 7,000,000: 7,140,000 is on day 972.2 of 3 years. Before: 'halving 34 (expected)' on 2028-09-20.
    expect(await eventsFrom(7_000_000, '3 years')).toEqual([]);
  }, 60_000);

  it("chartEvents() marks a halving mined on the horizon's last day, where no day starts past it", async () => {
    // From 1,049,800 at 144 blocks a day: day 0 ends at 1,049,944, day 1 at 1,050,088, so block
    // 1,050,000 (halving 5) is mined on day 1, 2026-01-23, the last of a 2-day horizon, whose
    // blocks pay (56 x 3.125 + 88 x 1.5625) / 144 = 2.17 BTC. Before: no day of the path started
    // at or past 1,050,000, and the halving went unmarked; over 3 days it was marked on day 1.
    const expected = [{ date: '2026-01-23', label: 'halving 5 (calm path)', kind: 'halving' }];
    expect(await eventsFrom(1_049_800, '2 days')).toEqual(expected);
    expect(await eventsFrom(1_049_800, '3 days')).toEqual(expected);
    // A 1-day horizon ends at 1,049,944, before it.
    expect(await eventsFrom(1_049_800, '1 day')).toEqual([]);
  }, 60_000);

  it("chainState()'s next halving past block 6,930,000 is none, not block 7,140,000", () => {
    // Before: 'block 7,140,000', 'about 2028-09-20 ...; the simulation halves when its own blocks reach it'.
    const past = chainState('bitcoin', btc, '2026-01-22', given(7_000_000), () => 0);
    const note = past.notes.find((n) => n.label === 'Next halving');
    expect(note?.value).toBe('none');
    expect(note?.note).toContain('no block subsidy from block 6,930,000 on');
    // In the last era (1 sat a block) the next one is still named: 30,000 blocks, day 208 (2026-08-18).
    const last = chainState('bitcoin', btc, '2026-01-22', given(6_900_000), () => 0);
    const next = last.notes.find((n) => n.label === 'Next halving');
    expect(next?.value).toBe('block 6,930,000');
    expect(next?.note).toContain('about 2026-08-18 at 144 blocks a day');
  });
});
