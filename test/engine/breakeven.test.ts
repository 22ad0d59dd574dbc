import { describe, expect, it } from 'vitest';
import { OPERATION_SHUTDOWN_UNPROFITABLE, type SimulationPlan } from '../../src/engine/compile/plan.js';
import { breakEvenPrice, breakEvenTariff } from '../../src/engine/kernel/breakeven.js';
import { createKernelWorkspace } from '../../src/engine/kernel/workspace.js';
import { makePath, makePlan, type PlanOptions } from '../fixtures/plan.js';

// One S9 at difficulty 5.6e11: 0.0075602 BTC a day, 31.752 kWh a day.
const BTC_PER_DAY = 0.007560166491684826;
const KWH_PER_DAY = 1.323 * 24;

function solve(options: PlanOptions, which: 'tariff' | 'price'): number {
  const plan: SimulationPlan = makePlan({ days: 365, ...options });
  const path = makePath(plan, { difficulty: 5.6e11 });
  const workspace = createKernelWorkspace(plan);
  return which === 'tariff' ? breakEvenTariff(plan, path, workspace) : breakEvenPrice(plan, path, workspace);
}

describe('breakEvenTariff', () => {
  it('breakEvenTariff() solves 365 x revenue - 2000 = 365 x 31.752 kWh x tariff', () => {
    const expected = (365 * BTC_PER_DAY * 1808.75 - 2000) / (365 * KWH_PER_DAY);
    expect(solve({}, 'tariff')).toBeCloseTo(expected, 10);
  });

  it('breakEvenTariff() is NaN when the fleet loses money even with free power', () => {
    expect(solve({ cohorts: [{ capexUsd: 1e7 }] }, 'tariff')).toBeNaN();
  });

  it('breakEvenTariff() is NaN when a free fleet that shuts down pays back at any tariff', () => {
    expect(
      solve({ cohorts: [{ capexUsd: 0 }], operation: OPERATION_SHUTDOWN_UNPROFITABLE }, 'tariff'),
    ).toBeNaN();
  });
});

describe('breakEvenPrice', () => {
  it('breakEvenPrice() solves 365 x coins x price = 2000 + 365 x power cost', () => {
    const expected = (2000 + 365 * KWH_PER_DAY * 0.05) / (365 * BTC_PER_DAY);
    expect(solve({}, 'price')).toBeCloseTo(expected, 6);
  });

  it('breakEvenPrice() is NaN when the fleet pays back even at a zero price', () => {
    expect(solve({ cohorts: [{ capexUsd: 0 }], tariffUsdPerKwh: 0 }, 'price')).toBeNaN();
  });

  it('breakEvenPrice() is NaN when the fleet never hashes', () => {
    expect(solve({ cohorts: [{ deployDay: 400 }] }, 'price')).toBeNaN();
  });
});
