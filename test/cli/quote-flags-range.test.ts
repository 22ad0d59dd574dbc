// `minesim quote`'s flags, read without mathjs (quote-flags.ts), took a figure a double does not
// hold without a word: `--tariff 1e-400` quoted at "tariff 0 USD/kWh", `--unit-price "1e-400 USD"`
// at a unit capex of 0 and a payback of 0 d, `--hashprice 1e-320` printed a hashprice of 320
// zeros. They are refused as the scenario's quantities are (scenario/number-range.ts).
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/exit.js';
import { readHashprice, readShare, readTariff, readUsd } from '../../src/cli/quote-flags.js';
import { quoteMessages as m } from '../../src/messages/quote.js';

describe('quote flags past what a double holds', () => {
  it.each([
    ['tariff', '1e-400', () => readTariff('tariff', '1e-400')],
    ['tariff', '1e-306 USD/MWh', () => readTariff('tariff', '1e-306 USD/MWh')],
    ['unit-price', '1e-400 USD', () => readUsd('unit-price', '1e-400 USD')],
    ['hashprice', '1e-320', () => readHashprice('1e-320', 'USD/PH/s/day')],
    ['pool-fee', '1e-400 %', () => readShare('pool-fee', '1e-400 %')],
  ])('--%s %s is refused, naming the flag', (flag, got, read) => {
    expect(read).toThrow(new UsageError(m.tooSmall(flag, got)));
  });

  it('--price 1e-400 is refused without the advice to give 0, which --price refuses (it takes at least 0.000001 USD, as price.start does)', () => {
    const read = () => readUsd('price', '1e-400', true);
    expect(read).toThrow(new UsageError(m.tooSmall('price', '1e-400', '0.000001 USD')));
    expect(m.tooSmall('price', '1e-400', '0.000001 USD')).not.toContain('give 0');
    // It advised "at least 2.2e-308", which it refused again (2.2e-308 is below the least normal double).
    expect(m.tooSmall('price', '1e-400', '0.000001 USD')).toContain(
      'give a figure of at least 0.000001 USD, or leave out --price',
    );
    expect(readUsd('price', '0.000001', true)).toBe(0.000001);
    expect(() => readUsd('price', '2.2e-308', true)).toThrow(
      new UsageError(m.tooSmall('price', '2.2e-308', '0.000001 USD')),
    );
    for (const got of ['0', '1e-307'])
      expect(() => readUsd('price', got, true)).toThrow(
        new UsageError(m.outOfRange('price', got, 'from 0.000001 USD to 1e12 USD')),
      );
  });

  it('0 as written, and the smallest normal figures, still read', () => {
    expect(readTariff('tariff', '0')).toBe(0);
    expect(readTariff('tariff', '0.0e-400')).toBe(0);
    expect(readUsd('unit-price', '3e-308')).toBe(3e-308);
  });
});
