// A start network the scenario gives (its difficulty, hashrate or hashprice) against the coin's
// history: one many orders of magnitude off the history's nearest week is a slip of unit, not a
// forecast (a Monero hashprice written per PH/s as Bitcoin's is quoted, 50 USD/PH/day, made a
// network of 3.59 EH/s in 2021 where the chain ran about 1.3 GH/s, and a fleet that mined nothing:
// 0.00000009 XMR in a year). The
// band is START_NETWORK_FACTOR either way of the history's figure, widened by START_NETWORK_GROWTH
// a year between that figure's day and the start: narrow enough near the history to catch a slip of
// one prefix (a factor of 1,000: PH/s for EH/s, a hashprice per TH/s for per PH/s), wide enough for
// what-ifs (100 times the chain) and far starts, and it is a note, not a refusal (an extreme what-if stays the scenario's to run): printed
// by `validate` and by the commands that run a scenario (cli/scenario-input.ts), and first in the
// run's assumptions table (describe.ts).
import { daysBetween } from '../data/dates.js';
import { type History, loadHistory } from '../data/history.js';
import { coverageMessages as m } from '../messages/coverage.js';
import { startPlace } from '../model/chain-clock.js';
import { chainState } from '../model/chain-state.js';
import { coinProtocol } from '../model/coins/index.js';
import { startFeesPerBlock } from '../model/market/fees/fee-level.js';
import { missingStartState } from '../model/start-carry.js';
import { historyStartHashrate } from '../model/start-hashrate.js';
import { defaultPricePastEndNote } from './default-price-note.js';
import { givenStartState } from './given-state.js';
import type { HardwareNote } from './hardware-notes.js';
import type { Scenario } from './normalize.js';
import { formatQuantity } from './quantity-format.js';

/**
 * How far off the history's network a given start may be, either way, at the history's own day:
 * below 1,000, so that a slip of one prefix is noted within about a year and a half of the history.
 */
export const START_NETWORK_FACTOR = 200;
/** The band's widening a year between the history's day and the start (a tripling a year). */
export const START_NETWORK_GROWTH = 3;

/**
 * The note on a valid scenario's given start network far off the history's, or null. Each figure
 * given is checked, as the network it makes: a hashrate as given, a difficulty or a hashprice (which
 * fixes the difficulty) as the hashrate that finds blocks on target at it. With a hashrate beside
 * one of them both are run (the difficulty prices the first days' blocks, the hashrate finds them),
 * so a slip in either is noted, under its own key.
 */
export function startNetworkNote(s: Scenario, h: History = loadHistory(s.coin)): HardwareNote | null {
  const keys = (['hashprice', 'hashrate', 'difficulty'] as const).filter((k) => s.network[k] !== undefined);
  if (keys.length === 0 || h.days === 0) return null;
  const given = givenStartState(s);
  // A valid scenario has its start state; the check stays out of the way of one that has not.
  if (missingStartState(h, s.start, given).length > 0) return null;
  const place = startPlace(h, s.start);
  const index = place.inside ? place.index : place.daysAfter > 0 ? h.days - 1 : 0;
  const reference = historyStartHashrate(s.coin, h, index).hashrateHs;
  if (!(reference > 0)) return null;
  const state = chainState(s.coin, h, s.start, given, startFeesPerBlock(s.fees.model, s.start, h));
  const protocol = coinProtocol(s.coin);
  const onTarget = (state.difficulty * protocol.hashesPerDifficulty) / protocol.blockIntervalS;
  const years = Math.abs(daysBetween(h.dateAt(index), s.start)) / 365.25;
  const allowed = START_NETWORK_FACTOR * Math.exp(years * Math.log(START_NETWORK_GROWTH));
  for (const key of keys) {
    const network = key === 'hashrate' ? state.networkHashrateHs : onTarget;
    if (!(network > 0)) continue;
    const ratio = network / reference;
    if (ratio <= allowed && ratio >= 1 / allowed) continue;
    return {
      label: `network.${key}`,
      value: m.startNetworkOffHistory(
        s.coin,
        formatQuantity(network, 'hashrate'),
        s.start,
        ratio,
        formatQuantity(reference, 'hashrate'),
        h.dateAt(index),
      ),
      note: m.startNetworkSlip(s.coin, protocol.hashpriceUnit.name),
    };
  }
  return null;
}

/**
 * The start's notes for validate and the assumptions table: the network's, when it has one, and the
 * default price's past the history.
 */
export function startNotes(s: Scenario, h: History = loadHistory(s.coin)): HardwareNote[] {
  return [startNetworkNote(s, h), defaultPricePastEndNote(s)].filter((n) => n !== null);
}
