// How many days a scenario simulates: its horizon, or fewer when it replays the shipped history and
// the history ends first. The run, the merge of its parts and a sweep's grid read it; so does
// `minesim validate`, which checks a sweep block with the sweep's own code, and which therefore
// finds it here rather than beside the run (whose module would load the engine for it).
import { daysBetween } from '../data/dates.js';
import { loadHistory } from '../data/history.js';
import type { Scenario } from './normalize.js';

/** Days of history available from the start date (0 when the start is outside the data). */
export function historyDaysFrom(s: Scenario): number {
  const history = loadHistory(s.coin);
  const i = history.indexOf(s.start);
  return i < 0 ? 0 : history.days - i;
}

/** The horizon actually simulated: a replayed series ends with the shipped history. */
export function simulatedDays(s: Scenario): number {
  const replays =
    s.price.model.type === 'historical' ||
    s.network.model.type === 'historical' ||
    s.fees.model.type === 'historical';
  return replays ? Math.min(s.days, historyDaysFrom(s)) : s.days;
}

/**
 * Whether a back-test has a fleet to replay: the history covers the start and a cohort is bought
 * within its days (one bought only after the history ends would leave it nothing at stake: a
 * "payback" on the start day, a break-even tariff of 0).
 */
export function historyBuysFleet(s: Scenario): boolean {
  const days = Math.min(s.days, historyDaysFrom(s));
  // No day of history from the start (a start after its end): nothing to replay, whenever the
  // fleet was bought (a cohort bought before the start is paid for on day 0, not within 0 days).
  return days > 0 && s.fleet.some((c) => daysBetween(s.start, c.purchased) < days);
}
