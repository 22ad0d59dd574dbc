// Hedges on Monero, by hand from data/xmr-daily.csv. Monero's hashprice is quoted per kH/s per day:
// a day's expected coins per H/s are 86,400 s / difficulty x (the day's emission and fees per block),
// as `minesim hashprice --coin monero` prints it. A hashprice swap's hashrate and fixed price are in
// hashes of the algorithm mined when it is struck; Monero's change to RandomX on 2019-11-30 changed
// what a hash is (hashprice fell from 0.264 USD/kH/s/day on 2019-11-25 to 0.100 on 2019-12-05
// while the price held at 50-54 USD), so a swap whose months run past it would settle a change of
// unit, not of the market.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runBacktest } from '../../src/engine/backtest/backtest.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { METRIC } from '../../src/engine/kernel/metrics.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const MONTH_DAYS = 365.25 / 12;

function history(): Map<string, Record<string, number>> {
  const text = readFileSync(new URL('../../data/xmr-daily.csv', import.meta.url), 'utf8');
  const [head, ...lines] = text.trim().split('\n');
  const names = head.split(',');
  return new Map(
    lines.map((line) => {
      const cells = line.split(',');
      return [cells[0], Object.fromEntries(names.map((n, i) => [n, Number(cells[i])]))];
    }),
  );
}

const dateAt = (start: string, d: number) =>
  new Date(Date.parse(`${start}T00:00:00Z`) + d * 86_400_000).toISOString().slice(0, 10);

function scenario(start: string, horizon: string, hedges: string): string {
  return `
name: monero-hedges
coin: monero
start: ${start}
horizon: ${horizon}
fleet:
  - { name: pcs, hashrate: 5 kH/s, power: 100 W, count: 100, unitPrice: 500 USD }
power: { price: 0.10 USD/kWh }
network: { model: { type: historical } }
fees: { model: { type: historical } }
price: { model: { type: historical } }
money: { salvage: { model: none } }
finance:
  hedges:
${hedges}
`;
}

async function problems(text: string) {
  const v = await validateScenarioText(text, 'monero-hedges.yaml');
  return v.ok ? [] : v.problems.map((p) => ({ path: String(p.path), message: p.message }));
}

describe('hedges on Monero, by hand', () => {
  it('runBacktest() settles a Monero hashprice swap in USD per kH/s per day and a price swap in XMR on the shipped history', async () => {
    // From 2018-05-10: 266 kH/s at 1.2 USD/kH/s/day for 3 months from 2018-06-03 (day 24), and 10
    // XMR a month at 150 USD for 2 months from the start. Month k of a swap from day s covers days
    // [s + round((k - 1) x 30.4375), s + round(k x 30.4375)).
    const start = '2018-05-10';
    const s = await scenarioOf(
      scenario(
        start,
        '6 months',
        [
          '    - { type: hashprice-swap, hashrate: 266 kH/s, price: 1.2 USD/kH/day, term: 3 months, start: 2018-06-03 }',
          '    - { type: price-swap, coins: 10, price: 150 USD, term: 2 months }',
        ].join('\n'),
      ),
    );
    const b = runBacktest(s, await loadCompileInputs(s));
    const rows = history();
    const day = (d: number) => rows.get(dateAt(start, d))!;
    const hashpriceUsdPerKhs = (d: number) => {
      const r = day(d);
      return (
        ((86_400 / r.difficulty_mean) * (r.issuance_xmr + r.fees_xmr) * r.price_usd * 1e3) / r.block_count
      );
    };
    let total = 0;
    for (let k = 1; k <= 3; k++) {
      const from = 24 + Math.round((k - 1) * MONTH_DAYS);
      const to = 24 + Math.round(k * MONTH_DAYS);
      for (let d = from; d < to; d++) total += 266 * (1.2 - hashpriceUsdPerKhs(d));
    }
    for (let k = 1; k <= 2; k++) {
      const from = Math.round((k - 1) * MONTH_DAYS);
      const to = Math.round(k * MONTH_DAYS);
      let sum = 0;
      for (let d = from; d < to; d++) sum += day(d).price_usd;
      total += 10 * (150 - sum / (to - from));
    }
    // 2018-06-03 hashprice: 1.397 USD/kH/s/day, as `minesim hashprice --coin monero` prints it.
    expect(hashpriceUsdPerKhs(24)).toBeCloseTo(1.3973, 4);
    expect(b.metrics[METRIC.hedgeNetUsd]).toBeCloseTo(total, 6);
  }, 60_000);

  it('validateScenarioText() refuses a Monero hashprice swap whose months run past RandomX (2019-11-30), at its term', async () => {
    // From 2019-10-25 (day 54 of a start on 2019-09-01): month 1 covers days 54-83 (to
    // 2019-11-23), month 2 days 84-114 and RandomX falls on day 90; one month ends before it.
    const found = await problems(
      scenario(
        '2019-09-01',
        '5 months',
        '    - { type: hashprice-swap, hashrate: 500 kH/s, price: 0.26 USD/kH/day, term: 3 months, start: 2019-10-25 }',
      ),
    );
    expect(found).toEqual([
      {
        path: 'finance.hedges[0].term',
        message: expect.stringMatching(
          /the swap's months run past 2019-11-30, when Monero's proof of work changed from cryptonight-r to randomx.*shorten the term to at most 1 month.*or start it on or after 2019-11-30/,
        ),
      },
    ]);
  });

  it('validateScenarioText() accepts Monero hashprice swaps on either side of RandomX and a price swap across it', async () => {
    expect(
      await problems(
        scenario(
          '2019-09-01',
          '5 months',
          [
            // Month 1 covers 2019-10-25 to 2019-11-23; a swap from the change on covers RandomX hashes only.
            '    - { type: hashprice-swap, hashrate: 500 kH/s, price: 0.26 USD/kH/day, term: 1 month, start: 2019-10-25 }',
            '    - { type: hashprice-swap, hashrate: 500 kH/s, price: 0.10 USD/kH/day, term: 2 months, start: 2019-11-30 }',
            // A coin's price has no hash in it.
            '    - { type: price-swap, coins: 10, price: 55 USD, term: 3 months, start: 2019-10-25 }',
          ].join('\n'),
        ),
      ),
    ).toEqual([]);
  });
});
