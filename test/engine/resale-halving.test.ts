// A hashprice-linked resale whose week reaches back across a halving on a simulated path (the
// difficulty model's network, kernel/salvage.ts resaleHashpriceAt): every day of the week is read
// at the subsidy in force at the end of the day priced, the one the machines earn from then on.
//
// The plan: one S9 a cohort at a flat 1,808.75 USD, the network at 4.3e18 H/s and a difficulty
// that gives it 144 blocks a day exactly (4.3e18 x 600 / 2^32), so no retarget moves it; from
// height 627,048 the halving (block 630,000) falls half-way through day 20: day 20 pays a mean
// of (12.5 + 6.25) / 2 = 9.375 BTC a block, days 0-19 12.5, days 21 on 6.25. A day's hashprice is
// u x (subsidy + fees a block) x price, u = 86,400 / (difficulty x 2^32) the same every day.
import { describe, expect, it } from 'vitest';
import { SALVAGE_HASHPRICE, type SimulationPlan } from '../../src/engine/compile/plan.js';
import { bookFlows } from '../../src/engine/kernel/books-workspace.js';
import { simulatePath } from '../../src/engine/kernel/kernel.js';
import { METRIC } from '../../src/engine/kernel/metrics.js';
import { resaleHashpriceAt } from '../../src/engine/kernel/salvage.js';
import { createKernelWorkspace } from '../../src/engine/kernel/workspace.js';
import { loanBooks, loanPlan } from '../fixtures/loan-plan.js';
import {
  makePath,
  makePlan,
  type PlanOptions,
  START_FEES_BTC_PER_BLOCK,
  START_NETWORK_HASHRATE_HS,
  START_PRICE_USD,
  series,
  TWO_POW_32,
} from '../fixtures/plan.js';
import { seededUniform } from '../fixtures/uniform.js';

const DIFFICULTY = (START_NETWORK_HASHRATE_HS * 600) / TWO_POW_32;

function halvingPlan(options: PlanOptions): SimulationPlan {
  return makePlan({
    ...options,
    initial: {
      height: 627_048,
      difficulty: DIFFICULTY,
      networkHashrateHs: START_NETWORK_HASHRATE_HS,
      priceUsd: START_PRICE_USD,
      epochStartHeight: 626_976,
      epochElapsedS: 72 * 600,
      supply: 0,
    },
  });
}

const hashprice = { salvageMode: SALVAGE_HASHPRICE, salvageFraction: 1, unitPriceUsd: 2000 } as const;

