// What a scenario states about the chain on its start date, in the form the start state takes
// (model/chain-state.ts): read in one place for validation, the market-range rule and compile.
import type { GivenState } from '../model/start-carry.js';
import type { Scenario } from './normalize.js';

export function givenStartState(s: Scenario): GivenState {
  return {
    height: s.network.height,
    difficulty: s.network.difficulty,
    hashrateHs: s.network.hashrate,
    hashpriceUsdPerHsDay: s.network.hashprice,
    priceUsd: s.price.start,
  };
}
