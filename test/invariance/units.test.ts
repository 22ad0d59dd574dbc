// The same quantity written in another unit is the same number, to the bit, wherever the units
// differ by a power of ten: `95 %` is the `0.95` the reference says it is ("a bare number is a
// fraction (`0.05` is 5 %)"), `2.01 kW` is `2010 W`, `35 USD/MWh` is `0.035 USD/kWh`. A run
// depends on its inputs' every bit, so a quantity a bit off changes its figures.
import { describe, expect, it } from 'vitest';
import { readHosting, readShare, readTariff } from '../../src/cli/quote-flags.js';
import { ASIC_COLUMNS, parseHardwareCsv } from '../../src/data/hardware-csv.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { contractTerms } from '../../src/scenario/contract-terms.js';
import { loadUnits } from '../../src/scenario/mathjs-units.js';
import { parseDifficulty, parseHashprice } from '../../src/scenario/network-units.js';
import { parseQuantity, type QuantityKind } from '../../src/scenario/units.js';
import { loadScenario } from '../fixtures/scenarios.js';

const value = (input: string | number, kind: QuantityKind) => {
  const q = parseQuantity(input, kind);
  if (!q.ok) throw new Error(q.message);
  return q.value;
};

describe('parseQuantity() across units', () => {
  // Multiplied out, 95 x 0.01 is 0.9500000000000001, 57 x 0.01 is 0.5700000000000001, 70 x 0.01
  // is 0.7000000000000001, 2.01 x 1000 is 2009.9999999999998, and 0.0001 x 1000.0000000000001
  // (mathjs's USD/Wh in USD/kWh) is 0.10000000000000002, 10 x 0.0036000000000000003 (mathjs's
  // USD/GJ) 0.036000000000000004: each one bit off the bare figure.
  it.each([
    ['95 %', 0.95, 'fraction'],
    ['57 %', 0.57, 'fraction'],
    ['70 %', 0.7, 'fraction'],
    ['95 %', 0.95, 'rate-per-year'],
    ['57 %/year', 0.57, 'rate-per-year'],
    ['2.01 kW', 2010, 'power'],
    ['0.00201 MW', 2010, 'power'],
    ['13.7 TH/s', 13.7e12, 'hashrate'],
    ['13700 GH/s', 13.7e12, 'hashrate'],
    ['35 USD/MWh', 0.035, 'energy-price'],
    ['0.0001 USD/Wh', 0.1, 'energy-price'],
    ['10 USD/GJ', 0.036, 'energy-price'],
    ['9.7e1 %', 0.97, 'fraction'],
  ] as const)(
    'parseQuantity(%j) is %j to the bit, as written in the canonical unit',
    async (written, bare, kind) => {
      await loadUnits();
      expect(Object.is(value(written, kind), bare), `${written}: ${value(written, kind)}`).toBe(true);
    },
  );

  it('parseQuantity() reads a unit mathjs converts by a power of ten (USD/GWh) as the decimal shifted', async () => {
    await loadUnits();
    // 35,000 USD/GWh is 0.035 USD/kWh; 3.5e4 x 1e-6 is 0.034999999999999996.
    expect(Object.is(value('35000 USD/GWh', 'energy-price'), 0.035)).toBe(true);
  });

  it.each([
    ['1000 USD/month', '12000 USD/year', 1000 / 30.4375],
    ['1000', '12000 USD/year', 1000 / 30.4375],
    ['700 USD/week', '100 USD/day', 100],
    ['10 USD/kW/month', '120 USD/kW/year', 10 / 30437.5],
  ] as const)(
    'parseQuantity(%j) and parseQuantity(%j) are one number, the amount divided by the days once',
    async (a, b, exact) => {
      await loadUnits();
      // Multiplied by the rounded reciprocal, 1000 USD/month (and a bare 1000 in USD/month) was
      // 32.85420944558522 USD/day against 12000 USD/year's 32.85420944558521 (= 1000 / 30.4375);
      // 700 USD/week 100.00000000000001; 10 USD/kW/month 0.0003285420944558522 against 120 USD/kW/year's
      // 0.00032854209445585213.
      const kind = a.includes('kW') ? 'money-per-power-time' : 'money-per-time';
      expect(Object.is(value(a, kind), exact), `${a}: ${value(a, kind)}`).toBe(true);
      expect(Object.is(value(b, kind), exact), `${b}: ${value(b, kind)}`).toBe(true);
    },
  );

  it.each([
    ['1.2 %/month', '14.4 %', 'rate-per-year'],
    ['0.3 %/month', '3.6 %', 'rate-per-year'],
    ['0.03 %/day', '10.9575 %', 'rate-per-year'],
    ['1.1 months', '33.48125 days', 'duration'],
    ['2.5 weeks', '17.5 days', 'duration'],
  ] as const)(
    'parseQuantity(%j) is parseQuantity(%j), the digits times the periods exactly',
    async (a, b, kind) => {
      await loadUnits();
      // Multiplied out, 0.012 x 12 is 0.14400000000000002, 0.003 x 12 0.036000000000000004 and
      // 0.0003 x 365.25 0.10957499999999999: each one bit off the rate a year written.
      expect(
        Object.is(value(a, kind), value(b, kind)),
        `${a}: ${value(a, kind)}, ${b}: ${value(b, kind)}`,
      ).toBe(true);
    },
  );

  it('parseQuantity() keeps a rate per month its amount a month as written (57 %/month: 0.57 x 12)', async () => {
    await loadUnits();
    const q = parseQuantity('57 %/month', 'rate-per-year');
    expect(q.ok && q.perPeriod?.amount).toBe(0.57);
  });

  it("minesim quote's --pool-fee 95 % and --tariff 35 USD/MWh read as 0.95 and 0.035", () => {
    expect(readShare('pool-fee', '95 %')).toBe(0.95);
    expect(readTariff('tariff', '35 USD/MWh')).toBe(0.035);
  });
});

