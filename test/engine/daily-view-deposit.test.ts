// A hosting deposit is no cost of a day, but money at stake: the run pays it on day 0 and has it
// back when hosting ends (the contract renews while the site hosts the fleet), and so does the
// payback held fixed (engine/compile/daily-view.ts).
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { scenarioOf } from '../fixtures/scenarios.js';

// Ten S9s (13.5 TH/s, 1,323 W, 2,400 USD) on 2017-05-17 at difficulty 5.5e11, 12.5 BTC + 0.5 of
// fees a block, 1,800 USD, 0.05 USD/kWh, a 2 % pool fee, hosting of 10 USD/kW/month on nameplate
// power with a deposit of 2 months.
const text = (term: string) => `
name: daily-view-deposit
start: 2017-05-17
horizon: 2 years
fleet:
  - { model: Antminer S9, count: 10, unitPrice: 2400 USD }
power: { price: 0.05 USD/kWh, hosting: { basis: per-kw, rate: 10 USD/kW/month, deposit: 2 months, term: ${term} } }
costs: { poolFee: 2 % }
network: { difficulty: 5.5e11, hashrate: 4 EH/s, model: { type: growth, rate: 50 % } }
fees: { model: { type: per-block, amount: 0.5 } }
price: { start: 1800 USD, model: { type: gbm, drift: 40 %, volatility: 80 % } }
monteCarlo: { paths: 10 }
`;

const S9 =
  ((13.5e12 * 86_400 * 13) / (5.5e11 * 2 ** 32)) * 1800 * 0.98 -
  1.323 * 24 * 0.05 -
  (1.323 * 10 * 12) / 365.25;
const DEPOSIT = 10 * 1.323 * 10 * 2; // 264.6 USD: two months of 13.23 USD a unit

async function view(term: string) {
  const { summary } = await runMonteCarlo(await scenarioOf(text(term)), {
    paths: 10,
    workers: 1,
    breakEvenPaths: 0,
  });
  return summary.dailyView!;
}

describe('the daily view of a hosting deposit', () => {
  it('planDailyView() counts the deposit at stake until the term ends: (24,000 + 264.6) / 93.009 = day 260.9 (it was 258.0, the deposit left out)', async () => {
    const v = await view('3 years');
    expect(v.fleet.profitUsd).toBeCloseTo(10 * S9, 9);
    expect(v.fleet.paybackDays).toBeCloseTo((24_000 + DEPOSIT) / (10 * S9), 8);
  }, 60_000);

  it('planDailyView() of a term of 6 months keeps the deposit held while the contract renews: 24,264.6 / 93.009 again (24,000 / 93.009 had it back after 6 months)', async () => {
    const v = await view('6 months');
    expect(v.fleet.paybackDays).toBeCloseTo((24_000 + DEPOSIT) / (10 * S9), 8);
  }, 60_000);
});
