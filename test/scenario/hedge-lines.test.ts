// The assumptions table's lines of a scenario's hedges (scenario/finance-lines.ts): each contract
// in the coin's units, a hashprice per PH/s a day for Bitcoin and per kH/s a day for Monero, as the
// engine reads it (compile/books.ts).
import { describe, expect, it } from 'vitest';
import { compileBooks } from '../../src/engine/compile/books.js';
import { financeLines } from '../../src/scenario/finance-lines.js';
import { loadScenario } from '../fixtures/scenarios.js';

describe('financeLines() of hedges', () => {
  it('financeLines() shows the hedge case’s swap at its USD/PH/s/day and its options a coin', async () => {
    const s = await loadScenario('hashprice-hedge-2024-05');
    const lines = financeLines(s).filter((l) => l.label.startsWith('Hedge:'));
    expect(lines.map((l) => l.value)).toEqual([
      'hashprice swap: 10 PH/s at 50.13 USD/PH/s/day for 12 months from 2024-05-01',
      'bought put: 3 BTC at a strike of 55,000 USD, expiring 2024-12-31; premium 2,500 USD a coin on 2024-05-01',
      'sold call: 3 BTC at a strike of 80,000 USD, expiring 2024-12-31; premium 2,500 USD a coin on 2024-05-01',
    ]);
  });

  it('financeLines() shows a Monero hashprice swap per kH/s a day, as written, and compileBooks() reads it per H/s', async () => {
    const s = await loadScenario('cryptonight-asic-2018-x3', (draft) => {
      draft.finance = {
        hedges: [
          { type: 'hashprice-swap', hashrate: '1.1 MH/s', price: '0.9 USD/kH/day', term: '1 month' },
          { type: 'price-swap', coins: 3, price: '300 USD', term: '2 months', start: '2018-03-01' },
        ],
      };
      delete draft.claims;
    });
    const lines = financeLines(s).filter((l) => l.label.startsWith('Hedge:'));
    expect(lines.map((l) => l.value)).toEqual([
      'hashprice swap: 1.1 MH/s at 0.9 USD/kH/s/day for 1 month from 2018-02-15',
      'price swap: 3 XMR a month at 300 USD for 2 months from 2018-03-01',
    ]);
    const books = compileBooks(s, [], 540);
    expect(books!.hedges[0].fixedUsd).toBeCloseTo(0.9e-3, 15);
    expect(books!.hedges[0].amount).toBe(1.1e6);
  });
});
