// Figures past what a double holds digit for digit, and hashrates past the largest SI prefix, as
// the terminal, summary.md, report.html and the explorer print them: a 1e22 USD NPV was written as
// 23 digits where a double holds 15, a 6.5e59 USD coin price as 60 digits, a hashrate of 1e31 H/s
// as "10000000 YH/s" (and formatQuantity, whose prefixes ended at Z, as "10,000,000,000 ZH/s").
import { describe, expect, it } from 'vitest';
import { shownCoinPriceUsd, shownDifficulty, shownHashrate } from '../../src/messages/shown.js';
import { formatEnd } from '../../src/report/bands-error.js';
import { formatCoinPrice, formatInteger, formatSignificant, formatUsd } from '../../src/report/format.js';
import { formatQuantity } from '../../src/scenario/quantity-format.js';

describe('figures from 1e15 print in exponent form, to the digits a double holds', () => {
  it('a whole-dollar amount from 1e15: at most 15 significant digits, trailing zeros dropped', () => {
    expect(formatUsd(1e22)).toBe('1e22 USD');
    expect(formatUsd(86852794218648670)).toBe('8.68527942186487e16 USD');
    expect(formatUsd(-5.501e15)).toBe('-5.501e15 USD');
    expect(formatInteger(1e22)).toBe('1e22');
    // Below 1e15 every digit is held: as before.
    expect(formatUsd(999_999_999_999_999)).toBe('999,999,999,999,999 USD');
  });

  it('a figure to 4 significant digits from 1e15: exponent form, not a run of zeros', () => {
    expect(formatSignificant(6.493e59)).toBe('6.493e59');
    expect(formatCoinPrice(6.493e59)).toBe('6.493e59');
    expect(formatEnd(2.887e58, 'low')).toBe('2.887e58');
    expect(formatEnd(3.0801e64, 'high')).toBe('3.081e64');
    expect(shownCoinPriceUsd(1e22)).toBe('1e22 USD');
  });

  it('quantities: money from 1e15 in exponent form', () => {
    expect(formatQuantity(5.501e15, 'money')).toBe('5.501e15 USD');
    expect(formatQuantity(1e21, 'duration')).toMatch(/^2\.74e18 years$/);
  });
});

describe('hashrates past the largest SI prefix', () => {
  it('reach yotta, then read in exponent form in H/s', () => {
    expect(formatQuantity(1e24, 'hashrate')).toBe('1 YH/s');
    expect(formatQuantity(999e24, 'hashrate')).toBe('999 YH/s');
    expect(formatQuantity(1e31, 'hashrate')).toBe('1e31 H/s');
    expect(formatQuantity(1.2345e28, 'hashrate', 4)).toBe('1.235e28 H/s');
    expect(shownHashrate(1e31)).toBe('1e31 H/s');
    expect(shownHashrate(5e26)).toBe('500 YH/s');
    expect(formatQuantity(2e30, 'power')).toBe('2e30 W');
  });

  it('a difficulty past a thousand E reads as network.difficulty takes it', () => {
    expect(shownDifficulty(1e30)).toBe('1e30');
    expect(shownDifficulty(139.698e15)).toBe('139.698 P');
  });
});

describe('tiny figures keep a digit', () => {
  it('an interval end under a billionth: exponent form, not 22 zeros', () => {
    expect(formatEnd(1.0625e-21, 'low')).toBe('1.062e-21');
    expect(formatEnd(5.7201e-21, 'high')).toBe('5.721e-21');
  });
});
