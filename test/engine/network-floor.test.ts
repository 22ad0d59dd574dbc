// A fleet is part of the network's hashrate: on a random path whose network falls below the
// fleet, the blocks and retargets must follow at least the fleet's hashrate, or the fleet is paid
// more coins than every block of the day.
import { describe, expect, it } from 'vitest';
import { simulatePath } from '../../src/engine/kernel/kernel.js';
import { METRIC } from '../../src/engine/kernel/metrics.js';
import { createKernelWorkspace } from '../../src/engine/kernel/workspace.js';
import { Rng } from '../../src/engine/random/rng.js';
import { compileMarketDraft, eachMarketPath } from '../fixtures/market.js';

// 1,000,000 S9 at 13.5 TH/s is 13.5 EH/s, 32 % of the 41.6 EH/s network on 2019-01-01. A
// stochastic network drifting -50 % a year with 80 % volatility is below the fleet on day d when
// its log falls ln(0.32) = -1.13 below the start: by the third year's mean of -1.5 (sd 1.4), on
// well over a third of the paths.
const draft = {
  horizon: '3 years',
  fleet: [{ model: 'Antminer S9', count: 1_000_000, unitPrice: '300 USD' }],
  network: { model: { type: 'stochastic', drift: '-50 %', volatility: '80 %' } },
};

describe('a fleet on random paths whose network falls below it', () => {
  it("simulatePath pays the fleet no more coins than every block of the path's days (the network follows at least the fleet)", async () => {
    const { plan, market } = await compileMarketDraft(draft);
    const workspace = createKernelWorkspace(plan);
    const fleetHs = 1_000_000 * plan.cohorts[0].hashrateHs;
    let below = 0;
    let worst = 0;
    eachMarketPath(market, 200, 7, (path) => {
      // Did the model's own network fall below the fleet (the floor then holds it at the fleet)?
      let under = false;
      for (let d = 0; d < plan.days; d++)
        if (path.networkHashrateHs[d] <= fleetHs * (1 + 1e-12)) under = true;
      if (under) below++;
      simulatePath(plan, path, workspace, new Rng());
      // The day's blocks pay coinsPerHs x the network's hashrate (blocks = 86,400 H / (D hpd),
      // each subsidy + fees; coinsPerHs = 86,400 (subsidy + fees) / (D hpd)).
      let blockCoins = 0;
      for (let d = 0; d < plan.days; d++)
        blockCoins += workspace.networkDays.coinsPerHs[d] * path.networkHashrateHs[d];
      worst = Math.max(worst, workspace.metrics[METRIC.coinsMined] / blockCoins);
    });
    expect(below).toBeGreaterThan(20);
    // Before: 157 of the 200 paths fell below the fleet, and the worst paid the fleet 26.4 times
    // the coins of every block of its three years (the difficulty retargeted down after a network
    // far below the fleet, which kept its 13.5 EH/s).
    expect(worst).toBeLessThanOrEqual(1 + 1e-12);
  });
});
