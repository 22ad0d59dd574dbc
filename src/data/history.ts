// The daily history of each coin: the shipped files (Coin Metrics Community Data, see
// data/README.md), extended by the days a user imported into their data folder, read once into
// typed arrays indexed by day. Heights and supply are not in the shipped files; they are rebuilt
// from the daily block and issuance counts, from the anchors each coin's record gives
// (src/model/coins).

import { readFileSync } from 'node:fs';
import { type Coin, coinProtocol } from '../model/coins/index.js';
import type { HistorySpec } from '../model/coins/protocol.js';
import type { History } from './daily-history.js';
import { dayNumber, formatDay } from './dates.js';
import { extendHistory } from './history-extend.js';
import { readStoredDays, storedHistoryPath, storedSignature } from './import/stored.js';
import { dataPath } from './paths.js';
import { type DataRecord, dataRecords, sha256Hex } from './provenance.js';
import { SHIPPED_SOURCE } from './sources.js';

export type { History } from './daily-history.js';

const shippedCache = new Map<Coin, History>();
/** Extended histories by coin and folder, each with the stored file's size and time when read. */
const extendedCache = new Map<string, { signature: string; history: History }>();
let folderInUse: string | null = null;

/**
 * Sets the user data folder whose imported days extend every history loaded from then on. The
 * command line sets it once, before any command runs; null (the default) means the shipped
 * history alone, which is what library callers and in-process tests get unless they say otherwise.
 */
export function useDataFolder(folder: string | null): void {
  folderInUse = folder;
}

/** The user data folder histories are extended from, or null. */
export function dataFolderInUse(): string | null {
  return folderInUse;
}

/** The shipped history of a coin alone, parsed on first use and cached. */
export function shippedHistory(coin: Coin): History {
  let history = shippedCache.get(coin);
  if (history === undefined) {
    history = parseHistory(coin, coinProtocol(coin).history);
    shippedCache.set(coin, history);
  }
  return history;
}

/**
 * The daily history of a coin: the shipped file, extended by the days stored in `folder` (the
 * folder in use unless given). Cached by coin and folder, and read again when the stored file
 * changes, so an import is seen at once and each folder has its own history.
 */
export function loadHistory(coin: Coin, folder: string | null = folderInUse): History {
  const shipped = shippedHistory(coin);
  if (folder === null) return shipped;
  const signature = storedSignature(storedHistoryPath(folder, coin));
  if (signature === null) return shipped;
  const key = `${coin}\u0000${folder}`;
  const cached = extendedCache.get(key);
  if (cached?.signature === signature) return cached.history;
  const stored = readStoredDays(folder, coin, shipped);
  const history = stored === null ? shipped : extendHistory(shipped, stored);
  extendedCache.set(key, { signature, history });
  return history;
}

/** What a manifest records of the coin's history in use: each file's path, SHA-256 and days. */
export function historyData(coin: Coin): DataRecord[] {
  return dataRecords(coin, loadHistory(coin).files);
}

function parseHistory(coin: Coin, spec: HistorySpec): History {
  const path = dataPath(spec.file);
  const bytes = readFileSync(path);
  const lines = bytes.toString('utf8').split('\n');
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  const header = lines[0].trim().split(',');
  const column = (name: string): number => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`${path}: column ${name} is missing (header: ${header.join(',')})`);
    return index;
  };
  const dateCol = column('date');
  const priceCol = column('price_usd');
  const difficultyCol = column('difficulty_mean');
  const blocksCol = column('block_count');
  const issuanceCol = column(spec.issuanceColumn);
  const feesCol = column(spec.feesColumn);
  // A hashrate column, or difficulty over the block time (the coin record says which and why).
  const hashrateColumn = spec.hashrateColumn;
  const hashName = hashrateColumn?.name ?? spec.blockTimeColumn;
  if (hashName === null)
    throw new Error(`internal: the record of ${coin} names no hashrate or block-time column`);
  const hashCol = column(hashName);

  const days = lines.length - 1;
  const dates: string[] = new Array(days);
  const h: History = {
    coin,
    firstDate: '',
    lastDate: '',
    days,
    dateAt: (i) => dates[i],
    indexOf: () => -1,
    priceUsd: new Float64Array(days),
    difficulty: new Float64Array(days),
    hashrateHs: new Float64Array(days),
    blocks: new Float64Array(days),
    issuance: new Float64Array(days),
    fees: new Float64Array(days),
    height: new Float64Array(days),
    supply: new Float64Array(days),
    files: [],
  };

  const number = (cells: string[], col: number, line: number): number => {
    const value = Number(cells[col]);
    if (cells[col] === '' || !Number.isFinite(value)) {
      throw new Error(
        `${path}:${line + 1}: ${header[col]} is not a number (got ${JSON.stringify(cells[col])})`,
      );
    }
    return value;
  };

  const firstDay = dayNumber(lines[1].split(',')[dateCol]);
  let height = spec.heightAtFirstDay;
  let supply = spec.generatedBeforeFirstDay;
  for (let i = 0; i < days; i++) {
    const cells = lines[i + 1].split(',');
    const date = cells[dateCol];
    // Day i must be firstDay + i: a gap would shift every later height.
    if (date !== formatDay(firstDay + i)) {
      throw new Error(
        `${path}:${i + 2}: expected ${formatDay(firstDay + i)} (no gaps), got ${JSON.stringify(date)}`,
      );
    }
    dates[i] = date;
    h.priceUsd[i] = number(cells, priceCol, i + 1);
    h.difficulty[i] = number(cells, difficultyCol, i + 1);
    const hashValue = number(cells, hashCol, i + 1);
    h.hashrateHs[i] = hashrateColumn !== null ? hashValue * hashrateColumn.toHs : h.difficulty[i] / hashValue;
    h.blocks[i] = number(cells, blocksCol, i + 1);
    h.issuance[i] = number(cells, issuanceCol, i + 1);
    h.fees[i] = number(cells, feesCol, i + 1);
    h.height[i] = height;
    h.supply[i] = supply;
    height += h.blocks[i];
    supply += h.issuance[i];
  }

  h.firstDate = dates[0];
  h.lastDate = dates[days - 1];
  const range = { firstDate: h.firstDate, lastDate: h.lastDate, days };
  h.files = [
    {
      kind: 'shipped',
      path: `data/${spec.file}`,
      sha256: sha256Hex(bytes),
      ...range,
      sources: [{ ...SHIPPED_SOURCE, ...range }],
    },
  ];
  h.indexOf = (date) => {
    const i = dayNumber(date) - firstDay;
    return i >= 0 && i < days ? i : -1;
  };
  return h;
}
