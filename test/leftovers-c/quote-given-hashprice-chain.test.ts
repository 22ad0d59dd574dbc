// `minesim quote --hashprice` on a day of the data: the JSON gave that day's subsidy, fees and
// reward a block (6.25 + 0.3796 BTC on 2024-03-01) beside a hashprice they did not make, and
// neither it nor the text said what they were for: the halving ahead scales the given hashprice's
// revenue by (3.125 + 0.3796) / (6.25 + 0.3796), so the given hashprice is taken to carry that
// day's share of fees. Both now say so in their source, past the data as on it.
import { describe, expect, it } from 'vitest';
import { quoteMessages as m } from '../../src/messages/quote.js';
import { runNode } from '../fixtures/node-process.js';

const minesim = (...args: string[]) => runNode(['bin/minesim.mjs', ...args]);
const QUOTE = [
  'quote',
  '--machine',
  'Antminer S21',
  '--tariff',
  '0.06',
  '--date',
  '2024-03-01',
  '--hashprice',
  '45',
];
const CHAIN = m.givenHashpriceChain('2024-03-01', '6.25', '0.3796 BTC', true);

describe.concurrent('minesim quote --hashprice on a day of the data', () => {
  it('--json names what its subsidy and fees a block are for, and the text says the same', async () => {
    const json = await minesim(...QUOTE, '--json');
    expect(json.code, json.stderr).toBe(0);
    const q = JSON.parse(json.stdout);
    expect(q.feesPerBlock).toBeCloseTo(0.3796, 4);
    expect(q.source).toBe(`hashprice as given; price from the history of 2024-03-01; ${CHAIN}`);
    const text = await minesim(...QUOTE);
    expect(text.stdout).toContain(q.source);
    // The halving's figure is the one the source names: 9 USD of revenue x (3.125 + f) / (6.25 + f) - 5.04.
    const f = q.feesPerBlock;
    expect(q.halving.profitAfterUsd).toBeCloseTo((9 * (3.125 + f)) / (6.25 + f) - 5.04, 9);
  });

  it('with --price too', async () => {
    const q = JSON.parse((await minesim(...QUOTE, '--price', '60000', '--json')).stdout);
    expect(q.source).toBe(`hashprice as given; price as given; ${CHAIN}`);
  });

  it('Monero: its emission ahead', async () => {
    const q = JSON.parse(
      (
        await minesim(
          'quote',
          '--machine',
          'Intel Core i7-6700',
          '--coin',
          'monero',
          '--tariff',
          '0.06',
          '--date',
          '2018-01-01',
          '--hashprice',
          '5',
          '--unit-price',
          '500',
          '--json',
        )
      ).stdout,
    );
    expect(q.source).toContain(
      '; the emission ahead scales it by the reward and fees a block of 2018-01-01 (5.5251 and 0.1846 XMR)',
    );
  });
});
