// A scenario's start more than MARKET_CARRY_DAYS (31) past the history is refused a fee level
// carried from it (scenario/coverage-fees.ts), as a price or a difficulty is. `minesim quote` held
// the data's last day's fees in coins a block however far past it: Monero quoted for 2025-11-01 at
// a given difficulty and price took the fees of 2020-02-09, 2,092 days before, and said so. It now
// carries them under the scenario's rule: within 31 days of the data's last day, said; past that
// --fees is asked for. A given --hashprice past that carries its fees in it; only the split of its
// reward a halving or the emission before the payback needs is unknown, so there it is refused.
import { describe, expect, it } from 'vitest';
import { buildQuote } from '../../src/cli/quote-build.js';
import { loadHistory } from '../../src/data/history.js';

const base = {
  'pool-fee': '0%',
  metered: false,
  uptime: '100%',
  pue: 1,
  json: true,
  tariff: '0.06',
};
const xmr = { ...base, machine: 'AMD Ryzen 9 7950X', coin: 'monero' as const, 'unit-price': '600' };
const btc = { ...base, machine: 'Antminer S21', coin: 'bitcoin' as const, 'unit-price': '2800' };

describe('fees a block past the data, as a scenario carries them', () => {
  it('Monero 2,092 days past the data at a given difficulty: refused, asking for --fees', () => {
    expect(() => buildQuote({ ...xmr, date: '2025-11-01', difficulty: '500G', price: '300' })).toThrow(
      /^--fees: 2025-11-01 is 2,092 days after the monero data ends \(2020-02-09\), more than the 31 days minesim carries a day's fees forward.*give --fees/,
    );
  });

  it('the same with --fees: quoted at the fees given', () => {
    const q = buildQuote({ ...xmr, date: '2025-11-01', difficulty: '500G', price: '300', fees: '0.001' });
    expect(q.feesPerBlock).toBe(0.001);
    expect(q.source).not.toContain('those of 2020-02-09');
  });

  it('11 days past the data: the last day’s fees carried, and said', () => {
    const h = loadHistory('monero');
    const i = h.days - 1;
    const q = buildQuote({ ...xmr, date: '2020-02-20', difficulty: '150G', price: '90' });
    expect(q.feesPerBlock).toBeCloseTo(h.fees[i] / h.blocks[i], 12);
    expect(q.source).toContain('those of 2020-02-09, the data’s last day, held');
  });

  it('Bitcoin 388 days past the data at a given difficulty without --fees: refused', () => {
    expect(() => buildQuote({ ...btc, date: '2026-12-07', difficulty: '150T', price: '90000' })).toThrow(
      /^--fees: 2026-12-07 is 388 days after the bitcoin data ends \(2025-11-14\)/,
    );
  });

  it('a hashprice given 388 days past with a halving before the payback: refused, the fees a block unknown; with --fees, quoted', () => {
    expect(() => buildQuote({ ...btc, date: '2026-12-07', hashprice: '40' })).toThrow(
      /^--fees: 2026-12-07 is 388 days after .*more than the 31 days minesim carries a day's fees forward.*give --fees, the fees a block in the --hashprice given/,
    );
    const q = buildQuote({ ...btc, date: '2026-12-07', hashprice: '40', fees: '1%' });
    expect(q.feesPerBlock).toBeCloseTo(0.03125, 12);
    expect(q.source).toContain('fees of 0.03125 BTC a block in the hashprice as given');
    // The halving scales the revenue by (1.5625 + 0.03125) / (3.125 + 0.03125).
    const coins = buildQuote({ ...btc, date: '2026-12-07', hashprice: '40', fees: '0.03125' });
    expect(coins.halving?.profitAfterUsd).toBeCloseTo(q.halving?.profitAfterUsd ?? Number.NaN, 12);
    const revenue = q.day.revenueUsd;
    expect(q.halving?.profitAfterUsd).toBeCloseTo(
      (revenue * (1.5625 + 0.03125)) / (3.125 + 0.03125) - q.day.powerUsd,
      9,
    );
  });

  it('a hashprice given 388 days past that pays back before the halving: quoted, no fees a block stated', () => {
    const q = buildQuote({ ...btc, date: '2026-12-07', hashprice: '200' });
    expect(q.feesPerBlock).toBeNull();
    expect(q.rewardPerBlock).toBeNull();
    expect(q.source).not.toContain('with the fees of');
  });

  it('a hashprice given 20 days past: the fees of the last day carried, as before', () => {
    const q = buildQuote({ ...btc, date: '2025-12-04', hashprice: '40' });
    expect(q.feesPerBlock).toBeGreaterThan(0);
    expect(q.source).toContain('with the fees of 2025-11-14');
  });

  it('the refusal of a day far past the data without figures names --fees with the rest; 20 days past it does not', () => {
    expect(() => buildQuote({ ...btc, date: '2041-06-01' })).toThrow(
      /or --difficulty and --price, with --fees, the fees a block on 2041-06-01 \(the data's last are carried only 31 days;.*, and --height/,
    );
    expect(() => buildQuote({ ...btc, date: '2025-12-04' })).toThrow(/--price; or a --date inside the data$/);
  });

  it('the days since the data in the sources line carry their thousands separator (it said "9093 days before")', () => {
    const q = buildQuote({ ...xmr, date: '2045-01-01', difficulty: '500G', price: '300', fees: '1%' });
    expect(q.source).toContain("(the data's last day, 9,093 days before)");
    // 0.6 XMR and 1 % of fees at 300 USD over 500 G hashes a block: 0.03142 USD/kH/s/day.
    expect(q.hashpriceUsd).toBeCloseTo(((0.6 * 1.01 * 300 * 86_400) / 500e9) * 1000, 12);
  });

  it('--fees with a --hashprice inside the data: the halving scales it by the fees given, said as given', () => {
    const q = buildQuote({ ...btc, hashprice: '40', fees: '0.025' });
    expect(q.feesPerBlock).toBe(0.025);
    expect(q.source).toContain(
      'the halvings ahead scale it by the subsidy a block of 2025-11-14 and the fees a block given (3.125 and 0.025 BTC)',
    );
    expect(q.halving?.profitAfterUsd).toBeCloseTo(
      (q.day.revenueUsd * (1.5625 + 0.025)) / (3.125 + 0.025) - q.day.powerUsd,
      9,
    );
  });
});
