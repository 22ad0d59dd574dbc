// The assumptions table printed its start figures raw: "Start price 90000.00 USD" beside the
// headline's "BTC 90,000 USD", "Start network hashrate 1073.74 EH/s" and "Start difficulty
// 1.5000e+14" for a scenario's `difficulty: 150 T`. They now read as the rest of the report:
// 90,000 USD, 1,073.74 EH/s (150e12 x 2^32 / 600 s = 1.07374e21 H/s) and 150 T.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shownCoinPriceUsd, shownDifficulty } from '../../src/messages/shown.js';
import { formatCoinPrice } from '../../src/report/format.js';
import { runNode } from '../fixtures/node-process.js';

const SCENARIO = `name: start-figures
coin: bitcoin
start: 2026-12-07
horizon: 1 year
fleet:
  - model: Antminer S21
    count: 500
    unitPrice: 2800 USD
power:
  price: 0.06 USD/kWh
network:
  difficulty: 150 T
  model: { type: growth, rate: 30 % }
price:
  start: 90000 USD
  model: { type: fixed }
fees:
  model: { type: share-of-subsidy, share: 1 % }
monteCarlo:
  paths: 10
  seed: 1
`;

describe('start figures in the assumptions table', { timeout: 60_000 }, () => {
  it('minesim run prints Start price 90,000 USD, Start network hashrate 1,073.74 EH/s and Start difficulty 150 T', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'start-figures-'));
    writeFileSync(join(dir, 's.yaml'), SCENARIO);
    const run = await runNode(['bin/minesim.mjs', 'run', join(dir, 's.yaml'), '--out', join(dir, 'out')]);
    expect(run.code).toBe(0);
    const md = readFileSync(join(dir, 'out', 'summary.md'), 'utf8');
    expect(md).toContain('| Start price | 90,000 USD | given |');
    expect(md).toContain('| Start network hashrate | 1,073.74 EH/s |');
    expect(md).toContain('| Start difficulty | 150 T | given |');
    expect(run.stdout).toContain('BTC 90,000 USD');
  });

  it('shownCoinPriceUsd() prints a price as formatCoinPrice() does; shownDifficulty() with an SI prefix', () => {
    for (const usd of [0.004, 0.0858, 1, 27.314, 999.96, 1808.75, 78_600, 94_503.2, 1e12])
      expect(shownCoinPriceUsd(usd)).toBe(`${formatCoinPrice(usd)} USD`);
    expect(shownDifficulty(150e12)).toBe('150 T');
    expect(shownDifficulty(152_271_405_447_597.4)).toBe('152.271 T');
    expect(shownDifficulty(480.5e9)).toBe('480.5 G');
    expect(shownDifficulty(1)).toBe('1');
    // Past a thousand E in exponent form, as network.difficulty takes it (test/extremes-printed).
    expect(shownDifficulty(2.5e30)).toBe('2.5e30');
  });
});
