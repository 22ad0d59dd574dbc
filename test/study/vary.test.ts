import { describe, expect, it } from 'vitest';
import { overrideMessages } from '../../src/messages/overrides.js';
import { sweepMessages as m } from '../../src/messages/sweep.js';
import {
  axisOverrideValue,
  axisUnit,
  formatAxisQuantity,
  formatAxisValue,
  MAX_RANGE_VALUES,
  parseVaries,
  type SweepAxis,
} from '../../src/study/vary.js';

function axis(text: string): SweepAxis {
  const parsed = parseVaries([text]);
  if (!parsed.ok) throw new Error(`test axis does not parse: ${JSON.stringify(parsed.problems)}`);
  return parsed.axes[0];
}

/** The one message parseVaries() gives for a bad argument. */
function problem(text: string): string {
  const parsed = parseVaries([text]);
  if (parsed.ok) throw new Error(`expected ${text} to be refused`);
  expect(parsed.problems).toHaveLength(1);
  expect(parsed.problems[0]).toMatchObject({ file: '--vary', line: 0, col: 0, path: text });
  return parsed.problems[0].message;
}

describe('parseVaries() ranges', () => {
  it('parseVaries() reads a..b:n as n evenly spaced values with both ends included', () => {
    expect(axis('power.price=0.02..0.12:6')).toEqual({
      text: 'power.price=0.02..0.12:6',
      key: 'power.price',
      path: ['power', 'price'],
      values: [0.02, 0.04, 0.06, 0.08, 0.1, 0.12],
      unit: null,
    });
  });

  it('parseVaries() drops the float noise of the steps (0.02..0.20:7 gives 0.11, not 0.10999999999999999)', () => {
    expect(axis('power.price=0.02..0.20:7').values).toEqual([0.02, 0.05, 0.08, 0.11, 0.14, 0.17, 0.2]);
  });

  it('parseVaries() sorts a descending range and keeps negative values', () => {
    expect(axis('price.model.drift=0.5..-0.5:3').values).toEqual([-0.5, 0, 0.5]);
  });

  it('parseVaries() reads the [index] and .index forms of a key path alike', () => {
    expect(axis('fleet.0.unitPrice=1000..4000:7')).toMatchObject({
      key: 'fleet[0].unitPrice',
      path: ['fleet', 0, 'unitPrice'],
      values: [1000, 1500, 2000, 2500, 3000, 3500, 4000],
    });
  });
});