describe('a hashprice-linked resale on a simulated path across a halving', () => {
  // Fees 3.0895 BTC a block (the fixture's 478.87 / 155). `early` hashes from day 0 (its base
  // (12.5 + f) u P) and is sold on day 23, three days after the halving: its week, days 17-23, is
  // read at 6.25 BTC, (6.25 + f) / (12.5 + f) = 9.3395 / 15.5895 = 0.59909 of its base: 1,198.2
  // USD (on the days' own subsidies, 3 x 12.5 + 9.375 + 3 x 6.25 = 65.625 / 7 = 9.375 BTC a
  // block: 12.4645 / 15.5895 = 0.79955, 1,599.1 USD). `late` hashes from day 22: its week, days
  // 16-22, at 6.25 BTC is the hashprice of every later day, so at the horizon (day 59) it keeps its
  // 2,000 USD (on the days' own subsidies, 4 x 12.5 + 9.375 + 2 x 6.25 = 71.875 / 7 = 10.268 BTC:
  // a base of 13.357, 9.3395 / 13.357 = 0.69922, 1,398.4 USD to the horizon).
  const f = START_FEES_BTC_PER_BLOCK;
  it('simulatePath() sells machines 3 days after a halving, and values machines first hashing 2 days after it, at the subsidy after it', () => {
    const plan = halvingPlan({
      days: 60,
      cohorts: [
        { ...hashprice, name: 'early', retireDay: 23 },
        { ...hashprice, name: 'late', purchaseDay: 22, deployDay: 22 },
      ],
    });
    const workspace = createKernelWorkspace(plan);
    const metrics = simulatePath(plan, makePath(plan), workspace);
    expect(workspace.networkDays.coinsPerHs[19]).not.toBe(workspace.networkDays.coinsPerHs[20]);
    expect(metrics[METRIC.salvageRealizedUsd]).toBeCloseTo((2000 * (6.25 + f)) / (12.5 + f), 6);
    expect(metrics[METRIC.salvageRealizedUsd]).toBeCloseTo(1198.2, 1);
    expect(metrics[METRIC.salvageAtHorizonUsd]).toBeCloseTo(2000, 6);
  });

  it('simulatePath() sells one cohort 3 days after a halving at the subsidy after it (the one-cohort day loop)', () => {
    const plan = halvingPlan({ days: 60, cohorts: [{ ...hashprice, retireDay: 23 }] });
    const metrics = simulatePath(plan, makePath(plan), createKernelWorkspace(plan));
    expect(metrics[METRIC.salvageRealizedUsd]).toBeCloseTo(1198.2, 1);
  });

  it('simulatePath() scales fees that are a share of the subsidy with it: a sale 3 days after the halving at half the base', () => {
    // Fees at 20 % of the subsidy: a day's hashprice is 1.2 x subsidy x u x P, so the week of day
    // 23 at 6.25 BTC is 6.25 / 12.5 = half the base, 1,000 USD (on the days' own subsidies,
    // 9.375 / 12.5: 1,500 USD).
    const plan = halvingPlan({ days: 60, cohorts: [{ ...hashprice, retireDay: 23 }] });
    const path = makePath(plan);
    path.feesPerSubsidy = series(plan.days, 0.2);
    const metrics = simulatePath(plan, path, createKernelWorkspace(plan));
    expect(metrics[METRIC.salvageRealizedUsd]).toBeCloseTo(1000, 6);
  });

  it('runBooks() calls a loan on every day the week’s mean hashprice at the subsidy after a halving puts the balance above the covenant, and on no other, over 200 random price paths', () => {
    // One 2,000 USD S9 pledged for 1,400 USD at 1 % a month over 12 payments, called above 90 %
    // of the collateral and restored to 70 %. Written out day by day: the collateral is 2,000 x
    // min(1, (s + f) x the mean price of the 7 days to the day / ((12.5 + f) x day 0's)), s the
    // subsidy at the day's end (12.5 to day 19, 6.25 from day 20): the halving takes 40 % off it
    // at once, not a seventh of that a day for a week.
    const DAYS = 200;
    const random = seededUniform(11);
    const base = halvingPlan({ days: DAYS, cohorts: [hashprice] });
    const loans = [loanPlan()];
    const plan: SimulationPlan = { ...base, books: loanBooks(base, loans, 2000) };
    const workspace = createKernelWorkspace(plan);
    const paymentDays = new Set(loans[0].paymentDays);
    let calls = 0;
    let callsAfterHalving = 0;
    for (let i = 0; i < 200; i++) {
      const price = new Float64Array(DAYS);
      let p = START_PRICE_USD * 1.6;
      const drift = (random() - 0.5) * 0.01;
      for (let d = 0; d < DAYS; d++) {
        p *= Math.exp(drift + (random() - 0.5) * 0.08);
        price[d] = p;
      }
      simulatePath(plan, makePath(plan, { priceUsd: price }), workspace);
      const { equity } = bookFlows(workspace.books!);
      const flows = workspace.cashFlowUsd;
      const level = (d: number) => {
        const from = Math.max(0, d - 6);
        let sum = 0;
        for (let k = from; k <= d; k++) sum += price[k];
        return ((d >= 20 ? 6.25 : 12.5) + f) * (sum / (d - from + 1));
      };
      let balance = 1400;
      let left = 12;
      // The last payment's day (0: the drawdown), and the interest a call's principal owes from it
      // to the end of the call's day, due with the next payment.
      let since = 0;
      let accrued = 0;
      for (let d = 1; d < DAYS - 1; d++) {
        let paid = 0;
        if (paymentDays.has(d) && left > 0) {
          const payment = (balance * 0.01) / (1 - 1.01 ** -left);
          paid = payment + accrued;
          accrued = 0;
          since = d;
          balance -= payment - balance * 0.01;
          left--;
        }
        const collateral = 2000 * Math.min(1, level(d) / level(0));
        if (balance > 1e-9 && balance > 0.9 * collateral) {
          const call = balance - 0.7 * collateral;
          paid += call;
          balance -= call;
          accrued += (call * 0.01 * (d + 1 - since)) / (365.25 / 12);
          calls++;
          if (d >= 20 && d < 27) callsAfterHalving++;
        }
        expect(flows[d] - equity[d], `path ${i}, day ${d}`).toBeCloseTo(paid, 6);
      }
    }
    expect(calls).toBeGreaterThan(50);
    expect(callsAfterHalving).toBeGreaterThan(20);
  });
});

