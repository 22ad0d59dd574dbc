// The shipped hedge case (scenarios/hashprice-hedge-2024-05.yaml) on the actual history, against
// its hand computation from data/btc-daily.csv: the hashprice swap pays 10 PH/s x (50.13 USD/PH/day
// - the day's hashprice) over the 365 days from 2024-05-01, the hashprice being the day's expected
// coins per hash (86,400 s / (difficulty x 2^32) x (subsidy 3.125 BTC + the day's fees per
// block)) at the day's price; the sold call pays 3 x (the 2024-12-31 price - 80,000 USD), the put
// nothing above 55,000, the premiums cancel.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runBacktest } from '../../src/engine/backtest/backtest.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { METRIC } from '../../src/engine/kernel/metrics.js';
import { loadScenario } from '../fixtures/scenarios.js';

const root = new URL('../../', import.meta.url);

function history(): Map<string, Record<string, number>> {
  const [head, ...lines] = readFileSync(new URL('data/btc-daily.csv', root), 'utf8').trim().split('\n');
  const names = head.split(',');
  const rows = new Map<string, Record<string, number>>();
  for (const line of lines) {
    const cells = line.split(',');
    rows.set(cells[0], Object.fromEntries(names.map((n, i) => [n, Number(cells[i])])));
  }
  return rows;
}

/** The shipped history's last date. */
function lastHistoryDate(): string | undefined {
  return [...history().keys()].at(-1);
}

describe('the hedge case on the actual history', () => {
  it('runBacktest() settles the swap and the collar of hashprice-hedge-2024-05 as the shipped history says', async () => {
    const s = await loadScenario('hashprice-hedge-2024-05');
    const b = runBacktest(s, await loadCompileInputs(s));
    const rows = history();
    let hashpriceSum = 0;
    const day = new Date('2024-05-01T00:00:00Z');
    for (let d = 0; d < 365; d++) {
      const r = rows.get(new Date(day.getTime() + d * 86_400_000).toISOString().slice(0, 10))!;
      const coinsPerHsDay = (86_400 / (r.difficulty_mean * 2 ** 32)) * (3.125 + r.fees_btc / r.block_count);
      hashpriceSum += coinsPerHsDay * r.price_usd * 1e15;
    }
    const swap = 10 * (50.13 * 365 - hashpriceSum);
    const call = -3 * Math.max(rows.get('2024-12-31')!.price_usd - 80_000, 0);
    expect(swap).toBeCloseTo(-2947, 0);
    expect(call).toBeCloseTo(-40_169.2, 1);
    expect(b.metrics[METRIC.hedgeNetUsd]).toBeCloseTo(swap + call, 4);
  }, 60_000);

  it('runBacktest() stops at the end of the shipped history: a call sold before it and expiring after it counts its premium and no payoff', async () => {
    // The history ends on 2025-11-14; the call expires on 2026-02-01, within the horizon.
    const s = await loadScenario('hashprice-hedge-2024-05', (draft) => {
      draft.start = '2025-03-01';
      draft.horizon = '12 months';
      draft.finance.hedges = [
        {
          type: 'call',
          position: 'sold',
          coins: 3,
          strike: '80000 USD',
          premium: '2500 USD',
          expiry: '2026-02-01',
        },
      ];
      delete draft.claims;
    });
    const b = runBacktest(s, await loadCompileInputs(s));
    expect(b.cutAt).toBe(lastHistoryDate());
    expect(b.metrics[METRIC.hedgeNetUsd]).toBe(3 * 2500);
  }, 60_000);
});
