// An analyst's question: fifty Ryzen 7 1700 desktops (RandomX 4,100 H/s, 100 W each, 150 USD)
// mining Monero across its RandomX fork (2019-11-30) at 0.05 USD/kWh and a 1 % pool fee. By hand
// from data/xmr-daily.csv, from 2019-12-01 (the first whole day of RandomX) to the history's
// last day, 2020-02-09 (71 days): a day's coins are 86,400 x 205,000 H/s / difficulty x (issuance
// + fees) / blocks x 0.99; every row of the back-test's daily.csv agrees (20.4873 XMR in all,
// 1,168.52 USD of revenue, 426 USD of power: -6,757.48 USD at the horizon). The first day earns
// 0.5943 XMR, the last 0.2150: the difficulty (a 720-block window) took weeks to count the new
// RandomX hashes (62.7 G on 2019-12-01, 141 G by late January). The block reward is the day's
// issuance over its blocks, 2.1229 XMR on 2019-12-01, and the emission rule (M - A) >> 19 from
// the supply it implies (17,333,727 XMR) gives every later day's within 0.001 XMR (the chain
// paid a little less, by its block-size penalties).
// The same desktops bought on 2019-10-01, before the fork, are refused on their catalog rating
// (it is RandomX's, and Monero mined CryptoNight-R until the fork), and the refusal said to give
// `hashrate` on CryptoNight-R; given (520 H/s, the RandomX benchmark's CN/R figure), the run takes
// it on both sides of the fork, as validate and the assumptions table note ("one rate cannot hold
// on both sides"): the 60 days from it mined at 26,000 H/s for a fleet of 205,000 RandomX H/s. The
// refusal now says at once that the cohort runs into RandomX and what to give: the days before as
// a cohort retired on the fork with its CN/R hashrate, those after as a cohort of their own on the
// catalog's rating. A CPU rated on CryptoNight and running past the fork was told to "give its
// `hashrate` (the scenario's own, on whatever algorithm is mined)", which leads to that same note;
// it is now told to give the days after as a cohort of their own with its hashrate on RandomX.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, useScratchFolder } from '../analyst-questions-2/hand.js';

const { backtest, scenarioFile } = useScratchFolder(); // the scenarios below draw no charts of their own accord

