// A fleet cannot hash more than the whole network. The kernel pays a fleet coinsPerHs x its
// hashrate (model/network-day.ts): the day's blocks x their reward spread over the network's
// hashrate, so a fleet of more than the network would earn more coins than the network mines.
// minesim takes the fleet as part of the network's hashrate and as a price taker: its own hashrate
// never moves the difficulty (docs/scenario.md says so), which is why a fleet of a large share
// may well be mis-modelled, and a fleet of more than all of it is impossible.
//
// The network's hashrate is known at validation on the start day (the history's, or the state the
// scenario gives, or the history's last day carried forward), for a replayed network on every
// day the history holds, and for a growth network on every day (it grows by the same log a day);
// a random network's later days are not known, and are not judged. Whatever the model, a
// back-test (which `run` prints too) replays the history's days from the start: on each of them
// the fleet must hash no more than the chain did (a fleet of 20 TH/s on 2013-01-01, under the
// week's 23.7, mined 3,139 BTC on 2013-01-17, where the chain's 111 blocks issued 2,775). Bitcoin's
// history counts that from the day's blocks; Monero's is its blocks x the day's difficulty in
// hashes over the day, far below the difficulty over 120 s where its blocks fell short of the
// target (the forks of 2018 and 2019, when the difficulty lagged a fall in hashrate). The
// walk-forward study sizes its fleets to the fewest of those hashes over its horizon.
import { addDays, daysBetween } from '../data/dates.js';
import type { History } from '../data/history.js';
import { loadHistory } from '../data/history.js';
import { schemaMessages as m } from '../messages/schema.js';
import { DAYS_PER_YEAR } from '../model/calendar.js';
import { startPlace } from '../model/chain-clock.js';
import { chainState } from '../model/chain-state.js';
import { startFeesPerBlock } from '../model/market/fees/fee-level.js';
import { growthOf } from '../model/market/network/growth.js';
import { power } from '../model/power.js';
import { missingStartState } from '../model/start-carry.js';
import { chainDayHashrateHs } from '../model/start-hashrate.js';
import { givenStartState } from './given-state.js';
import type { RuleProblem, Scenario } from './normalize.js';
import { LIMITS } from './schema/limits.js';

/** Days [from, to) of the horizon on which cohort i hashes, as the kernel's plan counts them. */
function runningDays(s: Scenario, i: number): [number, number] {
  const c = s.fleet[i];
  const from = Math.max(0, daysBetween(s.start, c.purchased) + c.deploymentDelayDays);
  let to = c.retire === undefined ? s.days : Math.min(s.days, Math.max(0, daysBetween(s.start, c.retire)));
  // A proof-of-work change that strands its hardware class stops it.
  for (const change of s.network.powChanges)
    if (change.strands.includes(c.hardwareClass))
      to = Math.min(to, Math.max(0, daysBetween(s.start, change.date)));
  return [from, to];
}

/**
 * The network's hashrate on the days it is known, H/s: NaN on the others; `chainBlocks` holds the
 * history's blocks on the days the chain's own hashes are the lower bound, NaN on the others;
 * `chain` the chain's own hashes on each day the back-test replays, NaN on the others.
 */
function knownNetwork(
  s: Scenario,
  history: History,
  days: number,
): { network: Float64Array; chainBlocks: Float64Array; chain: Float64Array } {
  const network = new Float64Array(days).fill(Number.NaN);
  const chain = new Float64Array(days).fill(Number.NaN);
  const chainBlocks = new Float64Array(days).fill(Number.NaN);
  const given = givenStartState(s);
  // A start state the history cannot give is reported by coverage-start.ts, and so is a hashprice that
  // fixes no difficulty because a block pays nothing (a network of 0 H/s: not known).
  if (missingStartState(history, s.start, given).length === 0) {
    const start = chainState(
      s.coin,
      history,
      s.start,
      given,
      startFeesPerBlock(s.fees.model, s.start, history),
    ).networkHashrateHs;
    if (start > 0) network[0] = start;
  }
  // A growth network's day d, as the model fills it: e^(ln start + g d).
  const n = s.network.model;
  if (n.type === 'growth' && network[0] > 0) {
    const { perDay } = growthOf(n, s.start, history);
    const start = Math.log(network[0]);
    for (let d = 1; d < days; d++) network[d] = Math.exp(start + perDay * d);
  }
  const place = startPlace(history, s.start);
  // A replay reads the history's hashrate on every day it holds, the start day included.
  if (s.network.model.type === 'historical' && place.inside)
    for (let d = 0; d < days && place.index + d < history.days; d++)
      network[d] = history.hashrateHs[place.index + d];
  // The back-test's days: the chain's own hashes each day (model/start-hashrate.ts), fewer than
  // the model's network on a day of few blocks (Bitcoin's luck; Monero's blocks short of the target).
  if (place.inside)
    for (let d = 0; d < days && place.index + d < history.days; d++) {
      const i = place.index + d;
      const chainHs = chainDayHashrateHs(s.coin, history, i);
      chain[d] = chainHs;
      if (chainHs < network[d] || Number.isNaN(network[d])) {
        network[d] = chainHs;
        chainBlocks[d] = history.blocks[i];
      }
    }
  return { network, chainBlocks, chain };
}

