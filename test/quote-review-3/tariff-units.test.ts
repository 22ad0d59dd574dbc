// `minesim quote --tariff "60 USD/mWh"` read milliwatt-hours as megawatt-hours (0.06 USD/kWh, units
// read without their case), where a scenario's `power.price: 60 USD/mWh` reads milli (60,000,000
// USD/kWh, refused past 10): one text, two readings. The quote now refuses `mWh`, saying to write
// MWh; the forms both read alike are taken as before. Cents a kWh (`6 c/kWh`) are refused by both,
// saying what to write.
import { describe, expect, it } from 'vitest';
import { buildQuote } from '../../src/cli/quote-build.js';
import { readHosting, readTariff } from '../../src/cli/quote-flags.js';

describe('quote --tariff in the units a scenario reads', () => {
  it('USD/mWh refused, naming MWh; USD/MWh, USD/kWh and a bare figure read as before', () => {
    expect(() => readTariff('tariff', '60 USD/mWh')).toThrow(
      '--tariff: mWh is a milliwatt-hour (m for milli, as a scenario reads it); for a price per megawatt-hour write MWh, such as `60 USD/MWh` (got "60 USD/mWh")',
    );
    expect(() => readHosting('0.075 USD/mWh', false)).toThrow(/^--hosting: mWh is a milliwatt-hour/);
    expect(readTariff('tariff', '60 USD/MWh')).toBeCloseTo(0.06, 15);
    expect(readTariff('tariff', '0.06 USD/kWh')).toBe(0.06);
    expect(readTariff('tariff', '0.06 usd/kwh')).toBe(0.06);
    expect(readTariff('tariff', '0.06')).toBe(0.06);
  });

  it('cents a kWh refused, saying what to write', () => {
    expect(() => readTariff('tariff', '6 c/kWh')).toThrow(
      '--tariff: expected USD/kWh, such as `0.06` or `60 USD/MWh` (got "6 c/kWh")',
    );
  });
});

describe('quote --hosting as an all-in rate in the units --tariff takes', () => {
  it('75 USD/MWh is the all-in 0.075 USD/kWh (it was refused as no hosting form); USD/mWh still refused', () => {
    expect(readHosting('75 USD/MWh', false)).toEqual(readHosting('0.075 USD/kWh', false));
    expect(() => readHosting('75 USD/mWh', false)).toThrow(/^--hosting: mWh is a milliwatt-hour/);
  });

  it('the quote with it needs no --tariff, as with USD/kWh', () => {
    const args = {
      machine: 'Antminer S21',
      'pool-fee': '0%',
      metered: false,
      uptime: '100%',
      pue: 1,
      coin: 'bitcoin' as const,
      json: true,
    };
    const mwh = buildQuote({ ...args, hosting: '75 USD/MWh' });
    const kwh = buildQuote({ ...args, hosting: '0.075 USD/kWh' });
    expect(mwh.day).toEqual(kwh.day);
    expect(mwh.day.hostingUsd).toBeCloseTo(6.3, 12);
  });
});