interface XmrDay {
  price: number;
  difficulty: number;
  blocks: number;
  issuance: number;
  fees: number;
}
const [head, ...lines] = readFileSync(new URL('../../data/xmr-daily.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n');
const names = head.split(',');
const col = (name: string) => names.indexOf(name);
const xmr = new Map<string, XmrDay>(
  lines.map((line) => {
    const c = line.split(',');
    return [
      c[0],
      {
        price: Number(c[col('price_usd')]),
        difficulty: Number(c[col('difficulty_mean')]),
        blocks: Number(c[col('block_count')]),
        issuance: Number(c[col('issuance_xmr')]),
        fees: Number(c[col('fees_xmr')]),
      },
    ];
  }),
);

const FLEET_HS = 50 * 4100;
const M = 2 ** 64 - 1;
const scenario = (start: string, horizon: string, cohort: string) =>
  `name: ryzen-randomx
coin: monero
start: ${start}
horizon: ${horizon}
fleet:
  - ${cohort}
power: { price: 0.05 USD/kWh }
costs: { poolFee: 1 % }
network: { model: { type: stochastic, drift: -30 %, volatility: 55 % } }
outputs: { charts: [] }
`;

describe('Monero across the RandomX fork', { timeout: 60_000 }, () => {
  it('minesim backtest: a RandomX fleet’s coins, revenue and cash after the fork, day by day, and the reward against the emission rule', async () => {
    const { summary, folder } = await backtest(
      scenarioFile(
        'ryzen-after-randomx',
        scenario('2019-12-01', '71 days', '{ model: AMD Ryzen 7 1700, count: 50, unitPrice: 150 USD }'),
      ),
    );
    const [header, ...rows] = readFileSync(join(folder, 'daily.csv'), 'utf8').trim().split('\n');
    const at = (name: string) => header.split(',').indexOf(name);
    expect(rows).toHaveLength(71);
    let coins = 0;
    let revenue = 0;
    let cash = -50 * 150;
    let supply = Number.NaN;
    for (const row of rows) {
      const c = row.split(',');
      const d = xmr.get(c[0])!;
      const mined = ((86_400 * FLEET_HS) / d.difficulty) * ((d.issuance + d.fees) / d.blocks) * 0.99;
      expect(Number(c[at('fleet_hashrate_hs')])).toBe(FLEET_HS);
      expect(Number(c[at('coins_mined_xmr')])).toBeCloseTo(mined, 6);
      expect(Number(c[at('revenue_usd')])).toBeCloseTo(mined * d.price, 5);
      expect(Number(c[at('power_usd')])).toBeCloseTo(50 * 0.1 * 24 * 0.05, 9);
      coins += mined;
      revenue += mined * d.price;
      cash += mined * d.price - 6;
      expect(Number(c[at('cash_usd')])).toBeCloseTo(cash, 4);
      // The day's reward: what its blocks paid; the emission rule from the supply the first implies.
      const reward = Number(c[at('subsidy_xmr_per_block')]);
      expect(reward).toBeCloseTo(d.issuance / d.blocks, 6);
      if (Number.isNaN(supply)) supply = M - reward * 1e12 * 2 ** 19;
      expect(Math.abs((M - supply) / 2 ** 19 / 1e12 - reward)).toBeLessThan(0.001);
      supply += d.issuance * 1e12;
    }
    expect(coins).toBeCloseTo(20.4873, 4);
    expect(revenue).toBeCloseTo(1168.52, 2);
    expect(cash).toBeCloseTo(-6757.48, 2);
    expect(summary.headline.coinsMined.quantiles.p50).toBeCloseTo(coins, 9);
    expect(summary.actual!.netUsd.at(-1)).toBeCloseTo(cash, 6);
    expect(Number(rows[0].split(',')[at('coins_mined_xmr')])).toBeCloseTo(0.594318, 6);
    expect(Number(rows[70].split(',')[at('coins_mined_xmr')])).toBeCloseTo(0.214955, 6);
  });

  it('minesim validate and backtest: one given hashrate across the fork is noted and taken on both sides; the catalog’s refusal before it says what to give at once', async () => {
    const across = scenarioFile(
      'ryzen-across-randomx',
      scenario(
        '2019-10-01',
        '120 days',
        '{ model: AMD Ryzen 7 1700, count: 50, unitPrice: 150 USD, hashrate: 520 H/s }',
      ),
    );
    const noted = await cli('validate', across);
    expect(noted.code).toBe(0);
    expect(noted.stdout + noted.stderr).toMatch(
      /fleet\[0\]: hashes 520 H\/s before and after Monero's RandomX on 2019-11-30, .*one rate cannot hold on both sides/,
    );
    // Taken at 26,000 H/s on both sides: after the fork, an eighth of the fleet's RandomX rate.
    const { folder } = await backtest(across);
    expect(readFileSync(join(folder, 'summary.md'), 'utf8')).toMatch(/one rate cannot hold on both sides/);
    const [header, ...rows] = readFileSync(join(folder, 'daily.csv'), 'utf8').trim().split('\n');
    const at = (name: string) => header.split(',').indexOf(name);
    const after = rows.filter((r) => r.split(',')[0] >= '2019-12-01');
    expect(after).toHaveLength(59);
    for (const row of after) {
      const c = row.split(',');
      const d = xmr.get(c[0])!;
      expect(Number(c[at('fleet_hashrate_hs')])).toBe(26_000);
      const mined = ((86_400 * 26_000) / d.difficulty) * ((d.issuance + d.fees) / d.blocks) * 0.99;
      expect(Number(c[at('coins_mined_xmr')])).toBeCloseTo(mined, 6);
    }
    expect(26_000 / FLEET_HS).toBeCloseTo(0.1268, 4);

    // On the catalog's rating alone: refused as before, now saying the cohort runs into RandomX.
    const rated = await cli(
      'validate',
      scenarioFile(
        'ryzen-rated-across',
        scenario('2019-10-01', '120 days', '{ model: AMD Ryzen 7 1700, count: 50, unitPrice: 150 USD }'),
      ),
    );
    expect(rated.code).toBe(2);
    expect(rated.stderr).toMatch(
      /ryzen-rated-across\.yaml:6:14 fleet\[0\]\.model: the AMD Ryzen 7 1700 is rated on randomx, but Monero mines cryptonight-r since 2019-03-09, on which its hashrate is not the catalog's; the cohort runs past 2019-11-30, when Monero moves to randomx, and one hashrate cannot be its rate on both: retire it by then \(`retire: 2019-11-30`\) with its `hashrate` on cryptonight-r, and give its days from 2019-11-30 as a cohort of their own, on the catalog's rating; or start on 2019-11-30 or later/,
    );
    // Followed: two cohorts, neither noted.
    const split = await cli(
      'validate',
      scenarioFile(
        'ryzen-split-at-fork',
        scenario(
          '2019-10-01',
          '120 days',
          '{ model: AMD Ryzen 7 1700, count: 50, unitPrice: 150 USD, hashrate: 520 H/s, retire: 2019-11-30 }\n  - { model: AMD Ryzen 7 1700, count: 50, unitPrice: 0 USD, purchased: 2019-11-30 }',
        ),
      ),
    );
    expect({ code: split.code, stderr: split.stderr }).toEqual({ code: 0, stderr: '' });
    expect(split.stdout).not.toMatch(/one rate cannot hold/);
    // Without a start within the run's days of RandomX: the message as before.
    const short = await cli(
      'validate',
      scenarioFile(
        'ryzen-rated-before',
        scenario('2019-10-01', '30 days', '{ model: AMD Ryzen 7 1700, count: 50, unitPrice: 150 USD }'),
      ),
    );
    expect(short.stderr).toMatch(
      /give `hashrate` \(on cryptonight-r\), or a machine of the catalog rated on it/,
    );
  });
});
