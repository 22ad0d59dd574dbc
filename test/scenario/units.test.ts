import { beforeAll, describe, expect, it } from 'vitest';
import { unitMessages as m } from '../../src/messages/units.js';
import { loadUnits } from '../../src/scenario/mathjs-units.js';
import { formatQuantity } from '../../src/scenario/quantity-format.js';
import { parseQuantity, type QuantityKind } from '../../src/scenario/units.js';

beforeAll(async () => {
  await loadUnits();
});

describe('parseQuantity()', () => {
  const valid: [QuantityKind, unknown, number][] = [
    ['hashrate', '13.5 TH/s', 13.5e12],
    ['hashrate', '220 kH/s', 220e3],
    ['hashrate', '4.3 EH/s', 4.3e18],
    ['hashrate', '13.5TH/s', 13.5e12],
    ['hashrate', '1 Thash/s', 1e12],
    ['hashrate', '60 TH/min', 1e12],
    ['hashrate', 13.5, 13.5e12],
    ['power', '1323 W', 1323],
    ['power', '1.3 kW', 1300],
    ['power', '2 MW', 2e6],
    ['power', '-5 W', -5],
    ['power', '12', 12],
    ['power', 1323, 1323],
    ['energy-price', '0.05 USD/kWh', 0.05],
    ['energy-price', '5 USD/MWh', 0.005],
    ['energy-price', 0.05, 0.05],
    ['money', '2000 USD', 2000],
    ['money', '24,000 USD', 24000],
    ['money', '1.5e3', 1500],
    ['money-per-time', '2000 USD/month', 2000 / (365.25 / 12)],
    ['money-per-time', '10 USD/day', 10],
    ['duration', '18 months', 547.875],
    ['duration', '5 years', 1826.25],
    ['duration', '14 days', 14],
    ['duration', '2 weeks', 14],
    ['duration', '36 h', 1.5],
    ['duration', 30, 30],
    ['efficiency', '98 J/TH', 98e-12],
    ['efficiency', '98 W/(TH/s)', 98e-12],
    ['efficiency', 98, 98e-12],
    ['fraction', '5 %', 0.05],
    ['fraction', '5%', 0.05],
    ['fraction', '0.05', 0.05],
    ['fraction', 0.05, 0.05],
    ['rate-per-year', '5 %/year', 0.05],
    ['rate-per-year', '5 %', 0.05],
    ['rate-per-year', 0.05, 0.05],
    ['rate-per-year', '1 %/month', 0.12],
    ['money-per-power-time', '10 USD/kW/month', 10 / 1000 / (365.25 / 12)],
    ['money-per-power-time', 10, 10 / 1000 / (365.25 / 12)],
  ];
  it.each(valid)('parseQuantity() reads %s %j', (kind, input, expected) => {
    const result = parseQuantity(input, kind);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toBeCloseTo(expected, 15 - Math.ceil(Math.log10(Math.abs(expected))));
  });

  const invalid: [QuantityKind, unknown, string][] = [
    ['power', '13 TH/s', m.expected('a power', '1323 W', '13 TH/s', 'a hashrate')],
    ['hashrate', '1323 W', m.expected('a hashrate', '13.5 TH/s', '1323 W', 'a power')],
    ['fraction', '5 %/year', m.expected('a fraction', '5 %', '5 %/year', 'a rate per year')],
    ['power', '5 %', m.expected('a power', '1323 W', '5 %', 'a fraction')],
    ['duration', '3 kWh', m.expected('a duration', '18 months', '3 kWh', 'an energy')],
    [
      'energy-price',
      '10 USD/kW/month',
      m.expected('an energy price', '0.05 USD/kWh', '10 USD/kW/month', 'a cost per power and time'),
    ],
    [
      'money-per-power-time',
      '0.05 USD/kWh',
      m.expected('a cost per power and time', '10 USD/kW/month', '0.05 USD/kWh', 'an energy price'),
    ],
    ['power', '13 mH', m.expected('a power', '1323 W', '13 mH')],
    ['power', '13 parsecs', m.unknownUnit('a power', '1323 W', '13 parsecs', 'parsecs')],
    ['power', 'garbage', m.expected('a power', '1323 W', 'garbage')],
    ['power', '', m.expected('a power', '1323 W', '')],
    ['power', 'W', m.expected('a power', '1323 W', 'W')],
    ['power', '1,5 kW', m.expected('a power', '1323 W', '1,5 kW')],
    ['power', '5 W; process.exit()', m.expected('a power', '1323 W', '5 W; process.exit()')],
    ['power', true, m.expected('a power', '1323 W', true)],
    ['power', null, m.expected('a power', '1323 W', null)],
    ['power', { W: 5 }, m.expected('a power', '1323 W', { W: 5 })],
    ['power', '1e400 W', m.notFinite('a power', '1323 W', '1e400 W')],
    ['power', '1e400', m.notFinite('a power', '1323 W', '1e400')],
    ['power', Number.NaN, m.notFinite('a power', '1323 W', Number.NaN)],
    ['power', Number.POSITIVE_INFINITY, m.notFinite('a power', '1323 W', Number.POSITIVE_INFINITY)],
    ['hashrate', '1e300 EH/s', m.notFinite('a hashrate', '13.5 TH/s', '1e300 EH/s')],
    ['power', `${'9'.repeat(200)} W`, m.expected('a power', '1323 W', `${'9'.repeat(200)} W`)],
  ];
  it.each(invalid)('parseQuantity() refuses %s %j', (kind, input, message) => {
    expect(parseQuantity(input, kind)).toEqual({ ok: false, message });
  });

  it('parseQuantity() rejects a hashrate given for a power, naming both', () => {
    expect(parseQuantity('13 TH/s', 'power')).toEqual({
      ok: false,
      message: 'expected a power, like 1323 W (got "13 TH/s", a hashrate)',
    });
  });

  it('parseQuantity() reads a bare number in the unit a field gives', () => {
    expect(parseQuantity(220, 'hashrate', 'kH/s')).toEqual({ ok: true, value: 220e3 });
    expect(parseQuantity('4.3', 'hashrate', 'EH/s')).toEqual({ ok: true, value: 4.3e18 });
  });

  it('parseQuantity() refuses a bare number where a field requires a unit', () => {
    expect(parseQuantity(13.5, 'hashrate', null)).toEqual({
      ok: false,
      message: m.needsUnit('a hashrate', '13.5 TH/s', 13.5),
    });
    expect(parseQuantity('13.5 TH/s', 'hashrate', null)).toEqual({ ok: true, value: 13.5e12 });
  });

  it('parseQuantity() keeps kWh, h and Hz meaning what mathjs says', () => {
    expect(parseQuantity('24 h', 'duration')).toEqual({ ok: true, value: 1 });
    expect(parseQuantity('1 Hz', 'hashrate')).toMatchObject({ ok: false });
    expect(parseQuantity('50 USD/kWh', 'energy-price')).toEqual({ ok: true, value: 50 });
  });

  it('parseQuantity() reads kWh, kW, W, Wh and USD in any case, and no other unit', () => {
    for (const text of ['0.06 USD/kwh', '0.06 usd/KWH', '0.06 USD/KWh'])
      expect(parseQuantity(text, 'energy-price')).toEqual({ ok: true, value: 0.06 });
    expect(parseQuantity('1.3 KW', 'power')).toEqual({ ok: true, value: 1300 });
    expect(parseQuantity('1300 w', 'power')).toEqual({ ok: true, value: 1300 });
    expect(parseQuantity('60 USD/MWh', 'energy-price')).toEqual({ ok: true, value: 0.06 });
    // `mwh` could be a milliwatt-hour (mWh) or a megawatt-hour (MWh): it is not guessed.
    expect(parseQuantity('60 USD/mwh', 'energy-price')).toMatchObject({ ok: false });
  });
});

