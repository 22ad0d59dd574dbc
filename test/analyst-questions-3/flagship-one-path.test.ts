// An analyst's question, the flagship's own re-derived by hand for one path: what does one Antminer
// S9 (13.5 TH/s, 1,323 W) earn a day on 2017-05-01, from the day's difficulty, block reward and
// price? And the flagship's ten S9s (2,000 USD each, 30 % import premium, 1,000 USD of setup, 90 %
// uptime, 0.10 USD/kWh, PUE 1.1, 2 % pool fee) started that day with the conditions held: the price
// fixed, the network's hashrate not growing, 1.5428 BTC of fees a block: when do they pay back?
// By hand from data/btc-daily.csv and DOMAIN.md: hashprice = 86,400 x (subsidy + fees) x price /
// (difficulty x 2^32) = 777.67 USD/PH/s/day, 10.50 USD a day for one S9 (`minesim quote`,
// `minesim hashprice`); held fixed, the fleet's 61.16 USD a day pays its 27,000 USD back on day
// 441. The path pays back on day 474, not 441: holding the network's hashrate fixed does not hold
// the difficulty. The network starts at the week's mean hashrate read from the blocks found (3.92
// EH/s), 4.9 % above what the difficulty of 521.97 G makes 144 blocks a day (3.74 EH/s), so blocks
// come fast; the epoch (from block 463,680; 595 blocks done at the start) ends on 2017-05-10 after
// 13.33 days, and the retarget raises the difficulty 5 % to 548.36 G, the next (2017-05-24) to the
// hashrate's level, 547.50 G: the rule a held-fixed hand computation misses (DOMAIN.md's retarget
// rule, with the epoch's time so far from the daily block counts, each day's blocks spread evenly).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli, useScratchFolder } from '../analyst-questions-2/hand.js';

const { scenarioFile } = useScratchFolder({ charts: false });

const START = '2017-05-01';
const DAYS = 731;
const FEES = 1.5428;
const TWO32 = 2 ** 32;

/** The history's columns, a row a day from 2010-07-18 (block 68,785). */
function history() {
  const [head, ...lines] = readFileSync(new URL('../../data/btc-daily.csv', import.meta.url), 'utf8')
    .trim()
    .split('\n');
  const names = head.split(',');
  const rows = lines.map((l) => l.split(','));
  const col = (name: string) => rows.map((r) => Number(r[names.indexOf(name)]));
  const height: number[] = [];
  let h = 68_785;
  const blocks = col('block_count');
  for (const b of blocks) {
    height.push(h);
    h += b;
  }
  return {
    dates: rows.map((r) => r[0]),
    price: col('price_usd'),
    difficulty: col('difficulty_mean'),
    hashrate: col('hashrate_ths').map((v) => v * 1e12),
    blocks,
    height,
  };
}

/** The path by hand: the fleet's daily profit, block by block between retargets. */
function path() {
  const hs = history();
  const i = hs.dates.indexOf(START);
  const price = hs.price[i];
  const networkHs = hs.hashrate.slice(i - 6, i + 1).reduce((s, v) => s + v, 0) / 7;
  let difficulty = hs.difficulty[i];
  let height = hs.height[i];
  // The epoch's time so far: its first block's day, its blocks spread evenly over that day.
  let epochStart = Math.floor(height / 2016) * 2016;
  let j = i;
  while (hs.height[j] > epochStart) j--;
  let elapsed = (i - j - (epochStart - hs.height[j]) / hs.blocks[j]) * 86_400;
  const fleetHs = 10 * 13.5e12 * 0.9;
  const power = 10 * 1.323 * 1.1 * 24 * 0.9 * 0.1;
  const profit: number[] = [];
  const retargets: { day: number; difficulty: number; elapsed: number }[] = [];
  for (let d = 0; d < DAYS; d++) {
    // The day's expected coins at each difficulty in force for its part of the day.
    let left = 86_400;
    let coins = 0;
    while (left > 0) {
      const perS = networkHs / (difficulty * TWO32);
      const toEnd = (epochStart + 2016 - height) / perS;
      const run = Math.min(left, toEnd);
      coins += (fleetHs * run * (12.5 + FEES)) / (difficulty * TWO32);
      height += perS * run;
      elapsed += run;
      left -= run;
      if (toEnd <= run) {
        const span = Math.min(4 * 1_209_600, Math.max(1_209_600 / 4, elapsed));
        retargets.push({ day: d, difficulty: (difficulty * 1_209_600) / span, elapsed });
        difficulty = (difficulty * 1_209_600) / span;
        epochStart += 2016;
        height = epochStart;
        elapsed = 0;
      }
    }
    profit.push(coins * price * 0.98 - power);
  }
  return { profit, retargets, networkHs, price, d0: hs.difficulty[i], heightAtStart: hs.height[i] };
}

