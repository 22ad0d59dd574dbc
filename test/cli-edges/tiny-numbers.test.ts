// A figure below one billionth, as a tariff of 1e-300 USD/kWh or a unit price of 1e-300 USD
// gives (both valid: the bounds are 0 and up), printed in exponent form: it printed 300 zeros.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shownCoinPriceUsd, shownCoins } from '../../src/messages/shown.js';
import { formatInteger, formatQuantity, formatSignificant, formatUsd } from '../../src/report/format.js';
import { formatQuantity as quantity } from '../../src/scenario/quantity-format.js';
import { runCommand } from '../hostile/in-process.js';

const LONG_DIGITS = /[0-9.,]{30,}/;

describe('figures below a billionth', () => {
  it('read in exponent form, to the same significant digits', () => {
    expect(formatQuantity(1e-300, 'USD/kWh')).toBe('1e-300 USD/kWh');
    expect(formatQuantity(1e-12, 'USD/kWh')).toBe('1e-12 USD/kWh');
    expect(formatSignificant(8.379123e-297)).toBe('8.379e-297');
    expect(formatSignificant(-2.5e-20, 3)).toBe('-2.5e-20');
    expect(formatInteger(-1e-300)).toBe('-1e-300');
    expect(formatUsd(4.4e-299)).toBe('4e-299 USD');
  });

  it('a billionth and above read as before', () => {
    expect(formatQuantity(0.000123456, 'USD/kWh')).toBe('0.0001235 USD/kWh');
    expect(formatQuantity(0.000001, 'USD')).toBe('0.000001 USD');
    expect(formatQuantity(1.234e-9, 'USD/kWh')).toBe('0.000000001234 USD/kWh');
    expect(formatQuantity(9.9e-10, 'USD/kWh')).toBe('9.9e-10 USD/kWh');
    expect(formatSignificant(21.734)).toBe('21.73');
    expect(formatInteger(0.3)).toBe('0.3');
    expect(formatInteger(0)).toBe('0');
  });

  it('minesim quote --tariff 1e-300 prints no run of 300 zeros', async () => {
    const out = await runCommand([
      'quote',
      '--machine',
      'Antminer S21',
      '--tariff',
      '1e-300',
      '--date',
      '2024-04-01',
    ]);
    expect(out.exit).toBe(0);
    expect(out.output).not.toMatch(LONG_DIGITS);
    expect(out.output).toContain('tariff 1e-300 USD/kWh');
  });

  it('the assumptions read them so too', () => {
    expect(quantity(1e-302, 'fraction')).toBe('1e-300 %');
    expect(quantity(1e-300, 'energy-price')).toBe('1e-300 USD/kWh');
    expect(quantity(1e-300, 'money')).toBe('1e-300 USD');
    expect(quantity(2e-300, 'power', 4)).toBe('2e-300 W');
    expect(shownCoinPriceUsd(3e-200)).toBe('3e-200 USD');
    expect(shownCoins(1.234e-10)).toBe('1.234e-10');
    expect(shownCoins(6.5e-9)).toBe('0.0000000065');
    expect(quantity(0.15, 'fraction')).toBe('15 %');
    expect(quantity(0.004, 'money')).toBe('0.004 USD');
  });

  it('a run at a pool fee and a tariff of 1e-300 writes no run of 300 zeros', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'minesim-tiny-'));
    try {
      const out = await runCommand([
        'run',
        'scenarios/north-korea-2017-s9.yaml',
        '--paths',
        '2',
        '--workers',
        '1',
        '--no-explorer',
        '--out',
        join(dir, 'run'),
        '--set',
        'costs.poolFee=1e-300 %',
        '--set',
        'power.price=1e-300 USD/kWh',
      ]);
      expect(out.exit).toBe(0);
      expect(out.output).not.toMatch(LONG_DIGITS);
      const md = readFileSync(join(dir, 'run', 'summary.md'), 'utf8');
      expect(md).not.toMatch(LONG_DIGITS);
      expect(md).toContain('| Pool fee | 1e-300 %');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
