// `--vary power.price=0.02..0.12:6 USD/kWh` (the unit after the number of values) was refused as
// "a range ends with its number of values ... (got "6 USD/kWh")", which does not say that the unit
// goes with the ends: the refusal says where to write it.
import { describe, expect, it } from 'vitest';
import { sweepMessages as m } from '../../src/messages/sweep.js';
import { parseVary } from '../../src/scenario/axes.js';

describe('parseVary() of a range with its unit after the number of values', () => {
  it('parseVary() says to write the unit before the colon, with the range as it would read', () => {
    expect(parseVary('power.price=0.02..0.12:6 USD/kWh')).toBe(
      m.unitAfterCount('6 USD/kWh', '0.02..0.12 USD/kWh:6'),
    );
    expect(parseVary('horizon=1..3:3 years')).toBe(m.unitAfterCount('3 years', '1..3 years:3'));
  });

  it('parseVary() reads the range so written, and still refuses a count that is no number', () => {
    const axis = parseVary('power.price=0.02..0.12 USD/kWh:6');
    expect(typeof axis === 'string' ? axis : axis.values.length).toBe(6);
    expect(parseVary('power.price=0.02..0.12:six')).toBe(m.rangeCount('six', 1000));
    expect(parseVary('power.price=0.02..0.12:1 USD/kWh')).toBe(
      m.unitAfterCount('1 USD/kWh', '0.02..0.12 USD/kWh:1'),
    );
  });
});