/**
 * The least growth a year (`12.4 %`, `-97.3 %`: rounded up to 3 figures) that keeps a network of
 * `startHs` on the start at `fleetHs` or more on day `day` (the stretch's first day where the
 * network must grow to the fleet, its last where it may shrink to it); null where that passes the
 * most a growth rate may be.
 */
function leastGrowth(fleetHs: number, startHs: number, day: number): string | null {
  const rate = Math.expm1((Math.log(fleetHs / startHs) / day) * DAYS_PER_YEAR);
  if (!Number.isFinite(rate) || rate > LIMITS.growthPerPeriod) return null;
  const step = power(10, Math.floor(Math.log10(Math.abs(rate) * 100)) - 2);
  const percent = Math.ceil((rate * 100) / step) * step;
  return percent / 100 > LIMITS.growthPerPeriod ? null : `${Number(percent.toPrecision(3))} %`;
}

export function fleetWithinNetwork(
  s: Scenario,
  out: RuleProblem[],
  history: History = loadHistory(s.coin),
): void {
  const days = s.days;
  // A catalog machine whose hashrate does not hold for the coin is refused at its model already.
  if (s.fleet.some((c) => c.hashrateUnknown)) return;
  const spans = s.fleet.map((_, i) => runningDays(s, i));
  const { network, chainBlocks, chain } = knownNetwork(s, history, days);
  // The fleet runs the same cohorts between the days one starts or stops: summed once a stretch
  // (a running sum of changes would lose a small cohort beside a retired large one).
  const edges = [...new Set([0, ...spans.flat()])].filter((d) => d < days).sort((a, b) => a - b);
  for (let e = 0; e < edges.length; e++) {
    const running = s.fleet.flatMap((c, i) =>
      spans[i][0] <= edges[e] && edges[e] < spans[i][1] ? [{ c, i }] : [],
    );
    // The fleet's hashrate as the scenario states it: every unit at its rated hashrate.
    const total = running.reduce((sum, r) => sum + r.c.count * r.c.hashrateHs, 0);
    const end = e + 1 < edges.length ? edges[e + 1] : days;
    let d = edges[e];
    while (d < end && !(total > network[d])) d++;
    if (d === end) continue;
    const date = addDays(s.start, d);
    // The count to advise holds on every known day of the stretch, not only this one (a shrinking
    // network falls further).
    let low = network[d];
    for (let t = d + 1; t < end; t++) if (network[t] < low) low = network[t];
    // One cohort that is too large on its own is the one to shrink; otherwise the fleet as a whole.
    const alone = running.find((r) => r.c.count * r.c.hashrateHs > network[d]);
    const others = alone ? total - alone.c.count * alone.c.hashrateHs : total;
    const most = alone ? Math.floor((low - others) / alone.c.hashrateHs) : 0;
    // The start day's network is the scenario's to state; a replayed day's is the history's, the
    // start day's too where the back-test replays it (its chain's blocks, whatever the scenario states).
    const modelDay = Number.isNaN(chainBlocks[d]);
    // A start network stated for the Monte Carlo holds the fleet only where the back-test's chain
    // of that day does too (a start inside the history is replayed whatever the scenario states).
    const statable = d === 0 && modelDay && !(total > chain[0]);
    // A later day the growth model filled: its rate, not only the fleet, can be what to change.
    const fix = m.fleetAboveNetworkFix(
      alone ? alone.i : null,
      most,
      statable,
      d > 0 && modelDay && s.network.model.type === 'growth'
        ? leastGrowth(total, network[0], total > network[0] ? d : end - 1)
        : null,
      running.length === 1,
    );
    out.push({
      path: alone ? ['fleet', alone.i, 'count'] : ['fleet'],
      message: modelDay
        ? m.fleetAboveNetwork(total, network[d], date, fix)
        : m.fleetAboveChain(total, network[d], date, chainBlocks[d], fix),
    });
    return;
  }
}
