// A start before the coin's chain began, or before the history with a block height the chain had
// not reached: Monero on 2013-06-01 (its genesis block is of 2014-04-18) ran, an i7 making 403.9 USD
// a day and paying back on day 0; a Bitcoin start on 2010-01-01 took a height of 930,000 (the
// chain reached 68,785 only on 2010-07-18, the history's first day), which puts the halvings ahead
// of another era. Both are refused with what to give, in a scenario and in `minesim quote`.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { validateScenarioText } from '../../src/scenario/validate.js';

const scenario = (
  coin: string,
  start: string,
  machine: string,
  height: number,
  difficulty = 1e6,
) => `name: early
coin: ${coin}
start: ${start}
horizon: 1 year
fleet:
  - { model: ${machine}, count: 1, unitPrice: 50 USD }
power: { price: 0.05 USD/kWh }
network: { height: ${height}, difficulty: ${difficulty}, model: { type: growth, rate: 100 % } }
price: { start: 1 USD, model: { type: gbm, drift: 0 %, volatility: 60 % } }
fees: { model: { type: share-of-subsidy, share: 0 % } }
`;

const problems = async (text: string) => {
  const v = await validateScenarioText(text, 'case.yaml');
  return v.ok ? [] : v.problems.map((p) => `${p.path}: ${p.message}`);
};

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/minesim.mjs', ...args], { encoding: 'utf8' });

describe('a start before the chain began', () => {
  it('validateScenarioText() refuses a Monero start before its genesis block (2014-04-18), and takes one on it', async () => {
    const before = await problems(scenario('monero', '2013-06-01', 'Intel Core i7-2600K', 0));
    expect(before).toEqual([
      'start: the Monero chain began on 2014-04-18 (its genesis block), so nothing was mined on 2013-06-01; give a start on 2014-04-18 or after (got "2013-06-01")',
    ]);
    expect(await problems(scenario('monero', '2014-04-18', 'Intel Core i7-2600K', 0))).toEqual([]);
  });

  it('validateScenarioText() refuses a Bitcoin start of 2009-01-02, the day before its genesis block', async () => {
    const found = await problems(scenario('bitcoin', '2009-01-02', 'Antminer S9', 0, 1e9));
    expect(found).toContain(
      'start: the Bitcoin chain began on 2009-01-03 (its genesis block), so nothing was mined on 2009-01-02; give a start on 2009-01-03 or after (got "2009-01-02")',
    );
  });

  it('validateScenarioText() refuses a height before the history above the one the chain had on its first day', async () => {
    const found = await problems(scenario('bitcoin', '2010-01-01', 'Antminer S9', 930_000, 1e9));
    expect(found).toContain(
      'network.height: the bitcoin chain had reached only block 68,785 when the history begins (2010-07-18), so its height on 2010-01-01 is below that; give a height under 68785 (got 930000)',
    );
    expect(
      (await problems(scenario('bitcoin', '2010-01-01', 'Antminer S9', 33_000, 1e9))).join('\n'),
    ).not.toContain('network.height');
  });

  it('minesim quote refuses a Monero --date before its genesis block and a --height before the data above its first', () => {
    const early = cli(
      ...['quote', '--coin', 'monero', '--machine', 'Intel Core i7-2600K', '--tariff', '0.05'],
      ...['--date', '2013-06-01', '--difficulty', '1000000', '--price', '1', '--height', '1000'],
    );
    expect(early.status).toBe(2);
    expect(early.stderr).toContain(
      '--date: the Monero chain began on 2014-04-18 (its genesis block), so nothing was mined on 2013-06-01; give a --date on 2014-04-18 or after',
    );
    const high = cli(
      ...['quote', '--machine', 'Antminer S9', '--tariff', '0.05', '--date', '2010-01-01'],
      ...['--difficulty', '1000000000', '--price', '1', '--height', '930000'],
    );
    expect(high.status).toBe(2);
    expect(high.stderr).toContain(
      '--height: the bitcoin chain had reached only block 68,785 when the history begins (2010-07-18)',
    );
  });
});
