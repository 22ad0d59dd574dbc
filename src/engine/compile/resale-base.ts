// Where a hashprice-linked resale's base is the mean of fewer than a week's days: a cohort first
// hashing in the run's first days when the history's days before the start are not read
// (compile.ts coinsPerHsBefore). Said in the assumptions, since the Salvage line says "the week's mean".
import { resaleMessages as m } from '../../messages/resale.js';
import type { Assumption } from '../../scenario/input-line.js';
import type { Scenario } from '../../scenario/normalize.js';
import { SALVAGE_HASHPRICE, type SimulationPlan } from './plan.js';

/** The assumptions line naming such cohorts; none when every base is a week's. */
export function resaleBaseNotes(s: Scenario, plan: SimulationPlan): Assumption[] {
  const window = plan.resaleHashpriceDays;
  const before = plan.resaleCoinsPerHsBefore.length;
  const short: string[] = [];
  for (const c of plan.cohorts) {
    if (c.salvageMode !== SALVAGE_HASHPRICE) continue;
    // Its first running day (kernel/fleet-days.ts runningFrom), on which the base is read.
    const from = Math.max(Math.ceil(c.deployDay), 0);
    if (from >= plan.days || from >= c.retireDay || from >= c.brickDay) continue;
    const days = Math.min(window, from + 1 + before);
    if (days < window) short.push(m.shortBaseCohort(c.name, from, days));
  }
  if (short.length === 0) return [];
  const n = s.network;
  const givenNetwork = n.hashrate !== undefined || n.difficulty !== undefined || n.hashprice !== undefined;
  return [{ label: m.shortBaseLabel, value: short.join('; '), note: m.shortBaseNote(givenNetwork) }];
}
