// The network's state along a path: a preallocated Float64Array of named slots (height, the
// difficulty in force, the retarget epoch, Monero's supply, the cached Bitcoin halving era, the
// day's outputs, and the path's changes of subsidy), reset per path and stepped per day by the
// coins' day steps (network-day.ts dispatches: Bitcoin's bitcoin-day.ts and bitcoin-stretches.ts,
// Monero's monero-day.ts).

import type { SimulationPlan } from '../engine/compile/plan.js';

/** What a network step reads of the plan: the protocol's rules and the start state. */
export type NetworkRules = Pick<SimulationPlan, 'protocol' | 'initial'>;

/** NetworkDays.subsidySteps' slots: the entries' count, whether fees follow the subsidy, the first and last change, then the entries. */
export const SUBSIDY_STEP_COUNT = 0;
export const SUBSIDY_STEP_FEES_FOLLOW = 1;
export const SUBSIDY_STEP_FIRST_CHANGE = 2;
export const SUBSIDY_STEP_LAST_CHANGE = 3;
export const SUBSIDY_STEP_FIRST = 4;
/** Slots an entry takes: day, mean subsidy of the day, subsidy at its end. */
export const SUBSIDY_STEP_SLOTS = 3;
/** Entries kept: day 0 and one a halving, of which there are 64 before the subsidy is 0. */
export const SUBSIDY_STEPS_MAX = 66;
export const SUBSIDY_STEPS_LENGTH = SUBSIDY_STEP_FIRST + SUBSIDY_STEPS_MAX * SUBSIDY_STEP_SLOTS;

// The state is a Float64Array of named slots rather than an object: the day loop stores doubles
// into it every day, and a typed array never boxes them, whatever shapes V8 has seen.
export type NetworkState = Float64Array;

export const NET_HEIGHT = 0;
/** Difficulty in force now (Bitcoin: changes only at retargets). */
export const NET_DIFFICULTY = 1;
export const NET_EPOCH_START_HEIGHT = 2;
export const NET_EPOCH_ELAPSED_S = 3;
/** Monero: coins generated so far. */
export const NET_SUPPLY_COINS = 4;
/** Bitcoin: halving era whose subsidy NET_ERA_SUBSIDY holds (-1: none yet). */
export const NET_SUBSIDY_ERA = 5;
export const NET_ERA_SUBSIDY = 6;
/** Bitcoin: heights [start, end) of that era. */
export const NET_ERA_START_HEIGHT = 7;
export const NET_ERA_END_HEIGHT = 8;
// Outputs of the last step:
export const NET_DAY_START_HEIGHT = 9;
/** Harmonic time-weighted difficulty of the day (equals the one in force unless it retargeted). */
export const NET_DAY_DIFFICULTY = 10;
/** Mean subsidy (Bitcoin) or base reward (Monero) per block of the day, coins. */
export const NET_DAY_SUBSIDY = 11;
/** Bitcoin: the subsidy in force after the last change noted (NaN: none yet this path). */
export const NET_STEP_END = 12;
/** Bitcoin: the path's changes of subsidy so far, laid out as NetworkDays.subsidySteps. */
export const NET_STEPS = 13;
const NET_SLOTS = NET_STEPS + SUBSIDY_STEPS_LENGTH;

export function createNetworkState(): NetworkState {
  const state = new Float64Array(NET_SLOTS);
  state[NET_SUBSIDY_ERA] = -1;
  state[NET_ERA_END_HEIGHT] = -1;
  return state;
}

export function resetNetworkState(state: NetworkState, plan: NetworkRules): void {
  const initial = plan.initial;
  // The era's subsidy is a constant of the era, so its cache is kept across paths.
  state[NET_HEIGHT] = initial.height;
  state[NET_DIFFICULTY] = initial.epochDifficulty ?? initial.difficulty;
  state[NET_EPOCH_START_HEIGHT] = initial.epochStartHeight;
  state[NET_EPOCH_ELAPSED_S] = initial.epochElapsedS;
  state[NET_SUPPLY_COINS] = initial.supply;
  state[NET_STEP_END] = Number.NaN;
  state[NET_STEPS + SUBSIDY_STEP_COUNT] = 0;
  state[NET_STEPS + SUBSIDY_STEP_FIRST_CHANGE] = Number.POSITIVE_INFINITY;
  state[NET_STEPS + SUBSIDY_STEP_LAST_CHANGE] = Number.NEGATIVE_INFINITY;
}
