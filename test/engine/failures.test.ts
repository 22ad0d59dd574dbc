import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import {
  drawFailures,
  failureFreeDays,
  failuresOnFailureDay,
  inverseNormal,
} from '../../src/engine/kernel/failures.js';
import { simulatePath } from '../../src/engine/kernel/kernel.js';
import { createKernelWorkspace } from '../../src/engine/kernel/workspace.js';
import { makePath, makePlan } from '../fixtures/plan.js';

/** Mean and variance of `draws` failure counts; the Monte Carlo tolerance is 5 standard errors. */
function moments(alive: number, p: number, draws: number, seed: string): { mean: number; variance: number } {
  const rng = seedrandom(seed);
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < draws; i++) {
    const k = drawFailures(alive, p, rng);
    sum += k;
    sumSq += k * k;
  }
  const mean = sum / draws;
  return { mean, variance: sumSq / draws - mean * mean };
}

describe('drawFailures', () => {
  it('drawFailures() of five units returns a whole number of them', () => {
    const rng = seedrandom('five');
    for (let i = 0; i < 1000; i++) {
      const k = drawFailures(5, 0.3, rng);
      expect(Number.isInteger(k) && k >= 0 && k <= 5).toBe(true);
    }
  });

  it('drawFailures() of a small cohort has the binomial mean and variance', () => {
    const draws = 20_000;
    const { mean, variance } = moments(5, 0.3, draws, 'small');
    expect(Math.abs(mean - 1.5)).toBeLessThan(5 * Math.sqrt(1.05 / draws));
    expect(variance).toBeCloseTo(1.05, 1);
  });

  it('drawFailures() of a large cohort (normal approximation) has the binomial mean and variance', () => {
    const draws = 20_000;
    const { mean, variance } = moments(100_000, 0.001, draws, 'large');
    const sd = Math.sqrt(100_000 * 0.001 * 0.999);
    expect(Math.abs(mean - 100)).toBeLessThan(5 * (sd / Math.sqrt(draws)));
    expect(variance / sd ** 2).toBeCloseTo(1, 1);
  });

  it('drawFailures() takes exactly one uniform per call whatever the branch', () => {
    let calls = 0;
    const rng = () => {
      calls++;
      return 0.5;
    };
    for (const [alive, p] of [
      [0, 0.1],
      [5, 0],
      [5, 1],
      [10, 0.1],
      [1e6, 0.01],
      [1e6, 1e-7],
    ]) {
      drawFailures(alive, p, rng);
    }
    expect(calls).toBe(6);
  });

  it('drawFailures() with p = 0 never fails a unit and with p = 1 fails them all', () => {
    expect(drawFailures(7, 0, () => 0.999)).toBe(0);
    expect(drawFailures(7, 1, () => 0.001)).toBe(7);
  });
});

describe('inverseNormal', () => {
  it('inverseNormal() returns the standard normal quantiles 0, 1.959964 and -2.326348', () => {
    expect(inverseNormal(0.5)).toBeCloseTo(0, 9);
    expect(inverseNormal(0.975)).toBeCloseTo(1.959964, 6);
    expect(inverseNormal(0.01)).toBeCloseTo(-2.326348, 6);
  });
});

describe('failureFreeDays and failuresOnFailureDay', () => {
  it('failureFreeDays() is geometric: P(at least k days) = (1 - p)^(alive k), mean within 5 SE', () => {
    const rng = seedrandom('gap');
    const [alive, p, draws] = [10, 0.002, 20_000];
    const q = (1 - p) ** alive;
    let sum = 0;
    let atLeast30 = 0;
    for (let i = 0; i < draws; i++) {
      const k = failureFreeDays(alive, p, rng());
      sum += k;
      if (k >= 30) atLeast30++;
    }
    const mean = q / (1 - q);
    const sd = Math.sqrt(q) / (1 - q);
    expect(Math.abs(sum / draws - mean)).toBeLessThan(5 * (sd / Math.sqrt(draws)));
    const share = q ** 30;
    expect(Math.abs(atLeast30 / draws - share)).toBeLessThan(5 * Math.sqrt((share * (1 - share)) / draws));
    expect(failureFreeDays(10, 0, 0.5)).toBe(Number.POSITIVE_INFINITY);
    expect(failureFreeDays(0, 0.1, 0.5)).toBe(Number.POSITIVE_INFINITY);
  });

  it('failuresOnFailureDay() is the binomial given at least one failure: mean np / (1 - q)', () => {
    const rng = seedrandom('count');
    const [alive, p, draws] = [5, 0.3, 20_000];
    const q = (1 - p) ** alive;
    let sum = 0;
    let sumSq = 0;
    for (let i = 0; i < draws; i++) {
      const k = failuresOnFailureDay(alive, p, q, rng());
      expect(k).toBeGreaterThanOrEqual(1);
      sum += k;
      sumSq += k * k;
    }
    const mean = (alive * p) / (1 - q);
    const variance = (alive * p * (1 - p) + (alive * p) ** 2) / (1 - q) - mean * mean;
    expect(Math.abs(sum / draws - mean)).toBeLessThan(5 * Math.sqrt(variance / draws));
    expect((sumSq / draws - (sum / draws) ** 2) / variance).toBeCloseTo(1, 1);
  });
});

