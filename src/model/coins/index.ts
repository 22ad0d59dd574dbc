// The coins minesim simulates: one protocol record each. `Coin` and the scenario's `coin` enum
// derive from this list; adding a coin is one record file and one line here.

import { BITCOIN } from './bitcoin.js';
import { MONERO } from './monero.js';
import type { CoinProtocol } from './protocol.js';

export const COINS = { bitcoin: BITCOIN, monero: MONERO } as const satisfies Record<string, CoinProtocol>;

export type Coin = keyof typeof COINS;

/** The coins' ids, in registry order (the first is the default coin). */
export const COIN_IDS = Object.keys(COINS) as [Coin, ...Coin[]];

/** The coin a scenario or command uses when it names none. */
export const DEFAULT_COIN: Coin = 'bitcoin';

export function coinProtocol(coin: Coin): CoinProtocol {
  return COINS[coin];
}

/** The coin whose history names `column` as its issuance column, or undefined. */
export function coinOfIssuanceColumn(columns: readonly string[]): Coin | undefined {
  return COIN_IDS.find((coin) => columns.includes(COINS[coin].history.issuanceColumn));
}
