// The break-even search assumes the net position at the horizon falls as the tariff rises and rises
// with the coin price. Two structures break that, and there the search returned one root of several
// as if it were THE break-even:
// - a revenue share whose waterfall raises the site's share: a dearer tariff slows the owner's
//   recovery and delays the switch to the larger share, so the net can rise with the tariff; a
//   higher price brings the switch earlier, so the net can fall as the price rises;
// - a revenue share under the shutdown rule, which keeps a cohort on while the whole revenue covers
//   the power (model/hosting.ts): on days the owner's share does not cover the power it loses money,
//   and a dearer tariff that switches those days off raises the net.
// minesim now searches neither break-even under them (NaN, with the reason breakEvenTurns names).
import { describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import {
  OPERATION_SHUTDOWN_UNPROFITABLE,
  type SimulationPlan,
  TREASURY_HOLD,
} from '../../src/engine/compile/plan.js';
import { breakEvenPrice, breakEvenTariff, breakEvenTurns } from '../../src/engine/kernel/breakeven.js';
import { runPathDays } from '../../src/engine/kernel/kernel.js';
import { createKernelWorkspace } from '../../src/engine/kernel/workspace.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { breakEvenTurnsMessages } from '../../src/messages/break-even.js';
import { NO_CONTRACT } from '../../src/model/hosting.js';
import { headlineTables } from '../../src/report/headline.js';
import { makePath, makePlan, type PlanOptions } from '../fixtures/plan.js';
import { scenarioOf } from '../fixtures/scenarios.js';

// One S9 at difficulty 5.6e11 and 1,808.75 USD: 0.0075602 BTC (13.674 USD) a day, 31.752 kWh a day.
const DIFFICULTY = 5.6e11;

function netAt(plan: SimulationPlan, tariffUsdPerKwh: number, priceUsd = plan.initial.priceUsd): number {
  const path = makePath(plan, { difficulty: DIFFICULTY, priceUsd });
  const workspace = createKernelWorkspace(plan);
  const tariff = new Float64Array(plan.days).fill(tariffUsdPerKwh);
  return runPathDays(plan, path, workspace, null, tariff, path.priceUsd)[plan.days - 1];
}

function solve(plan: SimulationPlan, which: 'tariff' | 'price', priceUsd?: Float64Array): number {
  const path = makePath(plan, { difficulty: DIFFICULTY, ...(priceUsd ? { priceUsd } : {}) });
  const workspace = createKernelWorkspace(plan);
  return which === 'tariff' ? breakEvenTariff(plan, path, workspace) : breakEvenPrice(plan, path, workspace);
}

// Capex 800 USD; the site keeps 30 % of the coins until the owner has recovered 1,000 USD (its
// coins' value less the power), then 90 %. By hand (python, the kernel's day loop: the split
// changes the day after the margin adds up): the net at the horizon is +153 USD at 0.05 USD/kWh,
// -172 at 0.10, -67 at 0.20, +202 at 0.215, -204 at 0.25; it crosses zero near 0.0715, 0.2045
// and 0.2324 USD/kWh. At 0.215 USD/kWh it is -2,326 USD at 500 USD a coin, +202 at 1,808.75, -821
// at 2,500 and +466 at 10,000.
const WATERFALL: PlanOptions = {
  days: 365,
  cohorts: [{ capexUsd: 800 }],
  contract: { ...NO_CONTRACT, basis: 'revenue-share', siteShare: 0.3, siteShareAfter: 0.9, recoverUsd: 1000 },
};

describe('the break-evens where the net at the horizon is not monotone', () => {
  it('runPathDays() under a waterfall from 30 % to 90 %: the net rises with the tariff and falls with the price', () => {
    const plan = makePlan({ ...WATERFALL, tariffUsdPerKwh: 0.215 });
    expect(netAt(plan, 0.05)).toBeCloseTo(153.43, 0);
    expect(netAt(plan, 0.1)).toBeCloseTo(-171.7, 0);
    expect(netAt(plan, 0.215)).toBeCloseTo(202.08, 0);
    expect(netAt(plan, 0.25)).toBeCloseTo(-203.55, 0);
    expect(netAt(plan, 0.215, 2500)).toBeCloseTo(-821.45, 0);
    expect(netAt(plan, 0.215, 10_000)).toBeCloseTo(465.66, 0);
  });

  it('breakEvenTariff() and breakEvenPrice() under a waterfall that raises the share are NaN, not one root of three (it said 0.0715 USD/kWh)', () => {
    const plan = makePlan({ ...WATERFALL, tariffUsdPerKwh: 0.215 });
    expect(breakEvenTurns(plan)).toBe('waterfall');
    expect(solve(plan, 'tariff')).toBeNaN();
    expect(solve(plan, 'price')).toBeNaN();
  });

  it('breakEvenTariff() under a waterfall that lowers the share still solves: a dearer tariff only delays the better split', () => {
    const plan = makePlan({
      ...WATERFALL,
      contract: { ...WATERFALL.contract!, siteShare: 0.9, siteShareAfter: 0.3, recoverUsd: 200 },
    });
    expect(breakEvenTurns(plan)).toBeNull();
    const tariff = solve(plan, 'tariff');
    // The net falls with the tariff, by a step where the better split comes a day later (about
    // 0.6 x 13.674 = 8.2 USD): the break-even is where it turns negative.
    expect(tariff).toBeGreaterThan(0);
    expect(netAt(plan, tariff * (1 - 1e-9))).toBeGreaterThanOrEqual(0);
    expect(netAt(plan, tariff * (1 + 1e-9))).toBeLessThan(0);
  });

  // 100 days at 529.03 USD a coin (4 USD a day of revenue), then 265 at 132.26 (1 USD a day); the
  // site keeps 50 %, the capex is 20 USD. Below 1 / 31.752 = 0.031494 USD/kWh the cohort runs every
  // day: the owner makes 2 - 31.752 t a day on the first 100 and 0.5 - 31.752 t on the rest, so
  // the net is 332.5 - 20 - 11,589.5 t: zero at 0.02696, -52.5 just below 0.031494. Above it the
  // last 265 days are off: 100 x (2 - 31.752 t) - 20, +53.5 at 0.04, zero at 0.05669. Three
  // sign changes; the search found one of them.
  it('breakEvenTariff() and breakEvenPrice() under a revenue share and the shutdown rule are NaN', () => {
    const coinsPerDay = 13.674 / 1808.75;
    const price = new Float64Array(365);
    for (let d = 0; d < 365; d++) price[d] = (d < 100 ? 4 : 1) / coinsPerDay;
    const plan = makePlan({
      days: 365,
      cohorts: [{ capexUsd: 20 }],
      operation: OPERATION_SHUTDOWN_UNPROFITABLE,
      contract: { ...NO_CONTRACT, basis: 'revenue-share', siteShare: 0.5, siteShareAfter: 0.5 },
    });
    const path = makePath(plan, { difficulty: DIFFICULTY, priceUsd: price });
    const workspace = createKernelWorkspace(plan);
    const at = (t: number) =>
      runPathDays(plan, path, workspace, null, new Float64Array(365).fill(t), path.priceUsd)[364];
    expect(at(0.031)).toBeLessThan(-40);
    expect(at(0.04)).toBeGreaterThan(40);
    expect(at(0.06)).toBeLessThan(0);
    expect(breakEvenTurns(plan)).toBe('share-shutdown');
    expect(solve(plan, 'tariff', price)).toBeNaN();
    expect(solve(plan, 'price', price)).toBeNaN();
  });

  // One S9 at 0.05 USD/kWh (1.5876 USD of power a day), the site keeping 50 %, capex 20 USD; the
  // difficulty is 5.6e11 for 100 days (0.0075602 BTC a day), then four times that for 265 (a
  // quarter of the coins). Held at a price P the cohort runs on the first days from P = 210 USD,
  // on the others from 840, each time at a loss to the owner (half the revenue, all the power):
  // the net is -20 below 210, 100 x (0.0037801 P - 1.5876) - 20 up to 840 (zero at 472.9,
  // +138 at 839), then with the other days on 265 x (0.00094503 P - 1.5876) more (-72 at 841),
  // zero again at 954. A higher price lowers the net.
  it('runPathDays() under a revenue share and the shutdown rule: the net falls where a higher price switches days on', () => {
    const plan = makePlan({
      days: 365,
      cohorts: [{ capexUsd: 20 }],
      operation: OPERATION_SHUTDOWN_UNPROFITABLE,
      contract: { ...NO_CONTRACT, basis: 'revenue-share', siteShare: 0.5, siteShareAfter: 0.5 },
    });
    const difficulty = new Float64Array(365);
    for (let d = 0; d < 365; d++) difficulty[d] = d < 100 ? DIFFICULTY : 4 * DIFFICULTY;
    const path = makePath(plan, { difficulty });
    const workspace = createKernelWorkspace(plan);
    const at = (priceUsd: number) =>
      runPathDays(
        plan,
        path,
        workspace,
        null,
        plan.tariffUsdPerKwh,
        new Float64Array(365).fill(priceUsd),
      )[364];
    expect(at(400)).toBeLessThan(0);
    expect(at(830)).toBeGreaterThan(100);
    expect(at(850)).toBeLessThan(-50);
    expect(at(1000)).toBeGreaterThan(0);
    expect(breakEvenPrice(plan, path, createKernelWorkspace(plan))).toBeNaN();
  });

  // One S9 (capex 20 USD) under the shutdown rule, its coins held: 265 days at difficulty 5.6e11
  // and 419.99 USD a coin (3.1752 USD of revenue a day, 2X with X = 31.752 kWh x 0.05 USD/kWh =
  // 1.5876), then 100 days at a third of that difficulty and 209.99 USD (3X a day). The rule
  // decides at the day's price; the coins held are worth the last day's, so a first-days coin is
  // worth half what the rule saw: X a day. Below 0.1 USD/kWh every day runs: 565 X - 365 x 31.752
  // t - 20 = 876.99 - 11,589.5 t, zero at 0.07567, -166 at 0.09. From 0.1 the first days are off:
  // 100 x (3X - 31.752 t) - 20, +75 at 0.12, zero at 0.14371. Sold each day, the same fleet's net
  // falls with the tariff.
  it('runPathDays() under the shutdown rule with the coins held: the net rises where a dearer tariff switches off days whose coins end up worth less than their power', () => {
    const held = makePlan({
      days: 365,
      cohorts: [{ capexUsd: 20 }],
      operation: OPERATION_SHUTDOWN_UNPROFITABLE,
      treasury: TREASURY_HOLD,
    });
    const difficulty = new Float64Array(365);
    const price = new Float64Array(365);
    for (let d = 0; d < 365; d++) {
      difficulty[d] = d < 265 ? DIFFICULTY : DIFFICULTY / 3;
      price[d] = d < 265 ? 419.99 : 209.995;
    }
    const path = makePath(held, { difficulty, priceUsd: price });
    const at = (plan: SimulationPlan, t: number) =>
      runPathDays(plan, path, createKernelWorkspace(plan), null, new Float64Array(365).fill(t), price)[364];
    expect(at(held, 0.07)).toBeGreaterThan(0);
    expect(at(held, 0.09)).toBeCloseTo(-166.1, 0);
    expect(at(held, 0.12)).toBeCloseTo(75.3, 0);
    expect(at(held, 0.15)).toBeLessThan(0);
    expect(breakEvenTurns(held)).toBe('shutdown-held');
    expect(breakEvenTariff(held, path, createKernelWorkspace(held))).toBeNaN();
    // Held at one price, the rule's price is the coins' value: the price's search stands.
    const breakEvenUsd = breakEvenPrice(held, path, createKernelWorkspace(held));
    expect(breakEvenUsd).toBeGreaterThan(0);
    const fixed = new Float64Array(365).fill(breakEvenUsd);
    expect(
      Math.abs(runPathDays(held, path, createKernelWorkspace(held), null, held.tariffUsdPerKwh, fixed)[364]),
    ).toBeLessThan(1e-6);
    // A path never above its last day's price: a day the rule runs adds at least its power's worth.
    const flat = makePath(held, { difficulty, priceUsd: 209.995 });
    const tariff = breakEvenTariff(held, flat, createKernelWorkspace(held));
    expect(tariff).toBeGreaterThan(0);
    const atTariff = new Float64Array(365).fill(tariff);
    expect(
      Math.abs(runPathDays(held, flat, createKernelWorkspace(held), null, atTariff, flat.priceUsd)[364]),
    ).toBeLessThan(1e-6);
    const sold = makePlan({
      days: 365,
      cohorts: [{ capexUsd: 20 }],
      operation: OPERATION_SHUTDOWN_UNPROFITABLE,
    });
    expect(breakEvenTurns(sold)).toBeNull();
    expect(at(sold, 0.12)).toBeLessThan(at(sold, 0.09));
  });

  // Ten 95 TH/s machines of 3,250 W (capex 4,000 USD) at 20,000 USD a coin and difficulty 35e12,
  // 30 % to the site until 5,000 USD is recovered, then 90 %: 68.25 USD of revenue a day. By hand
  // (python, the day loop above): +804 USD at 0.01 USD/kWh, -1,614 at 0.03, +627 at 0.045,
  // -1,935 at 0.054; minesim printed a break-even tariff of 0.01441 USD/kWh.
  it('runMonteCarlo() under a waterfall that raises the share: summary.json, the terminal and the report say why there is no break-even', async () => {
    const s = await scenarioOf(`
name: waterfall-turns
start: 2023-01-01
horizon: 1 year
fleet:
  - { name: rigs, hashrate: 95 TH/s, power: 3250 W, count: 10, unitPrice: 400 USD }
power:
  price: 0.045 USD/kWh
  hosting: { basis: revenue-share, share: 30 %, waterfall: { after: 90 %, capex: 5000 USD } }
network: { difficulty: 35e12, hashrate: 250 EH/s, model: { type: growth, rate: 0 % } }
fees: { model: { type: per-block, amount: 0 } }
price: { start: 20000 USD, model: { type: fixed } }
money: { salvage: { model: none } }
monteCarlo: { paths: 4 }
`);
    const { summary, outcomes } = await runMonteCarlo(s, { paths: 4, workers: 1, withBacktest: false });
    expect(outcomes.netAtHorizonUsd[0]).toBeGreaterThan(600);
    expect(summary.headline.breakEvenTurns).toBe('waterfall');
    expect(summary.headline.breakEvenTariffUsdPerKwh.paths).toBe(0);
    const why = breakEvenTurnsMessages.waterfall;
    expect(headlineTable(summary)).toContain(`none (${why.none})`);
    expect(headlineTable(summary)).not.toContain('in the range searched');
    const table = headlineTables(summary).find((t) => t.title === 'Break-evens')!;
    expect(table.note).toContain(why.why);
    expect(table.note).not.toContain('Each is searched');
  });
});