describe('simulatePath failure draws', () => {
  it('simulatePath() draws one uniform per cohort that can fail, then two per failure day', () => {
    const plan = makePlan({
      days: 20,
      cohorts: [
        { units: 3, failureProbPerDay: 0.05 },
        { units: 2000, deployDay: 15, failureProbPerDay: 0 },
      ],
    });
    // 0.3 gives floor(ln 0.3 / (3 ln 0.95)) = 7 failure-free days, so a failure on day 7 of one unit
    // (0.95^3 + 0.3 x (1 - 0.95^3) = 0.900 inverts the binomial at 1); with 2 units,
    // floor(ln 0.3 / (2 ln 0.95)) = 11 more failure-free days, so a failure on day 19. The second
    // cohort cannot fail and draws nothing.
    let calls = 0;
    const rng = () => {
      calls++;
      return 0.3;
    };
    const workspace = createKernelWorkspace(plan, { trace: true });
    simulatePath(plan, makePath(plan, { difficulty: 5.6e11 }), workspace, { uniform: rng });
    expect(calls).toBe(1 + 2 + 2);
    const perUnit = 13.5e12;
    const units = Array.from(workspace.trace!.fleetHashrateHs.slice(0, 15), (hs) => Math.round(hs / perUnit));
    expect(units).toEqual([3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2]);
    expect(workspace.fleet.aliveUnits[0]).toBe(1);
  });

  it('simulatePath() with an rng keeps whole units alive and never more than bought', () => {
    const plan = makePlan({ days: 60, cohorts: [{ units: 5, failureProbPerDay: 0.05 }] });
    const workspace = createKernelWorkspace(plan, { trace: true });
    simulatePath(plan, makePath(plan, { difficulty: 5.6e11 }), workspace, { uniform: seedrandom('whole') });
    const perUnit = workspace.trace!.fleetHashrateHs[0] / 5;
    for (const hs of workspace.trace!.fleetHashrateHs) {
      const units = hs / perUnit;
      expect(Math.abs(units - Math.round(units))).toBeLessThan(1e-9);
      expect(units).toBeLessThanOrEqual(5);
    }
  });

  it('simulatePath() leaves each of n units alive after D days with probability (1 - p)^D: binomial mean and variance within 5 SE', () => {
    const [units, p, days, paths] = [40, 0.002, 200, 4000];
    const plan = makePlan({ days, cohorts: [{ units, failureProbPerDay: p }] });
    const path = makePath(plan, { difficulty: 5.6e11 });
    const workspace = createKernelWorkspace(plan);
    const rng = seedrandom('binomial');
    let sum = 0;
    let sumSq = 0;
    for (let k = 0; k < paths; k++) {
      simulatePath(plan, path, workspace, { uniform: rng });
      const alive = workspace.fleet.aliveUnits[0];
      sum += alive;
      sumSq += alive * alive;
    }
    const survive = (1 - p) ** days;
    const mean = units * survive;
    const variance = units * survive * (1 - survive);
    expect(Math.abs(sum / paths - mean)).toBeLessThan(5 * Math.sqrt(variance / paths));
    expect((sumSq / paths - (sum / paths) ** 2) / variance).toBeCloseTo(1, 0);
  });
});

describe('simulatePath failures of every cohort', () => {
  it('simulatePath() leaves (1 - p)^(running days) of each cohort alive, the first cohort (fleet columns, deployed on day 10) and a large last one (normal approximation): means within 5 SE', () => {
    // Cohort 0: 40 units, p = 0.002 a day, running days 10..199 (190 days): mean 40 x 0.998^190
    // = 27.35, variance 40 x 0.684 x 0.316 = 8.65. Cohort 1 (the treasury's cohort): 5,000 units,
    // p = 0.01 a day (50 failures a day expected: the normal approximation), 200 days: mean
    // 5000 x 0.99^200 = 669.9, binomial variance 5000 x 0.134 x 0.866 = 580.
    const [days, paths] = [200, 2000];
    const cohorts = [
      { units: 40, failureProbPerDay: 0.002, deployDay: 10 },
      { units: 5000, failureProbPerDay: 0.01 },
    ];
    const plan = makePlan({ days, cohorts });
    const path = makePath(plan, { difficulty: 5.6e11 });
    const workspace = createKernelWorkspace(plan);
    const rng = seedrandom('every cohort');
    const sums = [0, 0];
    for (let k = 0; k < paths; k++) {
      simulatePath(plan, path, workspace, { uniform: rng });
      for (let c = 0; c < 2; c++) sums[c] += workspace.fleet.aliveUnits[c];
    }
    const running = [190, 200];
    cohorts.forEach((cohort, c) => {
      const survive = (1 - cohort.failureProbPerDay) ** running[c];
      const mean = cohort.units * survive;
      const se = Math.sqrt((cohort.units * survive * (1 - survive)) / paths);
      expect(Math.abs(sums[c] / paths - mean)).toBeLessThan(5 * se);
    });
  });
});
