// The halvings a back-test's replayed blocks pass, as lines of its assumptions: each on the day the
// history's blocks reached it (the day whose blocks hold it, as its charts mark it: model/
// next-halving-note.ts dates a run's the same way), and the first they do not pass within the
// back-test, reached by the history after its last day or not at all. A run states its next
// halving in its chain-state lines; a back-test replays the chain, so it states what happened.

import { addDays, formatDay, parseIsoDate } from '../../data/dates.js';
import type { History } from '../../data/history.js';
import { backtestMessages } from '../../messages/backtest.js';
import { shownCoins } from '../../messages/shown.js';
import { chainSeconds } from '../../model/chain-clock.js';
import { coinProtocol } from '../../model/coins/index.js';
import { rewardCutsAhead } from '../../model/reward-cuts.js';
import type { Assumption } from '../../scenario/input-line.js';
import type { Scenario } from '../../scenario/normalize.js';
import type { Backtest } from './backtest.js';

const SECONDS_PER_DAY = 86_400;

/** The back-test's halving lines (none for a coin without halvings). */
export function backtestHalvingLines(s: Scenario, b: Backtest, history: History): Assumption[] {
  const protocol = coinProtocol(s.coin);
  const { height, supply } = b.plan.initial;
  const lines: Assumption[] = [];
  const end = addDays(s.start, b.plan.days - 1);
  const startDay = parseIsoDate(s.start);
  const first = parseIsoDate(history.firstDate);
  for (const cut of rewardCutsAhead(protocol, height, supply)) {
    const value = `block ${cut.height.toLocaleString('en-US')}`;
    const seconds = chainSeconds(history, cut.height, protocol.blockIntervalAtS(cut.height));
    const lastEnd = history.height[history.days - 1] + history.blocks[history.days - 1];
    if (cut.height >= lastEnd) {
      lines.push({
        label: 'Next halving',
        value,
        note: backtestMessages.halvingNotReached(history.lastDate),
      });
      break;
    }
    const reached = formatDay(first + Math.floor(seconds / SECONDS_PER_DAY));
    if (reached > end) {
      lines.push({ label: 'Next halving', value, note: backtestMessages.halvingAfter(end, reached) });
      break;
    }
    lines.push({
      label: 'Halving',
      value,
      note: backtestMessages.halvingPassed(
        reached,
        parseIsoDate(reached) - startDay,
        `${shownCoins(cut.rewardBefore)} to ${shownCoins(cut.rewardAfter)} ${protocol.ticker}`,
      ),
    });
  }
  return lines;
}
