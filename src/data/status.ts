// What `minesim data status` reports: for each coin, the history in use (its range and the files
// behind it, each with source and licence) and where the folder keeps, or would keep, its
// imported days.

import { COIN_IDS, type Coin } from '../model/coins/index.js';
import { loadHistory } from './history.js';
import { storedHistoryPath } from './import/stored.js';
import type { HistoryFile } from './provenance.js';
import type { DataFolder } from './user-folder.js';

export interface CoinStatus {
  coin: Coin;
  firstDate: string;
  lastDate: string;
  days: number;
  /** True when imported days extend the shipped history. */
  extended: boolean;
  /** Where this folder keeps the coin's imported days (it may not exist). */
  storedPath: string;
  files: readonly HistoryFile[];
}

export interface DataStatus {
  dataFolder: DataFolder;
  coins: CoinStatus[];
}

/** Every coin of the registry (src/model/coins), in its order. */
export const COINS: readonly Coin[] = COIN_IDS;

export function dataStatus(folder: DataFolder, coins: readonly Coin[] = COINS): DataStatus {
  return {
    dataFolder: folder,
    coins: coins.map((coin) => {
      const h = loadHistory(coin, folder.dir);
      return {
        coin,
        firstDate: h.firstDate,
        lastDate: h.lastDate,
        days: h.days,
        extended: h.files.some((f) => f.kind === 'imported'),
        storedPath: storedHistoryPath(folder.dir, coin),
        files: h.files,
      };
    }),
  };
}
