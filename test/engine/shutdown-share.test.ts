import { describe, expect, it } from 'vitest';
import { OPERATION_SHUTDOWN_UNPROFITABLE } from '../../src/engine/compile/plan.js';
import { seriesStart, weeklyCheckpoints } from '../../src/engine/kernel/checkpoints.js';
import { simulatePath } from '../../src/engine/kernel/kernel.js';
import { createKernelWorkspace } from '../../src/engine/kernel/workspace.js';
import { makePath, makePlan, S9_HASHRATE_HS, S9_POWER_W } from '../fixtures/plan.js';

// At difficulty 5.6e11 and 1,808.75 USD an S9 (13.5 TH/s, 1,323 W) earns 0.0075602 BTC = 13.67 USD
// a day and draws 31.752 kWh: at 0.5 USD/kWh that is 15.88 USD, so the rule switches it off. An
// S15 (28 TH/s, 1,596 W) earns 28 / 13.5 x 13.67 = 28.36 USD for 38.30 kWh = 19.15 USD: it runs.
// One S9 beside a hundred S15s: 13.5 TH/s of 13.5 + 2,800 TH/s is off, a share of
// 13.5 / 2,813.5 = 0.0047983 of the fleet's capacity, every day of the week. Counting cohorts
// instead (one of the two is off) says 0.5, a hundred times the capacity shut down.
const S15 = { hashrateHs: 28e12, powerW: 1596 };
const EXPECTED = S9_HASHRATE_HS / (S9_HASHRATE_HS + 100 * S15.hashrateHs);

function shares(order: 'small first' | 'small last'): Float64Array {
  const days = 14;
  const small = { units: 1, hashrateHs: S9_HASHRATE_HS, powerW: S9_POWER_W };
  const big = { units: 100, ...S15 };
  const plan = makePlan({
    days,
    tariffUsdPerKwh: 0.5,
    operation: OPERATION_SHUTDOWN_UNPROFITABLE,
    cohorts: order === 'small first' ? [small, big] : [big, small],
  });
  const checkpoints = weeklyCheckpoints(days);
  const workspace = createKernelWorkspace(plan, { checkpoints });
  simulatePath(plan, makePath(plan, { difficulty: 5.6e11 }), workspace);
  const from = seriesStart('shutdownShare', checkpoints.length);
  return workspace.checkpointValues.slice(from, from + checkpoints.length);
}

describe('the shut-down share of a fleet of several cohorts', () => {
  for (const order of ['small first', 'small last'] as const) {
    it(`simulatePath() weighs the cohorts switched off by their hashrate (${order})`, () => {
      for (const share of shares(order)) expect(share).toBeCloseTo(EXPECTED, 12);
    });
  }
});
