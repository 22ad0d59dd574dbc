// The fleet is part of the network's hashrate (minesim takes it as a price taker, never moving the
// difficulty): a network below it would pay it more coins than every block of the day. Validation
// refuses a fleet above a network it knows in advance (scenario/fleet-share.ts: the start, a
// replay, a growth path); a random network's days are known only on its paths, so there the
// blocks and retargets follow at least the fleet's hashrate that could run that day, and the run
// counts the paths on which that floor held the network up, and the days it did (market-path.ts).
// The run is not refused for it: a random network may fall that low on a few paths of a scenario
// whose numbers are right on all the others, and no rule at validation could tell the two apart
// short of running it. Instead every place a run's figures are read says how many paths and
// path-days were held (the run's terminal, summary.json, its report, a batch's index, a sweep's and
// a sensitivity study's notes, the explorer), so a large share reads as the bound it is.

import type { SimulationPlan } from './plan.js';

/**
 * The fleet's hashrate each day before failures, H/s: every unit bought, on the days its cohort
 * runs, at its hashrate after uptime and wear, as the kernel's per-unit tables hold it
 * (kernel/fleet-days.ts fillUnitTables, the same products in the same order), so the fleet the
 * kernel pays on any path is at most this. Units that fail only lower what the fleet hashes.
 */
export function fleetHashrateBeforeFailures(plan: SimulationPlan): Float64Array {
  const days = plan.days;
  const out = new Float64Array(days);
  for (const c of plan.cohorts) {
    const hashrate = c.hashrateHs * c.uptime;
    let wear = 1;
    const from = Math.max(Math.ceil(c.deployDay), 0);
    const to = Math.min(Math.ceil(Math.min(c.retireDay, c.brickDay)), days);
    for (let d = from; d < to; d++) {
      out[d] += c.units * (hashrate * wear);
      wear *= c.degradationPerDay;
    }
  }
  return out;
}

/**
 * ln of the floor's largest day, raised by 1e-9 (far above the rounding of a model's e^x, about
 * 2e-16 of it): a network whose lowest log lies above it stays above the floor on every day.
 * +Infinity without a floor (every path is then passed over, none skipped).
 */
export function floorPeakLog(floorHs: Float64Array | null): number {
  if (floorHs === null) return Number.POSITIVE_INFINITY;
  let peak = 0;
  for (const hs of floorHs) if (hs > peak) peak = hs;
  return Math.log(peak) + 1e-9;
}
