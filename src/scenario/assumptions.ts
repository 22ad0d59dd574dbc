// The assumptions table: every input of a scenario as a line a reader can check, in the order a
// reader thinks of them (the machines, what they cost to run, the market, what happens to the
// coins, money, the run). The market models write their own lines (price, network, fees, the
// start state: model/market/, engine/compile/market-plan.ts, model/chain-state.ts); the files
// below write the rest and this module puts them in order. Each of its lines names the scenario
// keys it states, so a test can check that no input of a scenario goes unreported.
//
// Its parts, in the table's order: the cohorts (cohort-lines.ts), their running costs
// (cost-lines.ts), the market inputs the models leave out (market-lines.ts), what comes after the
// market (later-lines.ts) and the financing (finance-lines.ts).

import { cohortLines } from './cohort-lines.js';
import { costLines } from './cost-lines.js';
import { financeLines } from './finance-lines.js';
import type { Assumption, InputLine, RunFacts } from './input-line.js';
import { laterLines } from './later-lines.js';
import { marketLines } from './market-lines.js';
import type { Scenario } from './normalize.js';

export type { Assumption, InputLine };

/**
 * Keys of a normalized scenario that the assumptions table does not state, and where the reader
 * meets them instead. Everything else has a line.
 */
export const SHOWN_ELSEWHERE: Readonly<Record<string, string>> = {
  name: 'the title of the report',
  description: 'the paragraph under the title',
  coin: 'the Run table',
  claims: 'the Claims table',
  outputs: 'what is written, not what is simulated',
  sweep: 'read only by minesim sweep',
};

/**
 * Scenario keys stated by the market models' own lines, by the label of the line (the longest
 * matching key wins). The calibration settings (`calibrate`, `partial`) are in those lines' notes.
 */
export const MARKET_LINES: Readonly<Record<string, string>> = {
  price: 'Price model',
  'price.start': 'Start price',
  network: 'Network model',
  'network.hashrate': 'Start network hashrate',
  'network.height': 'Block height',
  'network.difficulty': 'Start difficulty',
  'network.hashprice': 'Start difficulty',
  fees: 'Fees',
  'fees.model.spikes': 'Fee spikes',
};

/** The lines this module gathers from its parts, with the keys each states (for the completeness test). */
export function inputLines(
  s: Scenario,
  days: number,
  run: RunFacts,
): { before: InputLine[]; market: InputLine[]; after: InputLine[] } {
  const prefixed = s.fleet.length > 1;
  return {
    before: [...s.fleet.flatMap((c, i) => cohortLines(c, i, prefixed, s.end)), ...costLines(s, days)],
    market: marketLines(s, run),
    after: [...laterLines(s, days, run), ...financeLines(s)],
  };
}

/** The whole table: the fleet and its costs, then the market models' lines, then the rest. */
export function assumptionTable(
  s: Scenario,
  days: number,
  market: readonly Assumption[],
  run: RunFacts,
): Assumption[] {
  const lines = inputLines(s, days, run);
  const plain = ({ keys: _, ...line }: InputLine): Assumption => line;
  return [...lines.before.map(plain), ...market, ...lines.market.map(plain), ...lines.after.map(plain)];
}

/** Where the report states a scenario key: a line of the assumptions table, or another place. */
export type Stated = { line: string } | { elsewhere: string } | null;

/**
 * Where the report states the scenario key `path` (`fleet[0].uptime`): the label of its line in
 * the assumptions table, or where else the report shows it (SHOWN_ELSEWHERE); null when nowhere.
 */
export function whereStated(path: string, lines: readonly InputLine[]): Stated {
  const within = (prefix: string) =>
    path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
  const own = lines.find((line) => line.keys.some(within));
  if (own) return { line: own.label };
  const top = path.split(/[.[]/)[0];
  if (top in SHOWN_ELSEWHERE) return { elsewhere: SHOWN_ELSEWHERE[top] };
  const market = Object.keys(MARKET_LINES)
    .filter(within)
    .sort((a, b) => b.length - a.length)[0];
  return market === undefined ? null : { line: MARKET_LINES[market] };
}
