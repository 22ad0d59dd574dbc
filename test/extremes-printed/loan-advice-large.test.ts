// A loan in breach of its covenant on its drawdown day names the amounts it lends and may lend: at
// 1e15 USD and above they were written out to the dollar (5,500,000,000,000,000,000 USD), digits a
// double does not hold. They now read in exponent form to 15 digits, the most to borrow rounded
// down so it is still at most the covenant's limit.
import { describe, expect, it } from 'vitest';
import { financeMessages } from '../../src/messages/finance.js';

describe('the breached-covenant advice at 1e15 USD and above', () => {
  it('names the principal and the collateral in exponent form, the limit rounded down', () => {
    // Lends 5.5e18 against 2e18 of collateral at a 50 % covenant: at most 1e18 (0.5 x 2e18).
    const text = financeMessages.breachedAtDrawdown('2026-01-22', 5.5e18, 2e18, 0.5, undefined, 1.1e19);
    expect(text).toContain('it lends 5.5e18 USD against machines worth at most 2e18 USD');
    expect(text).toContain('Borrow at most 1e18 USD');
    // A limit whose 16th digit would round it up is rounded down to its 15 digits.
    const odd = financeMessages.breachedAtDrawdown(
      '2026-01-22',
      9e15,
      2 * 1234567890123457,
      0.5,
      undefined,
      1e16,
    );
    const most = Number(/Borrow at most (\S+) USD/.exec(odd)?.[1]);
    expect(most).toBeLessThanOrEqual(1234567890123457);
    expect(odd).toContain('Borrow at most 1.23456789012345e15 USD');
  });

  it('keeps every digit below 1e15', () => {
    const text = financeMessages.breachedAtDrawdown('2026-01-22', 8000, 5000, 0.5, undefined, 10000);
    expect(text).toContain('it lends 8,000 USD against machines worth at most 5,000 USD');
    expect(text).toContain('Borrow at most 2,500 USD');
  });
});
