// An analyst's question: ten Antminer S19s (95 TH/s, 3,250 W) bought on 2023-01-01 at 1,500 USD
// and ten more bought on 2023-04-01 at 2,000 USD, installed ten days later, all hosted on a
// revenue share with a waterfall (the site keeps 30 % of the coins after the 2 % pool fee until the
// owner's running margin has recovered the fleet's 35,000 USD of capex, then 50 %), the owner
// paying the power at 0.03 USD/kWh, back-tested to the end of the shipped history (2025-11-14).
// Day by day, do the coins, the revenue, the power and the cash agree with the history? On what
// day does the split flip, and does the second cohort's capex count towards the waterfall before
// it is bought? By hand from data/btc-daily.csv: each day's coins per H/s (86,400 / (difficulty x
// 2^32) x the day's subsidy and fees a block), the machines hashing that day (10, then 20 from
// day 100), 98 % of the coins after the pool fee, the owner's 70 % (50 % after the flip) sold at
// the day's price, less 2.34 USD of power a machine a day (3.25 kW x 24 h x 0.03 USD/kWh); the
// flip comes the day after the running margin reaches 35,000 USD (the waterfall recovers the
// whole fleet's capex, the second cohort's included, though it is paid on day 90).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coinsPerHs, dateAfter, day, useScratchFolder } from '../analyst-questions-2/hand.js';

const { backtest, scenarioFile } = useScratchFolder({ charts: false });

const START = '2023-01-01';
const DAYS = 1048; // to 2025-11-14, the history's last day
const CAPEX = 10 * 1500 + 10 * 2000;
const POWER = 3.25 * 24 * 0.03; // a machine a day
const file = scenarioFile(
  'two-stage-waterfall',
  `name: two-stage-waterfall
start: ${START}
horizon: ${DAYS} days
fleet:
  - { name: first, model: Antminer S19, count: 10, unitPrice: 1500 USD }
  - { name: second, model: Antminer S19, count: 10, unitPrice: 2000 USD, purchased: 2023-04-01, deploymentDelay: 10 days }
power:
  price: 0.03 USD/kWh
  hosting: { basis: revenue-share, share: 30 %, waterfall: { after: 50 % } }
costs: { poolFee: 2 % }
`,
);

/** The back-test by hand, day by day. */
function byHand() {
  const rows: { date: string; coins: number; revenue: number; power: number; cash: number }[] = [];
  let margin = 0;
  let cash = 0;
  let flip: number | null = null;
  for (let d = 0; d < DAYS; d++) {
    const date = dateAfter(START, d);
    const units = 10 + (d >= 100 ? 10 : 0);
    const owner = flip !== null && d > flip ? 0.5 : 0.7;
    const coins = units * 95e12 * coinsPerHs(date) * 0.98 * owner;
    const revenue = coins * day(date).price;
    const power = units * POWER;
    margin += revenue - power;
    cash += revenue - power - (d === 0 ? 15_000 : d === 90 ? 20_000 : 0);
    if (flip === null && margin >= CAPEX) flip = d;
    rows.push({ date, coins, revenue, power, cash });
  }
  return { rows, flip };
}

describe('two cohorts on a revenue share with a waterfall, back-tested day by day', {
  timeout: 60_000,
}, () => {
  it('minesim backtest: every day of daily.csv, the flip day and the net at the end of the history agree with the hand computation', async () => {
    const hand = byHand();
    const { summary, folder, text } = await backtest(file);
    const [head, ...lines] = readFileSync(join(folder, 'daily.csv'), 'utf8').trim().split('\n');
    const names = head.split(',');
    const col = (name: string) => names.indexOf(name);
    expect(lines).toHaveLength(DAYS);
    lines.forEach((line, d) => {
      const c = line.split(',');
      const h = hand.rows[d];
      expect(c[0]).toBe(h.date);
      expect(Number(c[col('coins_mined_btc')])).toBeCloseTo(h.coins, 6);
      expect(Number(c[col('revenue_usd')])).toBeCloseTo(h.revenue, 3);
      expect(Number(c[col('power_usd')])).toBeCloseTo(h.power, 6);
      expect(Number(c[col('cash_usd')])).toBeCloseTo(h.cash, 2);
    });
    // The margin reaches the whole fleet's capex on 2025-08-12, day 954; with no other cost the cash is
    // back at zero that same day, so the flip and the payback coincide, and at the 50 % split that
    // follows the net stays within a few dollars of zero to the history's end.
    expect(hand.flip).toBe(954);
    const h = summary.headline;
    expect(h.paybackDays.quantiles.p50).toBe(954);
    expect(h.netAtHorizonUsd.quantiles.p50).toBeCloseTo(hand.rows[DAYS - 1].cash, 2);
    expect(Math.round(hand.rows[DAYS - 1].cash)).toBe(9);
    expect(h.coinsMined.quantiles.p50).toBeCloseTo(
      hand.rows.reduce((sum, r) => sum + r.coins, 0),
      8,
    );
    expect(text).toMatch(/the site’s share 30 % until 35,000 USD recovered, 50 % from 2025-08-13/);
    expect(text).toMatch(/payback \(actual history\) +day 954 \(2025-08-12\)/);
  });
});
