// The coin registry: every coin is one protocol record, and code outside src/model/coins asks the
// record, never the coin's name.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHistory } from '../../src/data/history.js';
import { protocolFor } from '../../src/engine/compile/compile.js';
import {
  HALVING_INTERVAL_BLOCKS,
  HASHES_PER_DIFFICULTY,
  RETARGET_BLOCKS,
  subsidyBtc,
} from '../../src/model/bitcoin.js';
import { COIN_IDS, COINS, coinOfIssuanceColumn, coinProtocol } from '../../src/model/coins/index.js';
import { powChangeHeights, TAIL_EMISSION_XMR } from '../../src/model/monero.js';

const SRC = join(import.meta.dirname, '../../src');
const COINS_DIR = join(SRC, 'model/coins');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** A comparison with a coin's id or ticker: `coin === 'bitcoin'`, `'XMR' !== t`, ... */
function coinBranches(text: string): string[] {
  const names = COIN_IDS.flatMap((id) => [id, COINS[id].ticker, COINS[id].assetId]).join('|');
  const branch = new RegExp(
    `(?:[!=]==?)\\s*['"\`](?:${names})['"\`]|['"\`](?:${names})['"\`]\\s*(?:[!=]==?)`,
    'i',
  );
  return text.split('\n').filter((line) => branch.test(line));
}

describe('coin registry', () => {
  it('no file of src/ outside src/model/coins branches on a coin name', () => {
    const found = sourceFiles(SRC)
      .filter((file) => !file.startsWith(COINS_DIR))
      .flatMap((file) =>
        coinBranches(readFileSync(file, 'utf8')).map((line) => `${relative(SRC, file)}: ${line.trim()}`),
      );
    expect(found).toEqual([]);
  });

  it('coinBranches() finds a comparison with a coin id or ticker', () => {
    expect(coinBranches("  if (s.coin === 'bitcoin') x();")).toHaveLength(1);
    expect(coinBranches("  const u = 'XMR' !== t ? 1 : 2;")).toHaveLength(1);
    expect(coinBranches("  const c: Coin = 'monero';")).toEqual([]);
  });

  it('each record is keyed by its own id', () => {
    for (const id of COIN_IDS) expect(coinProtocol(id).id).toBe(id);
  });

  it("protocolFor() gives Bitcoin's consensus figures and Monero's tail emission", () => {
    expect(protocolFor('bitcoin')).toEqual({
      coin: 'bitcoin',
      blockIntervalS: 600,
      hashesPerDifficulty: HASHES_PER_DIFFICULTY,
      retargetBlocks: RETARGET_BLOCKS,
      tailEmission: 0,
    });
    expect(protocolFor('monero')).toEqual({
      coin: 'monero',
      blockIntervalS: 120,
      hashesPerDifficulty: 1,
      retargetBlocks: 0,
      tailEmission: TAIL_EMISSION_XMR,
    });
  });

  it("rewardAt() of the Bitcoin record is the subsidy by height; Monero's never falls below the tail", () => {
    expect(COINS.bitcoin.rewardAt(HALVING_INTERVAL_BLOCKS * 3, 0)).toBe(
      subsidyBtc(HALVING_INTERVAL_BLOCKS * 3),
    );
    expect(COINS.monero.rewardAt(3_000_000, 1.84e7)).toBe(TAIL_EMISSION_XMR);
    expect(COINS.monero.powChanges).toBe(powChangeHeights);
    expect(COINS.bitcoin.powChanges).toEqual([]);
  });

  it('coinOfIssuanceColumn() names the coin of a shipped header, and undefined for none', () => {
    for (const id of COIN_IDS) expect(coinOfIssuanceColumn(COINS[id].history.header)).toBe(id);
    expect(coinOfIssuanceColumn(['date', 'price_usd'])).toBeUndefined();
  });

  it("each record's history file opens at the record's height anchor with its header", () => {
    for (const id of COIN_IDS) {
      const spec = COINS[id].history;
      const history = loadHistory(id, null);
      expect(history.height[0]).toBe(spec.heightAtFirstDay);
      expect(history.supply[0]).toBe(spec.generatedBeforeFirstDay);
      const header = readFileSync(join(SRC, '../data', spec.file), 'utf8')
        .split('\n', 1)[0]
        .trim()
        .split(',');
      expect(header).toEqual([...spec.header]);
    }
  });
});
