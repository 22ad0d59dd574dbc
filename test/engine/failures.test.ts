import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { drawFailures, inverseNormal } from '../../src/engine/failures.js';
import { simulatePath } from '../../src/engine/kernel.js';
import { createKernelWorkspace } from '../../src/engine/workspace.js';
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

describe('simulatePath failure draws', () => {
  it('simulatePath() takes one uniform per cohort per running day', () => {
    const plan = makePlan({
      days: 20,
      cohorts: [
        { units: 3, failureProbPerDay: 0.01 },
        { units: 2000, deployDay: 15 },
      ],
    });
    let calls = 0;
    const rng = () => {
      calls++;
      return 0.3;
    };
    simulatePath(plan, makePath(plan), createKernelWorkspace(plan), { uniform: rng });
    expect(calls).toBe(20 + 5);
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

  it('simulatePath() draws the same failures as drawFailures() day by day from the same stream', () => {
    const plan = makePlan({ days: 200, cohorts: [{ units: 40, failureProbPerDay: 0.02 }] });
    const workspace = createKernelWorkspace(plan, { trace: true });
    simulatePath(plan, makePath(plan, { difficulty: 5.6e11 }), workspace, { uniform: seedrandom('same') });
    const rng = seedrandom('same');
    let alive = 40;
    const expected: number[] = [];
    for (let d = 0; d < 200; d++) {
      expected.push(alive);
      alive -= drawFailures(alive, 0.02, rng);
    }
    const perUnit = 13.5e12;
    expect(Array.from(workspace.trace!.fleetHashrateHs, (hs) => Math.round(hs / perUnit))).toEqual(expected);
    expect(alive).toBeLessThan(40);
  });
});
