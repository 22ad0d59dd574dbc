// A quote on a day before the data holds the fees a block of the data's first day, as a day past it
// holds its last day's, and under the same rule: no further than 31 days (MARKET_CARRY_DAYS), said
// with how far; beyond, --fees is asked for. Before, Bitcoin at a --height before its data took the
// fees of the data's LAST day (0.02394 BTC a block, of 2025-11-14) while saying "those of
// 2010-07-18, the data’s first day, held" (0.004593 BTC a block: 0.79 BTC over 172 blocks), however
// far before; Monero on its genesis day, 32 days before its data, held its first day's fees too.
import { describe, expect, it } from 'vitest';
import { buildQuote } from '../../src/cli/quote-build.js';
import type { Args } from '../../src/cli/quote-inputs.js';
import { loadHistory } from '../../src/data/history.js';

const base = { 'pool-fee': '0%', metered: false, uptime: '100%', pue: 1, json: true, tariff: '0.01' };
const btc: Args = { ...base, machine: 'Antminer S9', coin: 'bitcoin', 'unit-price': '50' };
const xmr: Args = { ...base, machine: 'Intel Core i7-2600K', coin: 'monero', 'unit-price': '50' };
const refusal = (args: Args) => {
  try {
    buildQuote(args);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('fees a block on a day before the data', () => {
  const h = loadHistory('bitcoin');
  const first = h.fees[0] / h.blocks[0];

  it('Bitcoin 17 days before its data at a given height: the first day’s fees (0.004593 BTC), said with how far', () => {
    const q = buildQuote({ ...btc, date: '2010-07-01', difficulty: '1G', price: '0.01', height: '60000' });
    expect(first).toBeCloseTo(0.79 / 172, 9);
    expect(q.feesPerBlock).toBeCloseTo(first, 12);
    expect(q.source).toContain(
      'those of 2010-07-18, the data’s first day, 17 days after, held; --fees to change',
    );
    // With a hashprice given, the chain's fees (what a halving leaves whole) are the first day's too.
    const given = buildQuote({ ...btc, date: '2010-07-01', hashprice: '1', height: '60000' });
    expect(given.feesPerBlock).toBeCloseTo(first, 12);
    expect(given.source).toContain('with the fees of 2010-07-18 (0.004593 BTC a block)');
  });

  it('Bitcoin 198 days before its data: --fees asked for, as 198 days past it would be', () => {
    expect(refusal({ ...btc, date: '2010-01-01', difficulty: '1G', price: '0.01', height: '30000' })).toMatch(
      /^--fees: 2010-01-01 is 198 days before the bitcoin data begins \(2010-07-18\), more than the 31 days minesim carries a day's fees back .*give --fees/,
    );
    const q = buildQuote({
      ...btc,
      date: '2010-01-01',
      difficulty: '1G',
      price: '0.01',
      height: '30000',
      fees: '0',
    });
    expect(q.feesPerBlock).toBe(0);
  });

  it('Monero on its genesis day, 32 days before its data: --fees asked for; 30 days before, the first day’s held and said', () => {
    const m = loadHistory('monero');
    expect(m.firstDate).toBe('2014-05-20');
    expect(refusal({ ...xmr, date: '2014-04-18', difficulty: '50M', price: '2', height: '20' })).toMatch(
      /^--fees: 2014-04-18 is 32 days before the monero data begins \(2014-05-20\)/,
    );
    const q = buildQuote({ ...xmr, date: '2014-04-20', difficulty: '50M', price: '2', height: '2000' });
    expect(q.feesPerBlock).toBeCloseTo(m.fees[0] / m.blocks[0], 15);
    expect(q.source).toContain('those of 2014-05-20, the data’s first day, 30 days after, held');
    // A hashprice given on the genesis day with the emission before the payback: what of it is fees is not known.
    expect(refusal({ ...xmr, date: '2014-04-18', hashprice: '5', height: '20' })).toMatch(
      /^--fees: 2014-04-18 is 32 days before the monero data begins .*the fees a block in the --hashprice given/,
    );
    expect(
      buildQuote({ ...xmr, date: '2014-04-18', hashprice: '5', height: '20', fees: '0' }).emission,
    ).toBeDefined();
  });
});