describe('the flagship re-asked on 2017-05-01, one path with the conditions held', {
  timeout: 60_000,
}, () => {
  it('minesim quote and hashprice: one S9 on 2017-05-01 by hand', async () => {
    const hs = history();
    const i = hs.dates.indexOf(START);
    const fees = 231.42234896 / 150;
    const hashprice = (1e15 * 86_400 * (12.5 + fees) * hs.price[i]) / (hs.difficulty[i] * TWO32);
    expect(hashprice).toBeCloseTo(777.67, 2);
    const quote = await cli(
      'quote',
      '--machine',
      'Antminer S9',
      '--date',
      START,
      '--tariff',
      '0.10',
      '--json',
    );
    const q = JSON.parse(quote.stdout);
    expect(JSON.stringify(q)).toContain(String(Math.round(hashprice * 100) / 100).slice(0, 5));
    const shown = await cli('quote', '--machine', 'Antminer S9', '--date', START, '--tariff', '0.10');
    expect(shown.stdout).toMatch(/Revenue \(USD\/day\) +10\.5\b/);
    expect((hashprice * 13.5) / 1000).toBeCloseTo(10.4986, 4);
  });

  it('minesim run: the one path pays back on day 474 by hand, the retargets included', async () => {
    const p = path();
    // The week's hashrate runs 7.3 % above the difficulty's 144 blocks a day.
    expect(p.networkHs / ((p.d0 * TWO32) / 600)).toBeCloseTo(1.0489, 4);
    expect(p.heightAtStart - 463_680).toBe(595);
    expect(p.retargets.slice(0, 2).map((r) => r.day)).toEqual([9, 23]);
    expect(p.retargets[0].elapsed / 86_400).toBeCloseTo(13.326, 3);
    expect(p.retargets[0].difficulty).toBeCloseTo(548.363e9, -6);
    expect(p.retargets[1].difficulty).toBeCloseTo(547.504e9, -6);
    const file = scenarioFile(
      'north-korea-2017-05-01-held',
      `name: north-korea-2017-05-01-held
start: ${START}
horizon: 2 years
fleet:
  - { model: Antminer S9, count: 10, unitPrice: 2000 USD, importPremium: 30 %, setupCost: 1000 USD, uptime: 90 % }
power: { price: 0.10 USD/kWh, pue: 1.1 }
costs: { poolFee: 2 % }
network: { model: { type: growth, rate: 0 % } }
fees: { model: { type: per-block, amount: ${FEES} } }
price: { model: { type: fixed } }
monteCarlo: { paths: 1, seed: 2017 }
`,
    );
    const run = await cli('run', file, '--json', '--out', `${file}-out`);
    expect(run.code).toBe(0);
    const s = JSON.parse(run.stdout);
    const flows = p.profit.slice();
    flows[0] -= 27_000;
    let sum = 0;
    let payback = -1;
    for (let d = 0; d < DAYS; d++) {
      sum += flows[d];
      if (payback < 0 && sum >= 0) payback = d;
    }
    expect(payback).toBe(474);
    expect(s.headline.paybackDays.mean).toBe(payback);
    expect(sum).toBeCloseTo(14_592.65, 2);
    expect(s.headline.netAtHorizonUsd.mean).toBeCloseTo(sum, 2);
    // Held fixed: the start day's 61.16 USD a day for ever, day 441 (27,000 / 61.163 = 441.4).
    expect(p.profit[0]).toBeCloseTo(61.1631, 4);
    expect(s.dailyView.hashpriceUsd).toBeCloseTo(777.67, 2);
    expect(Math.floor(27_000 / p.profit[0])).toBe(441);
    // The assumptions say so where the hand computation would miss it (they gave the week's mean alone).
    const md = readFileSync(`${file}-out/summary.md`, 'utf8');
    expect(md).toContain(
      '| Start network hashrate | 3.92 EH/s | history, the mean of the 7 days to 2017-05-01; 4.89 % above the 3.74 EH/s at which the difficulty in force at the start (521.975 G) finds a block every 600 s, so the retargets raise the difficulty toward it even with no growth |',
    );
  });
});