describe('parseVaries() lists and units', () => {
  it('parseVaries() reads a,b,c as a list, sorted', () => {
    expect(axis('fleet[0].unitPrice=4000, 1000,2500').values).toEqual([1000, 2500, 4000]);
  });

  it('parseVaries() keeps a unit written on both ends of a range', () => {
    const a = axis('power.price=0.02 USD/kWh..0.12 USD/kWh:6');
    expect(a.unit).toBe('USD/kWh');
    expect(a.values).toEqual([0.02, 0.04, 0.06, 0.08, 0.1, 0.12]);
    expect(axisOverrideValue(a, 0.04)).toBe('0.04 USD/kWh');
  });

  it('parseVaries() reads a time unit written singular at one end and plural at the other as one unit (it refused `1 year..3 years` as two)', () => {
    // "every value of an axis takes the same unit, or none (got "year" and "years")" refused the
    // natural way to write a range of horizons; the scenario reads `1 years` and `3 year` alike.
    expect(axis('horizon=1 year..3 years:3')).toMatchObject({ values: [1, 2, 3], unit: 'years' });
    expect(axis('fleet[0].deploymentDelay=1 day,7 days,30 days')).toMatchObject({
      values: [1, 7, 30],
      unit: 'days',
    });
    expect(axisOverrideValue(axis('horizon=1 year..3 years:3'), 2)).toBe('2 years');
  });

  it('parseVaries() applies a unit written once to the bare values of the axis', () => {
    expect(axis('power.price=20..120 USD/MWh:3')).toMatchObject({ values: [20, 70, 120], unit: 'USD/MWh' });
    expect(axis('fleet[0].importPremium=10,50,100 %')).toMatchObject({ values: [10, 50, 100], unit: '%' });
  });

  it('axisOverrideValue() passes a bare value as a number, read in the field’s documented unit', () => {
    expect(axisOverrideValue(axis('fleet[0].count=5,10'), 5)).toBe(5);
  });

  it('axisUnit() is the written unit, else the unit the schema gives a bare number', () => {
    expect(axisUnit(axis('power.price=0.02..0.12:6'))).toBe('USD/kWh');
    expect(axisUnit(axis('power.price=20,40 USD/MWh'))).toBe('USD/MWh');
    expect(axisUnit(axis('fleet[0].unitPrice=1000,2000'))).toBe('USD');
    expect(axisUnit(axis('fleet[0].deploymentDelay=0,30'))).toBe('days');
    expect(axisUnit(axis('fleet[0].count=5,10'))).toBe('number');
    expect(axisUnit(axis('money.discountRate=0.05,0.1'))).toBe('fraction/year');
  });

  it('axisUnit() is the unit a quantity reads a bare number in where its description does not say (it was null: columns and labels with no unit)', () => {
    expect(axisUnit(axis('horizon=730,1461'))).toBe('days');
    expect(axisUnit(axis('price.model.calibrate=365,730'))).toBe('days');
    expect(axisUnit(axis('fleet[0].setupCost=0,1000'))).toBe('USD');
    expect(axisUnit(axis('money.salvage.fraction=0.5,0.8'))).toBe('fraction');
    expect(axisUnit(axis('finance.leases[0].payment=100,200'))).toBe('USD/month');
    // The endogenous network's power price: sensitivity and sweep print 0.04 USD/kWh .. 0.06 USD/kWh.
    expect(axisUnit(axis('network.model.powerPrice=0.04..0.06:3'))).toBe('USD/kWh');
    expect(formatAxisQuantity(axis('network.model.powerPrice=0.04..0.06:3'), 0.04)).toBe('0.04 USD/kWh');
    // A hedge's price takes no bare number: no unit to name.
    expect(axisUnit(axis('finance.hedges[0].price=40,50'))).toBeNull();
  });

  it('formatAxisQuantity() writes the unit after the value, but not for plain numbers', () => {
    expect(formatAxisQuantity(axis('power.price=0.02..0.12:6'), 0.113)).toBe('0.113 USD/kWh');
    expect(formatAxisQuantity(axis('fleet[0].count=5,10'), 5)).toBe('5');
  });

  it('formatAxisValue() and formatAxisQuantity() write a unit of time in the number of its value (it was "horizon=1 years")', () => {
    // `1 year..3 years:3` takes the last unit written, `years`, for 1, 2 and 3: 1 read "1 years".
    const years = axis('horizon=1 year..3 years:3');
    expect(formatAxisValue(years, 1)).toBe('horizon=1 year');
    expect(formatAxisValue(years, 2)).toBe('horizon=2 years');
    expect(formatAxisQuantity(years, 1)).toBe('1 year');
    // Written the other way round the axis is in `year`: 3 read "3 year".
    expect(formatAxisValue(axis('horizon=3 years..1 year:3'), 3)).toBe('horizon=3 years');
    // A bare horizon is in days, the unit its bare number reads in: 1 read "1 days".
    expect(formatAxisQuantity(axis('horizon=1,731'), 1)).toBe('1 day');
    expect(formatAxisQuantity(axis('horizon=1,731'), 731)).toBe('731 days');
    expect(formatAxisValue(axis('power.price=0.05 USD/kWh,0.1 USD/kWh'), 0.05)).toBe(
      'power.price=0.05 USD/kWh',
    );
  });
});

describe('parseVaries() errors', () => {
  it.each([
    // All three values 0.1: it said "the value 0.1 appears twice".
    ['power.price=0.1..0.1:3', m.rangeSameEnds('0.1', 3)],
    ['horizon=1 year..1 years:2', m.rangeSameEnds('1 year', 2)],
    ['power.price', m.noEquals()],
    ['=0.1,0.2', m.noEquals()],
    ['fleet[x].count=1,2', overrideMessages.badPath()],
    ['price.model.type=gbm,fixed', m.notANumber('gbm')],
    ['power.price=0.02..0.12', m.rangeCount('', MAX_RANGE_VALUES)],
    ['power.price=0.02..0.12:1', m.rangeCount('1', MAX_RANGE_VALUES)],
    ['power.price=0.02..0.12:2.5', m.rangeCount('2.5', MAX_RANGE_VALUES)],
    ['power.price=0.02..0.12:1001', m.rangeCount('1001', MAX_RANGE_VALUES)],
    ['power.price=0.02..cheap:3', m.notANumber('cheap')],
    ['power.price=0.02 USD/kWh..120 USD/MWh:3', m.mixedUnits(['USD/kWh', 'USD/MWh'])],
    ['power.price=0.05,0.05 USD/kWh', m.duplicateValue(0.05)],
    ['fleet[0].count=5,,10', m.emptyValue()],
    ['fleet[0].count=5,10,', m.emptyValue()],
    ['monteCarlo.paths=100,1000', m.notAnAxis('monteCarlo.paths')],
    // A date read as 2023 of a unit "-06-01" reached the schema as "2023 -06-01".
    ['start=2023-06-01,2024-06-01', m.dateNotSwept('2023-06-01')],
    ['power.price=0.05-0.06', m.notANumber('0.05-0.06')],
    ['fleet[0].count=5 +3', m.notANumber('5 +3')],
  ])('parseVaries() refuses %s with its message', (text, message) => {
    expect(problem(text)).toBe(message);
  });

  it('parseVaries() reports every bad argument at once, each with its text', () => {
    const parsed = parseVaries(['power.price=0.02..0.12:6', 'x=a', 'fleet[0].count=1..2']);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => p.path)).toEqual(['x=a', 'fleet[0].count=1..2']);
  });
});
