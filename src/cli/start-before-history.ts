// A back-test's start before the history, read from the scenario as written: the back-test refuses
// it whatever else the scenario states, so it is said alone, before the figures a run there would
// need (commands/backtest.ts).

import { isIsoDate } from '../data/dates.js';
import { loadHistory } from '../data/history.js';
import { cliMessages } from '../messages/cli.js';
import { COINS, type Coin, DEFAULT_COIN } from '../model/coins/index.js';
import { parseScenarioText } from '../scenario/document.js';
import { applyOverrides, parseOverrides } from '../scenario/overrides.js';
import type { Problem } from '../scenario/problem.js';

/**
 * The problem of a scenario whose start (with `sets`) is before its coin's history, at the start as
 * written in `text` (the bytes read from `file` once: a pipe gives nothing a second time); null
 * where it is not.
 */
export function startBeforeHistory(text: Uint8Array, file: string, sets: readonly string[]): Problem | null {
  const parsed = parseScenarioText(text, file);
  const overrides = parseOverrides(sets);
  if (parsed.doc === undefined || !overrides.ok) return null;
  const value = applyOverrides(parsed.doc.value, overrides.overrides) as Record<string, unknown>;
  const coin = value.coin ?? DEFAULT_COIN;
  const start = value.start;
  if (typeof coin !== 'string' || !Object.hasOwn(COINS, coin)) return null;
  if (typeof start !== 'string' || !isIsoDate(start)) return null;
  const first = loadHistory(coin as Coin).firstDate;
  if (start >= first) return null;
  const set = overrides.overrides.findLast((o) => o.path.length === 1 && o.path[0] === 'start');
  const at =
    set === undefined
      ? { file, ...parsed.doc.locate(['start']) }
      : { file: `--set ${set.text}`, line: 0, col: 0 };
  return { ...at, path: 'start', message: cliMessages.noHistory(coin, start, first) };
}