describe('formatQuantity()', () => {
  const cases: [QuantityKind, number, string][] = [
    ['hashrate', 135e12, '135 TH/s'],
    ['hashrate', 220e3, '220 kH/s'],
    ['hashrate', 4.3e18, '4.3 EH/s'],
    ['hashrate', 12, '12 H/s'],
    ['power', 13230, '13.2 kW'],
    ['power', 1323, '1.32 kW'],
    ['power', 900, '900 W'],
    ['energy-price', 0.05, '0.05 USD/kWh'],
    ['money', 24000, '24,000 USD'],
    ['money', 1323.4, '1,323 USD'],
    ['money', 12.345, '12.35 USD'],
    // A unit price of 0.004 USD read "0 USD".
    ['money', 0.004, '0.004 USD'],
    ['money', 0.0000123, '0.000012 USD'],
    ['money', 0, '0 USD'],
    ['money-per-time', 2000 / (365.25 / 12), '2,000 USD/month'],
    ['duration', 14, '14 days'],
    ['duration', 1, '1 day'],
    ['duration', 547.875, '18 months'],
    ['duration', 1826.25, '5 years'],
    ['efficiency', 98e-12, '98 J/TH'],
    ['efficiency', 0.5, '500 J/kH'],
    ['efficiency', 2, '2 J/H'],
    ['fraction', 0.05, '5 %'],
    ['rate-per-year', 0.4, '40 %/year'],
    ['money-per-power-time', 10 / 1000 / (365.25 / 12), '10 USD/kW/month'],
    ['power', Number.NaN, 'NaN'],
  ];
  it.each(cases)('formatQuantity() shows %s %d as %s', (kind, value, text) => {
    expect(formatQuantity(value, kind)).toBe(text);
  });

  it('formatQuantity() output reads back through parseQuantity()', () => {
    for (const [kind, value] of [
      ['hashrate', 13.5e12],
      ['power', 1320],
      ['money', 24000],
      ['duration', 14],
      ['efficiency', 98e-12],
      ['fraction', 0.05],
    ] as const) {
      const back = parseQuantity(formatQuantity(value, kind), kind);
      expect(back.ok && back.value / value).toBeCloseTo(1, 12);
    }
  });
});
