// The actual market from the shipped history, as a MarketPath: what a back-test replays.
import { addDays } from '../../data/dates.js';
import type { History } from '../../data/history.js';
import type { Scenario } from '../../scenario/normalize.js';
import type { MarketPath } from '../compile/plan.js';

export interface HistoricalPath {
  path: MarketPath;
  /** Days covered: the horizon, cut at the end of the history. */
  days: number;
  /** Last day of the history when it ends before the horizon. */
  cutAt?: string;
  /** Whether the days replayed are the shipped history's, imported ones, or both; and the shipped file's last day. */
  replayed: { shipped: boolean; imported: boolean; shippedTo: string };
}

/** The history's days from the start date, up to the horizon; `history` is the coin's (loadHistory). */
export function historicalPath(s: Scenario, history: History): HistoricalPath {
  const i = history.indexOf(s.start);
  const available = i < 0 ? 0 : history.days - i;
  const days = Math.min(s.days, available);
  const fees = new Float64Array(days);
  for (let d = 0; d < days; d++) {
    const blocks = history.blocks[i + d];
    fees[d] = blocks > 0 ? history.fees[i + d] / blocks : 0;
  }
  const first = s.start;
  const last = addDays(s.start, days - 1);
  const within = (kind: string) =>
    days > 0 && history.files.some((f) => f.kind === kind && f.firstDate <= last && f.lastDate >= first);
  const shippedTo = history.files.find((f) => f.kind === 'shipped')?.lastDate ?? history.lastDate;
  return {
    replayed: { shipped: within('shipped'), imported: within('imported'), shippedTo },
    path: {
      priceUsd: history.priceUsd.slice(i, i + days),
      networkHashrateHs: history.hashrateHs.slice(i, i + days),
      feesPerBlock: fees,
      difficulty: history.difficulty.slice(i, i + days),
      blocks: history.blocks.slice(i, i + days),
      issuance: history.issuance.slice(i, i + days),
    },
    days,
    ...(days < s.days ? { cutAt: history.lastDate } : {}),
  };
}
