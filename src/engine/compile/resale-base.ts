// Where a hashprice-linked resale's base is the mean of fewer than a week's days: a cohort first
// hashing in the run's first days when the history's days before the start are not read
// (compile.ts coinsPerHsBefore). Said in the assumptions, since the Salvage line says "the week's mean".
import { daysBetween } from '../../data/dates.js';
import type { History } from '../../data/history.js';
import { resaleMessages as m } from '../../messages/resale.js';
import type { Assumption } from '../../scenario/input-line.js';
import type { Scenario } from '../../scenario/normalize.js';
import { SALVAGE_HASHPRICE, type SimulationPlan } from './plan.js';

/**
 * The assumptions line naming such cohorts; none when every base is a week's. `history`: the
 * coin's, whose first and last days say why a start outside it reads none of its days.
 */
export function resaleBaseNotes(
  s: Scenario,
  plan: SimulationPlan,
  history?: Pick<History, 'firstDate' | 'lastDate'>,
): Assumption[] {
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
  // Why: the network given, else the history's days (a start past its end reads none of them, as
  // one before its beginning; one within its first days reads those it has).
  const why = givenNetwork
    ? ({ kind: 'given' } as const)
    : history !== undefined && s.start > history.lastDate
      ? ({ kind: 'after', lastDate: history.lastDate, days: daysBetween(history.lastDate, s.start) } as const)
      : history !== undefined && s.start < history.firstDate
        ? ({ kind: 'before', firstDate: history.firstDate } as const)
        : ({ kind: 'held', held: before } as const);
  return [{ label: m.shortBaseLabel, value: short.join('; '), note: m.shortBaseNote(why) }];
}
