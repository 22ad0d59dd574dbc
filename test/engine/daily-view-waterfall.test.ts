// A revenue share's waterfall flips to the site's later share once the owner's running margin
// has earned back what it recovers (the fleet's capex by default): held fixed, that is a day of
// the contract's calendar, before the payback when fixed costs keep the profit below the margin.
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { scenarioOf } from '../fixtures/scenarios.js';

// Ten S9s (13.5 TH/s, 1,323 W, 2,400 USD) on 2017-05-17 at difficulty 5.5e11, 12.5 BTC + 0.5 of
// fees a block, 1,800 USD, 0.05 USD/kWh, a 2 % pool fee and 300 USD/month of fixed costs; the
// site keeps 30 % of the coins, then 50 %.
const TEXT = `
name: daily-view-waterfall
start: 2017-05-17
horizon: 3 years
fleet:
  - { model: Antminer S9, count: 10, unitPrice: 2400 USD }
power: { price: 0.05 USD/kWh, hosting: { basis: revenue-share, share: 30 %, waterfall: { after: 50 % } } }
costs: { poolFee: 2 %, fixed: 300 USD/month }
network: { difficulty: 5.5e11, hashrate: 4 EH/s, model: { type: growth, rate: 50 % } }
fees: { model: { type: per-block, amount: 0.5 } }
price: { start: 1800 USD, model: { type: gbm, drift: 40 %, volatility: 80 % } }
monteCarlo: { paths: 10 }
`;

const REVENUE = ((13.5e12 * 86_400 * 13) / (5.5e11 * 2 ** 32)) * 1800 * 0.98; // 11.323 USD a day
const POWER = 1.323 * 24 * 0.05; // 1.5876
const FIXED = (300 * 12) / 365.25; // 9.8563

describe('the daily view of a waterfall', () => {
  it('planDailyView() flips the share on day 24,000 / 63.386 = 378.6, when the margin has earned back the capex, and pays back on day 499.47 (it was 448.35 at 30 % for ever)', async () => {
    const { summary } = await runMonteCarlo(await scenarioOf(TEXT), {
      paths: 10,
      workers: 1,
      breakEvenPaths: 0,
    });
    const view = summary.dailyView!;
    const opening = 10 * (REVENUE * 0.7 - POWER) - FIXED; // 53.529 USD a day
    const margin = 10 * (REVENUE * 0.7 - POWER); // 63.386: the fixed costs are no part of it
    const later = 10 * (REVENUE * 0.5 - POWER) - FIXED; // 30.883
    const flip = 24_000 / margin;
    const atFlip = -24_000 + flip * opening; // -3,731.9
    expect(view.fleet.profitUsd).toBeCloseTo(opening, 9);
    expect(view.fleet.paybackDays).toBeCloseTo(flip - atFlip / later, 6);
    expect(Math.round(view.fleet.paybackDays!)).toBe(499);
  }, 60_000);
});