describe('resaleHashpriceAt() against each day recomputed at the subsidy of the day priced', () => {
  it('resaleHashpriceAt() is the week of each day at its day-end subsidy, fees kept or scaled, over 2,000 random paths of halvings, days before the start and windows', () => {
    // Each day i pays a mean subsidy m_i a block (a halving's day a mix of its two eras) and ends
    // at e_i; its coins per H/s are u_i (m_i + fees_i), u_i = 86,400 / (difficulty_i x 2^32). Read
    // on day d every day of the week counts u_i (e_d + fees_i) x price_i, fees that are a share of
    // the subsidy u_i e_d (1 + share_i) x price_i; a day before the start (perCoin_k (the start's
    // subsidy + its fees), at the first day's price) perCoin_k (e_d + its fees) x price_0.
    const random = seededUniform(5);
    for (let n = 0; n < 2000; n++) {
      const days = 5 + Math.floor(random() * 40);
      const window = 1 + Math.floor(random() * 9);
      const feesFollow = random() < 0.5;
      const held = Math.floor(random() * window);
      const mean = new Float64Array(days);
      const end = new Float64Array(days);
      let era = 50 * 2 ** -Math.floor(random() * 3);
      const startSubsidy = era;
      for (let i = 0; i < days; i++) {
        if (random() < 0.12) {
          const after = era / 2;
          // A halving's day: its blocks all new (the halving at its start) or a mix, never all old
          // (a day ending on the boundary itself, which fractional heights never reach).
          mean[i] = random() < 0.2 ? after : after + (1 - random()) * (era - after) * 0.999;
          end[i] = after;
          era = after;
        } else mean[i] = end[i] = era;
      }
      const steps = new Float64Array(4 + 3 * 66);
      steps[1] = feesFollow ? 1 : 0;
      steps[2] = Number.POSITIVE_INFINITY;
      steps[3] = Number.NEGATIVE_INFINITY;
      let count = 0;
      for (let i = 0; i < days; i++) {
        if (count > 0 && mean[i] === steps[4 + (count - 1) * 3 + 2]) continue;
        steps.set([i, mean[i], end[i]], 4 + count * 3);
        count++;
        if (i > 0 || mean[i] !== end[i]) {
          if (steps[2] > i) steps[2] = i;
          steps[3] = i;
        }
      }
      steps[0] = count;
      const unit = Float64Array.from({ length: days }, () => 1e-9 * (1 + random()));
      const fee = Float64Array.from({ length: days }, () => random());
      const price = Float64Array.from({ length: days }, () => 100 + 100 * random());
      const difficulty = Float64Array.from(unit, (u) => 86_400 / (u * TWO_POW_32));
      const coinsPerHs = Float64Array.from(unit, (u, i) =>
        feesFollow ? u * mean[i] * (1 + fee[i]) : u * (mean[i] + fee[i]),
      );
      const perCoin = Float64Array.from({ length: held }, () => 1e-9 * (1 + random()));
      const feeBefore = Float64Array.from({ length: held }, () => random());
      const before = Float64Array.from(perCoin, (u, k) => u * (startSubsidy + feeBefore[k]));
      const plan = makePlan({
        days,
        resaleHashpriceDays: window,
        resaleCoinsPerHsBefore: before,
        resaleSubsidyBefore: startSubsidy,
        resaleCoinsPerHsPerCoinBefore: perCoin,
      });
      const network = { coinsPerHs, difficulty, subsidySteps: steps };
      for (let d = 0; d < days; d++) {
        const target = end[d];
        let sum = 0;
        let k = 0;
        for (let i = d - window + 1; i <= d; i++) {
          if (i >= 0) {
            sum += (feesFollow ? unit[i] * target * (1 + fee[i]) : unit[i] * (target + fee[i])) * price[i];
            k++;
          } else if (held + i >= 0) {
            sum += perCoin[held + i] * (target + feeBefore[held + i]) * price[0];
            k++;
          }
        }
        const got = resaleHashpriceAt(plan, network, price, d);
        expect(Math.abs(got / (sum / k) - 1), `path ${n}, day ${d}`).toBeLessThan(1e-12);
      }
    }
  });
});
