// A fleet's coins at each edge of Monero's emission, against the rule block by block by hand
// (python, whole atomic units: base reward (2^64 - 1 - A) >> 20 for one-minute blocks before height
// 1,009,827 and >> 19 for two-minute blocks from it, never below 0.6 XMR; A the coins generated).
// Every network below is flat, so the fleet's coins are its share of the hashrate times the coins
// the network's blocks issue.
//   Launch: 2014-04-19 at height 1 (A = the genesis block's 17.592186044415 XMR), difficulty 1e6 on
//     one-minute blocks (16,666.67 H/s), 10 desktops of 266 H/s, 10 days: 14,400 blocks issue
//     251,595.83185 XMR; 2,660 / 16,666.67 of it = 40,154.6948 XMR.
//   The 2016 fork: 2016-03-22 (height 1,007,481, A = 11,370,508.5298 XMR, 924,651,327 / 60 =
//     15,410,855.45 H/s), the same fleet, 3 days: 1,440 one-minute blocks issue 9,711.06574 XMR;
//     then 906 one-minute blocks to 1,009,827 and 267 two-minute ones ((86,400 - 906 x 60) / 120),
//     9,697.74048; then 720 two-minute blocks, 9,684.43470 (the last block of day 1 a 0.5 share,
//     counted at its reward): 2,660 / 15,410,855.45 of 29,093.24093 = 5.0216564 XMR.
//   A start on the fork's day, 2016-03-23 (height 1,008,900, A = 11,380,057.4093 XMR): its
//     difficulty, 913,938,052, still prices one-minute blocks, and its 1,085 blocks show
//     913,938,052 x 1,085 / 86,400 = 11,477,115.58 H/s; day 0 finds 1,085 blocks at it, 927
//     one-minute ones to 1,009,827 and 158 two-minute ones, then two days of 720: 2,660 /
//     11,477,115.58 of what they issue = 6.4272466 XMR.
//   The tail: from 2,641,000 (A by the rule from the history's last block, 2,030,146 at
//     17,436,945.8838 XMR: 18,131,800.6155, reward 0.600707), 50 kH/s of 2,500 MH/s, 3 days: 2,160
//     blocks, the tail from 2,641,618, issue 1,296.21855 XMR; 2e-5 of it = 0.0259243711 XMR.
//   Far past it: from 10,000,000, every block 0.6 XMR: 2e-5 x 2,160 x 0.6 = 0.02592 XMR.
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { scenarioOf } from '../fixtures/scenarios.js';

function text(start: string, days: number, network: string, machine: string): string {
  return `name: edge
coin: monero
start: ${start}
horizon: ${days} days
fleet:
  - { model: Intel Core i7-2600K, count: 10, unitPrice: 50 USD, failureRate: 0 %, uptime: 100 %${machine} }
power: { price: 0.05 USD/kWh }
network: { ${network}model: { type: growth, rate: 0 % } }
fees: { model: { type: share-of-subsidy, share: 0 % } }
price: { start: 150 USD, model: { type: fixed } }
monteCarlo: { paths: 2, seed: 1 }
`;
}

async function coinsMined(source: string): Promise<number> {
  const s = await scenarioOf(source);
  const summary = (await runMonteCarlo(s, { paths: 2, workers: 1, breakEvenPaths: 0 })).summary;
  const mean = summary.headline.coinsMined.mean;
  if (mean === null) throw new Error('no coins mined');
  return mean;
}

describe('a Monero fleet’s coins at the edges of the emission', () => {
  it('runMonteCarlo() from launch (2014-04-19, height 1) mines 40,154.6948 XMR in 10 days', async () => {
    const coins = await coinsMined(text('2014-04-19', 10, 'height: 1, difficulty: 1000000, ', ''));
    expect(coins / 40_154.6948 - 1).toBeLessThan(1e-8);
    expect(coins / 40_154.6948 - 1).toBeGreaterThan(-1e-8);
  }, 60_000);

  it('runMonteCarlo() across the 2016 fork (from 2016-03-22) mines 5.0216564 XMR in 3 days', async () => {
    expect(await coinsMined(text('2016-03-22', 3, '', ''))).toBeCloseTo(5.0216564, 7);
  }, 60_000);

  it('runMonteCarlo() from the fork’s day (2016-03-23) mines 6.4272466 XMR in 3 days', async () => {
    expect(await coinsMined(text('2016-03-23', 3, '', ''))).toBeCloseTo(6.4272466, 7);
  }, 60_000);

  it('runMonteCarlo() into the tail (from 2,641,000) mines 0.0259243711 XMR in 3 days', async () => {
    const network = 'height: 2641000, hashrate: 2500 MH/s, ';
    expect(await coinsMined(text('2022-06-08', 3, network, ', hashrate: 5 kH/s'))).toBeCloseTo(
      0.0259243711,
      10,
    );
  }, 60_000);

  it('runMonteCarlo() far past the tail (from 10,000,000) mines 0.02592 XMR in 3 days', async () => {
    const network = 'height: 10000000, hashrate: 2500 MH/s, ';
    expect(await coinsMined(text('2040-01-01', 3, network, ', hashrate: 5 kH/s'))).toBeCloseTo(0.02592, 12);
  }, 60_000);
});