describe('parseDifficulty() and parseHashprice() across SI prefixes', () => {
  it.each([
    ['2.01 T', 2.01e12],
    ['0.27 T', 0.27e12],
    ['270 G', 0.27e12],
    ['141.67 T', 141.67e12],
  ])('parseDifficulty(%j) is %j to the bit', (written, exact) => {
    // Multiplied out, 2.01 x 1e12 is 2009999999999.9998 and 0.27 x 1e12 270000000000.00003.
    const q = parseDifficulty(written);
    expect(q.ok && q.value).toBe(exact);
  });

  it.each([
    ['50.13 USD/PH/day', '0.05013 USD/TH/day', 50.13e-15],
    ['34.8 USD/PH/s/day', '34800 USD/EH/day', 34.8e-15],
  ])('parseHashprice(%j) and parseHashprice(%j) are one number, %j', (a, b, exact) => {
    // Divided out, 50.13 / 1e15 is 5.0130000000000003e-14 (the hedge scenario's swap price) and
    // 34.8 / 1e15 3.4799999999999994e-14.
    const qa = parseHashprice(a);
    const qb = parseHashprice(b);
    expect(qa.ok && qa.value).toBe(exact);
    expect(qb.ok && qb.value).toBe(exact);
  });
});

describe('parseHardwareCsv() across units', () => {
  it("parseHardwareCsv() reads a catalog row's 1.07 TH/s as the scenario's `hashrate: 1.07 TH/s`", async () => {
    await loadUnits();
    // Multiplied out, 1.07 x 1e12 is 1070000000000.0001: a machine of a user catalog and the same
    // machine written in the scenario (its hashrate overridden) ran two hashrates.
    const header = ASIC_COLUMNS.join(',');
    for (const ths of ['1.07', '0.27', '13.5']) {
      const parsed = parseHardwareCsv(
        `${header}\nMy miner,Maker,2025-01,,${ths},15,,,,own measurement,high\n`,
      );
      expect(parsed.problems).toEqual([]);
      expect(parsed.rows[0].model.hashrateHs, ths).toBe(value(`${ths} TH/s`, 'hashrate'));
    }
  });
});

describe("minesim quote's hosting fee and a scenario's", () => {
  it.each(['12 USD/kW/month', '15 USD/kW/month', '0.3 USD/kW/month'])(
    'readHosting(%j) charges what a scenario writing it charges, to the bit',
    async (fee) => {
      await loadUnits();
      // Before: the quote divided by 30.4375 (12 / 30.4375 = 0.3942505133470226 USD/kW/day) while a
      // scenario's fee, read in USD/W/day, was 12 / 30437.5 x 1000 = 0.39425051334702255.
      const scenario = contractTerms(value(fee, 'money-per-power-time'), undefined, 1, 0);
      expect(readHosting(fee, false).nameplateUsdPerKwDay).toBe(scenario.nameplateUsdPerKwDay);
      expect(readHosting(fee, true).meteredUsdPerKwDay).toBe(scenario.nameplateUsdPerKwDay);
    },
  );
});

describe('runMonteCarlo() across units', () => {
  it('runMonteCarlo() with uptime 95 % and 0.95 gives the same summary, byte for byte', async () => {
    // Before: uptime 95 % read as 0.9500000000000001 and the runs' IRR quantiles differed in their
    // last digits (the flagship's 200 paths over 2 years: mean 1.3116795874228504 against ...513).
    const run = async (uptime: string | number) =>
      runMonteCarlo(
        await loadScenario('north-korea-2017-s9', (d) => {
          d.horizon = '2 years';
          d.fleet[0].uptime = uptime;
        }),
        { paths: 200, workers: 1, withBacktest: false },
      );
    const written = await run('95 %');
    const bare = await run(0.95);
    const { scenario: _a, ...a } = written.summary;
    const { scenario: _b, ...b } = bare.summary;
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
